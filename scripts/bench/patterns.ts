// Sewing patterns: generation (parse + build + Clipper2 outlines) and each export per
// pattern with all sizes, and the target case: a tiled A4 PDF of every gown size (< 2 s here).
import { designs } from '../../designs';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { isPattern, fabricEstimate } from '../../designs/_kit/pattern';
import type { NumberSpec } from '../../designs/_kit/params';
import blouse from '../../designs/surblouse/design';
import { time, statCells, type BenchTable } from './lib';

const COLUMNS = ['measure', 'median ms', 'min ms', 'max ms', 'runs'];

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
    {
      title: 'Sewing patterns in Node',
      columns: COLUMNS,
      rows,
      note: 'Target: a tiled A4 PDF of all gown sizes (generation + PDF) under 2 s on this machine.',
    },
  ];
}
