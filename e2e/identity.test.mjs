// Issue 10 end to end: the calculator ranks chat LLMs, the kind facet lives in
// the URL, a retired model's page says so and names its successor, and an old
// slug's URL shows the canonical page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, DIST } from './browser.mjs';
import { rows, fmtPrice } from './catalog-rules.mjs';

let env, catalog;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
});
after(async () => env?.close());

const open = path => openPage(env, path);
const kindOf = id => catalog.models.find(m => m.id === id)?.kind ?? 'chat';
const waitCount = (page, n) => page.waitForFunction(n => document.querySelector('.result-count')?.textContent.startsWith(`${n.toLocaleString('en-US')} model`), n);

test('/cost for a chat workload: the top of the ranking is chat LLMs', async () => {
  const { page, done } = await open('/cost');
  await page.waitForSelector('tr[data-offer]');
  const top = await page.$$eval('tr[data-offer]', els => els.slice(0, 20).map(e => [Number(e.dataset.offer), e.dataset.model]));
  assert.ok(top.length >= 10, `${top.length} ranked rows`);
  for (const [k, model] of top) {
    const o = catalog.offers[k];
    assert.equal(o.model, model, `row ${k} is the catalog's offer`);
    assert.equal(kindOf(o.model), 'chat', `${o.provider}/${o.provider_model_id} is a chat model`);
    assert.ok(!/embed|rerank|flux|whisper|guard|ocr/i.test(o.provider_model_id), `${o.provider_model_id} is an ordinary chat LLM`);
  }
  await done();
});

test('the kind facet narrows to a kind and lives in the URL', async () => {
  const { page, done } = await open('/');
  await waitCount(page, rows(catalog, {}).length);
  await page.selectOption('select[data-facet=kind]', 'embedding');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'embedding');
  const want = rows(catalog, { kind: 'embedding' });
  await waitCount(page, want.length);
  const shown = await page.$$eval('tbody tr[data-row]', trs => trs.map(t => t.dataset.row));
  assert.ok(shown.length > 0 && shown.every(id => want.some(r => r.id === id)), `${shown}`);
  // An embedding model generates no tokens: its row shows its input price (it had read unknown).
  const prices = await page.$$eval('tbody tr[data-row]', trs => trs.map(t => [t.dataset.row, t.children[4].textContent.trim()]));
  for (const [id, cell] of prices) assert.equal(cell, fmtPrice(want.find(r => r.id === id).input), id);
  assert.ok(prices.filter(([, cell]) => cell.startsWith('$')).length >= 10, `${prices}`);
  await page.reload();
  await waitCount(page, want.length);
  assert.equal(await page.$eval('select[data-facet=kind]', s => s.value), 'embedding');
  await done();
});

test('a retired model keeps its page: retired on its date, with its successor', async () => {
  const m = catalog.models.find(x => x.retired && x.successor && catalog.models.some(s => s.id === x.successor));
  assert.ok(m, 'the catalog has a retired model with a successor');
  const succ = catalog.models.find(s => s.id === m.successor);
  const { page, done } = await open(`/models/${m.id}`);
  await page.waitForSelector('[data-field=retired]');
  assert.match(await page.textContent('[data-field=retired]'), new RegExp(`Retired on ${m.retired}`));
  assert.equal((await page.textContent('[data-field=successor]')).trim(), succ.name);
  await page.click('[data-field=successor]');
  await page.waitForFunction(id => location.pathname === `/models/${id}`, succ.id);
  // Off the default catalog view; "show retired" brings it back.
  await page.goto(env.base + `/?q=${encodeURIComponent(m.id)}`);
  await page.waitForSelector('.result-count');
  assert.equal(await page.locator(`tr[data-row="${m.id}"]`).count(), 0);
  await page.check('input[data-facet=retired]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('retired') === '1');
  await page.waitForSelector(`tr[data-row="${m.id}"]`);
  await done();
});

test('an old slug URL lands on the canonical page', async () => {
  const m = catalog.models.find(x => x.id === 'claude-haiku-4-5');
  const old = 'anthropic--claude-4.5-haiku';
  assert.ok(m.aliases.includes(old));
  const { page, done } = await open(`/models/${old}`);
  // The pre-rendered site redirects an old slug to the model's page.
  await page.waitForURL(new RegExp(`/models/${m.id}$`));
  await page.waitForSelector('html[data-live]', { state: 'attached' });
  assert.equal((await page.textContent('h1')).trim(), m.name);
  assert.equal(await page.$eval('link[rel=canonical]', l => l.getAttribute('href')).then(h => h.endsWith(`/models/${m.id}`)), true);
  assert.equal(await page.$$eval('link[rel=canonical], meta[name=description]', l => l.length), 2, "after the takeover, only the app's head tags");
  // Every provider of the joined model is listed once per endpoint.
  const listed = await page.$$eval('tr[data-offer]', trs => trs.length);
  const regionalHidden = catalog.offers.filter(o => o.model === m.id && o.region).length;
  assert.ok(listed >= catalog.offers.filter(o => o.model === m.id).length - regionalHidden, `${listed} rows`);
  // Inside the app (no page load), the old slug shows the model's page and says so.
  await page.evaluate(old => { history.pushState({}, '', `/models/${old}`); dispatchEvent(new PopStateEvent('popstate')); }, old);
  await page.waitForSelector('[data-field=alias-note]');
  assert.match(await page.textContent('[data-field=alias-note]'), /another name of this model/);
  await done();
});
