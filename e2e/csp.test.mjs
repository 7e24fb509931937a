// Every route under the strict Content-Security-Policy README gives for deployment
// (deploy/ serves the same): no `securitypolicyviolation` event, no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARGS, CHROMIUM, DIST, ROOT } from './browser.mjs';
import { startServer } from './server.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-WXQKnA+iElEEqrG7y8K2jDvYnacPcB/tFLzBLoANFnM='; style-src 'self' 'sha256-V4Mczrrry3BAlKE3veWN+Wp2jZrbUWTrPAPsZle/f6M='; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
export const CSP_EMBED = CSP.replace("frame-ancestors 'none'", 'frame-ancestors *');
const ROUTES = [
  '/', '/?q=mistral', '/models/mistral-small-3.2-24b', '/models/mistral-small-3.2-24b/alternatives',
  '/compare?models=mistral-small-3.2-24b,gpt-4o', '/cost?model=mistral-small-3.2-24b', '/best-llm-for', '/best-llm-for/coding',
  '/self-hosted', '/compliance', '/glossary', '/about', '/changes', '/no-such-page',
  '/embed/models/mistral-small-3.2-24b', '/embed/cost?model=mistral-small-3.2-24b',
];

let server, base, context;
before(async () => {
  server = await startServer(DIST, 0, path => ({ 'content-security-policy': path.startsWith('/embed/') ? CSP_EMBED : CSP }));
  base = `http://127.0.0.1:${server.address().port}`;
  context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'hub-csp-')), { executablePath: CHROMIUM, args: ARGS });
});
after(async () => { await context?.close(); server?.close(); });

test('the CSP allows exactly the built inline script and stylesheet, and the deploy files carry the same policy', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  for (const [tag, directive, what] of [['script', 'script-src', 'one inline script (the theme)'], ['style', 'style-src', 'one inline stylesheet (style/main.css)']]) {
    const inline = [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(m => m[1]);
    assert.equal(inline.length, 1, what);
    const hash = createHash('sha256').update(inline[0]).digest('base64');
    const policy = CSP.split('; ').find(d => d.startsWith(directive));
    assert.ok(policy.includes(`'sha256-${hash}'`), `${directive} names the built hash ${hash}: run node scripts/update-csp.mjs`);
  }
  // No stylesheet is fetched: the first paint waits for no request.
  assert.doesNotMatch(html, /rel="stylesheet"/);
  for (const f of ['deploy/nginx.conf', 'deploy/_headers']) {
    const text = await readFile(join(ROOT, f), 'utf8');
    assert.ok(text.includes(CSP.replace("; frame-ancestors 'none'", '')), `${f} has the same policy`);
  }
});

test('every route renders under the strict CSP with no violation and no console error', async () => {
  const problems = [];
  for (const path of ROUTES) {
    const page = await context.newPage();
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', e => (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)));
    page.on('pageerror', e => problems.push(`${path}: pageerror ${e.message}`));
    page.on('console', m => { if (m.type() === 'error') problems.push(`${path}: console ${m.text()}`); });
    await page.goto(base + path);
    await page.waitForSelector('html[data-live]', { state: 'attached' });
    await page.waitForSelector('main h1, main h2');
    // The interactive parts too: the palette, a cost bill, the theme toggle.
    if (path === '/') { await page.keyboard.press('Control+k'); await page.keyboard.type('gpt'); await page.keyboard.press('Escape'); }
    if (path.startsWith('/cost')) { await page.click('.cost-table details.bill > summary'); await page.waitForSelector('tr[data-line]'); }
    const violations = await page.evaluate(() => window.__csp ?? []);
    for (const v of violations) problems.push(`${path}: ${v}`);
    await page.close();
  }
  assert.deepEqual(problems, []);
});
