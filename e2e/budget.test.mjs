// Size budgets of the release bundle (deterministic, so checked here; speed is only benchmarked).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, ROOT } from './browser.mjs';

const budgets = JSON.parse(await readFile(join(ROOT, 'budgets.json'), 'utf8'));
const files = await readdir(DIST);
const gz = async f => gzipSync(await readFile(join(DIST, f)), { level: 9 }).length;

// The release wasm is split per page (scripts/wasm-app.mjs): the main module (all the home page
// needs), one module per other page, chunks that several pages share, and the loader script
// that says which files each page fetches.
const mainWasm = files.filter(f => /^llm-cloud-hub-[0-9a-f]{16}_bg\.wasm$/.test(f));
const loader = files.find(f => /^llm-cloud-hub-split-[0-9a-f]{16}\.js$/.test(f));

/** Each split page's wasm files, read from the loader: `{ page: [file, ...] }`. */
async function pageFiles() {
  const js = await readFile(join(DIST, loader), 'utf8');
  const chunk = new Map([...js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map(m => [m[1], m[2]]));
  const pages = {};
  for (const m of js.matchAll(/export const __wasm_split_load_(\w+?)_\d+ = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\);/g)) {
    pages[m[1]] = [m[2], ...m[3].split(',').map(s => s.trim()).filter(Boolean).map(v => chunk.get(v))];
  }
  return pages;
}

test('the home page\'s wasm (the main module) within its gzip budget', async () => {
  assert.equal(mainWasm.length, 1, `one main wasm module: ${mainWasm}`);
  const size = await gz(mainWasm[0]);
  assert.ok(size <= budgets.wasm_gzip_bytes, `main wasm is ${size} B gzip, budget ${budgets.wasm_gzip_bytes}`);
});

test('every other page\'s wasm (main + its own module + shared chunks) within its budget', async () => {
  assert.ok(loader, 'the split loader script is in dist/');
  const pages = await pageFiles();
  // Every page of the router's table but the home page is split off; the overlays too.
  for (const page of ['model_page', 'alternatives_page', 'cost_page', 'compare_page', 'best_for_page', 'use_case_page',
    'self_hosted_page', 'compliance_page', 'glossary_page', 'about_page', 'changes_page', 'embed_cost_page', 'embed_model_page', 'overlays']) {
    assert.ok(pages[page], `${page} is a split module (found ${Object.keys(pages)})`);
  }
  const main = await gz(mainWasm[0]);
  const sizes = {};
  for (const [page, list] of Object.entries(pages)) {
    for (const f of list) assert.ok(files.includes(f), `${page} needs ${f}, which is in dist/`);
    let total = main;
    for (const f of list) total += await gz(f);
    sizes[page] = total;
  }
  const [largest, size] = Object.entries(sizes).sort((a, b) => b[1] - a[1])[0];
  console.log(`wasm per page, gzip: main ${main} B; ${Object.entries(sizes).map(([p, s]) => `${p} ${s}`).join(', ')}`);
  assert.ok(size <= budgets.page_wasm_gzip_bytes, `${largest} needs ${size} B of wasm gzip, budget ${budgets.page_wasm_gzip_bytes}`);
});

test('catalog.json within its gzip budget', async () => {
  const size = await gz('catalog.json');
  assert.ok(size <= budgets.catalog_gzip_bytes, `catalog.json is ${size} B gzip, budget ${budgets.catalog_gzip_bytes}`);
});
