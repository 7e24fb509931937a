// The site built for a sub-path (HUB_BASE=/llm-cloud-hub, as for a GitHub Pages project site)
// and served only there: the main pages, a model page, the calculator and an embed work,
// and no request leaves the sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARGS, CHROMIUM, ROOT } from './browser.mjs';
import { startServer } from './server.mjs';

const BASE = '/llm-cloud-hub';
const DIST = join(ROOT, 'dist-subpath');
let server, origin, context;
before(async () => {
  server = await startServer(DIST, 0, () => ({}), BASE);
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'hub-sub-')), { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1280, height: 900 } });
});
after(async () => { await context?.close(); server?.close(); });

test('under /llm-cloud-hub/: home, a model page, /cost and an embed work; no request escapes', async () => {
  const page = await context.newPage();
  const problems = [], outside = [];
  page.on('pageerror', e => problems.push(e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', r => { const u = new URL(r.url()); if (u.origin === origin && !u.pathname.startsWith(BASE + '/')) outside.push(u.pathname); });
  const live = () => page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.goto(`${origin}${BASE}/`);
  await live();
  await page.waitForSelector('tbody tr[data-row]');
  // In-app navigation: a catalog row to its model page.
  await page.fill('#catalog-search', 'mstrl sml 3.2');
  await page.waitForSelector('tbody tr[data-row="mistral-small-3.2-24b"] a');
  await page.click('tbody tr[data-row="mistral-small-3.2-24b"] a');
  await page.waitForURL(`${origin}${BASE}/models/mistral-small-3.2-24b`);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Mistral Small 3.2 24B');
  // The header's link to the calculator, then a load of the page itself.
  await page.click('.site-header a:has-text("Cost")');
  await page.waitForURL(`${origin}${BASE}/cost`);
  await page.waitForSelector('.cost-table tbody tr');
  await page.goto(`${origin}${BASE}/cost?model=mistral-small-3.2-24b&rpd=100`);
  await live();
  await page.waitForSelector('[data-field=followed-monthly]');
  // An embed, and the Embed button's snippet names the sub-path.
  await page.goto(`${origin}${BASE}/embed/models/mistral-small-3.2-24b`);
  await live();
  assert.equal((await page.textContent('h1')).trim(), 'Mistral Small 3.2 24B');
  assert.equal(new URL(await page.getAttribute('[data-field=full-page]', 'href'), origin).pathname, `${BASE}/models/mistral-small-3.2-24b`);
  await page.goto(`${origin}${BASE}/models/mistral-small-3.2-24b`);
  await live();
  assert.equal(await page.getAttribute('link[rel=canonical]', 'href').then(h => new URL(h, origin).pathname), `${BASE}/models/mistral-small-3.2-24b`);
  await page.click('[data-field=embed-button]');
  const code = await page.inputValue('[data-field=embed-code]');
  assert.ok(code.includes(`src="${origin}${BASE}/embed/models/mistral-small-3.2-24b"`) && code.includes(`${origin}${BASE}/embed.js`), code);
  // The sitemap and feed name the sub-path.
  const sitemap = await readFile(join(DIST, 'sitemap.xml'), 'utf8');
  assert.match(sitemap, new RegExp(`<loc>[^<]*${BASE}/models/mistral-small-3.2-24b</loc>`));
  assert.match(await readFile(join(DIST, 'feed.xml'), 'utf8'), new RegExp(`href="[^"]*${BASE}/feed.xml"`));
  await page.close();
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
  assert.deepEqual(problems, []);
});
