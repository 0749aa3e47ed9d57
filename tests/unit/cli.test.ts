import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { designs } from '../../designs';
import { parseArgs } from '../../scripts/export';
import { readBinaryStl, edgeReport, isClosedManifold } from '../../designs/_kit/meshCheck';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'usinette-cli-'));
const cli = (...args: string[]) => cliIn({}, ...args);
const cliIn = (env: Record<string, string>, ...args: string[]) =>
  runCli('export', args, { ...process.env, LANG: 'en_GB.UTF-8', ...env });

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

  it('names the file after the values, whatever options gave them', () => {
    const into = mkdtempSync(join(tmpdir(), 'usinette-cli-names-'));
    // A preset's values set one by one are that preset; a preset changed is "perso".
    expect(cli('visiere-serre-tete', '--set', 'headCircumference=600', '--out', into).status).toBe(0);
    expect(cli('visiere-serre-tete', '--preset', 'leger', '--set', 'bandHeight=16', '--out', into).status).toBe(0);
    expect(readdirSync(into).sort()).toEqual(['visiere-serre-tete--a4-4-l.stl', 'visiere-serre-tete--perso.stl']);
  });

  it.each([
    [['visiere-serre-tete', '--set', 'bandHeight=99'], /Band height \(bandHeight\) is 99: the value must be between 10 and 30 mm/],
    [['visiere-serre-tete', '--set', 'standoff=5e2', '--set', 'size=L'], /Unknown parameter "size"[\s\S]*standoff\) is "5e2": a plain number/],
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

  it('writes the default file name inside --out when it is an existing directory', () => {
    const into = mkdtempSync(join(dir, 'into-'));
    const r = cli('visiere-serre-tete', '--out', into);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(into)).toEqual(['visiere-serre-tete--defaut.stl']);
  });

  it('refuses an --out in a missing directory as a usage error naming --out, and writes nothing', () => {
    const missing = join(dir, 'no-such-dir', 'x.stl');
    const r = cli('visiere-serre-tete', '--out', missing);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: --out .*no-such-dir\/x\.stl: the directory .* does not exist; give a file path in an existing directory/);
    expect(r.stderr).not.toMatch(/internal error|ENOENT/);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('reads a relative --out and the default name against the caller\'s directory (INIT_CWD under npm run)', () => {
    const caller = mkdtempSync(join(dir, 'caller-'));
    mkdirSync(join(caller, 'sub'));
    expect(cliIn({ INIT_CWD: caller }, 'visiere-serre-tete', '--out', 'sub/band.stl').status).toBe(0);
    expect(existsSync(join(caller, 'sub', 'band.stl'))).toBe(true);
    expect(cliIn({ INIT_CWD: caller }, 'visiere-serre-tete').status).toBe(0);
    expect(existsSync(join(caller, 'visiere-serre-tete--defaut.stl'))).toBe(true);
  });

  it('parses its arguments strictly', () => {
    expect(parseArgs(['visiere-serre-tete', '--set', 'a=b=c']).sets).toEqual([['a', 'b=c']]);
    expect(() => parseArgs(['x', '--out'])).toThrow(/--out needs a value/);
    expect(() => parseArgs(['x', '--frobnicate'])).toThrow(/unknown option --frobnicate/);
    expect(() => parseArgs(['x', 'y'])).toThrow(/unexpected argument "y"/);
  });

  it('refuses an unknown option or a missing value with exit status 2, naming the option and what is allowed', () => {
    const unknown = cli('visiere-serre-tete', '--colour', 'red', '--out', join(dir, 'colour.stl'));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown option --colour; options: --preset, --params, --set, --format, --out, .*--lang, --help\n\(no file written; run with --help/);
    expect(existsSync(join(dir, 'colour.stl'))).toBe(false);
    const missing = cliIn({ LANG: 'fr_FR.UTF-8' }, 'visiere-serre-tete', '--preset');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^erreur : --preset attend une valeur : le nom d’un préréglage \(voir --help\)\n/);
    const lang = cli('visiere-serre-tete', '--lang', 'de');
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/--lang "de": allowed values are fr or en/);
  });
});
