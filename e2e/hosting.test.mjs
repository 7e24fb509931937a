// The self-hosted page (memory formula, filters, URL state, bad input) and the
// compliance matrix (sourced cells, unknown shown as unknown, required-claims filter).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, DIST, ROOT } from './browser.mjs';

let env, catalog, reviewed;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
  reviewed = JSON.parse(await readFile(join(ROOT, 'data', 'self_hosted.json'), 'utf8'));
});
after(async () => env?.close());

const open = (path, ready) => openPage(env, path, ready);

/** The page's stated formula, computed here: GB at 16/8/4-bit, with KV cache where the architecture is reviewed. */
function memory(model, ctx, batch) {
  const arch = reviewed.architectures.find(a => [model.id, ...(model.aliases ?? [])].some(id => a.models.includes(id)));
  return [2, 1, 0.5].map(bytes => {
    const weights = model.params_b * bytes;
    const kv = arch ? 2 * arch.layers * arch.kv_heads * arch.head_dim * ctx * batch * 2 / 1e9 : 0;
    return `${arch ? '' : '≥'}${(weights * 1.2 + kv).toFixed(1)}`;
  }).join(' · ');
}
const memoryOf = (page, id) => page.textContent(`tr[data-model="${id}"] [data-field=memory]`);

test('self-hosted: every open-weight model, a worked memory example equal to the formula, filters and URL state', async () => {
  const open_ = catalog.models.filter(m => m.open_weights === true);
  const { page, done } = await open('/self-hosted', 'table.self-hosted tbody tr');
  assert.equal((await page.textContent('[data-field=result-count]')).trim(), `${open_.length} open-weight models.`);
  const llama = catalog.models.find(m => m.id === 'meta-llama-3.1-8b' || (m.aliases ?? []).includes('meta-llama-3.1-8b'));
  assert.equal(await memoryOf(page, llama.id), memory(llama, 8192, 1));
  assert.equal(await memoryOf(page, llama.id), '20.3 · 10.7 · 5.9', 'worked by hand: 16 + 3.2 + 1.07 GB at 16-bit');
  const mistral = catalog.models.find(m => m.id === 'mistral-small-3.2-24b');
  assert.equal(await memoryOf(page, mistral.id), memory(mistral, 8192, 1), 'no reviewed architecture: a lower bound');
  assert.match(await page.textContent('[data-field=formula]'), /20% of the weights/);
  // The cheapest fitting GPU for 20.3 GB: one 24 GB L4.
  assert.match(await page.textContent(`tr[data-model="${llama.id}"] [data-field=setup]`), /^1× NVIDIA L4 24GB/);
  // Every reviewed GPU that holds it, counting multi-GPU: 20.3 GB needs two 16 GB T4s.
  const fits = reviewed.gpus.map(g => `${Math.ceil(20.273741824 / g.memory_gb)}× ${g.name.replace('NVIDIA ', '')}`).join(', ');
  assert.equal(await page.textContent(`tr[data-model="${llama.id}"] [data-field=fits]`), `Fits: ${fits}`);
  assert.match(fits, /2× T4 16GB/);
  // A longer context grows the KV cache; the URL keeps it.
  await page.fill('#sh-ctx', '32768');
  await page.press('#sh-ctx', 'Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ctx') === '32768');
  await page.waitForFunction(([id, want]) => document.querySelector(`tr[data-model="${id}"] [data-field=memory]`).textContent === want, [llama.id, memory(llama, 32768, 1)]);
  // Filters: fits in 24 GB and commercial use allowed.
  await page.fill('#sh-fits', '24');
  await page.press('#sh-fits', 'Enter');
  await page.check('#sh-commercial');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('commercial') === '1');
  const commercial = new Set(reviewed.licenses.filter(l => l.commercial).map(l => l.name.toLowerCase()));
  const want = open_.filter(m => m.license && commercial.has(m.license.trim().toLowerCase()) && m.params_b > 0)
    .filter(m => Number(memory(m, 32768, 1).split(' · ')[0].replace('≥', '')) <= 24.05);
  const got = await page.$$eval('table.self-hosted tbody tr', trs => trs.map(t => t.dataset.model));
  assert.deepEqual(new Set(got), new Set(want.map(m => m.id)));
  for (const t of await page.$$eval('[data-field=commercial]', els => els.map(e => e.textContent))) assert.match(t, /^commercial use: yes/);
  await page.reload();
  await page.waitForSelector('table.self-hosted tbody tr');
  assert.equal(await page.inputValue('#sh-fits'), '24');
  assert.ok(await page.isChecked('#sh-commercial'));
  // Bad input says so and changes nothing.
  await page.fill('#sh-batch', 'two');
  await page.press('#sh-batch', 'Enter');
  await page.waitForSelector('#sh-batch[aria-invalid=true]');
  assert.equal((await page.textContent('#sh-batch-error')).trim(), '“two” is not a number.');
  assert.equal(new URL(page.url()).searchParams.get('batch'), null);
  await done();
});

test('compliance: sourced cells link their source and date, unknown stays unknown with no link, filter by required claims', async () => {
  const { page, done } = await open('/compliance', 'table.compliance tbody tr');
  const reviewedIds = ['openai', 'anthropic', 'google', 'google-vertex', 'mistral', 'cohere', 'amazon-bedrock', 'azure', 'groq', 'togetherai', 'fireworks-ai', 'deepseek', 'xai']
    .filter(id => catalog.providers.some(p => p.id === id));
  assert.deepEqual(await page.$$eval('table.compliance tbody tr', trs => trs.map(t => t.dataset.provider)), reviewedIds);
  const claims = catalog.providers.flatMap(p => (p.compliance ?? []).map(c => ({ p: p.id, ...c })));
  assert.ok(claims.length > 0);
  for (const c of claims) {
    const td = page.locator(`tr[data-provider="${c.p}"] td[data-claim="${c.claim}"]`);
    assert.equal(await td.getAttribute('data-value'), c.value);
    assert.equal(await td.locator('a[data-field=source]').getAttribute('href'), c.source);
    assert.match(await td.textContent(), new RegExp(`checked ${c.checked}`));
  }
  // An unknown cell: "Unknown", no source link.
  const unknown = page.locator('tr[data-provider="openai"] td[data-claim="hipaa_baa"]');
  assert.equal(await unknown.getAttribute('data-value'), 'unknown');
  assert.equal((await unknown.locator('strong').textContent()).trim(), 'Unknown');
  assert.equal(await unknown.locator('a').count(), 0);
  const cells = reviewedIds.length * 7;
  assert.equal((await page.textContent('[data-field=result-count]')).trim(), `${reviewedIds.length} providers shown; ${claims.length} cells sourced, ${cells - claims.length} unknown.`);
  // Require HIPAA BAA and zero data retention: only providers confirmed for both.
  await page.check('[data-require=hipaa_baa]');
  await page.check('[data-require=zero_data_retention]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('require') === 'hipaa_baa,zero_data_retention');
  const meets = id => ['hipaa_baa', 'zero_data_retention'].every(k => claims.some(c => c.p === id && c.claim === k && c.value === 'yes'));
  assert.deepEqual(await page.$$eval('table.compliance tbody tr', trs => trs.map(t => t.dataset.provider)), reviewedIds.filter(meets));
  // "Does not train on API data" needs a confirmed no.
  await page.goto(`${env.base}/compliance?require=trains_on_api_data`);
  await page.waitForSelector('table.compliance');
  const noTrain = reviewedIds.filter(id => claims.some(c => c.p === id && c.claim === 'trains_on_api_data' && c.value === 'no'));
  assert.deepEqual(await page.$$eval('table.compliance tbody tr', trs => trs.map(t => t.dataset.provider)), noTrain);
  // Each provider links to its models.
  await page.click(`tr[data-provider="${noTrain[0]}"] th a`);
  await page.waitForFunction(id => new URL(location.href).searchParams.get('provider') === id, noTrain[0]);
  await done();
});
