// Writes `.gz` (zlib level 9) and `.br` (brotli) beside every text asset and the wasm in
// DIR (default dist/), for hosts that serve precompressed files (deploy/nginx.conf's
// gzip_static; Netlify, Cloudflare and S3-like buckets as README says). Node's own zlib:
// nothing to install. Usage: node scripts/precompress.mjs [DIR]
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg', '.wasm']);
const MIN = 1024; // smaller files are not worth a second request path
const dir = process.argv[2] ?? 'dist';

async function* files(d) {
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (TEXT.has(extname(e.name))) yield p;
  }
}

const started = Date.now();
let n = 0, raw = 0, gz = 0, br = 0;
for await (const f of files(dir)) {
  const body = await readFile(f);
  if (body.length < MIN) continue;
  // Pages are many and large in total: a faster brotli level; the few assets get the best.
  const quality = extname(f) === '.html' ? 5 : 11;
  const g = gzipSync(body, { level: 9 });
  const b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  await writeFile(f + '.gz', g);
  await writeFile(f + '.br', b);
  n++; raw += body.length; gz += g.length; br += b.length;
}
const mb = x => (x / 1e6).toFixed(1);
console.log(`precompressed ${n} files in ${((Date.now() - started) / 1000).toFixed(1)} s: ${mb(raw)} MB → gzip ${mb(gz)} MB, brotli ${mb(br)} MB`);
