// Shared set-up: the release build served on 127.0.0.1 and a headless Chromium
// from Debian's package (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  const server = await startServer(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'hub-e2e-')), {
    executablePath: CHROMIUM, args: ARGS, viewport: { width: 1280, height: 900 },
  });
  return { server, base, context, async close() { await context.close(); server.close(); } };
}

/** Waits until the wasm has taken over the pre-rendered page (`<html data-live>`). */
export const live = page => page.waitForSelector('html[data-live]', { state: 'attached' });

/** A new page that records every page error and console error into `problems`; its `goto`
 * and `reload` return once the app has taken over the pre-rendered HTML, so tests act on the
 * live page (clicks on the static copy would be lost when it is swapped out). */
export async function watchedPage(context) {
  const page = await context.newPage();
  for (const name of ['goto', 'reload']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => { const r = await original(...args); await live(page); return r; };
  }
  const problems = [];
  page.on('pageerror', e => problems.push(`pageerror: ${e.message}`));
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  return { page, problems };
}

/** Opens `path` in a watched page and waits for `ready` (a selector, if given); `done()` closes
 * it and fails on any page or console error. */
export async function openPage(env, path, ready) {
  const { page, problems } = await watchedPage(env.context);
  await page.goto(env.base + path);
  if (ready) await page.waitForSelector(ready);
  return {
    page,
    async done() {
      await page.close();
      if (problems.length) throw new Error(`page or console errors: ${problems.join('; ')}`);
    },
  };
}
