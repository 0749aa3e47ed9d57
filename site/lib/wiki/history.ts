// "Updated on … by …" from git, read once per build for every content file, the way Starlight
// finds its last-updated dates: one `git log --name-only` over the content folders, newest commit
// first, the first commit that names a file being its last change. A shallow clone holds one
// commit that seems to touch every file, and a copy without git has no history at all: both are
// reported as unknown rather than dated wrongly.
import { execFileSync } from 'node:child_process';

export interface FileChange {
  date: Date;
  author: string;
}

export type History =
  | { status: 'complete'; files: Map<string, FileChange> }
  | { status: 'shallow' | 'no-git' };

export type LastUpdate =
  | ({ known: true } & FileChange)
  | { known: false; reason: 'shallow' | 'no-git' | 'not-committed' };

/** The folders whose files pages show as content. */
export const CONTENT_PATHS = ['designs', 'guides', 'protocols', 'network', 'data'];

const git = (cwd: string, args: string[]) =>
  execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/** Reads the last change of every file under `paths` (relative to `cwd`), in one git process after the shallow check. */
export function readHistory(cwd: string, paths: string[] = CONTENT_PATHS): History {
  let shallow: string;
  try {
    shallow = git(cwd, ['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    return { status: 'no-git' };
  }
  if (shallow !== 'false') return { status: 'shallow' };
  // A record separator starts each commit; its file names follow on their own lines.
  const log = git(cwd, ['log', '--format=%x1e%ct%x1f%an', '--name-only', '--no-renames', '--relative', '--', ...paths]);
  const files = new Map<string, FileChange>();
  for (const commit of log.split('\x1e').slice(1)) {
    const [header, ...names] = commit.split('\n');
    const [seconds, author] = header.split('\x1f');
    const change = { date: new Date(Number(seconds) * 1000), author };
    for (const name of names) if (name && !files.has(name)) files.set(name, change);
  }
  return { status: 'complete', files };
}

/** The last change of a file, or of the newest file inside a folder. */
export function lastUpdate(history: History, path: string): LastUpdate {
  if (history.status !== 'complete') return { known: false, reason: history.status };
  let latest = history.files.get(path);
  if (!latest) {
    const prefix = path.replace(/\/?$/, '/');
    for (const [name, change] of history.files) {
      if (name.startsWith(prefix) && (!latest || change.date > latest.date)) latest = change;
    }
  }
  return latest ? { known: true, ...latest } : { known: false, reason: 'not-committed' };
}

let siteHistory: History | undefined;

/** The site's history, read on first use and kept for the rest of the build. */
export function buildHistory(): History {
  siteHistory ??= readHistory(process.cwd());
  return siteHistory;
}
