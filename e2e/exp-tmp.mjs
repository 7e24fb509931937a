import { launch } from './browser.mjs';
const env = await launch();
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const N = Number(process.env.N ?? 7);
const files = process.argv.slice(2);
const res = Object.fromEntries(files.map(f => [f, []]));
for (let i = 0; i < N; i++) for (const f of files) {
  const page = await env.context.newPage();
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => { if (document.querySelector('tr[data-row]')) { obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => { const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0; window.__row = Math.max(performance.now(), fcp); }, 0)); } }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(env.base + '/' + f);
  await page.waitForFunction(() => window.__row !== undefined);
  res[f].push(await page.evaluate(() => window.__row));
  await page.close();
}
for (const f of files) console.log(f.padEnd(16), median(res[f]).toFixed(0), res[f].map(x => x.toFixed(0)).join(' '));
await env.close();
