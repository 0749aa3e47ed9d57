// The export CLI's files: the format follows --out's name, presets are the design's
// own, a trailing slash names a folder, parameter files read as on the page, and every message
// follows the language.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBinaryStl } from '../../designs/_kit/meshCheck';
import { paramFileText } from '../../designs/_kit/paramFile';
import { runCli } from '../helpers/cli';

const cli = (env: Record<string, string>, ...args: string[]) =>
  runCli('export', args, { ...process.env, LANG: 'en_GB.UTF-8', ...env });
const en = (...args: string[]) => cli({}, ...args);

/** What a file's first bytes say it is. */
function kindOf(path: string): string {
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, 5).toString('latin1');
  if (head.startsWith('PK')) return '3mf';
  if (head === '%PDF-') return 'pdf';
  const text = bytes.subarray(0, 200).toString('utf8');
  if (/<svg|<\?xml/.test(text)) return 'svg';
  if (/\n\s*0\n\s*SECTION\n/.test(text)) return 'dxf';
  if (bytes.byteLength === 84 + 50 * readBinaryStl(bytes).count) return 'stl';
  return 'unknown';
}

describe('export: the format follows --out', () => {
  it.each([
    ['visiere-serre-tete', 'band.3mf', '3mf'],
    ['visiere-serre-tete', 'band.stl', 'stl'],
    ['visiere-feuille', 'sheet.dxf', 'dxf'],
    ['visiere-feuille', 'sheet.svg', 'svg'],
    ['attache-masque', 'saver.SVG', 'svg'],
    ['surblouse', 'gown.pdf', 'pdf'],
    ['surblouse', 'gown.patron.svg', 'svg'],
  ])('%s --out %s writes %s', (slug, name, kind) => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-ext-'));
    const r = en(slug, '--out', join(dir, name));
    expect(r.status, r.stderr).toBe(0);
    expect(kindOf(join(dir, name))).toBe(kind);
  });

  it.each([
    [['visiere-serre-tete'], 'x.svg', /--out ends in \.svg, a format visiere-serre-tete does not have; formats: stl \(\.stl\), 3mf \(\.3mf\)/],
    [['visiere-feuille'], 'x.stl', /--out ends in \.stl, a format visiere-feuille does not have; formats: .*svg \(\.svg\)/],
    [['surblouse'], 'x.stl', /--out ends in \.stl, a format surblouse does not have; formats: .*pdf/],
    [['attache-masque', '--format', 'svg'], 'x.stl', /--format svg writes a \.svg file but --out ends in \.stl; make them agree/],
    [['attache-masque'], 'x.txt', /--out ends in \.txt, a format attache-masque does not have/],
    [['masque-a-plis', '--format', 'pdf-a0'], 'x.a4.pdf', /--format pdf-a0 writes a \.a0\.pdf file but --out ends in \.a4\.pdf/],
  ])('%j --out %s is refused with exit status 2, the formats, and no file', (args, name, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-ext-'));
    const r = en(...args, '--out', join(dir, name));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps --format with a matching extension, and the default name inside a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-ext-'));
    expect(en('masque-a-plis', '--format', 'pdf-a0', '--out', join(dir, 'a0.pdf')).status).toBe(0);
    expect(en('attache-masque', '--format', 'dxf', '--out', dir).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a0.pdf', 'attache-masque--defaut.dxf']);
  });
});

describe('export: presets and parameters are the design’s own', () => {
  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('--preset %s is refused as unknown', (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-preset-'));
    const r = en('visiere-serre-tete', '--preset', name, '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`unknown preset "${name}" for visiere-serre-tete; presets: `);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses --set __proto__=5 like any unknown parameter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-proto-'));
    const r = en('visiere-serre-tete', '--set', '__proto__=5', '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown parameter "__proto__" \(value "5"\); known parameters: headCircumference/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('export: --out with a trailing slash is a folder', () => {
  it('says a missing folder does not exist, exits 2 and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-slash-'));
    const r = cli({ INIT_CWD: dir }, 'visiere-serre-tete', '--out', 'newdir/');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out newdir\/: the directory .*newdir does not exist; create it, or give a file path/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('export: parameter files are read as the page reads them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'usinette-pfile-'));
  it('accepts a UTF-8 byte-order mark', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${paramFileText('attache-masque', { length: 150 })}`);
    const r = en('attache-masque', '--params', file, '--out', join(dir, 'bom.stl'));
    expect(r.status, r.stderr).toBe(0);
  });

  it('refuses a "preset" inside values, saying a file holds values', () => {
    const file = join(dir, 'preset.json');
    writeFileSync(file, paramFileText('attache-masque', { preset: 'court' }));
    const r = en('attache-masque', '--params', file, '--out', join(dir, 'preset.stl'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"values" holds "preset": a parameter file gives the values themselves, not a preset name/);
    expect(existsSync(join(dir, 'preset.stl'))).toBe(false);
  });

  it('refuses an oversized file before reading its values', () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, paramFileText('attache-masque', { label: 'x'.repeat(70_000) }));
    const r = en('attache-masque', '--params', file, '--out', join(dir, 'big.stl'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/too large for a parameter file \(64 kB at most\)/);
  });

  it('names a JSON number too large to read instead of "null" or "Infinity"', () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, paramFileText('attache-masque', { length: 1 }).replace('"length": 1', '"length": 1e309'));
    const r = en('attache-masque', '--params', file, '--out', join(dir, 'huge.stl'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"length": number too large to read/);
    expect(r.stderr).not.toMatch(/null|Infinity/);
  });
});

describe('export: messages', () => {
  it('speaks French under LANG=fr, wrapper lines included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-fr-'));
    const bad = cli({ LANG: 'fr_FR.UTF-8' }, 'visiere-serre-tete', '--preset', 'toString', '--out', dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^erreur : préréglage inconnu « toString » pour visiere-serre-tete ; préréglages : /);
    expect(bad.stderr).toContain('(aucun fichier écrit ; lancez avec --help pour les modèles, paramètres et préréglages)');
    expect(bad.stderr).not.toMatch(/error:|no file written/);
    const good = cli({ LANG: 'fr_FR.UTF-8' }, 'attache-masque', '--out', dir);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/\n {2}\d+ octets, [\d,]+ × [\d,]+ × [\d,]+ mm, \d+ triangles/);
    expect(cli({ LANG: 'fr_FR.UTF-8' }, '--help').stdout).toMatch(/^Usage : npm run export -- <modèle>/);
  });

  it('reports -0 as -0, a 10,000-digit value by its digits, and cuts long echoes saying so', () => {
    const minus = en('visiere-serre-tete', '--set', 'headCircumference=-0');
    expect(minus.stderr).toMatch(/\(headCircumference\) is -0: the value must be between 500 and 640 mm/);
    const digits = en('visiere-serre-tete', '--set', `headCircumference=${'9'.repeat(10_000)}`);
    expect(digits.status).toBe(2);
    expect(digits.stderr).toMatch(/\(headCircumference\) is 9{60}… \[cut: 10,000 characters\]: the value must be between 500 and 640 mm/);
    expect(digits.stderr).not.toContain('Infinity');
    const long = en('visiere-serre-tete', '--set', `sheetPattern=${'a'.repeat(30_000)}`);
    expect(long.stderr).toContain(`"${'a'.repeat(60)}… [cut: 30,000 characters]"`);
    expect(long.stderr.length).toBeLessThan(2000);
    const fr = cli({ LANG: 'fr_FR.UTF-8' }, 'visiere-serre-tete', '--set', `sheetPattern=${'a'.repeat(30_000)}`);
    expect(fr.stderr).toContain(`« ${'a'.repeat(60)}… [coupé : 30\u202f000 caractères] »`);
  });

  it('says hooks overlap rather than leave a negative length, with plurals right', () => {
    const r = en('attache-masque', '--set', 'hookCount=6', '--set', 'hookPitch=25', '--set', 'length=100');
    expect(r.stderr).toMatch(/6 hooks at a 25 mm pitch at each end overlap by \d+ mm in the middle of a 100 mm strap/);
    expect(r.stderr).not.toMatch(/-\d+ mm/);
  });
});
