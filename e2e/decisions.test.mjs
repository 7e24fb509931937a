// The decisions: the cost calculator end to end against an independent
// computation from catalog.json, bad input, URL round trip; the alternatives
// page; every use-case page and its weights.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, DIST, ROOT } from './browser.mjs';
import { rankCost, monthlyCost, fmtMoney, alternativesOf, rankUseCase, frontierOf, daysBetween, today } from './catalog-rules.mjs';

let env, catalog, useCases;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
  useCases = JSON.parse(await readFile(join(ROOT, 'data', 'use_cases.json'), 'utf8')).use_cases;
});
after(async () => env?.close());

const open = (path, ready) => openPage(env, path, ready);
const param = (page, k) => new URL(page.url()).searchParams.get(k);
const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
const rowsOf = page => page.$$eval('.cost-table > tbody > tr', trs => trs.map(t => ({
  model: t.dataset.model, provider: t.dataset.provider, stale: t.querySelector('[data-field=stale]') != null,
  id: t.querySelector('[data-field=offer-id]')?.textContent ?? null,
  amount: Number(t.querySelector('[data-field=monthly]').dataset.amount), text: t.querySelector('[data-field=monthly]').textContent,
})));
const noBadMoney = async page => {
  const body = await page.textContent('.cost-results');
  const bad = body.match(/NaN|∞|Infinity|-\$|\$-|\$0\.00\b/);
  assert.equal(bad, null, `no NaN, infinity, negative or false-zero money: ${bad && body.slice(Math.max(0, bad.index - 80), bad.index + 40)}`);
};

test('calculator: a typed workload ranks every offer as an independent computation does, bill line by line', async () => {
  const { page, done } = await open('/cost', '.cost-table tbody tr');
  const w = { rpd: 30000, days: 30, in: 2000, out: 500, cached: 0.6, write: 0, batch: 0.2, reasoning: 100, images: 0 };
  for (const [id, v] of [['rpd', '30k'], ['in', '2000'], ['out', '500'], ['cached', '60'], ['batch', '20'], ['reasoning', '100']]) {
    await page.fill(`#cost-${id}`, v);
  }
  await page.waitForFunction(() => new URL(location.href).searchParams.get('reasoning') === '100');
  const want = rankCost(catalog, w);
  await page.waitForFunction(n => document.querySelector('[data-field=result-count]').textContent.startsWith(`${n.toLocaleString('en-US')} offers`), want.length);
  const got = await rowsOf(page);
  assert.equal(got.length, 50, 'first page of results');
  for (let k = 0; k < got.length; k++) {
    assert.equal(`${got[k].model}@${got[k].provider}`, `${want[k].m.id}@${want[k].o.provider}`, `rank ${k + 1}`);
    close(got[k].amount, want[k].total, `rank ${k + 1} total`);
    assert.equal(got[k].text, fmtMoney(want[k].total));
    assert.equal(got[k].stale, daysBetween(want[k].o.as_of, today()) > 90, `rank ${k + 1}: stale badge`);
    // A provider's several offers of one model (Llama 3.1 8B's two at DeepInfra) name their ids.
    const several = catalog.offers.filter(o => o.model === want[k].m.id && o.provider === want[k].o.provider).length > 1;
    assert.equal(got[k].id, several ? want[k].o.provider_model_id : null, `rank ${k + 1}: the id, where the provider has several offers of the model`);
  }
  assert.ok(got.some(r => r.id), 'the first page has a provider with several offers of one model');
  // A breakdown, line by line, for an offer with cache and batch prices in the top 50 or the first row.
  const k = Math.max(0, want.slice(0, 50).findIndex(r => r.o.prices.cache_read != null));
  const row = page.locator('.cost-table > tbody > tr').nth(k);
  await row.locator('summary').click();
  await row.locator('tr[data-line]').first().waitFor();
  const lines = await row.locator('tr[data-line]').evaluateAll(trs => Object.fromEntries(trs.map(t => [t.dataset.line, Number(t.dataset.amount)])));
  assert.deepEqual(Object.keys(lines).sort(), Object.keys(want[k].lines).sort());
  for (const [kind, v] of Object.entries(want[k].lines)) close(lines[kind], v, kind);
  assert.equal(await row.locator('[data-field=bill-total]').textContent(), fmtMoney(want[k].total));
  // The bar chart shows the ten cheapest.
  assert.equal(await page.locator('.bar-chart li').count(), 10);
  // "Show 50 more" extends the list.
  await page.click('[data-action=more]');
  assert.equal((await rowsOf(page)).length, 100);
  await noBadMoney(page);
  await done();
});

test('calculator: a long-context tier prices the whole request; ?model= follows a model', async () => {
  const day = catalog.generated_at.slice(0, 10);
  const current = x => (catalog.models.find(m => m.id === x.model)?.kind ?? 'chat') === 'chat' && !(x.deprecation_date < day) && (x.currency ?? 'USD') === 'USD';
  const o = catalog.offers.find(x => x.tiers?.length && x.prices.input != null && x.prices.output != null && !x.service_tier && current(x)
    && (x.context ?? catalog.models.find(m => m.id === x.model)?.context ?? 0) >= x.tiers[0].above + 2000
    && (x.max_output ?? catalog.models.find(m => m.id === x.model)?.max_output ?? 1e9) >= 1000);
  const m = catalog.models.find(x => x.id === o.model);
  const above = o.tiers[0].above;
  const w = { rpd: 10, days: 30, in: above + 1000, out: 1000, cached: 0, write: 0, batch: 0, reasoning: 0, images: 0 };
  const { page, done } = await open(`/cost?model=${m.id}&rpd=10&in=${above + 1000}&out=1000&provider=${o.provider}`, '.followed');
  const want = rankCost(catalog, w, { providers: [o.provider] }).find(r => r.m.id === m.id);
  assert.equal(want.tier, above, 'independent computation applies the tier');
  const followed = page.locator('.followed');
  assert.equal(await followed.getAttribute('data-model'), m.id);
  assert.equal(await followed.locator('[data-field=followed-monthly]').textContent(), fmtMoney(want.total));
  assert.match(await followed.locator('[data-field=tier]').textContent(), new RegExp(`above ${above.toLocaleString('en-US')} tokens`));
  const lines = await followed.locator('tr[data-line]').evaluateAll(trs => Object.fromEntries(trs.map(t => [t.dataset.line, Number(t.dataset.amount)])));
  for (const [kind, v] of Object.entries(want.lines)) close(lines[kind], v, kind);
  // Below the threshold the standard prices apply.
  const std = monthlyCost(o, { ...w, in: above });
  assert.equal(std.tier, undefined);
  assert.ok(std.total < want.total);
  await done();
});

test('calculator: bad input says what is wrong next to the field, and no bad money shows', async () => {
  const { page, done } = await open('/cost', '.cost-table tbody tr');
  await page.fill('#cost-rpd', '2500');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('rpd') === '2500');
  const before = await page.textContent('.cost-table [data-field=monthly]');
  await page.fill('#cost-rpd', 'abc');
  await page.waitForSelector('#cost-rpd[aria-invalid=true]');
  assert.equal((await page.textContent('#cost-rpd-error')).trim(), '“abc” is not a number.');
  // No silent substitute: the last valid workload (2,500 a day) is still priced, and said.
  await page.waitForSelector('[data-field=priced-workload]');
  assert.match(await page.textContent('[data-field=priced-workload]'), /last valid workload: 2,500 requests a day/);
  assert.equal(await page.textContent('.cost-table [data-field=monthly]'), before);
  // Hostile text: each gets a message, the last valid workload stays priced, nothing else is lost.
  const tokensIn = await page.inputValue('#cost-in');
  for (const bad of ['1e309', 'Infinity', 'NaN', '١٢٣', '9'.repeat(10_000), '1e400', '<b>5</b>']) {
    await page.fill('#cost-rpd', bad);
    await page.waitForFunction(() => document.querySelector('#cost-rpd')?.getAttribute('aria-invalid') === 'true'
      && document.querySelector('#cost-rpd-error').textContent.trim() !== '');
    assert.match(await page.textContent('[data-field=priced-workload]'), /last valid workload: 2,500 requests a day/, bad.slice(0, 20));
    assert.equal(await page.textContent('.cost-table [data-field=monthly]'), before, bad.slice(0, 20));
    assert.equal(await page.inputValue('#cost-in'), tokensIn, 'the other fields keep their values');
    await noBadMoney(page);
  }
  await page.fill('#cost-out', '-5');
  await page.waitForFunction(() => document.querySelector('#cost-out-error').textContent.includes('zero or more'));
  await page.fill('#cost-batch', '150');
  await page.waitForFunction(() => document.querySelector('#cost-batch-error').textContent === 'At most 100.');
  await page.fill('#cost-cached', '70');
  await page.fill('#cost-write', '40');
  await page.waitForFunction(() => document.querySelector('#cost-write-error').textContent.includes('cannot pass 100%'));
  await noBadMoney(page);
  // Fixing a field clears its message.
  await page.fill('#cost-rpd', '1000');
  await page.waitForSelector('#cost-rpd[aria-invalid=false]');
  assert.equal((await page.textContent('#cost-rpd-error')).trim(), '');
  await page.fill('#cost-out', '500');
  await page.fill('#cost-batch', '0');
  await page.fill('#cost-write', '0');
  await page.waitForSelector('[data-field=priced-workload]', { state: 'detached' });
  // Zero requests cost nothing, shown as $0, never $0.00.
  await page.fill('#cost-rpd', '0');
  await page.waitForFunction(() => document.querySelector('.cost-table [data-field=monthly]')?.textContent === '$0');
  await noBadMoney(page);
  await done();
});

test('calculator: coding-plan channels are left out and counted, and ranked when asked for', async () => {
  const w = { rpd: 1000, days: 30, in: 1000, out: 200, cached: 0, write: 0, batch: 0, reasoning: 0, images: 0 };
  const query = 'rpd=1000&in=1000&out=200&cached=0&batch=0&reasoning=0';
  const without = rankCost(catalog, w), withPlans = rankCost(catalog, w, { plans: true });
  const plans = withPlans.filter(r => r.o.service_tier === 'coding-plan');
  assert.ok(plans.length > 0 && withPlans.length === without.length + plans.length, 'the published catalog has coding-plan channels that serve this workload');
  const count = n => `${n.toLocaleString('en-US')} offers`;
  const { page, done } = await open(`/cost?${query}`, '.cost-table tbody tr');
  await page.waitForFunction(n => document.querySelector('[data-field=result-count]').textContent.startsWith(n), count(without.length));
  assert.match(await page.textContent('[data-field=result-count]'), new RegExp(`${plans.length} coding-plan channels`));
  assert.ok(!(await page.isChecked('#cost-plans')));
  await page.check('#cost-plans');
  await page.waitForFunction(n => document.querySelector('[data-field=result-count]').textContent.startsWith(n), count(withPlans.length));
  await page.waitForFunction(() => new URL(location.href).searchParams.get('plans') === '1');
  const got = await rowsOf(page);
  for (let k = 0; k < got.length; k++) assert.equal(`${got[k].model}@${got[k].provider}`, `${withPlans[k].m.id}@${withPlans[k].o.provider}`, `rank ${k + 1}`);
  await done();
});

test('calculator: every input lives in the URL; reload keeps it; presets are history entries', async () => {
  const url = '/cost?rpd=5000&in=12000&out=600&cached=20&cap=tools,vision&free=1';
  const { page, done } = await open(url, '.cost-table tbody tr');
  assert.equal(await page.inputValue('#cost-rpd'), '5000');
  assert.equal(await page.inputValue('#cost-in'), '12000');
  assert.equal(await page.inputValue('#cost-cached'), '20');
  assert.equal(await page.inputValue('#cost-days'), '30', 'defaults shown');
  assert.ok(await page.isChecked('[data-cap=tools]') && await page.isChecked('[data-cap=vision]') && await page.isChecked('#cost-free'));
  const want = rankCost(catalog, { rpd: 5000, days: 30, in: 12000, out: 600, cached: 0.2, write: 0, batch: 0, reasoning: 0, images: 0 }, { caps: ['tools', 'vision'], free: true });
  const first = (await rowsOf(page))[0];
  assert.equal(`${first.model}@${first.provider}`, `${want[0].m.id}@${want[0].o.provider}`);
  await page.reload();
  await page.waitForSelector('.cost-table tbody tr');
  assert.equal(await page.inputValue('#cost-in'), '12000');
  // Typing applies at once and reaches the URL shortly after, replacing the entry: no history flood.
  const entries = await page.evaluate(() => history.length);
  await page.click('#cost-out');
  await page.keyboard.press('End');
  await page.keyboard.type('25', { delay: 30 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('out') === '60025');
  assert.equal(await page.evaluate(() => history.length), entries, 'typing replaces the history entry');
  await page.fill('#cost-out', '600');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('out') === '600');
  await page.click('[data-preset=batch-classify]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('batch') === '100');
  assert.equal(param(page, 'cap'), 'tools,vision', 'filters survive a preset');
  assert.equal(await page.inputValue('#cost-rpd'), '100000');
  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('rpd') === '5000');
  assert.equal(await page.inputValue('#cost-rpd'), '5000');
  await done();
});

test('alternatives: the ranking equals an independent computation, never the model or an alias; the model page uses it', async () => {
  const slug = 'mistral-small-3.2-24b';
  const want = alternativesOf(catalog, slug);
  const { page, done } = await open(`/models/${slug}/alternatives`, 'tr[data-alternative]');
  const got = await page.$$eval('tr[data-alternative]', trs => trs.map(t => ({ id: t.dataset.alternative, score: t.querySelector('[data-field=score]').textContent, reason: t.querySelector('[data-field=reason]').textContent })));
  assert.equal(got.length, Math.min(100, want.length));
  assert.ok(!got.some(g => g.id === slug));
  for (let k = 0; k < got.length; k++) {
    assert.equal(got[k].score, want[k].score.toFixed(1), `score at ${k + 1}`);
    assert.match(got[k].reason, /^(same capabilities|adds .+|lacks .+) · .+ context|context unknown · .+$/);
  }
  assert.deepEqual(got.slice(0, 20).map(g => g.id), want.slice(0, 20).map(w => w.id));
  await page.goto(`${env.base}/models/${slug}`);
  await page.waitForSelector('[data-related]');
  assert.deepEqual(await page.$$eval('[data-related]', lis => lis.map(l => l.dataset.related)), want.slice(0, 5).map(w => w.id));
  await done();
});

test('best LLM for: the index and every use case, the rule in words, rankings as computed, weights in the URL', async () => {
  const { page, done } = await open('/best-llm-for', '.use-case');
  assert.deepEqual(await page.$$eval('[data-use-case]', els => els.map(e => e.dataset.useCase)), useCases.map(u => u.id));
  assert.ok(useCases.length >= 6);
  for (const uc of useCases) {
    await page.goto(`${env.base}/best-llm-for/${uc.id}`);
    await page.waitForSelector('.use-case-table tbody tr');
    assert.equal((await page.textContent('h1')).trim(), uc.name);
    assert.equal(await page.locator('[data-field=rule] li').count(), uc.benchmark ? 6 : 5);
    const want = rankUseCase(catalog, uc, uc.weights);
    assert.equal((await page.textContent('[data-field=result-count]')).trim(), `${want.length.toLocaleString('en-US')} models qualify.`);
    const got = await page.$$eval('.use-case-table tbody tr', trs => trs.slice(0, 10).map(t => ({ id: t.dataset.model, score: t.querySelector('[data-field=score]').textContent })));
    assert.deepEqual(got.map(g => g.score), want.slice(0, 10).map(w => w.score.toFixed(1)), uc.id);
    assert.deepEqual(got.map(g => g.id), want.slice(0, 10).map(w => w.id), uc.id);
    if (uc.benchmark) {
      // Where quality decides, the top 10 carry the sourced benchmark, each linked to its source.
      const cells = await page.$$eval('.use-case-table tbody tr', trs => trs.slice(0, 10).map(t => {
        const td = t.querySelector('[data-field=benchmark]');
        return { score: td.dataset.score, href: td.querySelector('a')?.getAttribute('href') };
      }));
      assert.deepEqual(cells.map(c => Number(c.score)), want.slice(0, 10).map(w => w.bench.score), uc.id);
      assert.deepEqual(cells.map(c => c.href), want.slice(0, 10).map(w => w.bench.source), uc.id);
    }
  }
  // Coding: the price-vs-score chart, its frontier as computed, its data source.
  {
    const uc = useCases.find(u => u.id === 'coding');
    await page.goto(`${env.base}/best-llm-for/coding`);
    await page.waitForSelector('[data-field=bench-chart]');
    const frontier = await page.$$eval('[data-field=bench-chart] circle.dot-frontier', cs => cs.map(c => c.dataset.model));
    assert.deepEqual(frontier, frontierOf(rankUseCase(catalog, uc, uc.weights)));
    assert.ok(frontier.length >= 2);
    assert.match(await page.textContent('#bench-caption'), /models\.dev/);
    // Labels as rendered: inside the chart and over no other label (the layout gives way instead).
    const boxes = await page.$$eval('[data-field=bench-chart] text.dot-label', ts => ts.map(t => {
      const b = t.getBBox(), vb = t.ownerSVGElement.viewBox.baseVal;
      return { name: t.textContent, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, w: vb.width, h: vb.height };
    }));
    assert.ok(boxes.length >= 2, 'frontier labels are drawn');
    for (const b of boxes) assert.ok(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= b.w && b.y1 <= b.h, `${b.name} runs off the chart: ${JSON.stringify(b)}`);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) {
      assert.ok(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${a.name} overlaps ${b.name}`);
    }
  }
  // Weights: moving a slider re-ranks live and is kept in the URL.
  const uc = useCases.find(u => u.id === 'coding');
  await page.goto(`${env.base}/best-llm-for/coding`);
  await page.waitForSelector('.use-case-table tbody tr');
  await page.locator('[data-weight=context]').fill('0');
  await page.locator('[data-weight=caps]').fill('0');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('w_caps') === '0');
  await page.locator('[data-weight=quality]').fill('0');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('w_quality') === '0');
  const byCost = rankUseCase(catalog, uc, { cost: uc.weights.cost, context: 0, capabilities: 0, quality: 0 });
  await page.waitForFunction(id => document.querySelector('.use-case-table tbody tr')?.dataset.model === id, byCost[0].id);
  // Cost alone: cheapest first within the benchmarked models, then within the rest.
  const rows = await page.$$eval('.use-case-table tbody tr', trs => trs.map(t => [Number(t.querySelector('[data-field=monthly]').dataset.amount), t.querySelector('[data-field=benchmark]').dataset.score != null]));
  assert.ok(rows.every(([a, b], i) => i === 0 || rows[i - 1][1] !== b || rows[i - 1][0] <= a), 'cost alone: cheapest first in each group');
  await page.reload();
  await page.waitForSelector('.use-case-table tbody tr');
  assert.equal(await page.inputValue('[data-weight=context]'), '0');
  await page.goto(`${env.base}/best-llm-for/no-such-use`);
  await page.waitForSelector('text=No use case');
  await done();
});

test('calculator: a future month prices an announced change from its date', async () => {
  const day = catalog.generated_at.slice(0, 10);
  const o = catalog.offers.find(x => (x.scheduled ?? []).length && (catalog.models.find(m => m.id === x.model)?.kind ?? 'chat') === 'chat'
    && !(x.deprecation_date < day) && (x.currency ?? 'USD') === 'USD' && x.prices.input != null && x.prices.output != null && !x.service_tier
    && (x.context ?? catalog.models.find(m => m.id === x.model)?.context ?? 0) >= 1200);
  assert.ok(o, 'a current chat offer with an announced change');
  const change = o.scheduled[0];
  const month = change.date.slice(0, 7);
  const m = catalog.models.find(x => x.id === o.model);
  const w = { rpd: 10, days: 30, in: 1000, out: 200, cached: 0, write: 0, batch: 0, reasoning: 0, images: 0 };
  const later = { ...o, prices: { ...o.prices, input: change.input ?? o.prices.input, output: change.output ?? o.prices.output } };
  const before = rankCost(catalog, w, { providers: [o.provider] }).find(r => r.m.id === m.id && r.o === o);
  const url = `/cost?model=${m.id}&rpd=10&in=1000&out=200&provider=${o.provider}`;
  {
    const { page, done } = await open(url, '.followed');
    assert.equal(await page.locator('[data-field=followed-monthly]').textContent(), fmtMoney(before.total));
    await page.fill('[data-field=month]', month);
    await page.waitForFunction(mm => new URL(location.href).searchParams.get('month') === mm, month);
    await page.waitForFunction(want => document.querySelector('[data-field=followed-monthly]')?.textContent === want, fmtMoney(monthlyCost(later, w).total));
    await done();
  }
  // The month before the change keeps today's price.
  const prev = `${Number(month.slice(0, 4)) - (month.endsWith('-01') ? 1 : 0)}-${month.endsWith('-01') ? '12' : String(Number(month.slice(5)) - 1).padStart(2, '0')}`;
  const { page, done } = await open(`${url}&month=${prev}`, '.followed');
  assert.equal(await page.locator('[data-field=followed-monthly]').textContent(), fmtMoney(before.total));
  await done();
});
