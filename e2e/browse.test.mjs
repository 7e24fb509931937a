// The catalog page: fuzzy search, each facet, sort, URL round trip, CSV, compare, virtual rows.
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

const open = path => openPage(env, path, 'tbody tr[data-row], .result-count');
const count = async page => Number((await page.textContent('.result-count')).split(' ')[0].replaceAll(',', ''));
const param = (page, k) => new URL(page.url()).searchParams.get(k);
const waitCount = (page, n) => page.waitForFunction(n => document.querySelector('.result-count')?.textContent.startsWith(`${n.toLocaleString('en-US')} model`), n);

test('fuzzy search: abbreviations find the model, the best match first; typing does not flood history', async () => {
  const { page, done } = await open('/');
  const before = await page.evaluate(() => history.length);
  await page.click('#catalog-search');
  await page.keyboard.type('mstrl sml 3.2', { delay: 20 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'mstrl sml 3.2');
  const ids = await page.$$eval('tbody tr[data-row]', trs => trs.slice(0, 5).map(t => t.dataset.row));
  assert.ok(ids.includes('mistral-small-3.2-24b'), `top 5: ${ids}`);
  assert.ok((await count(page)) < rows(catalog, {}).length);
  assert.equal(await page.evaluate(() => history.length), before, 'each keystroke replaces the entry');
  await page.fill('#catalog-search', 'llama');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'llama');
  const names = await page.$$eval('tbody tr[data-row] th', ths => ths.slice(0, 10).map(t => t.textContent));
  assert.ok(names.every(n => /llama/i.test(n)), `best llama matches first: ${names}`);
  await done();
});

test('each facet gives the rows an independent reading of catalog.json gives', async () => {
  const { page, done } = await open('/');
  const total = rows(catalog, {}).length;
  await waitCount(page, total);
  const check = async (f, what) => {
    const want = rows(catalog, f).length;
    await waitCount(page, want).catch(async () => assert.fail(`${what}: ${await page.textContent('.result-count')} ≠ ${want}`));
    assert.ok(want > 0 && want < total, `${what} narrows (${want})`);
  };
  await page.click('details[data-facet=provider] summary');
  await page.check('details[data-facet=provider] input[data-value=groq]');
  assert.equal(param(page, 'provider'), 'groq');
  await check({ provider: ['groq'] }, 'provider');
  await page.check('details[data-facet=provider] input[data-value=mistral]');
  await check({ provider: ['groq', 'mistral'] }, 'two providers');
  await page.click('text=Clear filters');
  await waitCount(page, total);

  await page.click('details[data-facet=creator] summary');
  await page.check('details[data-facet=creator] input[data-value=Mistral]');
  await check({ creator: ['Mistral'] }, 'creator');
  await page.click('text=Clear filters');

  await page.check('label.check:has-text("Vision") input');
  await page.check('label.check:has-text("Tools") input');
  assert.equal(param(page, 'cap'), 'vision,tools');
  await check({ cap: ['vision', 'tools'] }, 'capabilities');
  await page.click('text=Clear filters');

  await page.selectOption('select[data-facet=input]', 'image');
  await check({ input: 'image' }, 'input modality');
  await page.selectOption('select[data-facet=input]', '');
  await page.selectOption('select[data-facet=open]', 'yes');
  await check({ open: true }, 'open weights');
  await page.selectOption('select[data-facet=open]', 'no');
  await check({ open: false }, 'closed weights');
  await page.click('text=Clear filters');

  // A model that states no window but an input limit counts as at least that, and says so.
  const limited = rows(catalog, { minContext: 100_000 }).filter(r => r.context == null);
  assert.ok(limited.some(r => r.id === 'claude-2.1'), 'Claude 2.1 (100,000 input at Bedrock) has at least 100K');
  await page.fill('input[data-facet=min_context]', '100k');
  await page.press('input[data-facet=min_context]', 'Enter');
  await check({ minContext: 100_000 }, 'min context 100K');
  await page.fill('#catalog-search', 'claude 2.1');
  const cell = page.locator('tr[data-row="claude-2.1"] td.num').first();
  await cell.waitFor();
  assert.equal((await cell.textContent()).trim(), '100,000 input');
  await page.click('text=Clear filters');
  await page.fill('#catalog-search', '');
  await waitCount(page, total);

  await page.fill('input[data-facet=min_context]', '1M');
  await page.press('input[data-facet=min_context]', 'Enter');
  assert.equal(param(page, 'min_context'), '1000000');
  await check({ minContext: 1_000_000 }, 'min context');
  await page.click('text=Clear filters');
  await page.fill('input[data-facet=max_input]', '0.1');
  await page.press('input[data-facet=max_input]', 'Enter');
  await check({ maxInput: 0.1 }, 'max input price');
  await page.fill('input[data-facet=max_output]', '0.2');
  await page.press('input[data-facet=max_output]', 'Enter');
  await check({ maxInput: 0.1, maxOutput: 0.2 }, 'max input and output price');

  // Not a number: a message by the field, the URL and the rows unchanged.
  const url = page.url();
  await page.fill('input[data-facet=max_output]', 'cheap');
  await page.press('input[data-facet=max_output]', 'Enter');
  assert.match(await page.textContent('#facet-max_output-error'), /Enter a number/);
  assert.equal(await page.getAttribute('input[data-facet=max_output]', 'aria-invalid'), 'true');
  assert.equal(page.url(), url);
  await done();
});

test('sort, URL round trip, back and forward', async () => {
  const { page, done } = await open('/?cap=vision&open=yes');
  const want = rows(catalog, { cap: ['vision'], open: true });
  await waitCount(page, want.length);
  await page.click('button[data-sort=input]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'input');
  const cheapestIn = Math.min(...want.filter(r => r.input != null).map(r => r.input));
  const first = await page.getAttribute('tbody tr[data-row] >> nth=0', 'data-row');
  assert.equal(want.find(r => r.id === first).input, cheapestIn, 'cheapest input first');
  assert.equal(await page.getAttribute('th:has(button[data-sort=input])', 'aria-sort'), 'ascending');
  await page.click('button[data-sort=input]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-input');
  const top = await page.getAttribute('tbody tr[data-row] >> nth=0', 'data-row');
  assert.equal(want.find(r => r.id === top).input, Math.max(...want.filter(r => r.input != null).map(r => r.input)));
  await page.click('button[data-sort=context]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-context');
  // Reload keeps everything; Back and Forward walk the sorts.
  await page.reload();
  await waitCount(page, want.length);
  assert.equal(await page.getAttribute('th:has(button[data-sort=context])', 'aria-sort'), 'descending');
  assert.ok(await page.isChecked('label.check:has-text("Vision") input'));
  assert.equal(await page.inputValue('select[data-facet=open]'), 'yes');
  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-input');
  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'input');
  await page.goForward();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-input');
  await done();
});

test('CSV download holds exactly the rows in view', async () => {
  const { page, done } = await open('/?provider=mistral&sort=name');
  const want = rows(catalog, { provider: ['mistral'] });
  await waitCount(page, want.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=csv]')]);
  assert.equal(download.suggestedFilename(), 'llm-cloud-hub-models.csv');
  const text = await readFile(await download.path(), 'utf8');
  const lines = text.trimEnd().split('\r\n');
  assert.equal(lines[0].split(',').slice(0, 7).join(','), 'model_id,name,creator,context_tokens,max_input_tokens,input_usd_per_1m,output_usd_per_1m');
  assert.equal(lines.length - 1, want.length);
  const ids = lines.slice(1).map(l => l.split(',')[0]);
  assert.deepEqual([...ids].sort(), want.map(r => r.id).sort());
  const shownNames = await page.$$eval('tbody tr[data-row]', trs => trs.slice(0, 3).map(t => t.dataset.row));
  assert.deepEqual(ids.slice(0, 3), shownNames, 'same order as the table');
  for (const line of lines.slice(1)) {
    const id = line.split(',')[0];
    const r = want.find(r => r.id === id);
    assert.ok(line.includes(`,${r.shown.provider},`), `${id}: shown offer's provider`);
    assert.ok(line.includes(`,${r.input},${r.output},`), `${id}: prices ${r.input}/${r.output}`);
  }
  await done();
});

test('select rows and compare them side by side', async () => {
  const { page, done } = await open('/?q=mistral%20small');
  const picks = await page.$$eval('tbody tr[data-row]', trs => trs.slice(0, 3).map(t => t.dataset.row));
  for (const id of picks) await page.check(`tr[data-row="${id}"] td.pick input`);
  await page.click('text=Compare 3 →');
  await page.waitForURL('**/compare?models=*');
  assert.equal(new URL(page.url()).searchParams.get('models'), picks.join(','));
  await page.waitForSelector('table.compare');
  assert.deepEqual(await page.$$eval('th[data-model]', ths => ths.map(t => t.dataset.model)), picks);
  const ctx = await page.$$eval('td[data-field=context]', tds => tds.map(t => t.textContent));
  const by = new Map(catalog.models.map(m => [m.id, m]));
  picks.forEach((id, i) => { if (by.get(id).context) assert.equal(ctx[i], by.get(id).context.toLocaleString('en-US')); });
  // Remove one; an unknown slug is named, not fatal.
  await page.click(`th[data-model="${picks[0]}"] a.remove`);
  await page.waitForFunction(n => document.querySelectorAll('th[data-model]').length === n, 2);
  await page.goto(env.base + '/compare?models=' + picks[1] + ',no-such-model');
  await page.waitForSelector('table.compare');
  assert.match(await page.textContent('main'), /Not in the catalog: “no-such-model”/);
  // No window stated: the cheapest offer's input limit, as on the model page.
  await page.goto(env.base + '/compare?models=claude-2.1,' + picks[1]);
  await page.waitForSelector('th[data-model="claude-2.1"]');
  assert.equal((await page.textContent('td[data-field=context]')).trim(), '100,000 input');
  await done();
});

test('rows are virtualised: a screenful rendered, the rest reached by scrolling', async () => {
  const { page, done } = await open('/');
  const all = rows(catalog, {});
  await waitCount(page, all.length);
  const rendered = await page.locator('tbody tr[data-row]').count();
  assert.ok(rendered < 100, `${rendered} rows rendered of ${all.length}`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = all.at(-1).id;
  await page.waitForSelector(`tr[data-row="${last}"]`);
  await done();
});
