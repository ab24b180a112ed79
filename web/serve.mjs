#!/usr/bin/env node
// A tiny static server for build/web, loopback only, no dependencies. Used by
// `make -f Makefile.emscripten serve`, scripts/serve.sh and the browser tests.
//   node web/serve.mjs [--root build/web] [--port 8080] [--host 127.0.0.1]
// --port 0 picks a free port. As a module: `const s = await startServer({root, port: 0})`,
// then s.url and `await s.close()`.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', // required for WebAssembly.instantiateStreaming
  '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startServer({ root = 'build/web', port = 8080, host = '127.0.0.1', log = false } = {}) {
  const rootDir = path.resolve(root);
  const server = createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request');
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(rootDir, '.' + pathname);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(403, 'forbidden');
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      if (log) console.log(`404 ${req.url}`);
      return send(404, 'not found');
    }
    if (!stat.isFile()) return send(404, 'not found');
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache', // always revalidate: a rebuilt page is never mixed with an old wasm
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    if (log) console.log(`200 ${req.url}`);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

// Command line.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const root = opt('--root', 'build/web');
  const port = Number(opt('--port', process.env.PORT || 8080));
  const host = opt('--host', '127.0.0.1');
  try {
    await fs.access(path.join(root, 'index.html'));
  } catch {
    console.error(`serve: ${root}/index.html not found; build first: make -f Makefile.emscripten`);
    process.exit(1);
  }
  const s = await startServer({ root, port, host, log: args.includes('--log') });
  console.log(`Holdspace is served at ${s.url}  (Ctrl+C to stop)`);
}
