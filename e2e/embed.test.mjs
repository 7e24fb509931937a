// Embeds on another site: a host page on another origin (its own port) frames the
// model card and the calculator with embed.js, as README tells site owners to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, DIST } from './browser.mjs';
import { startServer } from './server.mjs';

const SLUG = 'mistral-small-3.2-24b';
let env, host, hostBase, catalog;

before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
  const dir = await mkdtemp(join(tmpdir(), 'hub-host-'));
  const frame = (id, path, width) =>
    `<iframe id="${id}" data-llm-cloud-hub src="${env.base}${path}" title="${id}" width="${width}" height="360" style="border:0"></iframe>`;
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A host page</title></head><body>
<h1>Someone's blog post</h1>
${frame('card', `/embed/models/${SLUG}`, '100%')}
${frame('cost', `/embed/cost?model=${SLUG}&rpd=100&top=3`, '100%')}
${frame('narrow', `/embed/models/${SLUG}?theme=dark`, '280')}
<script src="${env.base}/embed.js"></script>
</body></html>`);
  host = await startServer(dir);
  hostBase = `http://127.0.0.1:${host.address().port}`;
});
after(async () => { await env?.close(); host?.close(); });

test('embeds on another origin render, size themselves to their content and open the full page', async () => {
  const page = await env.context.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push(`pageerror: ${e.message}`));
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(hostBase + '/');
  const frames = {};
  for (const id of ['card', 'cost', 'narrow']) {
    // Chrome paints (and runs animation frames in) cross-origin frames only on screen, as a reader scrolls.
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    frames[id] = await (await page.$(`#${id}`)).contentFrame();
    await frames[id].waitForSelector('html[data-live]', { state: 'attached' });
  }
  await frames.cost.waitForSelector('[data-field=embed-ranking] tbody tr');
  const m = catalog.models.find(x => x.id === SLUG);
  assert.equal((await frames.card.textContent('h1')).trim(), m.name);
  // The card's cheapest input price is the model page's (pre-rendered from the same catalog).
  const modelPage = await readFile(join(DIST, 'models', SLUG, 'index.html'), 'utf8');
  const input = modelPage.match(/data-field="input" class="stat-value">([^<]+)</)[1];
  assert.equal(await frames.card.textContent('[data-field=input]'), input);
  assert.equal(await frames.card.locator('.site-header, .site-footer').count(), 0, 'no site chrome');
  assert.equal(await frames.cost.locator('[data-field=embed-ranking] tbody tr').count(), 3, '?top=3');
  // Each iframe is as tall as its content (embed.js applied the posted height).
  for (const id of ['card', 'cost', 'narrow']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForFunction(id => document.getElementById(id).style.height !== '', id);
    const content = await frames[id].evaluate(() => document.querySelector('.embed').getBoundingClientRect().height);
    await page.waitForFunction(([id, h]) => Math.abs(document.getElementById(id).getBoundingClientRect().height - h) <= 20, [id, content]);
  }
  // 280 px wide, dark as asked, no horizontal scroll.
  assert.equal(await frames.narrow.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.ok(await frames.narrow.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no horizontal scroll at 280 px');
  // A link opens the full page in a new tab.
  const [popup] = await Promise.all([env.context.waitForEvent('page'), frames.card.click('[data-field=full-page]')]);
  await popup.waitForLoadState();
  assert.equal(new URL(popup.url()).pathname, `/models/${SLUG}`);
  await popup.close();
  await page.close();
  assert.deepEqual(problems, []);
});

test('the model page offers the embed snippet', async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/models/${SLUG}`);
  await page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.click('[data-field=embed-button]');
  const code = await page.inputValue('[data-field=embed-code]');
  assert.ok(code.startsWith(`<iframe src="${env.base}/embed/models/${SLUG}"`), code);
  assert.ok(code.includes(`<script src="${env.base}/embed.js" async></script>`), code);
  await page.close();
});
