// The command palette, the row keys and the theme toggle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, DIST } from './browser.mjs';
import { rows } from './catalog-rules.mjs';

let env, catalog;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
});
after(async () => env?.close());

test('Ctrl+K: "mstrl sml 3.2" and Enter land on Mistral Small 3.2 24B; Esc returns focus', async () => {
  const { page, done } = await openPage(env, '/cost', 'form, .cost-layout');
  // Esc returns focus where it was.
  await page.focus('[data-field=theme-toggle]');
  await page.keyboard.press('Control+k');
  await page.waitForSelector('[role=dialog] [data-field=palette-input]:focus');
  assert.equal(await page.getAttribute('[role=dialog].palette', 'aria-modal'), 'true');
  await page.keyboard.press('Tab');
  assert.ok(await page.$('[data-field=palette-input]:focus'), 'focus stays in the dialog');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role=dialog].palette', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.field), 'theme-toggle');
  // Pages are listed with an empty query; the model by its abbreviation.
  await page.keyboard.press('Control+k');
  await page.waitForSelector('[data-field=palette-input]:focus');
  assert.ok((await page.$$('[role=option]')).length > 0);
  await page.keyboard.type('mstrl sml 3.2');
  await page.waitForFunction(() => document.querySelector('[role=option]')?.textContent.includes('Mistral Small 3.2 24B'));
  await page.keyboard.press('Enter');
  await page.waitForURL('**/models/mistral-small-3.2-24b');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Mistral Small 3.2 24B');
  // Listed in the ? overlay.
  await page.keyboard.press('?');
  assert.match(await page.textContent('.overlay dl.shortcuts'), /Command palette/);
  await done();
});

test('j j Enter opens the second row; x on two rows enables Compare; none fire while typing', async () => {
  const { page, done } = await openPage(env, '/', 'tbody tr[data-row]');
  const want = rows(catalog, {});
  // Typed in the search box, j and x are text.
  await page.click('#catalog-search');
  await page.keyboard.type('jx');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'jx');
  assert.equal(await page.$$eval('tr.row-cursor', r => r.length), 0);
  await page.fill('#catalog-search', '');
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('q'));
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  assert.equal(await page.$eval('tr.row-cursor', r => r.dataset.row), want[1].id);
  assert.match(await page.textContent('.btn-primary'), /Compare 2/);
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/models/${want[1].id}`);
  await done();
});

test('the theme toggle persists across reload; a dark system paints dark first', async () => {
  const { page, done } = await openPage(env, '/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.click('[data-field=theme-toggle]'); // system → light
  await page.click('[data-field=theme-toggle]'); // light → dark
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.notEqual(await bg(), light);
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'remembered');
  assert.match(await page.getAttribute('[data-field=theme-toggle]', 'aria-label'), /dark/);
  await page.click('[data-field=theme-toggle]'); // dark → system
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? null), null);
  await done();
  // A dark system: the first paint of a pre-rendered page is dark (the CSS, before any script).
  const p = await env.context.newPage();
  await p.emulateMedia({ colorScheme: 'dark' });
  await p.route('**/*.wasm', r => r.abort()); // no app: what the HTML and CSS paint alone
  await p.goto(env.base + '/models/mistral-small-3.2-24b').catch(() => {});
  await p.waitForSelector('h1');
  const dark = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(dark, 'rgb(15, 17, 21)');
  await p.close();
});
