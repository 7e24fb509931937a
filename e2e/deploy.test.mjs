// deploy/nginx.conf through Debian's nginx (installed by scripts/setup) on a loopback port:
// cache headers, precompressed files, the page fallback, 404s for missing assets, the CSP,
// and the site working in Chromium through it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM, DIST, ROOT } from './browser.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
let nginx, base, port, prefix;

const freePort = () => new Promise(resolve => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });

/** A raw GET (no automatic decompression): status, headers and the body bytes as sent. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

before(async () => {
  port = await freePort();
  prefix = await mkdtemp(join(tmpdir(), 'hub-nginx-'));
  await mkdir(join(prefix, 'logs'));
  // The recipe's server block as written, with only its listen address and root set for this test.
  const site = (await readFile(join(ROOT, 'deploy', 'nginx.conf'), 'utf8'))
    .replace(/^\s*listen\s+[^;]+;/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root\s+[^;]+;/m, `    root ${DIST};`);
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  await writeFile(join(prefix, 'nginx.conf'), `${user}daemon off;\nworker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  client_body_temp_path ${prefix}/body;\n  proxy_temp_path ${prefix}/proxy;\n  fastcgi_temp_path ${prefix}/fastcgi;\n  uwsgi_temp_path ${prefix}/uwsgi;\n  scgi_temp_path ${prefix}/scgi;\n${site}\n}\n`);
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { await get('/robots.txt'); return; } catch { await new Promise(r => setTimeout(r, 50)); }
  }
  throw new Error(`nginx did not start: ${await readFile(join(prefix, 'logs', 'error.log'), 'utf8').catch(() => '')}`);
});
after(() => nginx?.kill());

test('nginx: cache headers, precompressed wasm, page fallback, 404 for a missing asset, CSP', async () => {
  const files = await readdir(DIST);
  const wasm = files.find(f => /^llm-cloud-hub-[0-9a-f]{16}_bg\.wasm$/.test(f));
  const js = files.find(f => /^llm-cloud-hub-[0-9a-f]{16}\.js$/.test(f));
  // A hashed asset: a year, immutable.
  const asset = await get(`/${js}`);
  assert.equal(asset.status, 200);
  assert.match(asset.headers['cache-control'], /max-age=31536000.*immutable/);
  // The catalog: short, revalidated, with a validator.
  const cat = await get('/catalog.json');
  assert.equal(cat.status, 200);
  assert.match(cat.headers['cache-control'], /max-age=300.*must-revalidate/);
  assert.ok(cat.headers.etag, 'an ETag to revalidate against');
  const again = await get('/catalog.json', { 'if-none-match': cat.headers.etag });
  assert.equal(again.status, 304);
  // The wasm, precompressed by the build, served as is.
  const w = await get(`/${wasm}`, { 'accept-encoding': 'gzip, br' });
  assert.equal(w.status, 200);
  assert.equal(w.headers['content-encoding'], 'gzip');
  assert.equal(w.headers['content-type'], 'application/wasm');
  assert.deepEqual(w.body, await readFile(join(DIST, wasm + '.gz')), 'the .gz file beside it');
  // Pages: pre-rendered, and the app's shell for a path with no file; CSP on both.
  const page = await get('/models/mistral-small-3.2-24b', { accept: 'text/html' });
  assert.equal(page.status, 200);
  assert.match(page.body.toString(), /<h1>Mistral Small 3\.2 24B<\/h1>/);
  assert.match(page.headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'.*frame-ancestors 'none'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  const shell = await get('/models/not-pre-rendered-model', { accept: 'text/html' });
  assert.equal(shell.status, 200);
  assert.match(shell.body.toString(), /<script type="module" src="\/boot-[0-9a-f]{16}\.js"><\/script>/);
  const embed = await get('/embed/models/mistral-small-3.2-24b', { accept: 'text/html' });
  assert.match(embed.headers['content-security-policy'], /frame-ancestors \*/);
  // Missing assets are 404, even for a browser asking for HTML elsewhere.
  assert.equal((await get('/llm-cloud-hub-0123456789abcdef.js')).status, 404);
  assert.equal((await get('/missing.png', { accept: 'image/png' })).status, 404);
});

test('nginx: the site works through it in Chromium (strict CSP, no console error)', async () => {
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'hub-e2e-')), { executablePath: CHROMIUM, args: ARGS });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push(e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(base + '/');
  await page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.fill('#catalog-search', 'mstrl sml 3.2');
  await page.waitForFunction(() => [...document.querySelectorAll('tbody tr[data-row]')].slice(0, 5).some(r => r.dataset.row === 'mistral-small-3.2-24b'));
  // At once, before the typed query is written to the URL: the model page's code (a split
  // chunk) loads meanwhile, and that write must not cancel the navigation.
  await page.click('tbody tr[data-row="mistral-small-3.2-24b"] a');
  await page.waitForURL('**/models/mistral-small-3.2-24b');
  await page.waitForSelector('tr[data-offer]');
  await context.close();
  assert.deepEqual(problems, []);
});
