import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdf } from '../../designs/_kit/pdf/readBack';
import { guideSchema } from '../../site/schemas/guide';
import { runCli, type CliName } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'usinette-patterns-'));
const run = (name: CliName, ...args: string[]) => runCli(name, args, { ...process.env, LANG: 'en_GB.UTF-8' });

describe('pattern exports from the command line', () => {
  it('writes a true-scale A0 sheet of the adult pleated mask', async () => {
    const out = join(dir, 'masque.pdf');
    const r = run('export', 'masque-a-plis', '--preset', 'adult', '--format', 'pdf-a0', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const pages = await readPdf(readFileSync(out));
    expect(pages).toHaveLength(1);
    expect([pages[0].widthMm, pages[0].heightMm].sort((a, b) => a - b)).toEqual([expect.closeTo(841, 2), expect.closeTo(1189, 2)]);
    const tags = new Set(pages[0].paths.map((p) => p.tag));
    expect(tags.has('cut:adult--exterieur')).toBe(true);
    expect(tags.has('cut:child--exterieur')).toBe(false);
  });

  it('refuses an out-of-range seam allowance, naming it, and writes nothing', () => {
    const out = join(dir, 'refused.pdf');
    const r = run('export', 'surblouse', '--set', 'allowance=50', '--format', 'pdf-a4', '--out', out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Seam allowance \(allowance\).*50.*5.*20/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run fabric', () => {
  it('prints each fabric, the supplies and how it computed them', () => {
    const r = run('fabric', 'masque-a-plis', '--size', 'adult', '--quantity', '10', '--width', '900');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/outer fabric: 0\.63 m/);
    expect(r.stdout).toMatch(/elastic: 3\.60 m \(10 × 2 × 180 mm\)/);
    expect(r.stdout).toMatch(/Method: bounding boxes/);
  });

  it('takes quantities per size on one layout, with quarter turns only when asked', () => {
    const r = run('fabric', 'masque-a-plis', '--quantity', 'adult=10,child=5', '--width', '900');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/5 × Child \(7 and over\), 10 × Adult \(15 items\)/);
    expect(r.stdout).toMatch(/outer fabric: 0\.81 m/);
    expect(r.stdout).toMatch(/elastic: 5\.20 m \(5 × 2 × 160 mm \+ 10 × 2 × 180 mm\)/);
    const sheet = run('fabric', 'surblouse', '--quantity', 'S=2', '--width', '1800', '--rotate', 'yes');
    expect(sheet.status, sheet.stderr).toBe(0);
    expect(sheet.stdout).toMatch(/cotton \(bed sheet\): 2\.74 m \(\d+ pieces turned a quarter turn\)/);
  });

  it('exits non-zero with a clear message for a fabric narrower than the gown body, a zero quantity or an unknown size', () => {
    const narrow = run('fabric', 'surblouse', '--size', 'XXL', '--quantity', '2', '--width', '1500', '--lang', 'fr');
    expect(narrow.status).toBe(2);
    expect(narrow.stderr).toMatch(/Laize 1500 mm.*\(taille XXL\).*1620 mm/);
    const zero = run('fabric', 'surblouse', '--quantity', '0');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/0 items in all: ask for 1 to 1000 items/);
    const size = run('fabric', 'surblouse', '--size', 'XXXL');
    expect(size.status).toBe(2);
    expect(size.stderr).toMatch(/size "XXXL".*S, M, L, XL, XXL/);
  });

  it('names the option, the value and what is allowed for every other bad input', () => {
    for (const [args, message] of [
      [['--quantity', 'M=10,XXXL=1'], /Unknown size "XXXL": sizes are S, M, L, XL, XXL/],
      [['--quantity', 'M=2.5'], /Quantity 2\.5 in size M: give a whole number from 0 to 1000/],
      [['--quantity', 'M=deux'], /Quantity "deux" in size M/],
      [['--quantity', 'M=900,L=200'], /1100 items in all: ask for 1 to 1000/],
      [['--width', 'large'], /Fabric width "large": give a width in mm, from 300 to 3200/],
      [['--rotate', 'maybe'], /--rotate "maybe": allowed values are yes .* or no/],
      [['--size', 'M', '--quantity', 'L=2'], /--size M and --quantity "L=2": give the sizes one way only/],
      [['--colour', 'red'], /unknown option --colour/],
    ] as const) {
      const r = run('fabric', 'surblouse', ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('guide schema', () => {
  const good = {
    title: 'Un guide',
    summary: 'Un résumé assez long pour passer.',
    design: 'surblouse',
    updated: new Date('2026-01-01'),
    estimatedMinutes: { cutting: 10, sewing: 20 },
    materials: {
      accepted: [{ name: { fr: 'Coton', en: 'Cotton' }, why: { fr: 'Demandé', en: 'Asked for' }, source: 1 }],
      refused: [{ name: { fr: 'Nylon', en: 'Nylon' }, why: { fr: 'Pas 60 °C', en: 'Not 60 °C' }, source: 1 }],
    },
    sources: [{ title: 'Une source', url: 'https://example.org/' }],
    figures: { size: 'M', steps: [{ step: 1, caption: { fr: 'Le corps', en: 'The body' }, pieces: [{ piece: 'corps', face: 'right' }], actions: [{ do: 'cut', piece: 'corps', edge: 'outline' }] }] },
  };

  it('accepts a guide whose materials cite its sources', () => {
    expect(guideSchema.safeParse(good).success).toBe(true);
  });

  it('names the field when a material cites a source that is not listed, or sources are missing', () => {
    const bad = guideSchema.safeParse({ ...good, materials: { ...good.materials, refused: [{ ...good.materials.refused[0], source: 3 }] } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].path).toEqual(['materials', 'refused', 0, 'source']);
    const none = guideSchema.safeParse({ ...good, sources: [] });
    expect(none.success).toBe(false);
    if (!none.success) expect(none.error.issues[0].path).toEqual(['sources']);
  });
});
