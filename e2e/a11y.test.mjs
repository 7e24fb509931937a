// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every route, in the light and the
// dark theme, after the app has taken over. Serious and critical violations fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, watchedPage, ROOT } from './browser.mjs';

const AXE = join(ROOT, 'e2e', 'node_modules', 'axe-core', 'axe.min.js');
const ROUTES = [
  '/', '/models/mistral-small-3.2-24b', '/models/mistral-small-3.2-24b/alternatives',
  '/compare?models=mistral-small-3.2-24b,gpt-4o', '/cost?model=mistral-small-3.2-24b', '/best-llm-for',
  '/best-llm-for/coding', '/self-hosted', '/compliance', '/glossary', '/about', '/changes', '/no-such-page',
  '/embed/models/mistral-small-3.2-24b', '/embed/cost?model=mistral-small-3.2-24b',
];

let env;
before(async () => { env = await launch(); });
after(async () => env?.close());

for (const theme of ['light', 'dark']) {
  test(`axe: no serious or critical violation on any route (${theme} theme)`, async () => {
    const found = [];
    for (const path of ROUTES) {
      const { page, problems } = await watchedPage(env.context);
      await page.addInitScript(t => localStorage.setItem('llm-cloud-hub:theme', t), theme);
      const url = env.base + path + (path.startsWith('/embed/') ? `${path.includes('?') ? '&' : '?'}theme=${theme}` : '');
      await page.goto(url);
      await page.waitForSelector('main h1, main h2');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme, path);
      await page.addScriptTag({ path: AXE });
      // On the catalog page, the command palette is checked open too.
      if (path === '/') {
        await page.keyboard.press('Control+k');
        await page.waitForSelector('[data-field=palette-input]:focus');
        await page.keyboard.type('mistral');
      }
      const violations = await page.evaluate(async () => {
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | ')}`);
      });
      for (const v of violations) found.push(`${path}: ${v}`);
      await page.close();
      assert.deepEqual(problems, [], path);
    }
    assert.deepEqual(found, []);
  });
}
