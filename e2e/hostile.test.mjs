// Hostile catalogs served to the app: valid rows still render, the dropped entries are
// reported, catalog text stays text, and only http(s) links become links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, watchedPage, DIST } from './browser.mjs';

let env, catalog;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
});
after(async () => env?.close());

const EVIL = '<img src=x onerror="window.__pwned=1">Evil <b>model</b> \u202Egnp.exe';
/** The real catalog with `change` applied. */
function hostile(change) {
  const c = structuredClone(catalog);
  change(c);
  return JSON.stringify(c);
}
const SAMPLE = {
  'markup and bidi in a name, an unsafe link': c => {
    c.models[0].name = EVIL;
    c.providers[0].docs_url = 'javascript:window.__pwned=2';
  },
  'a price of the wrong type': c => { c.offers[0].prices.input = 'NaN'; },
  'a price of 1e308': c => { c.offers[1].prices.output = 1e308; },
  'a duplicate model and an offer of a missing model': c => {
    c.models.push(structuredClone(c.models[1]));
    c.offers.push({ ...structuredClone(c.offers[0]), model: 'no-such-model', provider_model_id: 'ghost' });
  },
  'deep junk in an unknown field': c => { c.offers[2].junk = JSON.parse('['.repeat(50) + ']'.repeat(50)); },
};

for (const [what, change] of Object.entries(SAMPLE)) {
  test(`hostile catalog: ${what}`, async () => {
    const body = hostile(change);
    const { page, problems } = await watchedPage(env.context);
    await page.route('**/catalog.json', r => r.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(env.base + '/');
    await page.waitForSelector('tbody tr[data-row]');
    const dropped = what.startsWith('markup') || what.startsWith('deep') ? 0 : 1;
    if (dropped) assert.match(await page.textContent('.dropped-notice summary'), /could not be used/);
    if (what.startsWith('markup')) {
      const m = catalog.models[0];
      await page.goto(`${env.base}/models/${m.id}`);
      await page.waitForFunction(n => document.querySelector('h1')?.textContent === n, EVIL);
      assert.equal(await page.$$eval('main h1 img, main h1 b', els => els.length), 0, 'the name is text, not markup');
      assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
      const hrefs = await page.$$eval('a[href]', as => as.map(a => a.getAttribute('href')));
      assert.ok(hrefs.every(h => !/^\s*javascript:/i.test(h)), 'no javascript: link');
    }
    await page.close();
    assert.deepEqual(problems, []);
  });
}
