// Writes the hashes of the built page's inline script (the theme) and inline stylesheet
// into the Content-Security-Policy wherever the repo spells it out (the deploy recipes,
// README and the CSP test). Run after `scripts/build` when the theme script or
// style/main.css changed; e2e/csp.test.mjs fails until the policy names the built hashes.
// Usage: node scripts/update-csp.mjs [DIST]
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const html = await readFile(join(ROOT, process.argv[2] ?? 'dist', 'index.html'), 'utf8');
const hashOf = tag => {
  const bodies = [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(m => m[1]);
  if (bodies.length !== 1) throw new Error(`expected one inline <${tag}> in index.html, found ${bodies.length}`);
  return `'sha256-${createHash('sha256').update(bodies[0]).digest('base64')}'`;
};
const script = hashOf('script');
const style = hashOf('style');
for (const f of ['deploy/nginx.conf', 'deploy/_headers', 'README.md', 'e2e/csp.test.mjs']) {
  const path = join(ROOT, f);
  const before = await readFile(path, 'utf8');
  const after = before
    .replace(/(script-src 'self' 'wasm-unsafe-eval' )'sha256-[A-Za-z0-9+/=]+'/g, `$1${script}`)
    .replace(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;/g, `style-src 'self' ${style};`);
  if (after !== before) await writeFile(path, after);
  console.log(`${f}: ${after === before ? 'up to date' : 'updated'}`);
}
console.log(`script-src ${script}; style-src ${style}`);
