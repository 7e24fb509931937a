// Pre-rendered pages (issue 12): real HTML in dist/ without any script, links that
// work with JavaScript off, and the wasm taking over with the same text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, watchedPage, DIST, CHROMIUM, ARGS } from './browser.mjs';

let env, catalog, noJs;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
  noJs = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'hub-nojs-')), {
    executablePath: CHROMIUM, args: ARGS, javaScriptEnabled: false, viewport: { width: 1280, height: 900 },
  });
});
after(async () => { await noJs?.close(); await env?.close(); });

const html = path => readFile(join(DIST, path), 'utf8');

test('dist holds each page as HTML: the seed model, the catalog rows, the sitemap, titles', async () => {
  const m = catalog.models.find(x => x.id === 'mistral-small-3.2-24b');
  const page = await html('models/mistral-small-3.2-24b/index.html');
  assert.ok(page.includes(`<h1>${m.name}</h1>`));
  assert.ok(page.includes('$0.075'));
  assert.ok(page.includes('128,000'));
  assert.ok(page.includes('class="offers"') && page.includes('data-offer="openrouter/mistralai/mistral-small-3.2-24b-instruct"'), 'the providers table');
  assert.match(page, /<title>Mistral Small 3\.2 24B[^<]*<\/title>/);
  // The static page's own head tags, marked so that the app replaces them when it takes over.
  assert.match(page, /<meta data-prerendered name="description" content="Mistral Small 3\.2 24B by Mistral/);
  assert.match(page, /<meta data-prerendered property="og:title" content="Mistral Small 3\.2 24B/);
  assert.match(page, /<link data-prerendered rel="canonical" href="http[^"]*\/models\/mistral-small-3\.2-24b">/);
  const home = await html('index.html');
  assert.ok((home.match(/<tr data-row=/g) ?? []).length >= 20, 'catalog rows in the home page');
  const sitemap = await html('sitemap.xml');
  for (const mm of catalog.models) assert.ok(sitemap.includes(`/models/${mm.id}</loc>`), mm.id);
  assert.match(await html('robots.txt'), /Sitemap: http.*\/sitemap\.xml/);
  const titles = new Set();
  for (const p of ['index.html', 'cost/index.html', 'compliance/index.html', 'best-llm-for/coding/index.html', 'models/gpt-4o/index.html']) {
    const t = (await html(p)).match(/<title>([^<]*)<\/title>/)[1];
    assert.ok(!titles.has(t), `${p}: its own title`);
    titles.add(t);
  }
  // An old slug is a redirect page to its model.
  const alias = catalog.models.find(x => x.id === 'claude-haiku-4-5');
  assert.match(await html(`models/${alias.aliases[0]}/index.html`), /http-equiv="refresh" content="0; url=\/models\/claude-haiku-4-5"/);
});

test('with JavaScript off: the home page, a model page, /cost and /compliance read, and links work', async () => {
  const page = await noJs.newPage();
  await page.goto(env.base + '/');
  assert.ok(await page.locator('tbody tr[data-row]').count() >= 20);
  const first = await page.getAttribute('tbody tr[data-row] th a', 'href');
  await page.click('tbody tr[data-row] th a');
  await page.waitForURL(new RegExp(`${first}$`));
  assert.equal((await page.textContent('h1')).trim(), catalog.models.find(m => `/models/${m.id}` === first).name);
  await page.goto(env.base + '/models/mistral-small-3.2-24b');
  assert.ok(await page.locator('tr[data-offer]').count() >= 5);
  await page.goto(env.base + '/cost');
  assert.ok(await page.locator('tr[data-offer]').count() >= 10, 'the default workload ranked');
  await page.goto(env.base + '/compliance');
  assert.ok(await page.locator('table').count() >= 1);
  await page.click('a[href="/glossary"]');
  await page.waitForURL(/\/glossary$/);
  await page.close();
});

/** The text of `sel`, with the rows of virtualised tables past the 20th left out (how many
 * rows below the fold are rendered depends on the screen, which the build does not know). */
const textOf = (page, sel) => page.evaluate(sel => {
  const el = document.querySelector(sel);
  el.querySelectorAll('tbody').forEach(tb => [...tb.querySelectorAll('tr[data-row]')].slice(20).forEach(tr => { tr.hidden = true; }));
  const t = el.innerText;
  el.querySelectorAll('tr[data-row][hidden]').forEach(tr => { tr.hidden = false; });
  return t;
}, sel);

test('with JavaScript on: the app takes over with the same text; search works; no error', async () => {
  for (const path of ['/', '/models/mistral-small-3.2-24b', '/cost', '/compliance', '/best-llm-for/coding']) {
    const staticText = await (async () => {
      const p = await noJs.newPage();
      await p.goto(env.base + path);
      const t = await textOf(p, '#prerendered');
      await p.close();
      return t;
    })();
    const { page, problems } = await watchedPage(env.context);
    await page.goto(env.base + path);
    assert.equal(await page.locator('#prerendered').count(), 0, 'the static copy is gone');
    assert.equal(await textOf(page, '#app'), staticText, `${path}: the same text after the takeover`);
    if (path === '/') {
      await page.fill('#catalog-search', 'mstrl sml 3.2');
      await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-row]').length < 50);
    }
    await page.close();
    assert.deepEqual(problems, [], path);
  }
});

test('text typed before the takeover is kept', async () => {
  const { page, problems } = await watchedPage(env.context);
  // Hold the wasm back, type into the static search box, then let it load.
  let release;
  const held = new Promise(r => { release = r; });
  await page.route('**/*_bg.wasm', async route => { await held; await route.continue(); });
  // The page's own goto (not the helper's, which waits for the takeover).
  await Object.getPrototypeOf(page).goto.call(page, env.base + '/');
  await page.fill('#prerendered #catalog-search', 'gpt oss');
  release();
  await page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'gpt oss');
  assert.equal(await page.inputValue('#catalog-search'), 'gpt oss');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'catalog-search', 'focus stays in the search box');
  await page.close();
  assert.deepEqual(problems, []);
});
