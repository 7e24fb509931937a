import { launch } from './browser.mjs';
const env = await launch();
const path = process.argv[2] ?? '/';
for (let i = 0; i < 3; i++) {
  const page = await env.context.newPage();
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push(`${e.name} ${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, obs) => { if (document.querySelector('tr[data-row]')) { obs.disconnect(); window.__ins = performance.now();
      requestAnimationFrame(() => setTimeout(() => { window.__row = performance.now(); }, 0)); } }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(env.base + path);
  await page.waitForFunction(() => window.__row !== undefined);
  await page.waitForTimeout(200);
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map(e => `${e.name.split('/').pop().slice(0, 30).padEnd(30)} start ${e.startTime.toFixed(0)} resp ${e.responseStart.toFixed(0)} end ${e.responseEnd.toFixed(0)} ${e.transferSize}`);
    const paint = performance.getEntriesByType('paint').map(p => `${p.name} ${p.startTime.toFixed(0)}`);
    return [`nav resp ${nav.responseStart.toFixed(0)} end ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)} size ${nav.transferSize}`, `row inserted ${window.__ins.toFixed(0)} painted ${window.__row.toFixed(0)}`, ...paint, 'longtasks: ' + window.__lt.join(', '), ...res].join('\n');
  });
  console.log(r + '\n');
  await page.close();
}
await env.close();
