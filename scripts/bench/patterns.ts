// Sewing patterns: generation (parse + build + Clipper2 outlines) and each export per
// pattern with all sizes, and the target case: a tiled A4 PDF of every gown size (< 2 s here).
import { designs } from '../../designs';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { isPattern, fabricEstimate, sizeKey } from '../../designs/_kit/pattern';
import type { FormatId } from '../../designs/_kit';
import { PDFDocument } from 'pdf-lib';
import type { NumberSpec } from '../../designs/_kit/params';
import blouse from '../../designs/surblouse/design';
import { time, statCells, ms, type BenchTable } from './lib';

const COLUMNS = ['measure', 'median ms', 'min ms', 'max ms', 'runs'];

/**
 * Pages of each tiled PDF before the cutting table, measured on main at b24945b:
 * every piece was traced and tiled. Keyed `slug/sizes/format`, sizes "all" or one size.
 */
const PAGES_BEFORE: Record<string, number> = Object.fromEntries(
  [
    'masque-a-plis all 6 6 1', 'masque-a-plis child 5 5 1', 'masque-a-plis adult 5 5 1',
    'masque-bec-de-canard all 6 6 1', 'masque-bec-de-canard child48 5 5 1', 'masque-bec-de-canard child814 6 5 1',
    'masque-bec-de-canard adult 6 5 1', 'masque-bec-de-canard large 6 6 1',
    'surblouse all 38 42 -', 'surblouse S 24 26 -', 'surblouse M 33 36 -', 'surblouse L 33 38 -', 'surblouse XL 33 38 -', 'surblouse XXL 33 38 -',
    'charlotte all 7 7 1', 'charlotte child 5 7 1', 'charlotte adult 7 7 1',
  ].flatMap((line) => {
    const [slug, sizes, a4, letter, a0] = line.split(' ');
    return [[`${slug}/${sizes}/pdf-a4`, Number(a4)], [`${slug}/${sizes}/pdf-letter`, Number(letter)], [`${slug}/${sizes}/pdf-a0`, Number(a0)]];
  }),
);

/** Pages per pattern, size choice and PDF format, before and now, and the time to write each file. */
async function pageCounts(k: Awaited<ReturnType<typeof loadKernel>>): Promise<BenchTable> {
  const rows: (string | number)[][] = [];
  for (const design of designs.filter(isPattern)) {
    const ids = Object.keys(design.pattern.sizes);
    for (const sizes of ['all', ...ids]) {
      const r = design.run(sizes === 'all' ? {} : Object.fromEntries(ids.map((s) => [sizeKey(s), s === sizes])));
      if (!r.ok) throw new Error('refused');
      const ctx = evaluateModel(k, design, r.values, r.model);
      for (const format of design.formats.filter((f): f is FormatId => f.startsWith('pdf'))) {
        const bytes = await formatOf(format).write(ctx);
        const pages = (await PDFDocument.load(bytes)).getPageCount();
        const write = await time(() => formatOf(format).write(ctx), 3, 1);
        rows.push([design.slug, sizes, format, PAGES_BEFORE[`${design.slug}/${sizes}/${format}`] ?? '-', pages, ms(write.median)]);
      }
    }
  }
  return {
    title: 'Sewing-pattern PDFs: pages before (every piece tiled) and now (pieces given by their dimensions in a cutting table and diagram)',
    columns: ['pattern', 'sizes', 'format', 'pages before', 'pages now', 'write ms (median of 3)'],
    rows,
    note: 'Target: a size-M gown on at most 6 A4 or Letter pages; a mask on 1 or 2; the cap (cut by its radius) on at most 6.',
  };
}

export async function bench(): Promise<BenchTable[]> {
  const k = await loadKernel();
  const rows: (string | number)[][] = [];
  for (const design of designs.filter(isPattern)) {
    let i = 0;
    // Alternate the allowance, within this pattern's bounds, so no layer can serve a cached answer.
    const bounds = design.params.allowance as NumberSpec;
    const input = () => ({ allowance: String(Math.min(bounds.max, bounds.min + (i++ % 5))) });
    const generate = await time(() => {
      const r = design.run(input());
      if (!r.ok) throw new Error('refused');
      return evaluateModel(k, design, r.values, r.model);
    }, 8, 1);
    rows.push([`${design.slug}: generation, all sizes`, ...statCells(generate)]);
    const r = design.run({});
    if (!r.ok) throw new Error('refused');
    const ctx = evaluateModel(k, design, r.values, r.model);
    for (const format of design.formats) {
      rows.push([`${design.slug}: ${format}, all sizes`, ...statCells(await time(() => formatOf(format).write(ctx), 5, 1))]);
    }
  }
  const gownA4 = await time(async () => {
    const r = blouse.run({});
    if (!r.ok) throw new Error('refused');
    return formatOf('pdf-a4').write(evaluateModel(k, blouse, r.values, r.model));
  }, 5, 1);
  rows.push(['surblouse: S–XXL → tiled A4 PDF, end to end', ...statCells(gownA4)]);
  // The calculator's heaviest case: 1,000 gowns of mixed sizes (7,000 boxes), pieces free to turn.
  const mix = { S: 200, M: 300, L: 300, XL: 100, XXL: 100 };
  const fabric = await time(() => fabricEstimate(blouse.pattern, blouse.defaults, mix, 2400, { rotate: true }), 5, 1);
  rows.push(['surblouse: fabric for 1,000 gowns of mixed sizes, 240 cm, turns allowed', ...statCells(fabric)]);
  return [
    await pageCounts(k),
    {
      title: 'Sewing patterns in Node',
      columns: COLUMNS,
      rows,
      note: 'Target: a tiled A4 PDF of all gown sizes (generation + PDF) under 2 s on this machine.',
    },
  ];
}
