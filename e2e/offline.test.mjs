// The last good catalog: kept after a load that parsed, shown with its date when the
// download fails or the file is invalid, never replaced by a file that does not parse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => env?.close());

test('a failed or invalid catalog shows the offline copy with its date; a bad file never replaces it', async () => {
  const page = await env.context.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push(e.message));
  // The failed and refused downloads are expected here; anything else is not.
  page.on('console', m => { if (m.type() === 'error' && !/Failed to load resource|net::ERR_FAILED/.test(m.text())) problems.push(m.text()); });
  const live = () => page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.goto(env.base + '/');
  await live();
  await page.waitForSelector('tbody tr[data-row]');
  const rows = await page.textContent('.result-count');
  // The copy is written after the catalog parsed.
  await page.waitForFunction(async () => !!(await (await caches.open('llm-cloud-hub')).match('/catalog.json#last-good')));
  const today = new Date().toISOString().slice(0, 10);
  // 1. The download fails.
  await page.route('**/catalog.json', r => r.abort());
  await page.reload();
  await live();
  await page.waitForSelector('[data-field=offline-copy]');
  assert.ok((await page.textContent('[data-field=offline-copy]')).includes(`offline copy from ${today}`));
  assert.equal(await page.textContent('.result-count'), rows, 'the copy is the whole catalog');
  // 2. The file is invalid: the copy is shown, and kept.
  await page.unroute('**/catalog.json');
  await page.route('**/catalog.json', r => r.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 2, "providers": [' }));
  await page.reload();
  await live();
  await page.waitForSelector('[data-field=offline-copy]');
  assert.equal(await page.textContent('.result-count'), rows);
  const kept = await page.evaluate(async () => (await (await (await caches.open('llm-cloud-hub')).match('/catalog.json#last-good')).text()).length);
  assert.ok(kept > 1_000_000, 'the good copy is still the one kept');
  // 3. Retry once the catalog is back: the banner goes.
  await page.unroute('**/catalog.json');
  await page.click('[data-field=offline-copy] button');
  await page.waitForSelector('[data-field=offline-copy]', { state: 'detached' });
  await page.close();
  assert.deepEqual(problems, []);
});
