// The CLI tests run the bundles of tests/helpers/cli.ts: here the bundle must answer as the
// npm scripts do (through tsx, from source), with the same status, the same words and the same
// file bytes, for help, a refusal, a mesh, a PDF pattern and the fabric calculator.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliName } from '../helpers/cli';

const env = { ...process.env, LANG: 'en_GB.UTF-8' };
const fromSource = (name: CliName, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], { encoding: 'utf8', env });

/** Runs both with `args` (OUT stands for a file path, one per run) and returns what each answered and wrote. */
function both(name: CliName, args: string[]) {
  return [fromSource, (n: CliName, a: string[]) => runCli(n, a, env)].map((run) => {
    const out = join(mkdtempSync(join(tmpdir(), 'usinette-bundle-')), args.find((a) => a.startsWith('OUT'))?.slice(3) ?? 'none');
    const r = run(name, args.map((a) => (a.startsWith('OUT') ? out : a)));
    let bytes: string | undefined;
    try {
      bytes = readFileSync(out).toString('base64');
    } catch {
      bytes = undefined;
    }
    return { status: r.status, stdout: r.stdout.replaceAll(out, 'OUT'), stderr: r.stderr, bytes };
  });
}

describe('the CLI bundles the tests run', () => {
  it.each([
    ['export', ['--help']],
    ['export', ['visiere-serre-tete', '--set', 'bandHeight=99', '--out', 'OUT.stl']],
    ['export', ['attache-masque', '--set', 'length=150', '--out', 'OUT.stl']],
    ['export', ['surblouse', '--format', 'pdf-a4', '--out', 'OUT.pdf']],
    ['fabric', ['masque-a-plis', '--quantity', 'adult=10,child=5', '--width', '900']],
  ] as [CliName, string[]][])('%s %j answers as the npm script does', (name, args) => {
    const [source, bundle] = both(name, args);
    expect(source.status).not.toBeNull();
    expect(bundle).toEqual(source);
  });
});
