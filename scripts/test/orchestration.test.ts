// `npm test` (scripts/test.ts) with its commands replaced by stubs on PATH (npx, npm): the
// summary counts the tests of every stage that ran and names the stage that failed, and the
// exit status says so. The stubs write what the timings reporter would.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProjectTimings } from './timings';

/** tsx's loader by its full address: the scratch folder has no node_modules. */
const tsx = pathToFileURL(createRequire(resolve('package.json')).resolve('tsx')).href;

const file = (name: string, passed: number, failed: number) => ({ file: name, seconds: 1, passed, failed, skipped: 0, broken: false });
const timings = (files: ProjectTimings['files']): ProjectTimings => ({ files, unhandledErrors: 0 });

/** Runs scripts/test.ts in a scratch folder; `browser` is what the browser stage writes and its exit status. */
function npmTest(browser: { timings?: ProjectTimings; status: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'usinette-npm-test-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const unit = JSON.stringify(timings([file('a.test.ts', 3, 0), file('b.test.ts', 2, 0)]));
  const npx = `#!/bin/sh
case "$*" in
  *"--project unit"*) printf '%s' '${unit}' > test-results/unit.timings.json ;;
  *"--project browser"*) ${browser.timings ? `printf '%s' '${JSON.stringify(browser.timings)}' > test-results/browser.timings.json;` : ''} exit ${browser.status} ;;
esac
exit 0
`;
  writeFileSync(join(bin, 'npx'), npx);
  writeFileSync(join(bin, 'npm'), '#!/bin/sh\nexit 0\n');
  for (const stub of ['npx', 'npm']) chmodSync(join(bin, stub), 0o755);
  const r = spawnSync(process.execPath, ['--import', tsx, resolve('scripts/test.ts')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
  return { status: r.status, last: r.stdout.trim().split('\n').at(-1), stdout: r.stdout };
}

describe('npm test’s summary', () => {
  it('counts the unit and browser tests when all pass', () => {
    const r = npmTest({ status: 0, timings: timings([file('c.test.ts', 4, 0)]) });
    expect(r.status, r.stdout).toBe(0);
    expect(r.last).toBe('tests: 9 passed, 0 failed, 0 skipped');
  });

  it('counts the failed browser tests beside the unit tests, names the stage, and exits non-zero', () => {
    const r = npmTest({ status: 1, timings: timings([file('c.test.ts', 4, 2)]) });
    expect(r.status).toBe(1);
    expect(r.last).toBe('tests: 9 passed, 2 failed, 0 skipped; failed: vitest browser');
    expect(r.stdout).toMatch(/vitest browser\s+\d+:\d\d\s+failed\s+4\/2\/0 in 1 files/);
  });

  it('names a browser stage that failed before any test ran', () => {
    const r = npmTest({ status: 1 });
    expect(r.status).toBe(1);
    expect(r.last).toBe('tests: 5 passed, 0 failed, 0 skipped; failed: vitest browser');
  });
});
