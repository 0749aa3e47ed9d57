// `npm test`: type check, unit and geometry tests, a full build, then the browser tests on
// the built site. Stops at the first failing stage and exits non-zero.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, command: string, args: string[]) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal}).`);
    summary();
    process.exit(r.status || 1);
  }
}

function vitest(project: string) {
  const out = `${results}/${project}.json`;
  run(`vitest ${project}`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const json = JSON.parse(readFileSync(out, 'utf8'));
  total.passed += json.numPassedTests;
  total.failed += json.numFailedTests;
  total.skipped += json.numPendingTests + json.numTodoTests;
}

function summary() {
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}

/**
 * The browser tests' scratch site with invented Open Santé data (tests/browser/fixtureSite.ts),
 * built beside the real site: the two builds share the cores, which takes less time than one
 * after the other. Its output goes to a log, printed if it fails.
 */
function startFixtureSite() {
  const dir = mkdtempSync(join(tmpdir(), 'usinette-fixtures-'));
  const log = `${results}/fixture-site.log`;
  const child = spawn('npx', ['tsx', 'tests/browser/fixtureSite.ts', dir], { stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')], detached: true });
  const done = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  const stop = () => {
    if (child.exitCode === null) try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  return { dir, log, done };
}

run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
vitest('unit');
const fixtureSite = startFixtureSite();
run('build', 'npm', ['run', 'build']);
if ((await fixtureSite.done) !== 0) {
  console.error(readFileSync(fixtureSite.log, 'utf8').slice(-3000));
  console.error('\n✗ fixture site build failed.');
  process.exit(1);
}
process.env.USINETTE_FIXTURE_SITE = fixtureSite.dir;
vitest('browser');
summary();
if (total.failed > 0) process.exit(1);
