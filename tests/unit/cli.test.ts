import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { designs } from '../../designs';
import { parseArgs } from '../../scripts/export';
import { readBinaryStl, edgeReport, isClosedManifold } from '../../designs/_kit/meshCheck';

const dir = mkdtempSync(join(tmpdir(), 'usinette-cli-'));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } });

describe('npm run export', () => {
  it('--help lists every design with its parameters, ranges and presets', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    for (const d of designs) {
      expect(r.stdout).toContain(d.slug);
      for (const name of Object.keys(d.params)) expect(r.stdout).toContain(name);
      for (const preset of Object.keys(d.presets)) expect(r.stdout).toContain(preset);
    }
    expect(r.stdout).toMatch(/headCircumference\s+500–640 mm/);
  });

  it('writes a closed STL with the chosen preset and values', () => {
    const out = join(dir, 'band.stl');
    const r = cli('visiere-serre-tete', '--preset', 'leger', '--set', 'headCircumference= 590 ', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const stl = readBinaryStl(readFileSync(out));
    expect(isClosedManifold(edgeReport(stl.vertices))).toBe(true);
    let maxZ = 0;
    for (let i = 2; i < stl.vertices.length; i += 3) maxZ = Math.max(maxZ, stl.vertices[i]);
    expect(maxZ).toBeCloseTo(15, 3);
  });

  it.each([
    [['visiere-serre-tete', '--set', 'bandHeight=99'], /Band height \(bandHeight\) is 99: the value must be between 10 and 30 mm/],
    [['visiere-serre-tete', '--set', 'standoff=5e2', '--set', 'size=L'], /Unknown parameter "size"[\s\S]*standoff\) is "5e2": a plain decimal number/],
    [['visiere-serre-tete', '--preset', 'huge'], /unknown preset "huge"/],
    [['visiere-serre-tete', '--format', 'obj'], /format "obj" is not offered/],
    [['no-such-design'], /unknown design "no-such-design"/],
    [['visiere-serre-tete', '--set', 'bandHeight'], /--set expects key=value/],
  ])('refuses %j with a clear message, a non-zero exit and no file', (args, message) => {
    const out = join(dir, `refused-${Math.random()}.stl`);
    const r = cli(...args, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('parses its arguments strictly', () => {
    expect(parseArgs(['visiere-serre-tete', '--set', 'a=b=c']).sets).toEqual([['a', 'b=c']]);
    expect(() => parseArgs(['x', '--out'])).toThrow(/--out needs a value/);
    expect(() => parseArgs(['x', '--frobnicate'])).toThrow(/unknown option --frobnicate/);
    expect(() => parseArgs(['x', 'y'])).toThrow(/unexpected argument "y"/);
  });
});
