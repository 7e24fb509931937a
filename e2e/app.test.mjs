// End-to-end: the release build in headless Chromium. Any page error or
// console error fails the test that caused it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, watchedPage, DIST } from './browser.mjs';
import { rows } from './catalog-rules.mjs';

let env, catalog;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
});
after(async () => env?.close());

async function open(path, { allow = [] } = {}) {
  const { page, problems } = await watchedPage(env.context);
  await page.goto(env.base + path);
  return {
    page,
    async done() {
      const bad = problems.filter(p => !allow.some(a => p.includes(a)));
      await page.close();
      assert.deepEqual(bad, [], 'page or console errors');
    },
  };
}

const mistral = () => catalog.models.find(m => m.id === 'mistral-small-3.2-24b') ?? catalog.models[0];

test('home lists every catalog model (all kinds, retired shown), none dropped', async () => {
  const { page, done } = await open('/?kind=all&retired=1');
  await page.waitForSelector('tbody tr[data-row]');
  const n = catalog.models.length;
  assert.equal(await page.textContent('.result-count'), `${n.toLocaleString('en-US')} models`);
  assert.ok(await page.locator('tbody tr[data-row]').count() > 5, 'a screenful of rows');
  assert.equal(await page.locator('.dropped-notice').count(), 0, 'the shipped catalog loads with no dropped entry');
  assert.match(await page.title(), /LLM Cloud Hub/);
  await done();
});

test('search filters rows and lives in the URL', async () => {
  const { page, done } = await open('/');
  const m = mistral();
  await page.fill('#catalog-search', m.name);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') !== null);
  const rows = page.locator('tbody tr[data-row]');
  assert.ok((await rows.count()) >= 1);
  assert.ok((await rows.count()) < catalog.models.length || catalog.models.length === 1);
  assert.ok(await page.locator(`tr[data-row="${m.id}"]`).isVisible());
  await page.reload();
  await page.waitForSelector(`tr[data-row="${m.id}"]`);
  assert.equal(await page.inputValue('#catalog-search'), m.name, 'reload keeps the query');
  await done();
});

test('model page by link and by deep link shows catalog facts', async () => {
  const m = mistral();
  const { page, done } = await open('/?q=' + encodeURIComponent(m.name));
  await page.click(`tr[data-row="${m.id}"] a`);
  await page.waitForURL(`**/models/${m.id}`);
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), m.name);
  await done();

  const deep = await open(`/models/${m.id}`);
  await deep.page.waitForSelector('[data-field=context]');
  assert.equal(await deep.page.textContent('h1'), m.name);
  assert.equal(await deep.page.textContent('[data-field=creator]'), m.creator);
  if (m.context) {
    assert.equal(await deep.page.textContent('[data-field=context]'), m.context.toLocaleString('en-US'));
  }
  const offers = catalog.offers.filter(o => o.model === m.id);
  assert.equal(await deep.page.locator('tr[data-offer]').count(), offers.length);
  assert.match(await deep.page.title(), new RegExp(m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await deep.done();
});

test('404 for unknown routes and unknown slugs, with search', async () => {
  for (const path of ['/no/such/page', '/models/no-such-model-xyz']) {
    const { page, done } = await open(path);
    await page.waitForSelector('.not-found');
    assert.match(await page.textContent('h1'), /404/);
    assert.equal(await page.locator('.not-found input[name=q]').count(), 1);
    assert.match(await page.title(), /Not found/);
    await done();
  }
});

test('every shortcut, and none while typing', async () => {
  const { page, done } = await open('/');
  await page.waitForSelector('tbody tr[data-row]');
  await page.keyboard.press('?');
  await page.waitForSelector('[role=dialog]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role=dialog]', { state: 'detached' });

  for (const [k, path] of [['b', '/best-llm-for'], ['c', '/cost'], ['s', '/self-hosted'], ['x', '/compliance'], ['h', '/']]) {
    await page.keyboard.press('g');
    await page.keyboard.press(k);
    await page.waitForFunction(p => location.pathname === p, path);
  }
  // A second key after more than about a second does nothing.
  await page.keyboard.press('g');
  await page.waitForTimeout(1300);
  await page.keyboard.press('c');
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).pathname, '/');

  await page.waitForSelector('#catalog-search');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'catalog-search');
  await page.keyboard.type('g c ?');
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).pathname, '/', 'g c typed in a field does not navigate');
  assert.equal(await page.locator('[role=dialog]').count(), 0, '? typed in a field opens nothing');
  assert.equal(await page.inputValue('#catalog-search'), 'g c ?');
  await page.keyboard.press('Escape');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'catalog-search', 'Esc leaves the field');
  await page.keyboard.press('?');
  await page.waitForSelector('[role=dialog]');
  await page.keyboard.press('?');
  await page.waitForSelector('[role=dialog]', { state: 'detached' });
  await done();
});

/** Removes the offline copy an earlier test's load kept (so the error view, not the copy, shows).
 * Call after routing catalog.json to fail, so that no load in between keeps a new copy. */
async function withoutOfflineCopy(page) {
  await page.goto(env.base + '/about');
  await page.evaluate(() => caches.delete('llm-cloud-hub'));
}

test('missing catalog: error view says HTTP 404 and Retry recovers', async () => {
  const { page, problems } = await watchedPage(env.context);
  let fail = true;
  await page.route('**/catalog.json', route => fail ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback());
  await withoutOfflineCopy(page);
  await page.goto(env.base + '/');
  await page.waitForSelector('.load-error');
  assert.match(await page.textContent('.load-error'), /HTTP 404/);
  fail = false;
  await page.click('.load-error button');
  await page.waitForSelector('tbody tr[data-row]');
  assert.equal(await page.locator('.load-error').count(), 0);
  assert.deepEqual(problems.filter(p => !p.includes('404')), []);
  await page.close();
});

test('malformed catalog: error view says the JSON is invalid', async () => {
  const { page, problems } = await watchedPage(env.context);
  await page.route('**/catalog.json', route => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 2, "models": [' }));
  await withoutOfflineCopy(page);
  await page.goto(env.base + '/');
  await page.waitForSelector('.load-error');
  assert.match(await page.textContent('.load-error'), /catalog file is invalid: catalog JSON is invalid/);
  assert.equal(await page.locator('.load-error button', { hasText: 'Retry' }).count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('partly bad catalog: good entries shown, dropped ones counted', async () => {
  const { page, problems } = await watchedPage(env.context);
  const bad = structuredClone(catalog);
  bad.offers.push({ model: 'ghost-model', provider: catalog.providers[0].id, provider_model_id: 'ghost', as_of: '2026-01-01', source: 'x' });
  bad.models.push({ id: 'Not A Slug', name: 'x', creator: 'y' });
  await page.route('**/catalog.json', route => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bad) }));
  await page.goto(env.base + '/');
  await page.waitForSelector('.dropped-notice');
  assert.match(await page.textContent('.dropped-notice summary'), /^2 catalog entries could not be used/);
  assert.equal(await page.textContent('.result-count'), `${rows(catalog, {}).length.toLocaleString('en-US')} models`, 'the default view: current chat models');
  assert.deepEqual(problems, []);
  await page.close();
});

test('capability badges and every Glossary → link land on their term', async () => {
  const m = mistral();
  const { page, done } = await open(`/models/${m.id}`);
  await page.waitForSelector('.capabilities');
  const caps = await page.$$eval('[data-capability]', els => els.map(e => e.dataset.capability));
  assert.deepEqual(caps, m.capabilities ?? []);
  const hrefs = await page.$$eval('a.glossary-link', as => as.map(a => a.getAttribute('href')));
  assert.ok(hrefs.length >= 3 + caps.length, `${hrefs.length} glossary links`);
  await page.click('a.glossary-link >> nth=0');
  await page.waitForURL('**/glossary#*');
  const first = new URL(page.url()).hash.slice(1);
  assert.equal(first, hrefs[0].split('#')[1]);
  assert.ok(await page.locator(`#${first}`).isVisible());
  assert.ok(await page.locator(`#${first}`).evaluate(el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }), 'scrolled to the term');
  const ids = new Set(await page.$$eval('.glossary .term', els => els.map(e => e.id)));
  for (const h of hrefs) assert.ok(ids.has(h.split('#')[1]), `${h} has no term`);
  assert.match(await page.title(), /Glossary/);
  await done();
});
