// The export CLI's plates: --printer, --copies N, --plate full; a 3MF with one object
// per copy and the design's settings; a plate that cannot be made is refused with status 2 and
// no file.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPrusaConfig, readThreeMf } from '../../designs/_kit/threemfCheck';
import { PRUSA_CONFIG_PATH } from '../../designs/_kit/threemf';
import { paramFileText } from '../../designs/_kit/paramFile';
import { runCli } from '../helpers/cli';

const cli = (...args: string[]) =>
  runCli('export', args, { ...process.env, LANG: 'en_GB.UTF-8' });

describe('export: plates', () => {
  it('--plate full writes a full plate for the default printer, named after it, with the settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-plate-'));
    const r = cli('attache-masque', '--plate', 'full', '--out', `${dir}/`);
    expect(r.status, r.stderr).toBe(0);
    const path = join(dir, 'attache-masque--defaut--plateau-mk4.3mf');
    const file = readThreeMf(readFileSync(path));
    expect(file.objects).toHaveLength(10);
    expect(readPrusaConfig(file.files[PRUSA_CONFIG_PATH])).toMatchObject({ layer_height: '0.2', perimeters: '2', fill_density: '100%' });
    expect(r.stdout).toMatch(/10 copies on Original Prusa MK4 \/ MK4S \(10 at most\)/);
    expect(r.stdout).toMatch(/per part: ≈ .* cm³.*\n\s+plate: ≈ .* cm³/);
  });

  it('--printer mini --copies 3 writes three copies; a parameter file gives its plate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-plate-'));
    const r = cli('crochet-charlotte', '--printer', 'mini', '--copies', '3', '--out', join(dir, 'hooks.3mf'));
    expect(r.status, r.stderr).toBe(0);
    expect(readThreeMf(readFileSync(join(dir, 'hooks.3mf'))).objects).toHaveLength(3);
    const params = join(dir, 'p.json');
    writeFileSync(params, paramFileText('crochet-charlotte', {}, { printer: 'a1', copies: 4 }));
    const f = cli('crochet-charlotte', '--params', params, '--out', `${dir}/`);
    expect(f.status, f.stderr).toBe(0);
    expect(readThreeMf(readFileSync(join(dir, 'crochet-charlotte--defaut--plateau-a1-x4.3mf'))).objects).toHaveLength(4);
  });

  it.each([
    [['visiere-serre-tete', '--printer', 'mini'], /is larger than the Original Prusa MINI \/ MINI\+'s bed \(180 × 180 mm\)/],
    [['attache-masque', '--printer', 'mk4', '--copies', '11'], /11 copies do not fit on the Original Prusa MK4 \/ MK4S's bed \(250 × 210 mm\): 10 at most/],
    [['attache-masque', '--printer', 'prusa'], /Unknown printer "prusa"; printers: mk4, mk3s, mini, ender3, a1, p1s/],
    [['attache-masque', '--copies', '0'], /Copies "0" refused: a whole number from 1 to 200/],
    [['attache-masque', '--plate', '12'], /--plate "12": allowed values are full \(a full plate; for a number, --copies N\)/],
    [['attache-masque', '--plate', 'full', '--format', 'stl'], /a plate is written as 3MF \(one object per copy\), not stl/],
    [['visiere-feuille', '--plate', 'full'], /visiere-feuille has no 3MF file: no plate/],
  ])('%j is refused with status 2 and no file', (args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-plate-'));
    const r = cli(...args, '--out', `${dir}/`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/no file written/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says it in French, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usinette-plate-'));
    const r = cli('visiere-serre-tete', '--printer', 'mini', '--lang', 'fr', '--out', join(dir, 'x.3mf'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^erreur : La pièce \(.* mm, plus 5 mm de marge\) est plus grande que le plateau de l’imprimante Original Prusa MINI/);
    expect(existsSync(join(dir, 'x.3mf'))).toBe(false);
  });
});
