// Serves dist/ on 127.0.0.1 like a production static host: gzip when asked,
// real 404s for missing files, and index.html for page navigations to unknown
// paths (SPA fallback; a production host needs the same rule).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** `extraHeaders(path)` adds response headers (e.g. a Content-Security-Policy) per request path;
 * `prefix` (e.g. `/llm-cloud-hub`) serves `root` under that sub-path only, like a project site. */
export function startServer(root, port = 0, extraHeaders = () => ({}), prefix = '') {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      if (prefix && url.pathname !== prefix && !url.pathname.startsWith(prefix + '/')) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('outside the site'); return; }
      const sitePath = prefix ? url.pathname.slice(prefix.length) || '/' : url.pathname;
      let path = normalize(decodeURIComponent(sitePath)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path);
      let ok = await stat(file).then(s => s.isFile()).catch(() => false);
      // A pre-rendered page: /models/x is dist/models/x/index.html.
      if (!ok && await stat(join(file, 'index.html')).then(s => s.isFile()).catch(() => false)) { file = join(file, 'index.html'); ok = true; }
      // SPA fallback: a page navigation to a path with no page gets the app shell (slugs may contain dots).
      if (!ok && /text\/html/.test(req.headers['accept'] ?? '')) {
        const shell = join(root, 'shell.html');
        file = await stat(shell).then(() => shell).catch(() => join(root, 'index.html'));
        ok = true;
      }
      if (!ok) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache', ...extraHeaders(url.pathname) };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 1024) {
        const key = file + ':' + body.length;
        if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
        body = cache.get(key);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(500); res.end(String(e));
    }
  });
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[3] ?? 8080);
  startServer(process.argv[2] ?? 'dist', port).then(() => console.log(`serving on http://127.0.0.1:${port}`));
}
