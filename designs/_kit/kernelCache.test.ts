import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import visor from '../visiere-serre-tete/design';
import { loadKernel, type Kernel } from './kernel';
import { evaluateModel, formatOf } from './export';
import { runCli } from '../../tests/helpers/cli';

// The kernel keeps evaluated subtrees across evaluations (kernel.ts). A file must not depend on
// what was evaluated before it: the customizer's worker goes A → B → A, the CLI starts afresh.
let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadKernel();
});

async function stlHere(input: Record<string, string>) {
  const run = visor.run(input);
  if (!run.ok) throw new Error('refused');
  return Buffer.from(await formatOf('stl').write(evaluateModel(kernel, visor, run.values, run.model)));
}

function stlFromCli(input: Record<string, string>) {
  const out = join(mkdtempSync(join(tmpdir(), 'usinette-cache-')), 'band.stl');
  const sets = Object.entries(input).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
  const r = runCli('export', ['visiere-serre-tete', ...sets, '--out', out]);
  if (r.status !== 0) throw new Error(r.stderr);
  return readFileSync(out);
}

describe('kernel cache', () => {
  it('changes A → B → A give the CLI’s bytes for A and for B', async () => {
    const a = { headCircumference: '600', bandHeight: '16' };
    // B keeps most of A (pins, web, plan outline): its subtrees come from the cache.
    const b = { headCircumference: '600', bandHeight: '22' };
    const first = await stlHere(a);
    const middle = await stlHere(b);
    const again = await stlHere(a);
    const cliA = stlFromCli(a);
    expect(first.equals(cliA)).toBe(true);
    expect(again.equals(cliA)).toBe(true);
    expect(middle.equals(stlFromCli(b))).toBe(true);
    expect(middle.equals(cliA)).toBe(false);
  });
});
