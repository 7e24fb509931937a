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

test('release wasm within its gzip budget', async () => {
  const wasm = files.filter(f => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  const size = await gz(wasm[0]);
  assert.ok(size <= budgets.wasm_gzip_bytes, `wasm is ${size} B gzip, budget ${budgets.wasm_gzip_bytes}`);
});

test('catalog.json within its gzip budget', async () => {
  const size = await gz('catalog.json');
  assert.ok(size <= budgets.catalog_gzip_bytes, `catalog.json is ${size} B gzip, budget ${budgets.catalog_gzip_bytes}`);
});
