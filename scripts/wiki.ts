// `npm run wiki`: the site and its editor on one machine, with no forge. Serves the built site
// (dist/) and, on the same origin at /api/v1, decap-server in git mode on a repository: every
// proposal is a `cms/…` branch of that repository, merged into its branch when published. This
// is how a coordinator edits on a laptop during an outage, and how the editor's tests run.
//
//   npm run wiki                                 # this repository, http://localhost:4321/contribuer/editer/
//   npm run wiki -- --repo ../copie --port 4400  # another clone
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import sirv from 'sirv';

export interface WikiOptions {
  /** The git repository decap-server edits. */
  repo: string;
  /** The built site to serve. */
  dist: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  quiet?: boolean;
}

export interface Wiki {
  url: string;
  close(): Promise<void>;
}

const API = '/api/v1';

function freePort(host: string): Promise<number> {
  return new Promise((done, fail) => {
    const s = createNetServer();
    s.on('error', fail);
    s.listen(0, host, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

/** Starts decap-server and waits until it answers. */
async function startBackend(repo: string, host: string, quiet: boolean): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort(host);
  const entry = createRequire(import.meta.url).resolve('decap-server');
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: resolve(repo), PORT: String(port), BIND_HOST: host, LOG_LEVEL: quiet ? 'error' : 'info' },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`decap-server stopped (exit ${child.exitCode}); is ${repo} a git repository?`);
    const ok = await new Promise<boolean>((done) => {
      const r = request({ host, port, path: API, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        done(true);
      });
      r.on('error', () => done(false));
      r.end(JSON.stringify({ action: 'info' }));
    });
    if (ok) return { port, child };
    if (Date.now() > deadline) throw new Error('decap-server did not answer within 20 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startWiki(o: WikiOptions): Promise<Wiki> {
  const host = o.host ?? '127.0.0.1';
  if (!existsSync(resolve(o.dist, 'index.html'))) throw new Error(`${o.dist}/ has no site: run "npm run build" first.`);
  const backend = await startBackend(o.repo, host, !!o.quiet);
  const serve = sirv(o.dist, { dev: true, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith(API)) {
      // Same origin for the editor and its backend: no CORS, and the page's policy stays 'self'.
      const upstream = request({ host, port: backend.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end('decap-server is not answering'));
      req.pipe(upstream);
      return;
    }
    serve(req, res, () => void res.writeHead(404).end('not found'));
  });
  await new Promise<void>((done, fail) => {
    server.on('error', fail);
    server.listen(o.port, host, () => done());
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    close: () =>
      new Promise<void>((done) => {
        backend.child.kill();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/wiki.ts')) {
  const port = Number(option('port', process.env.PORT ?? '4321'));
  startWiki({ repo: option('repo', '.'), dist: option('dist', 'dist'), port, host: 'localhost' })
    .then((w) => {
      console.log(`\nUsinette : le site et son éditeur sont sur ${w.url}/ (éditeur : ${w.url}/contribuer/editer/).`);
      console.log(`Usinette: the site and its editor are at ${w.url}/ (editor: ${w.url}/contribuer/editer/). Ctrl+C stops both.\n`);
      const stop = () => void w.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e: NodeJS.ErrnoException) => {
      console.error(e.code === 'EADDRINUSE' ? `Le port ${port} est déjà utilisé / port ${port} is in use: --port 4400` : e.message);
      process.exit(1);
    });
}
