// Benchmark (not a test): bundle sizes, and the median time from navigation to
// the first rendered catalog row in headless Chromium, cold cache, both
// unthrottled and on the yardstick slow-phone profile (9 Mbit/s down, 60 ms
// RTT, CPU 4x slower, gzip on the wire).
import { readFile, readdir, writeFile, rm } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { launch, DIST } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const kb = n => (n / 1024).toFixed(1).padStart(8) + ' KB';

async function sizes() {
  const files = (await readdir(DIST)).filter(f => /\.(wasm|js|css)$/.test(f) || f === 'catalog.json');
  console.log('file'.padEnd(44), '       raw', '      gzip', '    brotli');
  // The split wasm's page modules and shared chunks are summed on one line.
  const isChunk = f => /^llm-cloud-hub-(chunk|split)_.*\.wasm$/.test(f);
  const sum = [0, 0, 0];
  let chunks = 0;
  for (const f of files.sort()) {
    const b = await readFile(join(DIST, f));
    const gz = gzipSync(b, { level: 9 }).length;
    const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    if (isChunk(f)) { chunks++; sum[0] += b.length; sum[1] += gz; sum[2] += br; continue; }
    console.log(f.padEnd(44), kb(b.length), kb(gz), kb(br), `(${b.length} / ${gz} / ${br} B)`);
  }
  if (chunks) console.log(`${chunks} page modules and shared chunks`.padEnd(44), kb(sum[0]), kb(sum[1]), kb(sum[2]), `(${sum.join(' / ')} B)`);
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Navigations to `path`, cold cache, timed inside the page: the first `tr[data-row]` on
 * screen (its insertion by the parser or the app, then the next frame or the first
 * contentful paint, whichever is later), when search works (`<html data-live>`: the
 * app has taken over), and the bytes received before the first row. */
async function firstRow(env, throttle, path = '/', row = 'tr[data-row]') {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await env.context.newPage();
    const cdp = await env.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.addInitScript(row => {
      const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
      new MutationObserver((_, obs) => {
        if (document.querySelector(row)) {
          obs.disconnect();
          window.__rowInserted = performance.now();
          frame().then(() => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
            window.__firstRow = Math.max(performance.now(), fcp);

          });
        }
      }).observe(document, { childList: true, subtree: true });
      // Cumulative layout shift (no input-driven shifts happen here), up to the takeover and just after.
      window.__cls = 0;
      new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver((_, obs) => {
        if (document.documentElement.hasAttribute('data-live')) { window.__live = performance.now(); obs.disconnect(); }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-live'] });
    }, row);
    await page.goto(env.base + path);
    await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 60000 });
    const live = path.endsWith('.html') ? null : await page.waitForFunction(() => window.__live, null, { timeout: 60000 }).then(h => h.jsonValue()).catch(() => null);
    await page.waitForTimeout(300); // shifts right after the takeover count too
    const r = await page.evaluate(() => {
      const m = Object.fromEntries(performance.getEntriesByType('mark').map(x => [x.name, x.startTime]));
      return { row: window.__firstRow, cls: window.__cls, wasm: m['wasm-start'], bytes: m['catalog-bytes'], parsed: m['catalog-parsed'] };
    });
    times.push({ ...r, live });
    await page.close();
  }
  return times;
}

/** The yardstick: plain pre-rendered HTML of a 231-row model table of about 135 KB gzip
 * (the shape of models.dev's home page), generated from our catalog, served beside the app. */
async function writeReference(catalog) {
  const cols = ['provider', 'provider_model_id', 'model', 'as_of', 'source', 'currency'];
  const rows = [];
  for (let i = 0; rows.length < 231 && i < catalog.models.length; i++) {
    const m = catalog.models[i];
    const offers = catalog.offers.filter(o => o.model === m.id);
    const cells = [m.name, m.id, m.creator, m.kind ?? 'chat', m.context ?? '', m.max_output ?? '', (m.capabilities ?? []).join(' '), m.release_date ?? '', m.knowledge_cutoff ?? '',
      ...offers.slice(0, 6).flatMap(o => [...cols.map(c => o[c] ?? ''), JSON.stringify(o.prices)])];
    rows.push(`<tr data-row="${m.id}">${cells.map(c => `<td>${String(c).replace(/</g, '&lt;')}</td>`).join('')}</tr>`);
  }
  let html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Reference</title><meta name="viewport" content="width=device-width"></head><body><h1>Models</h1><table><tbody>${rows.join('\n')}</tbody></table></body></html>`;
  // Pad with the rows' own data (as a second, hidden table) up to about 135 KB gzip.
  let extra = '';
  for (let k = 0; gzipSync(html + extra, { level: 6 }).length < 135 * 1024 && k < catalog.offers.length; k += 100) {
    extra += catalog.offers.slice(k, k + 100).map(o => `<tr><td>${JSON.stringify(o).replace(/</g, '&lt;')}</td></tr>`).join('');
  }
  html = html.replace('</body>', `<table hidden><tbody>${extra}</tbody></table></body>`);
  await writeFile(join(DIST, 'bench-reference.html'), html);
  return gzipSync(html, { level: 6 }).length;
}

/** A catalog with at least `n` offers: the real one, its models copied under new ids. */
function synthetic(catalog, n) {
  const out = structuredClone(catalog);
  for (let copy = 1; out.offers.length < n; copy++) {
    for (const m of catalog.models) {
      if (out.offers.length >= n) break;
      const id = `${m.id}-copy${copy}`;
      out.models.push({ ...m, id, name: `${m.name} (copy ${copy})` });
      for (const o of catalog.offers.filter(o => o.model === m.id)) out.offers.push({ ...o, model: id });
    }
  }
  return out;
}

/** Median and 95th percentile, over several queries typed a key at a time, of
 * the time from a keystroke's input event to the first frame painted after it
 * (requestAnimationFrame, then a message task: that runs once the frame is painted). */
async function searchLatency(env, body) {
  const page = await env.context.newPage();
  if (body) await page.route('**/catalog.json', route => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(env.base + '/');
  await page.waitForSelector('html[data-live] tr[data-row]', { timeout: 60000 });
  const times = await page.evaluate(async () => {
    const input = document.querySelector('#catalog-search');
    const paint = () => new Promise(r => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); }));
    const task = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
    const out = [], work = [];
    for (const q of ['mistral small', 'gpt 4o mini', 'llama 70b', 'claude', 'qwen coder', 'deepseek']) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await paint();
      for (const ch of q) {
        const t0 = performance.now();
        input.value += ch;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        out.push(await paint() - t0);
        // The script work alone (search, filter, sort, DOM update): the same keystroke timed to the next task.
        const t1 = performance.now();
        input.value = input.value.slice(0, -1);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await task();
        input.value += ch;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        work.push(await task() - t1);
        await paint();
      }
    }
    const rowsTimes = performance.getEntriesByName('browse-rows', 'measure').map(e => e.duration);
    // The floor: the same wait with no keystroke, i.e. just waiting for the next frame.
    const floor = [];
    for (let i = 0; i < 30; i++) { const t0 = performance.now(); floor.push(await paint() - t0); }
    return { out, floor, work, rowsTimes };
  });
  const models = await page.evaluate(() => document.querySelector('.result-count').textContent);
  await page.close();
  const s = [...times.out].sort((a, b) => a - b);
  return { median: median(times.out), p95: s[Math.floor(s.length * 0.95)], n: times.out.length, floor: median(times.floor), work: median(times.work) / 2, rows: median(times.rowsTimes), models };
}

/** Ranking every offer for a workload in the browser: the app's own
 * `performance.measure('cost-rank')` around the ranking call, over typed changes
 * to requests per day, plus each keystroke's time to the painted result. */
async function costRanking(env) {
  const page = await env.context.newPage();
  await page.goto(env.base + '/cost');
  await page.waitForSelector('html[data-live] .cost-table tbody tr', { timeout: 60000 });
  const r = await page.evaluate(async () => {
    const input = document.querySelector('#cost-rpd');
    const paint = () => new Promise(r => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); }));
    performance.clearMeasures('cost-rank');
    const painted = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      input.value = String(1000 + i * 37);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      painted.push(await paint() - t0);
    }
    return { rank: performance.getEntriesByName('cost-rank', 'measure').map(e => e.duration), painted };
  });
  const offers = await page.textContent('[data-field=result-count]');
  await page.close();
  return { rank: median(r.rank), rankN: r.rank.length, painted: median(r.painted), offers: offers.split('.')[0] };
}

await sizes();
const env = await launch();
try {
  const real = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
  const big = synthetic(real, 20000);
  const only = process.env.BENCH_ONLY; // e.g. BENCH_ONLY=cost runs just that part
  if (!only || only === 'search') for (const [label, body] of [[`real catalog (${real.offers.length} offers, ${real.models.length} models)`, null],
                               [`synthetic (${big.offers.length} offers, ${big.models.length} models)`, JSON.stringify(big)]]) {
    const r = await searchLatency(env, body);
    console.log(`search keystroke → painted, ${label}: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms over ${r.n} keystrokes (waiting for a frame alone: median ${r.floor.toFixed(1)} ms; script and DOM work per keystroke: median ${r.work.toFixed(1)} ms, of which search, filter and sort: median ${r.rows.toFixed(1)} ms)`);
  }
  const cr = !only || only === 'cost' ? await costRanking(env) : null;
  if (cr) console.log(`cost ranking of every offer for a workload (${cr.offers}): median ${cr.rank.toFixed(2)} ms over ${cr.rankN} rankings; keystroke → painted ranking: median ${cr.painted.toFixed(1)} ms`);
  if (!only || only === 'first-row') {
    const refGz = await writeReference(real);
    // What the first row needs: the page's HTML, its stylesheet inlined (gzip); the wasm and the catalog come after.
    const gz = async f => gzipSync(await readFile(join(DIST, f)), { level: 6 }).length;
    const css = (await readdir(DIST)).filter(f => f.endsWith('.css'));
    const cssGz = (await Promise.all(css.map(gz))).reduce((a, b) => a + b, 0);
    console.log(`bytes before the first row (gzip): ours ${((await gz('index.html')) / 1024).toFixed(1)} KB HTML with its CSS inline${css.length ? ` + ${(cssGz / 1024).toFixed(1)} KB CSS` : ''}; the reference ${(refGz / 1024).toFixed(0)} KB HTML`);
    for (const [label, throttle] of [['unthrottled', false], ['slow phone (9 Mbit/s, 60 ms RTT, CPU 4x)', true]]) {
      const ref = await firstRow(env, throttle, '/bench-reference.html');
      const refRow = median(ref.map(x => x.row));
      console.log(`reference page (231 rows, ${(refGz / 1024).toFixed(0)} KB gzip), ${label}: first row ${refRow.toFixed(0)} ms`);
      // A model page (its code is a split chunk): its first offer row, and when it is live.
      const model = await firstRow(env, throttle, '/models/mistral-small-3.2-24b', 'tr[data-offer]');
      const modelLive = median(model.map(x => x.live ?? NaN));
      console.log(`ours /models/mistral-small-3.2-24b, ${label}: first offer row ${median(model.map(x => x.row)).toFixed(0)} ms; the app live (its chunks loaded, taken over) at ${modelLive.toFixed(0)} ms (${(modelLive / refRow).toFixed(2)}× the reference's first row) [${model.map(x => (x.live ?? NaN).toFixed(0)).join(', ')}]; layout shift (CLS) ${median(model.map(x => x.cls)).toFixed(3)}`);
      for (const path of ['/']) {
        const t = await firstRow(env, throttle, path);
        const rows = t.map(x => x.row);
        const live = median(t.map(x => x.live ?? NaN));
        console.log(`ours ${path}, ${label}: first row ${median(rows).toFixed(0)} ms (${(median(rows) / refRow).toFixed(2)}× the reference) [${rows.map(x => x.toFixed(0)).join(', ')}]; search works at ${live.toFixed(0)} ms (${(live / refRow).toFixed(2)}× the reference's first row); layout shift (CLS) ${median(t.map(x => x.cls)).toFixed(3)}`);
        const part = (a, b) => median(t.map(x => x[b] - x[a])).toFixed(0);
        console.log(`  medians: wasm started ${median(t.map(x => x.wasm)).toFixed(0)} ms; catalog bytes in wasm +${part('wasm', 'bytes')}; parsed +${part('bytes', 'parsed')}`);
      }
    }
    await rm(join(DIST, 'bench-reference.html'), { force: true });
  }
} finally {
  await env.close();
}
