// The app's wasm, built as trunk's post-build hook (Trunk.toml) in place of trunk's own Rust
// pipeline, because the release build is split per page and trunk 0.21 cannot run wasm-split:
//
//   cargo build (release: feature `split`, every page but `/` behind Leptos `#[lazy]`)
//   → wasm-split-cli (release: the main module, one module per page, chunks they share,
//     and the loader script that fetches them)
//   → wasm-bindgen → wasm-opt -Oz on every module (release)
//   → names carrying one content hash of the whole set (cacheable as immutable), the
//     references between the files rewritten to them
//   → the bootstrap script and preload links in trunk's index.html (the pre-renderer later
//     moves the script into boot-<hash>.js).
//
// trunk gives the profile, its staging directory and the public URL in the environment
// (TRUNK_PROFILE, TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL). The tools come from scripts/setup.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAME = 'llm-cloud-hub';
const release = process.env.TRUNK_PROFILE === 'release';
const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
if (!staging) throw new Error('scripts/wasm-app.mjs runs as trunk\'s post_build hook (TRUNK_STAGING_DIR is not set)');
const WASM_OPT_FEATURES = ['--enable-bulk-memory', '--enable-mutable-globals', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue'];

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: 'inherit' });
}

/** wasm-opt, without its warning about the name-section entries rustc writes and wasm-opt does
 * not know (harmless; the section is stripped). */
function wasmOpt(file) {
  const args = ['-Oz', '--strip-debug', '--strip-producers', ...WASM_OPT_FEATURES, file, '-o', file];
  const out = spawnSync('wasm-opt', args, { encoding: 'utf8' });
  const noise = /^warning: unknown name subsection with id \d+ at \d+$/;
  const said = `${out.stdout ?? ''}${out.stderr ?? ''}`.split('\n').filter(l => l && !noise.test(l));
  if (said.length) console.error(said.join('\n'));
  if (out.status !== 0) throw new Error(`wasm-opt ${file} failed (${out.status ?? out.error})`);
}

const profile = release ? 'release' : 'debug';
run('cargo', ['build', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', NAME,
  ...(release ? ['--release', '--features', 'split'] : [])]);
const raw = join('target', 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);

const work = mkdtempSync(join(tmpdir(), 'wasm-app-'));
try {
  let main = raw;
  if (release) {
    run('wasm-split-cli', [raw, work, '--target', 'web', '--out-name', NAME]);
    main = join(work, `${NAME}.wasm`);
  }
  const bg = join(work, 'bg');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-name', NAME, '--out-dir', bg,
    ...(release ? ['--keep-lld-exports', '--no-demangle'] : []), main]);

  // wasm-bindgen writes crates' inline JS into snippets/; none is used now, and this script
  // would not copy or rename it.
  if (existsSync(join(bg, 'snippets'))) throw new Error('wasm-bindgen wrote snippets/, which scripts/wasm-app.mjs does not handle yet');

  // Every output file: [name as written, bytes].
  const files = new Map();
  files.set(`${NAME}.js`, readFileSync(join(bg, `${NAME}.js`), 'utf8'));
  files.set(`${NAME}_bg.wasm`, join(bg, `${NAME}_bg.wasm`));
  if (release) {
    for (const f of readdirSync(work)) {
      if (f === '__wasm_split.js') files.set(f, readFileSync(join(work, f), 'utf8'));
      else if (f.endsWith('.wasm') && f !== `${NAME}.wasm`) files.set(f, join(work, f));
    }
  }
  for (const [name, value] of files) {
    if (!name.endsWith('.wasm')) continue;
    if (release) wasmOpt(value);
    files.set(name, readFileSync(value));
  }

  // One hash of the whole set: the files refer to each other in a cycle (the loader imports
  // the bindings, which import the loader), so no file's own hash could name it.
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) hash.update(name).update(files.get(name));
  const h = hash.digest('hex').slice(0, 16);
  const rename = name => {
    if (name === `${NAME}.js`) return `${NAME}-${h}.js`;
    if (name === `${NAME}_bg.wasm`) return `${NAME}-${h}_bg.wasm`;
    if (name === '__wasm_split.js') return `${NAME}-split-${h}.js`;
    return `${NAME}-${name.replace(/\.wasm$/, '')}-${h}.wasm`;
  };
  // Rewrites the scripts' imports (`from "./x.js"`) and fetches (`new URL("./x.wasm"`) of the
  // other files to their new names; the wasm's own import module names stay as they are.
  const relink = text => text.replace(/(from\s*|new URL\()(["'])\.\/([\w.-]+\.(?:js|wasm))\2/g, (m, pre, q, f) =>
    files.has(f) ? `${pre}${q}./${rename(f)}${q}` : m);
  // wasm-bindgen names the default wasm without `./`.
  const glue = relink(files.get(`${NAME}.js`)).replace(`'${NAME}_bg.wasm'`, `'${rename(`${NAME}_bg.wasm`)}'`);
  files.set(`${NAME}.js`, glue);
  if (files.has('__wasm_split.js')) files.set('__wasm_split.js', relink(files.get('__wasm_split.js')));
  for (const [name, data] of files) writeFileSync(join(staging, rename(name)), data);

  // The bootstrap, in trunk's own shape, and preloads of the two files every page needs.
  const js = `${publicUrl}${rename(`${NAME}.js`)}`;
  const wasm = `${publicUrl}${rename(`${NAME}_bg.wasm`)}`;
  // The bindings import the split loader: fetched beside them, not one round trip later.
  const loader = files.has('__wasm_split.js') ? `<link rel="modulepreload" href="${publicUrl}${rename('__wasm_split.js')}" crossorigin="anonymous">` : '';
  // A pre-rendered page of a split-off route lists its chunks (src/bin/prerender.rs): they are
  // preloaded after the first paint, while the main module downloads, instead of after it.
  // The app starts only once they are asked for (the main module's own preload goes on
  // meanwhile), so that its loader's fetches find them instead of fetching them again.
  const boot = `<script type="module">
import init, * as bindings from '${js}';
const chunks = document.getElementById('split-chunks');
if (chunks) await new Promise(done => requestAnimationFrame(() => setTimeout(() => {
  for (const href of JSON.parse(chunks.textContent)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href }));
  }
  done();
})));
const wasm = await init({ module_or_path: '${wasm}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
<link rel="modulepreload" href="${js}" crossorigin="anonymous">${loader}<link rel="preload" href="${wasm}" crossorigin="anonymous" as="fetch" type="application/wasm">`;
  const index = join(staging, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${index} has no </head>`);
  // trunk leaves its skipped `rel="rust"` link in the page.
  const page = html.replace(/\s*<link data-trunk rel="rust"[^>]*>/, '').replace('</head>', `${boot}</head>`);
  writeFileSync(index, page);
  const wasmBytes = [...files].filter(([n]) => n.endsWith('.wasm')).reduce((sum, [, d]) => sum + d.length, 0);
  console.log(`[wasm-app] ${profile}: ${files.size} files, main wasm ${files.get(`${NAME}_bg.wasm`).length} B, all wasm ${wasmBytes} B`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
