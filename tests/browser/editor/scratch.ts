// A scratch copy of this repository for the editor's tests: the working tree as it is (tracked
// and new files, not ignored ones), committed on a fresh `main` in a temporary folder, with
// node_modules linked so it can be rebuilt. decap-server edits it; the real repository is never touched.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

export interface Scratch {
  dir: string;
  git(...args: string[]): string;
  remove(): void;
}

/** The working tree as it is (tracked and new files, not ignored ones) copied into `dir`, node_modules linked. */
export function copyWorkingTree(root: string, dir: string) {
  const files = git(root, 'ls-files', '-co', '--exclude-standard', '-z').split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(root, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(root, f), join(dir, f));
  }
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

export function scratchRepo(root = process.cwd()): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'usinette-wiki-'));
  copyWorkingTree(root, dir);
  git(dir, 'init', '-q', '-b', 'main');
  // The link to node_modules is not a folder to git, so `node_modules/` in .gitignore misses it.
  appendFileSync(join(dir, '.git/info/exclude'), '\nnode_modules\n');
  git(dir, 'config', 'user.email', 'tests@usinette.invalid');
  git(dir, 'config', 'user.name', 'Tests Usinette');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'scratch copy for the editor tests');
  return { dir, git: (...args) => git(dir, ...args), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
