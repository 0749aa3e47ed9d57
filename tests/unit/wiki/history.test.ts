// The last-updated module on scratch repositories made here: a full history, a shallow clone of
// it, and a folder outside any repository.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastUpdate, readHistory } from '../../../site/lib/wiki/history';

let root: string;
let repo: string;

/** Commits everything as `author` at `iso`, whatever the machine's git configuration. */
function commit(author: string, iso: string, message: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'a@example.org', GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: 'a@example.org', GIT_AUTHOR_DATE: iso, GIT_COMMITTER_DATE: iso };
  execFileSync('git', ['add', '-A'], { cwd: repo, env });
  execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { cwd: repo, env });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'usinette-history-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'protocols'), { recursive: true });
  mkdirSync(join(repo, 'network/places'), { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  writeFileSync(join(repo, 'protocols/emballage.mdx'), 'v1');
  writeFileSync(join(repo, 'network/places/labfab-rennes.yaml'), 'v1');
  commit('Anne', '2026-03-01T10:00:00Z', 'first');
  writeFileSync(join(repo, 'network/places/labfab-rennes.yaml'), 'v2');
  writeFileSync(join(repo, 'network/places/l’atelier.yaml'), 'v1');
  commit('Yann', '2026-04-05T10:00:00Z', 'second');
  writeFileSync(join(repo, 'README.md'), 'not content');
  commit('Nolwenn', '2026-05-06T10:00:00Z', 'third');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('last update from git', () => {
  it('gives each file its newest commit and author, from one log', () => {
    const history = readHistory(repo);
    expect(history.status).toBe('complete');
    expect(lastUpdate(history, 'protocols/emballage.mdx')).toEqual({ known: true, author: 'Anne', date: new Date('2026-03-01T10:00:00Z') });
    expect(lastUpdate(history, 'network/places/labfab-rennes.yaml')).toEqual({ known: true, author: 'Yann', date: new Date('2026-04-05T10:00:00Z') });
    expect(lastUpdate(history, 'network/places/l’atelier.yaml')).toMatchObject({ known: true, author: 'Yann' });
  });

  it('dates a folder by its newest file', () => {
    expect(lastUpdate(readHistory(repo), 'network/places')).toMatchObject({ known: true, author: 'Yann' });
    expect(lastUpdate(readHistory(repo), 'protocols')).toMatchObject({ known: true, author: 'Anne' });
  });

  it('reads only the content folders it is given', () => {
    expect(lastUpdate(readHistory(repo, ['protocols', 'network']), 'README.md')).toEqual({ known: false, reason: 'not-committed' });
  });

  it('says a file not yet committed is unknown, not dated', () => {
    expect(lastUpdate(readHistory(repo), 'protocols/nouveau.mdx')).toEqual({ known: false, reason: 'not-committed' });
  });

  it('refuses to date anything in a shallow clone', () => {
    const shallow = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const history = readHistory(shallow);
    expect(history.status).toBe('shallow');
    expect(lastUpdate(history, 'protocols/emballage.mdx')).toEqual({ known: false, reason: 'shallow' });
  });

  it('says so outside a git repository', () => {
    const plain = join(root, 'plain');
    mkdirSync(join(plain, 'protocols'), { recursive: true });
    writeFileSync(join(plain, 'protocols/emballage.mdx'), 'v1');
    expect(lastUpdate(readHistory(plain), 'protocols/emballage.mdx')).toEqual({ known: false, reason: 'no-git' });
  });
});
