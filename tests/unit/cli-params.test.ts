// The CLI's parameter-set files and material line.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBinaryStl } from '../../designs/_kit/meshCheck';
import { paramFileText } from '../../designs/_kit/paramFile';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'usinette-params-'));
const cli = (...args: string[]) =>
  runCli('export', args, { ...process.env, LANG: 'en_GB.UTF-8' });

const lengthOf = (path: string) => {
  const v = readBinaryStl(readFileSync(path)).vertices;
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < v.length; i += 3) (min = Math.min(min, v[i])), (max = Math.max(max, v[i]));
  return max - min;
};

describe('npm run export --params', () => {
  it('applies a saved parameter set, lets --set override it, and prints the material estimate', () => {
    const file = join(dir, 'saver.json');
    writeFileSync(file, paramFileText('attache-masque', { length: 150, hookCount: 2 }));
    const a = join(dir, 'a.stl');
    const r = cli('attache-masque', '--params', file, '--out', a);
    expect(r.status, r.stderr).toBe(0);
    expect(lengthOf(a)).toBeCloseTo(150, 3);
    expect(r.stdout).toMatch(/PLA [\d.]+ g · PETG [\d.]+ g · [\d.]+ m of 1\.75 mm filament/);
    const b = join(dir, 'b.stl');
    expect(cli('attache-masque', '--params', file, '--set', 'length=200', '--out', b).status).toBe(0);
    expect(lengthOf(b)).toBeCloseTo(200, 3);
  });

  it('refuses a file for another design or with bad values, exit code 2, no file', () => {
    const file = join(dir, 'other.json');
    writeFileSync(file, paramFileText('visiere-serre-tete', {}));
    const r = cli('attache-masque', '--params', file, '--out', join(dir, 'x.stl'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/for the design "visiere-serre-tete", not "attache-masque"/);
    writeFileSync(file, paramFileText('attache-masque', { label: 'Zoé' }));
    const bad = cli('attache-masque', '--params', file, '--out', join(dir, 'y.stl'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"é" cannot be drawn/);
    expect(cli('attache-masque', '--params', join(dir, 'missing.json')).status).toBe(2);
  });
});
