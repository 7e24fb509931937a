// The model page, section by section, against catalog.json; a quickstart per
// API style; screenshots at 1280 and 375 px with no horizontal overflow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, watchedPage, DIST, ROOT } from './browser.mjs';
import { shownOffer, isRetired, ownProvider, catalogDay, blend, fmtPrice, daysBetween, today, alternativesOf, farAboveOthers } from './catalog-rules.mjs';

const SHOTS = join(ROOT, 'e2e', 'screenshots');
const SLUG = 'mistral-small-3.2-24b';
let env, catalog;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
  await mkdir(SHOTS, { recursive: true });
});
after(async () => env?.close());

async function open(path, width = 1280) {
  const { page, problems } = await watchedPage(env.context);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(env.base + path);
  return { page, async done() { await page.close(); assert.deepEqual(problems, [], 'page or console errors'); } };
}
const text = (ctx, sel) => ctx.locator(sel).first().textContent().then(t => t.trim());

/** The "Creator's own price" spec: the creator's current offer (any, for a retired model), shown
 * where it is not the headline offer; absent otherwise. */
async function creatorPrice(page, m, offers, maker, best) {
  const day = catalogDay(catalog);
  const own = shownOffer(offers.filter(o => o.provider === maker.id && (m.retired != null || !isRetired(o, day))), day);
  const spec = page.locator('[data-field=spec-creator-price]');
  if (!own || own === best) return assert.equal(await spec.count(), 0, `${m.id}: no creator's price to show`);
  assert.equal((await spec.textContent()).trim(), `${maker.name}: ${fmtPrice(own.prices.input)} / ${fmtPrice(own.prices.output)} per 1M tokens`);
}

test('the creator\'s own price stands beside a cheaper host\'s (the first such chat model)', async () => {
  const day = catalogDay(catalog);
  const pick = catalog.models.find(m => {
    const maker = ownProvider(catalog, m);
    const offers = catalog.offers.filter(o => o.model === m.id);
    const own = maker && shownOffer(offers.filter(o => o.provider === maker && !isRetired(o, day)), day);
    return !m.retired && (m.kind ?? 'chat') === 'chat' && own && own !== shownOffer(offers, day, 'chat', maker) && (own.currency ?? 'USD') === 'USD';
  });
  assert.ok(pick, 'some model is sold cheaper than by its creator');
  const offers = catalog.offers.filter(o => o.model === pick.id);
  const maker = catalog.providers.find(p => p.name.toLowerCase() === pick.creator.toLowerCase());
  const { page, done } = await open(`/models/${pick.id}`);
  await page.waitForSelector('.faq');
  assert.equal(await page.locator('[data-field=spec-creator-price]').count(), 1);
  await creatorPrice(page, pick, offers, maker, shownOffer(offers, day, 'chat', maker.id));
  await done();
});

test('Mistral Small 3.2 24B: every section equals catalog.json', async () => {
  const m = catalog.models.find(x => x.id === SLUG);
  assert.ok(m, 'the seed model is in the catalog');
  const offers = catalog.offers.filter(o => o.model === SLUG);
  const maker = catalog.providers.find(p => p.name.toLowerCase() === m.creator.toLowerCase());
  const best = shownOffer(offers, catalogDay(catalog), 'chat', maker.id);
  const prov = id => catalog.providers.find(p => p.id === id);
  const { page, done } = await open(`/models/${SLUG}`);
  await page.waitForSelector('.faq');
  // Header, badges, stat cards.
  assert.equal(await text(page, 'h1'), m.name);
  assert.equal(await text(page, '[data-field=creator]'), m.creator);
  assert.deepEqual(await page.$$eval('[data-capability]', els => els.map(e => e.dataset.capability)), m.capabilities);
  assert.equal(await text(page, '.stat [data-field=context]'), m.context.toLocaleString('en-US'));
  assert.equal(await text(page, '.stat [data-field=input]'), fmtPrice(best.prices.input));
  assert.equal(await text(page, '.stat [data-field=output]'), fmtPrice(best.prices.output));
  // Specs: the seed wrongly says closed weights; the catalog says open, Apache 2.0.
  assert.equal(await text(page, '[data-field=spec-slug]'), m.id);
  assert.equal(await text(page, '[data-field=spec-provider]'), prov(best.provider).name);
  // The creator's own price beside the cheapest, by the same rule among its offers; an offer the
  // creator retired is no list price while the model is sold elsewhere (Mistral retired Small 3.2
  // on its own API on 2026-07-31, so the page shows none).
  await creatorPrice(page, m, offers, maker, best);
  assert.equal(await text(page, '[data-field=spec-weights]'), `open (${m.license})`);
  assert.equal(m.open_weights, true);
  assert.equal(await text(page, '[data-field=spec-params]'), `${m.params_b}B`);
  assert.equal(await text(page, '[data-field=spec-max-output]'), `${m.max_output.toLocaleString('en-US')} tokens`);
  // Links: docs, cost, alternatives.
  assert.equal(await page.getAttribute('[data-field=docs]', 'href'), prov('mistral').docs_url);
  assert.equal(await page.getAttribute('a:has-text("Estimate monthly cost →")', 'href'), `/cost?model=${SLUG}`);
  assert.equal(await page.getAttribute('a:has-text("See alternatives")', 'href'), `/models/${SLUG}/alternatives`);
  // Offers: one row each, prices, context at that provider, tier, as-of, stale badge.
  assert.equal(await page.locator('tr[data-offer]').count(), offers.length);
  // Each price in its offer's currency: euros with €, never a dollar sign.
  const inCurOf = o => p => fmtPrice(p).replace(/^\$/, { USD: '$', EUR: '€' }[o.currency ?? 'USD']);
  for (const o of offers) {
    const row = page.locator(`tr[data-offer="${o.provider}/${o.provider_model_id}"]`);
    const inCur = inCurOf(o);
    assert.equal(await row.locator('[data-field=input]').evaluate(e => e.firstChild.textContent.trim()), inCur(o.prices.input));
    assert.equal(await text(row, '[data-field=output]'), inCur(o.prices.output));
    assert.equal(await text(row, '[data-field=context]'), (o.context ?? m.context).toLocaleString('en-US'));
    assert.equal(await text(row, '[data-field=tier]'), `${o.service_tier ?? 'standard'} · ${o.currency ?? 'USD'}${o.region ? ` · region ${o.region}` : ''}`);
    assert.ok((await text(row, '[data-field=as-of]')).startsWith(o.as_of));
    assert.equal(await row.locator('[data-field=stale]').count(), daysBetween(o.as_of, today()) > 90 ? 1 : 0, `${o.provider} stale badge`);
    assert.equal(await row.locator('.conflict').count(), (o.conflicts?.length ?? 0) > 0 ? 1 : 0, `${o.provider} conflict flag`);
    assert.equal(await row.locator('[data-field=far-above]').count(), farAboveOthers(offers, o) == null ? 0 : 1, `${o.provider} far-above mark`);
    assert.equal(await row.locator('[data-field=retired]').count(), isRetired(o, catalogDay(catalog)) ? 1 : 0, `${o.provider} retired badge`);
  }
  const marked = await page.getAttribute('tr.cheapest', 'data-offer');
  assert.equal(marked, `${best.provider}/${best.provider_model_id}`);
  // History: no change recorded for this model, so "Tracking since" the oldest date.
  const changed = offers.filter(o => (o.history ?? []).some(h => h.input !== o.prices.input || h.output !== o.prices.output));
  const since = offers.flatMap(o => [o.as_of, ...(o.history ?? []).map(h => h.date)]).sort()[0];
  if (changed.length) assert.equal(await page.locator('figure.history').count(), changed.length);
  else assert.equal(await text(page, '[data-field=tracking-since]'), `No price change recorded. Tracking since ${since}.`);
  // Offers whose one price has held since an earlier dated sighting: listed with that date.
  const unchanged = offers.filter(o => !changed.includes(o) && (o.history ?? []).length > 0 && o.history[0].date < o.as_of);
  assert.ok(unchanged.length > 0, 'the seed model has offers unchanged since a dated sighting');
  assert.equal(await page.locator('tr[data-unchanged]').count(), unchanged.length);
  for (const o of unchanged) {
    const cells = await page.locator(`tr[data-unchanged="${o.provider}/${o.provider_model_id}"] td`).allTextContents();
    assert.deepEqual(cells.slice(1), [inCurOf(o)(o.prices.input), inCurOf(o)(o.prices.output), o.history[0].date, o.history[0].source]);
  }
  // Quickstart: the cheapest offer with a known API style.
  const snippet = await text(page, '[data-field=snippet]');
  const qsProvider = prov(best.provider);
  assert.ok(snippet.includes(qsProvider.api_base) && snippet.includes(best.provider_model_id) && snippet.includes(qsProvider.env_var), snippet);
  // Related: never itself, same capabilities.
  const related = await page.$$eval('[data-related]', lis => lis.map(l => l.dataset.related));
  assert.ok(related.length > 0 && !related.includes(SLUG));
  // The top of the alternatives ranking (checked against an independent computation in decisions.test.mjs).
  assert.deepEqual(related, alternativesOf(catalog, SLUG).slice(0, 5).map(a => a.id));
  // FAQ: the seed's 50/50 sentence, computed.
  const faq = await text(page, '.faq');
  assert.ok(faq.includes(`costs about ${fmtPrice(blend(best))}.`), faq);
  assert.equal(fmtPrice(blend(best)), '$0.1375', 'the seed figure: (0.075 + 0.2) / 2, now from the cheapest offer');
  assert.ok(faq.includes(`weights are openly published under the ${m.license} licence`));
  assert.ok(faq.includes(`${m.context.toLocaleString('en-US')} tokens`));
  // Sorting the offer table by provider name.
  await page.click('table.offers button:has-text("Provider")');
  const names = await page.$$eval('tr[data-offer] th', ths => ths.map(t => t.textContent.replace('cheapest', '').trim().toLowerCase()));
  assert.deepEqual(names, [...names].sort());
  await done();
});

test('a working quickstart for every API style in the catalog', async () => {
  const styles = ['openai_compatible', 'anthropic', 'gemini', 'cohere', 'bedrock', 'azure'];
  for (const style of styles) {
    const k = catalog.offers.findIndex(o => catalog.providers.find(p => p.id === o.provider)?.api_style === style);
    assert.ok(k >= 0, `an offer for ${style}`);
    const o = catalog.offers[k];
    const p = catalog.providers.find(p => p.id === o.provider);
    const { page, done } = await open(`/models/${o.model}`);
    await page.waitForSelector('[data-field=quickstart-provider]');
    await page.selectOption('[data-field=quickstart-provider]', String(k));
    for (const lang of ['curl', 'Python', 'JavaScript']) {
      await page.click(`button[data-lang=${lang}]`);
      const s = await text(page, '[data-field=snippet]');
      assert.ok(s.includes(o.provider_model_id), `${style} ${lang} names the model id: ${s}`);
      assert.ok(s.includes(p.env_var), `${style} ${lang} uses ${p.env_var}`);
      if (p.api_base && lang === 'curl') assert.ok(s.includes(p.api_base), `${style} curl calls ${p.api_base}`);
    }
    assert.equal(await page.locator('button.copy').count(), 1, 'copy button');
    await done();
  }
  // A style without a snippet says why instead of guessing.
  const k = catalog.offers.findIndex(o => catalog.providers.find(p => p.id === o.provider)?.api_style === 'vertex');
  if (k >= 0) {
    const { page, done } = await open(`/models/${catalog.offers[k].model}`);
    await page.selectOption('[data-field=quickstart-provider]', String(k));
    assert.match(await text(page, '[data-field=no-snippet]'), /Vertex AI needs/);
    await done();
  }
});

test('the quickstart picker tells apart the several offers one provider has of a model, by their ids', async () => {
  // The model whose one provider has the most offers (Bedrock's regional ids, a gateway's routes).
  const count = new Map();
  for (const o of catalog.offers) count.set(`${o.model}\n${o.provider}`, (count.get(`${o.model}\n${o.provider}`) ?? 0) + 1);
  const [key, n] = [...count].sort((a, b) => b[1] - a[1])[0];
  const [model, provider] = key.split('\n');
  assert.ok(n > 1, 'some provider has several offers of one model');
  const { page, done } = await open(`/models/${model}`);
  const labels = await page.$$eval('[data-field=quickstart-provider] option', os => os.map(o => o.textContent));
  assert.equal(labels.length, catalog.offers.filter(o => o.model === model).length, 'an option per offer');
  assert.equal(new Set(labels).size, labels.length, `no two options read alike: ${labels}`);
  const name = catalog.providers.find(p => p.id === provider).name;
  const own = catalog.offers.filter(o => o.model === model && o.provider === provider).map(o => o.provider_model_id);
  const mine = labels.filter(l => l.startsWith(`${name} (`) || l.startsWith(`${name} · `));
  assert.deepEqual(mine.map(l => l.split(' · ').pop()).sort(), own.sort(), `${name}'s options name its ids`);
  await done();
});

test('screenshots at 1280 and 375 px; nothing overflows at 375', async () => {
  for (const [name, path] of [['home', '/'], ['model', `/models/${SLUG}`]]) {
    for (const width of [1280, 375]) {
      const { page, done } = await open(path, width);
      await page.waitForSelector(name === 'home' ? 'tbody tr[data-row]' : '.faq');
      // The home page is 40 px × every model tall (virtual rows): its first screen is the picture.
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: name !== 'home' });
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      assert.ok(scroll <= inner, `${name} at ${width}px: page is ${scroll}px wide`);
      await done();
    }
  }
});

test('benchmarks with their sources; history with dated moves; an announced change with its date', async () => {
  // A model with one benchmark run in several setups (harnesses, effort levels).
  const m = catalog.models.find(x => (x.benchmarks ?? []).filter(b => b.setup).length >= 2);
  assert.ok(m, 'a model with benchmarks in several setups');
  {
    const { page, done } = await open(`/models/${m.id}`);
    await page.waitForSelector('table.benchmarks');
    for (const [i, b] of m.benchmarks.entries()) {
      const row = page.locator(`tr[data-benchmark="${i}"]`);
      assert.equal(await text(row, 'th'), b.name);
      assert.equal(Number(await text(row, '[data-field=bench-score]')), b.score);
      assert.equal(await text(row, '[data-field=bench-setup]'), b.setup ?? '—');
      assert.equal(await row.locator('[data-field=bench-source]').getAttribute('href'), b.source);
    }
    await done();
  }
  // The seed model's OpenRouter offer: its dated moves, from the seed's $0.075 / $0.20.
  {
    const { page, done } = await open(`/models/${SLUG}`);
    const fig = page.locator('figure.history[data-offer="openrouter/mistralai/mistral-small-3.2-24b-instruct"]');
    await fig.waitFor();
    const rows = await fig.locator('tbody tr').evaluateAll(trs => trs.map(t => [...t.cells].map(c => c.textContent.trim())));
    assert.ok(rows.some(r => r[1] === '$0.075' && r[2] === '$0.20'), JSON.stringify(rows));
    assert.ok(rows.some(r => r[0] === '2026-11-03' && r[3] === 'genai-prices'), JSON.stringify(rows));
    await done();
  }
  const o = catalog.offers.find(x => (x.scheduled ?? []).length && catalog.models.find(mm => mm.id === x.model && !mm.retired));
  assert.ok(o, 'an announced change');
  {
    const { page, done } = await open(`/models/${o.model}`);
    const cell = page.locator(`tr[data-offer="${o.provider}/${o.provider_model_id}"] [data-field=scheduled]`);
    await cell.waitFor();
    assert.match(await cell.textContent(), new RegExp(`on ${o.scheduled[0].date}$`));
    await done();
  }
  // Peak or off-peak hours, from catalog.json: a weekday window says so (DeepSeek's V4 peak).
  const h = catalog.offers.find(x => (x.hours ?? []).some(w => w.weekdays) && catalog.models.find(mm => mm.id === x.model && !mm.retired));
  assert.ok(h, 'an offer priced by hour of day on weekdays');
  {
    const { page, done } = await open(`/models/${h.model}`);
    const cell = page.locator(`tr[data-offer="${h.provider}/${h.provider_model_id}"] [data-field=hours]`);
    await cell.waitFor();
    const text = await cell.textContent();
    for (const w of h.hours) assert.ok(text.includes(`${w.from}–${w.to} UTC${w.weekdays ? ' Mon–Fri' : ''} `), `${w.from}–${w.to} in ${text}`);
    await done();
  }
});

test('an open-weight model no API serves: its benchmarks, no made-up offer, the way to self-host it', async () => {
  const served = new Set(catalog.offers.map(o => o.model));
  const m = catalog.models.find(x => !served.has(x.id) && x.open_weights && (x.benchmarks ?? []).length);
  assert.ok(m, 'an open-weight model with benchmarks and no offer (Ornith 1.0)');
  const { page, done } = await open(`/models/${m.id}`);
  await page.waitForSelector('[data-field=no-offers]');
  assert.equal(await page.locator('table.offers').count(), 0, 'no offers table');
  assert.equal(await page.locator('[data-field=tracking-since]').count(), 0, 'no history of prices it never had');
  assert.equal(await page.locator('.quickstart').count(), 0, 'no quickstart for an API that does not exist');
  assert.equal(await text(page, '[data-field=spec-provider]'), 'none (no API serves it)');
  assert.equal(await text(page, '[data-field=spec-weights]'), `open (${m.license})`);
  assert.equal(await page.locator('[data-field=no-offers] a').getAttribute('href'), '/self-hosted');
  assert.equal(await page.locator('tr[data-benchmark]').count(), m.benchmarks.length);
  assert.equal(await page.locator('tr[data-benchmark="0"] [data-field=bench-source]').getAttribute('href'), m.benchmarks[0].source);
  assert.ok((await text(page, '.faq')).includes('No API in the catalog\'s sources serves it.'));
  await done();
  // The calculator following it, and the self-hosted page, say why there is no API price.
  const cost = await open(`/cost?model=${m.id}`);
  await cost.page.waitForSelector('[data-field=followed-none]');
  assert.equal(await text(cost.page, '[data-field=followed-none]'), 'No API in the catalog\'s sources serves it, so there is nothing to price.');
  await cost.done();
  const sh = await open('/self-hosted');
  const row = sh.page.locator(`tr[data-model="${m.id}"]`);
  await row.waitFor();
  assert.ok((await row.textContent()).includes('no API serves it: self-hosting is the only way to run it'));
  await sh.done();
});

test('a price ten times the other hosts\' is marked to be checked (Mistral Nemo at Helicone)', async () => {
  const offers = catalog.offers.filter(o => o.model === 'mistral-nemo');
  const marked = offers.filter(o => farAboveOthers(offers, o) != null);
  assert.ok(marked.some(o => o.provider === 'helicone'), 'Helicone\'s $20/$40 is far above the others');
  const { page, done } = await open('/models/mistral-nemo');
  await page.waitForSelector('.faq');
  for (const o of offers) {
    const mark = page.locator(`tr[data-offer="${o.provider}/${o.provider_model_id}"] [data-field=far-above]`);
    const r = farAboveOthers(offers, o);
    assert.equal(await mark.count(), r == null ? 0 : 1, `${o.provider}/${o.provider_model_id}`);
    if (r != null) assert.equal((await mark.textContent()).trim(), `${Math.round(r)}× other hosts`);
  }
  assert.equal(await page.locator('tr.cheapest [data-field=far-above]').count(), 0, 'the cheapest offer is never far above');
  await done();
});

test('an offer with no stated window shows the input limit its source gives, named as one (Claude 2.1 at Bedrock)', async () => {
  const m = catalog.models.find(x => x.id === 'claude-2.1');
  const offers = catalog.offers.filter(o => o.model === 'claude-2.1');
  const limited = offers.filter(o => !(o.context ?? m.context) && (o.max_input ?? m.max_input));
  assert.ok(limited.length > 0, 'Claude 2.1 has offers with only an input limit');
  const { page, done } = await open('/models/claude-2.1');
  await page.waitForSelector('.faq');
  for (const o of offers) {
    const cell = page.locator(`tr[data-offer="${o.provider}/${o.provider_model_id}"] [data-field=context]`);
    if (await cell.count() === 0) continue; // a region folded under its first row
    const ctx = o.context ?? m.context, inp = o.max_input ?? m.max_input;
    const want = ctx ? ctx.toLocaleString('en-US') : inp ? `${inp.toLocaleString('en-US')} input` : 'unknown';
    assert.equal((await cell.textContent()).trim(), want, `${o.provider}/${o.provider_model_id}`);
  }
  // The model states no window: its stat card gives the cheapest offer's input limit, named as
  // one, and so does the FAQ, not "unknown".
  assert.ok(!m.context, 'Claude 2.1 states no window');
  const labels = limited.map(o => `${(o.max_input ?? m.max_input).toLocaleString('en-US')} input`);
  const stat = (await page.locator('.stat-value[data-field=context]').textContent()).trim();
  assert.ok(labels.includes(stat), `stat card: ${stat}`);
  const faq = await page.locator('.faq').textContent();
  assert.ok(faq.includes(`takes up to ${stat.replace(' input', '')} input tokens`), faq);
  await done();
});
