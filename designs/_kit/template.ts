import type { ExportContext } from './evaluate';
import type { Format } from './format';
import type { Outline } from './kernel';
import type { Item, PaperId, Pt } from './pdf';

/*
 * True-scale paper templates of a design's cut outlines, for makers without a laser cutter:
 * print at 100 %, check the 50 mm square, tape the pages, lay the material on it, cut along
 * the line and punch or drill at each cross. Built on the shared PDF kit (tiling, calibration
 * squares, assembly page), so it prints like the sewing patterns.
 */

const signedArea = (ring: [number, number][]) =>
  ring.reduce((s, [x, y], i) => s + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0) / 2;

/** Centre and radius of a hole ring when it is a circle (a punched or drilled hole), else undefined. */
function circleOf(ring: [number, number][]): { c: Pt; r: number } | undefined {
  const c: Pt = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
  const radii = ring.map(([x, y]) => Math.hypot(x - c[0], y - c[1]));
  const r = radii.reduce((s, v) => s + v, 0) / radii.length;
  return ring.length >= 12 && Math.max(...radii) - Math.min(...radii) < 0.02 * r + 0.01 ? { c, r } : undefined;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** Cut lines, a cross on every round hole with its diameter, and each part's name. */
export function templateItems(outlines: { name: string; label: { fr: string; en: string }; outline: Outline }[]): Item[] {
  const items: Item[] = [];
  let dx = 0;
  for (const part of outlines) {
    const xs = part.outline.flat().map((p) => p[0]);
    const ys = part.outline.flat().map((p) => p[1]);
    // Parts side by side, 10 mm apart, in drawing millimetres.
    const shift = dx - Math.min(...xs);
    const at = ([x, y]: [number, number]): Pt => [x + shift, y];
    for (const ring of part.outline) {
      items.push({ kind: 'path', tag: `cut-${part.name}`, points: ring.map(at), closed: true, stroke: { width: 0.3 } });
      const hole = signedArea(ring) < 0 ? circleOf(ring) : undefined;
      if (!hole) continue;
      const [cx, cy] = at(hole.c);
      const arm = hole.r + 3;
      items.push(
        { kind: 'path', tag: `hole-${part.name}`, points: [[cx - arm, cy], [cx + arm, cy]], closed: false, stroke: { width: 0.2 } },
        { kind: 'path', tag: `hole-${part.name}`, points: [[cx, cy - arm], [cx, cy + arm]], closed: false, stroke: { width: 0.2 } },
        { kind: 'text', tag: 'hole-label', at: [cx + arm + 1, cy - 4], text: `Ø ${fmt(2 * hole.r)} mm`, size: 2.6 },
      );
    }
    const midX = (Math.min(...xs) + Math.max(...xs)) / 2 + shift;
    const midY = (Math.min(...ys) + Math.max(...ys)) / 2;
    items.push({ kind: 'text', tag: 'part-label', at: [midX, midY], text: `${part.label.fr} / ${part.label.en}`, size: 5, align: 'center' });
    dx += Math.max(...xs) - Math.min(...xs) + 10;
  }
  return items;
}

async function writeTemplate(ctx: ExportContext, paper: PaperId): Promise<Uint8Array> {
  if (ctx.outlines.length === 0) throw new Error('PDF template: the model has no 2D outline to print.');
  const title = `${ctx.title.fr} / ${ctx.title.en} - gabarit à l'échelle 1 / true-scale template`;
  // pdf-lib is loaded on first use, as for the sewing patterns.
  const { tiledPdf } = await import('./pdf');
  return (await tiledPdf(templateItems(ctx.outlines), { paper, title })).bytes;
}

/** Templates on A4 and US Letter: the two papers makers have at home. */
export const TEMPLATE_FORMATS: Format[] = [
  { id: 'gabarit-a4', label: 'PDF A4 (gabarit / template)', extension: 'gabarit-a4.pdf', mime: 'application/pdf', write: (ctx) => writeTemplate(ctx, 'a4') },
  { id: 'gabarit-letter', label: 'PDF US Letter (gabarit / template)', extension: 'gabarit-letter.pdf', mime: 'application/pdf', write: (ctx) => writeTemplate(ctx, 'letter') },
];
