import { launch } from './browser.mjs';
const env = await launch();
const path = process.argv[2] ?? '/';
const page = await env.context.newPage();
const cdp = await env.context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', d => events.push(...d.value));
const done = new Promise(r => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,loading', transferMode: 'ReportEvents' });
await page.goto(env.base + path);
await page.waitForTimeout(1500);
await cdp.send('Tracing.end');
await done;
// main thread of the renderer: find thread of 'ParseHTML'
const parse = events.find(e => e.name === 'ParseHTML');
const nav = events.find(e => e.name === 'navigationStart' || e.name === 'NavigationStart') ?? parse;
const t0 = events.filter(e => e.name === 'navigationStart').map(e => e.ts).sort((a,b)=>b-a)[0] ?? parse.ts;
const main = events.filter(e => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur > 2000);
for (const e of main.sort((a, b) => a.ts - b.ts)) {
  const s = (e.ts - t0) / 1000; if (s > 1200) break;
  console.log(`${s.toFixed(0).padStart(6)} +${(e.dur / 1000).toFixed(1).padStart(6)}  ${e.name} ${e.args?.data?.url?.split('/').pop() ?? ''} ${e.args?.beginData?.startLine ?? ''}`);
  if (e.name === "Layout" || e.name === "UpdateLayoutTree") console.log(JSON.stringify(e.args));
}
for (const n of ['firstContentfulPaint', 'firstPaint', 'MarkDOMContent', 'MarkLoad']) { const e = events.find(x => x.name === n); if (e) console.log(n, ((e.ts - t0) / 1000).toFixed(0)); }
await env.close();
