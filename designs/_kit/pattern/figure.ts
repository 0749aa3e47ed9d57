import { loadKernel, outlineOf } from '../kernel';
import type { Item } from '../pdf/drawing';
import { sizeKey, type PatternDesign } from './define';
import { patternItems } from './drawing';
import { cutShape } from './piece';
import { drawingSvg } from './svg';

/** What a step's figure can bring forward: the lines of the pattern drawing, by kind. */
export type FigureLine = 'cut' | 'seam' | 'fold' | 'mark' | 'notch' | 'grain';

export interface FigureOptions {
  size: string;
  /** Piece names to show; all when absent. */
  pieces?: string[];
  /** Lines drawn strong; the others stay light grey for context. */
  highlight: FigureLine[];
  /** Accessible name of the figure. */
  title: string;
}

const ACCENT: [number, number, number] = [0.75, 0.1, 0.1];
const CONTEXT: [number, number, number] = [0.6, 0.6, 0.6];

/**
 * A sewing step's diagram, drawn from the pattern itself (same pieces, same cut lines from the
 * kernel), so the guide cannot drift from the pattern. Returns inline SVG markup.
 */
export async function figureSvg(design: PatternDesign, o: FigureOptions): Promise<string> {
  const { pattern } = design;
  if (!(o.size in pattern.sizes)) throw new Error(`${design.slug}: unknown size "${o.size}" in a guide figure`);
  const values = { ...design.defaults, ...Object.fromEntries(Object.keys(pattern.sizes).map((s) => [sizeKey(s), s === o.size])) };
  const all = pattern.layout(values);
  const placed = all.filter((p) => !o.pieces || o.pieces.includes(p.piece.name));
  const unknown = (o.pieces ?? []).filter((name) => !placed.some((p) => p.piece.name === name));
  if (unknown.length) throw new Error(`${design.slug}: unknown piece(s) ${unknown.join(', ')} in a guide figure`);
  const k = await loadKernel();
  const outlines = all.map((p) => ({ name: p.part, label: p.piece.label, outline: outlineOf(k, cutShape(p.piece, pattern.allowance(values))) }));
  const parts = new Set(placed.map((p) => p.part));
  const items: Item[] = patternItems(all, outlines)
    .filter((it) => it.kind === 'path' && parts.has(it.tag.slice(it.tag.indexOf(':') + 1)))
    .map((it) => {
      const kind = it.tag.split(':')[0] as FigureLine;
      if (it.kind !== 'path') return it;
      return o.highlight.includes(kind)
        ? { ...it, stroke: { ...it.stroke, width: 2.5, color: ACCENT } }
        : { ...it, stroke: { ...it.stroke, width: 1, color: CONTEXT } };
    });
  return drawingSvg(items, o.title, { fluid: true });
}
