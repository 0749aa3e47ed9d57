// `npm test`: type check, unit and geometry tests, a full build, then the browser tests on
// the built site. The first four overlap where they do not depend on each other (see the end of
// this file); the browser tests run alone once all have passed. Stops at the first failing
// stage and exits non-zero. Ends with a table of every stage (time, result) and the slowest test
// files, and one line counting the tests of every stage that ran.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timingsFile, type FileTiming, type ProjectTimings } from './test/timings';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

type Outcome = 'passed' | 'failed' | 'running' | 'not run';
interface Stage {
  title: string;
  outcome: Outcome;
  seconds?: number;
  /** Vitest stages: each test file's counts and time. */
  files?: FileTiming[];
  unhandledErrors?: number;
}

const stages: Stage[] = [];
const stage = (title: string): Stage => {
  const s: Stage = { title, outcome: 'not run' };
  stages.push(s);
  return s;
};

/** Process groups of stages still running, stopped if `npm test` ends first. */
const children = new Set<number>();
process.on('exit', () => {
  for (const pid of children) try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
});
// Ctrl-C reaches only this process (the stages have their own groups): exit, which stops them.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));

/**
 * Runs a stage's command; resolves to whether it passed. A stage that runs beside others writes
 * to a log in test-results/, printed whole when it ends, so outputs never interleave.
 */
function run(s: Stage, command: string, args: string[], options: { log?: string } = {}): Promise<boolean> {
  const { log } = options;
  console.log(`\n=== ${s.title}: ${command} ${args.join(' ')}${log ? ` (output in ${log}, shown when it ends)` : ''}`);
  const start = performance.now();
  const stdio = log ? (['ignore', openSync(log, 'w'), openSync(log, 'a')] as const) : 'inherit';
  // Its own process group, so that stopping it stops what it started (vitest's workers, Chromium).
  const child = spawn(command, args, { stdio: stdio as never, env: process.env, detached: true });
  children.add(child.pid!);
  s.outcome = 'running';
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child.pid!);
      s.seconds = (performance.now() - start) / 1000;
      s.outcome = code === 0 ? 'passed' : 'failed';
      if (log) console.log(`\n=== output of ${s.title}\n${readFileSync(log, 'utf8')}`);
      console.log(code === 0 ? `\n✓ ${s.title} passed (${clock(s.seconds)}).` : `\n✗ ${s.title} failed (exit ${code ?? signal}).`);
      resolve(code === 0);
    });
  });
}

/** A vitest project as a stage: its counts come from scripts/test/timings.ts, even when it fails. */
async function vitest(s: Stage, project: string, options: { log?: string } = {}): Promise<boolean> {
  const ok = await run(s, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=./scripts/test/timings.ts'], options);
  if (existsSync(timingsFile(project))) {
    const t = JSON.parse(readFileSync(timingsFile(project), 'utf8')) as ProjectTimings;
    s.files = t.files;
    s.unhandledErrors = t.unhandledErrors;
  }
  return ok;
}

const sum = (files: FileTiming[], key: 'passed' | 'failed' | 'skipped') => files.reduce((n, f) => n + f[key], 0);
const clock = (seconds?: number) => (seconds === undefined ? '' : `${Math.floor(seconds / 60)}:${Math.floor(seconds % 60).toString().padStart(2, '0')}`);

/** The stage table, the slowest files, and the counts over every stage that ran. */
function summary() {
  const wall = (performance.now() - started) / 1000;
  console.log('\n=== summary');
  console.log(`${'stage'.padEnd(20)} ${'time'.padStart(6)}  ${'result'.padEnd(8)}  tests passed/failed/skipped`);
  for (const s of stages) {
    const outcome = s.outcome === 'running' ? 'stopped' : s.outcome;
    const counts = s.files ? `${sum(s.files, 'passed')}/${sum(s.files, 'failed')}/${sum(s.files, 'skipped')} in ${s.files.length} files` : '';
    console.log(`${s.title.padEnd(20)} ${clock(s.seconds).padStart(6)}  ${outcome.padEnd(8)}  ${counts}`);
  }
  console.log(`${'npm test, in all'.padEnd(20)} ${clock(wall).padStart(6)}  (stages overlap: see scripts/test.ts)`);

  const files = stages.flatMap((s) => s.files ?? []);
  const slowest = [...files].sort((a, b) => b.seconds - a.seconds).slice(0, 15);
  if (slowest.length) {
    console.log('\nslowest test files (seconds: import, hooks and tests, as vitest counts them)');
    for (const f of slowest) console.log(`${f.seconds.toFixed(1).padStart(7)}  ${f.file}${f.failed || f.broken ? '  FAILED' : ''}`);
  }

  // A file that failed to load ran no test: it counts as one failure, like an error outside any test.
  const failed = sum(files, 'failed') + files.filter((f) => f.broken && f.failed === 0).length + stages.reduce((n, s) => n + (s.unhandledErrors ?? 0), 0);
  const failedStages = stages.filter((s) => s.outcome === 'failed').map((s) => s.title);
  const unfinished = stages.filter((s) => s.outcome === 'running' || s.outcome === 'not run').map((s) => s.title);
  console.log(`\ntests: ${sum(files, 'passed')} passed, ${failed} failed, ${sum(files, 'skipped')} skipped` +
    (failedStages.length ? `; failed: ${failedStages.join(', ')}` : '') +
    (unfinished.length ? `; stopped or not run: ${unfinished.join(', ')}` : ''));
}

function finish(ok: boolean): never {
  summary();
  process.exit(ok ? 0 : 1);
}

/** Waits for a stage; the first to fail ends `npm test` (the others are stopped). */
async function must(stage: Promise<boolean>) {
  if (!(await stage)) finish(false);
}

/**
 * The browser tests' scratch site with invented Open Santé data (tests/browser/fixtureSite.ts),
 * built in a temporary folder beside everything else.
 */
function fixtureSite(s: Stage) {
  const dir = mkdtempSync(join(tmpdir(), 'usinette-fixtures-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return { dir, built: run(s, 'npx', ['tsx', 'tests/browser/fixtureSite.ts', dir], { log: `${results}/fixture-site.log` }) };
}

const started = performance.now();
const check = stage('type check');
const unit = stage('vitest unit');
const build = stage('build');
const fixtures = stage('fixture site build');
const browser = stage('vitest browser');

// On two cores one stage alone leaves a core idle much of the time (the type check, the build's
// bundling and page rendering are mostly one thread), so the stages before the browser tests
// share the cores: the type check, the unit tests and the fixture site start at once; the build
// starts when the type check has passed, since both write Astro's generated types in .astro/.
// The browser tests need the two sites and run last, by themselves (vitest.config.ts runs two
// files at a time).
const scratch = fixtureSite(fixtures);
const unitDone = must(vitest(unit, 'unit', { log: `${results}/unit.log` }));
await must(run(check, 'npx', ['astro', 'check', '--minimumSeverity', 'warning'], { log: `${results}/check.log` }));
await Promise.all([must(run(build, 'npm', ['run', 'build'], { log: `${results}/build.log` })), must(scratch.built), unitDone]);
process.env.USINETTE_FIXTURE_SITE = scratch.dir;
finish(await vitest(browser, 'browser'));
