// Benchmark (not a test): bundle sizes, and the median time from navigation to
// the first rendered catalog row in headless Chromium, cold cache, both
// unthrottled and on the yardstick slow-phone profile (9 Mbit/s down, 60 ms
// RTT, CPU 4x slower, gzip on the wire).
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { launch, DIST } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const kb = n => (n / 1024).toFixed(1).padStart(8) + ' KB';

async function sizes() {
  const files = (await readdir(DIST)).filter(f => /\.(wasm|js|css)$/.test(f) || f === 'catalog.json');
  console.log('file'.padEnd(44), '       raw', '      gzip', '    brotli');
  for (const f of files.sort()) {
    const b = await readFile(join(DIST, f));
    const gz = gzipSync(b, { level: 9 }).length;
    const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(f.padEnd(44), kb(b.length), kb(gz), kb(br), `(${b.length} / ${gz} / ${br} B)`);
  }
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function firstRow(env, throttle) {
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
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('tr[data-row]')) { window.__firstRow = performance.now(); obs.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(env.base + '/');
    await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 60000 });
    times.push(await page.evaluate(() => {
      const m = Object.fromEntries(performance.getEntriesByType('mark').map(x => [x.name, x.startTime]));
      return { row: window.__firstRow, wasm: m['wasm-start'], bytes: m['catalog-bytes'], parsed: m['catalog-parsed'] };
    }));
    await page.close();
  }
  return times;
}

await sizes();
const env = await launch();
try {
  for (const [label, throttle] of [['unthrottled', false], ['slow phone (9 Mbit/s, 60 ms RTT, CPU 4x)', true]]) {
    const t = await firstRow(env, throttle);
    const rows = t.map(x => x.row);
    console.log(`first catalog row, ${label}: median ${median(rows).toFixed(0)} ms over ${t.length} runs [${rows.map(x => x.toFixed(0)).join(', ')}]`);
    const part = (a, b) => median(t.map(x => x[b] - x[a])).toFixed(0);
    console.log(`  medians: wasm started ${median(t.map(x => x.wasm)).toFixed(0)} ms; catalog bytes in wasm +${part('wasm', 'bytes')}; parsed +${part('bytes', 'parsed')}; first row +${part('parsed', 'row')}`);
  }
} finally {
  await env.close();
}
