// `npm run wiki`: the site and its editor on one machine, with no forge. Serves the built site
// (dist/) and, on the same origin at /api/v1, decap-server in git mode on a repository: every
// proposal is a `cms/…` branch of that repository, merged into its branch when published. This
// is how a coordinator edits on a laptop during an outage, and how the editor's tests run.
// /contribuer/propositions/ lists the proposals waiting for review, each with its diff.
//
//   npm run wiki                                 # this repository, http://localhost:4321/contribuer/editer/
//   npm run wiki -- --repo ../copie --port 4400  # another clone
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
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
/** The proposals waiting for review, with their diffs: served here only, a forge shows its pull requests. */
export const PROPOSALS = '/contribuer/propositions/';

const escapeHtml = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Every `cms/…` branch of the repository (a proposal saved in the editor and not yet published),
 * with what it changes against the published branch, so a reviewer reads the diff before
 * publishing. Plain HTML, no script, no style attribute: the site's policy holds.
 */
const gitIn = (repo: string) => (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 32 << 20 }).trim();

/** The branch the editor publishes to, as the built config says (backend.branch). */
function publishedBranch(dist: string): string {
  const config = JSON.parse(readFileSync(resolve(dist, 'contribuer/editer/config.json'), 'utf8'));
  return config.backend.branch ?? 'main';
}

/**
 * decap-server commits every file of the working tree (`git add .`) and checks branches out in
 * it, so it gets a clean repository on the branch the editor publishes to, or nothing.
 */
export function checkRepository(repo: string, branch: string): string | undefined {
  const git = gitIn(repo);
  let current: string;
  try {
    current = git('rev-parse', '--abbrev-ref', 'HEAD');
  } catch {
    return `${repo} n’est pas un dépôt git / is not a git repository.`;
  }
  if (current !== branch) return `Le dépôt est sur la branche « ${current} » ; l’éditeur publie sur « ${branch} » : git switch ${branch}.\nThe repository is on branch "${current}"; the editor publishes to "${branch}": git switch ${branch}.`;
  const dirty = git('status', '--porcelain');
  if (dirty) return `Le dépôt a des changements non enregistrés, que l’éditeur mêlerait à la première proposition : enregistrez-les (git commit) ou mettez-les de côté (git stash), ou utilisez un autre clone (--repo).\nThe repository has uncommitted changes the editor would sweep into its first proposal: commit or stash them, or use another clone (--repo).\n${dirty.split('\n').slice(0, 10).join('\n')}`;
  return undefined;
}

const actionOf = (body: Buffer): string | undefined => {
  try {
    return JSON.parse(body.toString('utf8')).action;
  } catch {
    return undefined;
  }
};

/**
 * After a proposal is published, the other pending ones are brought up to date with the published
 * branch (a merge made without checking anything out). decap-server compares a proposal's branch
 * with the published one tip to tip, so without this a proposal would seem to undo what was just
 * published, and open as an empty form. A proposal that conflicts is left as it is.
 */
export function catchUp(repo: string, base: string) {
  const git = gitIn(repo);
  for (const branch of git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean)) {
    if (isAncestor(git, base, branch)) continue; // already up to date
    let tree: string;
    try {
      tree = git('merge-tree', '--write-tree', branch, base).split('\n')[0];
    } catch {
      continue; // conflicts: the coordinator resolves them on the forge or by hand
    }
    const tip = git('rev-parse', branch);
    const merged = git('commit-tree', tree, '-p', tip, '-p', base, '-m', `Met à jour la proposition avec ${base} publiée`);
    git('update-ref', `refs/heads/${branch}`, merged, tip);
  }
}

function isAncestor(git: (...args: string[]) => string, a: string, b: string): boolean {
  try {
    git('merge-base', '--is-ancestor', a, b);
    return true;
  } catch {
    return false;
  }
}

export function proposalsPage(repo: string, base: string): string {
  const git = gitIn(repo);
  const branches = git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean);
  const items = branches.map((b) => {
    const [date, author, subject] = git('log', '-1', '--format=%cI%x1f%an%x1f%s', b).split('\x1f');
    const diff = git('diff', `${base}...${b}`);
    return `<section><h2>${escapeHtml(b.slice('cms/'.length))}</h2><p>${escapeHtml(subject)} · ${escapeHtml(author)} · <time datetime="${escapeHtml(date)}">${escapeHtml(date.slice(0, 16).replace('T', ' '))}</time></p><pre>${escapeHtml(diff)}</pre></section>`;
  });
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Propositions en attente · Usinette</title><link rel="stylesheet" href="/contribuer/editer/editor.css"></head><body><main class="proposals">
<h1>Propositions en attente de publication</h1>
<p>Chaque proposition enregistrée dans <a href="/contribuer/editer/">l’éditeur</a> et pas encore publiée, avec ce qu’elle change par rapport à la branche ${escapeHtml(base)}. On la publie depuis le flux éditorial de l’éditeur.</p>
${items.length ? items.join('\n') : '<p>Aucune proposition en attente.</p>'}
</main></body></html>`;
}

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
  const branch = publishedBranch(o.dist);
  const refused = checkRepository(o.repo, branch);
  if (refused) throw new Error(refused);
  const backend = await startBackend(o.repo, host, !!o.quiet);
  const serve = sirv(o.dist, { dev: true, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith(API)) {
      // Same origin for the editor and its backend: no CORS, and the page's policy stays 'self'.
      const body: Buffer[] = [];
      req.on('data', (c: Buffer) => body.push(c));
      req.on('end', () => {
        const sent = Buffer.concat(body);
        const upstream = request({ host, port: backend.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
          const answer: Buffer[] = [];
          up.on('data', (c: Buffer) => answer.push(c));
          up.on('end', () => {
            if (up.statusCode === 200 && actionOf(sent) === 'publishUnpublishedEntry') catchUp(o.repo, branch);
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(Buffer.concat(answer));
          });
        });
        upstream.on('error', () => res.writeHead(502).end('decap-server is not answering'));
        upstream.end(sent);
      });
      return;
    }
    if (req.url?.split('?')[0] === PROPOSALS) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'" });
      res.end(proposalsPage(o.repo, branch));
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
      console.log(`\nUsinette : le site et son éditeur sont sur ${w.url}/ (éditeur : ${w.url}/contribuer/editer/, propositions à relire : ${w.url}${PROPOSALS}).`);
      console.log(`Usinette: the site and its editor are at ${w.url}/ (editor: ${w.url}/contribuer/editer/, proposals to review: ${w.url}${PROPOSALS}). Ctrl+C stops both.\n`);
      const stop = () => void w.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e: NodeJS.ErrnoException) => {
      console.error(e.code === 'EADDRINUSE' ? `Le port ${port} est déjà utilisé / port ${port} is in use: --port 4400` : e.message);
      process.exit(1);
    });
}
