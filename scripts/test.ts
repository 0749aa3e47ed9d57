// `npm test`: type check, unit and geometry tests, a full build, then the browser tests on
// the built site. Stops at the first failing stage and exits non-zero.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';

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

run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
vitest('unit');
run('build', 'npm', ['run', 'build']);
vitest('browser');
summary();
if (total.failed > 0) process.exit(1);
