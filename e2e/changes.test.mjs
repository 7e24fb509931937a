// The price-change list: /changes with its filters in the URL, changes.json, and the Atom
// feed read by the browser's own XML parser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, DIST } from './browser.mjs';

let env, catalog, changes;
before(async () => {
  env = await launch();
  catalog = JSON.parse(await readFile(join(DIST, 'catalog.json'), 'utf8'));
  changes = JSON.parse(await readFile(join(DIST, 'changes.json'), 'utf8'));
});
after(async () => env?.close());

test('changes.json has one entry per dated move in the catalog histories, newest first', () => {
  let moves = 0;
  for (const o of catalog.offers) {
    const h = o.history ?? [];
    for (let i = 1; i < h.length; i++) {
      // A price "until" a date is no move, nor is a source's edit after the offer's retirement.
      if (h[i].until || (o.deprecation_date && h[i].date > o.deprecation_date)) continue;
      for (const f of ['input', 'output']) if (h[i - 1][f] != null && h[i][f] != null && h[i - 1][f] !== h[i][f]) moves++;
    }
  }
  assert.equal(changes.length, moves);
  assert.ok(changes.length > 0);
  for (let i = 1; i < changes.length; i++) assert.ok(changes[i - 1].date >= changes[i].date, 'newest first');
});

test('feed.xml is Atom, one entry per change, advertised on every page', async () => {
  const { page, done } = await openPage(env, '/');
  assert.equal(await page.getAttribute('link[rel=alternate][type="application/atom+xml"]', 'href'), '/feed.xml');
  const res = await page.evaluate(async () => {
    const text = await (await fetch('/feed.xml')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const err = doc.querySelector('parsererror');
    const root = doc.documentElement;
    const entries = [...root.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
    return {
      error: err?.textContent ?? null, name: root.localName, ns: root.namespaceURI, entries: entries.length,
      complete: entries.every(e => ['id', 'title', 'updated', 'link'].every(t => e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', t).length)),
      first: entries[0]?.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'title')[0].textContent,
    };
  });
  assert.equal(res.error, null);
  assert.deepEqual([res.name, res.ns], ['feed', 'http://www.w3.org/2005/Atom']);
  assert.equal(res.entries, changes.length);
  assert.ok(res.complete, 'every entry has id, title, updated and a link');
  assert.ok(res.first.startsWith(`${changes[0].model_name} at ${changes[0].provider_name}:`), res.first);
  await done();
});

test('/changes filters by provider, model and direction, all in the URL; a model page links its changes', async () => {
  const { page, done } = await openPage(env, '/changes', 'tr[data-change]');
  const count = async () => Number((await page.textContent('[data-field=changes-count]')).split(' ')[0].replaceAll(',', ''));
  assert.equal(await count(), changes.length);
  const provider = changes[0].provider;
  await page.selectOption('[data-field=changes-provider]', provider);
  await page.waitForFunction(p => new URL(location.href).searchParams.get('provider') === p, provider);
  await page.waitForFunction(n => document.querySelector('[data-field=changes-count]').textContent.startsWith(`${n.toLocaleString('en-US')} `), changes.filter(c => c.provider === provider).length);
  await page.selectOption('[data-field=changes-dir]', 'up');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('dir') === 'up');
  const want = changes.filter(c => c.provider === provider && c.to > c.from).length;
  await page.waitForFunction(n => document.querySelector('[data-field=changes-count]').textContent.startsWith(`${n.toLocaleString('en-US')} `), want);
  await page.reload();
  assert.equal(await count(), want, 'the filters survive a reload');
  // From a model page to its own changes.
  const m = changes.find(c => c.provider === 'openrouter')?.model ?? changes[0].model;
  await page.goto(`${env.base}/models/${m}`);
  await page.click('[data-field=changes-link]');
  await page.waitForFunction(m => new URL(location.href).searchParams.get('model') === m, m);
  await page.waitForFunction(n => document.querySelector('[data-field=changes-count]')?.textContent.startsWith(`${n.toLocaleString('en-US')} `), changes.filter(c => c.model === m).length);
  const href = await page.getAttribute('tr[data-change] a', 'href');
  assert.equal(href, `/models/${m}`);
  await done();
});
