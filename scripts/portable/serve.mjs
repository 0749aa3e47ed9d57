#!/usr/bin/env node
// Serves the Usinette site in ./site on a computer with no internet, with nothing to install
// but Node.js: `node serve.mjs` (then open http://localhost:8080/). PORT=9000 changes the port.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), 'site');
const port = Number(process.env.PORT ?? 8080);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.zip': 'application/zip', '.stl': 'model/stl',
  '.3mf': 'model/3mf', '.dxf': 'image/vnd.dxf', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8', '.yaml': 'text/yaml; charset=utf-8', '.yml': 'text/yaml; charset=utf-8',
};

// The pages carry their Content-Security-Policy in a <meta>; send it as a header too, with the
// directives only a header can carry.
const meta = readFileSync(join(root, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/i);
const csp = meta ? `${meta[1].replaceAll('&#39;', "'").replaceAll('&amp;', '&')}; frame-ancestors 'self'` : undefined;

/** The file for a URL path, never outside ./site: directories give their index.html. */
function resolve(pathname) {
  let p;
  try {
    p = normalize(decodeURIComponent(pathname));
  } catch {
    return undefined;
  }
  const file = join(root, p);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
  const file = resolve(url.pathname);
  const notFound = join(root, '404.html');
  const body = file ?? (existsSync(notFound) ? notFound : undefined);
  const type = body ? TYPES[extname(body).toLowerCase()] ?? 'application/octet-stream' : 'text/plain; charset=utf-8';
  const headers = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Hashed assets never change; pages and the service worker are checked on every visit.
    'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (csp) headers['content-security-policy'] = csp;
  if (!body) return void res.writeHead(404, headers).end('not found');
  res.writeHead(file ? 200 : 404, { ...headers, 'content-length': statSync(body).size });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(body).pipe(res);
});

// A port already taken (another copy running, another program): say so plainly, not with a stack.
server.on('error', (err) => {
  if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
    const why = err.code === 'EADDRINUSE'
      ? [`Le port ${port} est déjà utilisé (le site tourne peut-être déjà : essayez http://localhost:${port}/).`, `Port ${port} is already in use (the site may already be running: try http://localhost:${port}/).`]
      : [`Le port ${port} n'est pas autorisé pour ce compte.`, `Port ${port} is not allowed for this account.`];
    console.error(`Usinette: ${why[0]}\n  Choisissez-en un autre : PORT=9000 node serve.mjs (Windows, PowerShell : $env:PORT=9000; node serve.mjs)`);
    console.error(`Usinette: ${why[1]}\n  Choose another one: PORT=9000 node serve.mjs (Windows, PowerShell: $env:PORT=9000; node serve.mjs)`);
  } else {
    console.error(`Usinette: ${err.message}`);
  }
  process.exit(1);
});

server.listen(port, () => {
  const { port: actual } = server.address();
  const lan = Object.values(networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => `http://${i.address}:${actual}/`);
  console.log(`Usinette: http://localhost:${actual}/`);
  if (lan.length) console.log(`Local network / réseau local: ${lan.join('  ')}`);
  console.log('Ctrl+C to stop / pour arrêter.');
});
