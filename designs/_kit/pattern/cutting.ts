import type { Localized } from '../params';
import { approxTextWidth, boxOfPoints, type Box, type Item, type Pt } from '../pdf/drawing';
import { tableItems } from '../pdf/table';
import type { Block } from '../pdf/tile';
import { dimensions, foldSide, markNotes, measuredCut, measuredShape, type Dimension, type MeasuredShape } from './measure';
import { shelfNest } from './nest';
import { foldLine, type PieceSpec } from './piece';
import type { DraftedPieces } from './sheet';

/** One measured piece of one size, as the cutting table lists it. */
export interface CutRow {
  size: string;
  piece: PieceSpec;
  shape: MeasuredShape;
  dims: Dimension[];
  notes: Localized[];
}

/** Every piece of the selected sizes that is cut from its dimensions, size by size. */
export function cuttingRows(drafted: DraftedPieces): CutRow[] {
  const a = drafted.allowance;
  return drafted.selected.flatMap((size) =>
    drafted.pieces[size].flatMap((piece) => {
      const shape = measuredShape(piece);
      return shape ? [{ size, piece, shape, dims: dimensions(piece, shape, a), notes: markNotes(piece) }] : [];
    }),
  );
}

const cmText = (mm: number) => String(Math.round(mm) / 10).replace('.', ',');
const dimText = (dims: Dimension[], key: 'seam' | 'cut') => `${dims.map((d) => `${d.letter} ${cmText(d[key])}`).join(' · ')} cm`;

const SIDES: Record<string, Localized> = {
  left: { fr: 'bord gauche', en: 'left edge' },
  right: { fr: 'bord droit', en: 'right edge' },
  top: { fr: 'haut', en: 'top' },
  bottom: { fr: 'bas', en: 'bottom' },
};

/** The grain line's direction on the diagram: the same word in both languages. */
function grainText(p: PieceSpec): string {
  const [[x0, y0], [x1, y1]] = p.grain;
  return Math.abs(y1 - y0) >= Math.abs(x1 - x0) ? 'vertical' : 'horizontal';
}

/**
 * The cutting table for the PDFs, one block per size (so a page break falls between sizes):
 * each piece's dimensions on the seam line and as cut, count, fabric, grain and fold, then where
 * its marks and notches go.
 */
export function cuttingTableBlocks(drafted: DraftedPieces, sizeName: (s: string) => string): Block[] {
  const rows = cuttingRows(drafted);
  const a = drafted.allowance;
  const sizes = [...new Set(rows.map((r) => r.size))];
  const head = [
    ['Pièce × nombre', 'Piece × count'],
    ['Tissu', 'Fabric'],
    ['Droit-fil', 'Grain'],
    ['Pliure', 'Fold'],
    ['Couture', 'Seam line'],
    [`Coupe, marge ${a} mm`, `Cut, ${a} mm allowance`],
  ];
  const intro = (at: Pt, width: number): { items: Item[]; height: number } => {
    const lines = [
      'À couper d’après leurs cotes (tracez à la craie, sans imprimer) : lettres A, B, C du plan de coupe.',
      'Cut from their dimensions (chalk them, nothing to print): letters A, B, C as on the cutting diagram.',
    ];
    const size = Math.min(3.2, width / Math.max(...lines.map((l) => approxTextWidth(l, 1))));
    return {
      items: [
        { kind: 'text', tag: 'cut-table-head', at: [at[0], at[1] - 4], text: 'Tableau de coupe / cutting table', size: 3.6 },
        ...lines.map((t, i): Item => ({ kind: 'text', tag: 'cut-table-head', at: [at[0], at[1] - 9 - i * size * 1.5], text: t, size })),
      ],
      height: 9 + lines.length * size * 1.5,
    };
  };
  // The introduction travels with the first size, so it never ends a page alone.
  return sizes.map((size, i): Block => (at, width) => {
    const head0 = i === 0 ? intro(at, width) : { items: [] as Item[], height: 0 };
    at = [at[0], at[1] - head0.height];
    const own = rows.filter((r) => r.size === size);
    const title: Item = { kind: 'text', tag: 'cut-table-head', at: [at[0], at[1] - 4], text: `Taille / size ${sizeName(size)}`, size: 3.4 };
    const table = tableItems(
      head,
      own.map((r) => {
        const side = foldSide(r.piece);
        return {
          cells: [
            [`${r.piece.label.fr} ×${r.piece.cut.count}`, r.piece.label.en],
            [r.piece.cut.fabric.fr, r.piece.cut.fabric.en],
            [grainText(r.piece)],
            side ? [SIDES[side].fr, SIDES[side].en] : ['-'],
            [dimText(r.dims, 'seam')],
            [dimText(r.dims, 'cut')],
          ],
          notes: (['fr', 'en'] as const).map((lang) => r.notes.map((n) => n[lang]).join(lang === 'fr' ? ' ; ' : '; ')).filter(Boolean),
        };
      }),
      [at[0], at[1] - 6],
      width,
      'cut-table',
    );
    return { items: [...head0.items, title, ...table.items], height: head0.height + table.height + 6 };
  });
}

/** Scales offered for the cutting diagram, largest first: the first whose layout fits the page wins. */
export const DIAGRAM_SCALES = [1 / 2, 1 / 4, 1 / 5, 1 / 10, 1 / 20, 1 / 25, 1 / 50] as const;
/** Room around each piece on the diagram, page mm: its dimension lines and its name. */
const ROOM = { left: 10, bottom: 10, top: 17, right: 6 };
const INK = { width: 0.35 };
const THIN = { width: 0.2, dash: [1.5, 1], color: [0.3, 0.3, 0.3] as [number, number, number] };

const unit = ([x, y]: Pt): Pt => {
  const l = Math.hypot(x, y) || 1;
  return [x / l, y / l];
};

/** A dimension line between two page points, with end ticks and its text, offset to the outside. */
function dimensionItems(a: Pt, b: Pt, text: string, side: 'below' | 'above' | 'left', tag: string): Item[] {
  const off = side === 'left' ? [-5, 0] : side === 'below' ? [0, -5] : [0, 5];
  const [p, q]: Pt[] = [[a[0] + off[0], a[1] + off[1]], [b[0] + off[0], b[1] + off[1]]];
  const tick = (c: Pt): Item => ({
    kind: 'path',
    tag,
    points: side === 'left' ? [[c[0] - 1.2, c[1]], [c[0] + 1.2, c[1]]] : [[c[0], c[1] - 1.2], [c[0], c[1] + 1.2]],
    closed: false,
    stroke: { width: 0.2 },
  });
  const mid: Pt = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  const label: Item =
    side === 'left'
      ? { kind: 'text', tag, at: [mid[0] - 1, mid[1]], text, size: 2.6, angle: 90, align: 'center', halo: true }
      : { kind: 'text', tag, at: [mid[0], mid[1] + (side === 'below' ? -3.4 : 1)], text, size: 2.6, align: 'center', halo: true };
  return [{ kind: 'path', tag, points: [p, q], closed: false, stroke: { width: 0.2 } }, tick(p), tick(q), label];
}

/**
 * The one-page cutting diagram: every measured piece of `size` drawn to scale as it is chalked
 * (cut line solid, seam line dashed, fold, marks, notches, grain), each dimension with its
 * letter and its value as cut, and a 10 cm scale bar. The scale is the largest of
 * DIAGRAM_SCALES at which the pieces fit the page. Page mm, y up.
 */
export function cuttingDiagramItems(drafted: DraftedPieces, size: string, page: { width: number; height: number; margin: number }, title: string, sizeName: (s: string) => string, othersToo: boolean): { items: Item[]; scale: number } | undefined {
  const rows = cuttingRows({ ...drafted, selected: [size] });
  if (rows.length === 0) return undefined;
  const a = drafted.allowance;
  const m = page.margin;
  const area: Box = { minX: m, minY: m, maxX: page.width - m, maxY: page.height - m - 26 };
  const cuts = rows.map((r) => ({ r, poly: measuredCut(r.piece, a) }));
  const boxes = cuts.map(({ poly }) => boxOfPoints(poly));
  const names = rows.map((r) => `${r.piece.label.fr} ×${r.piece.cut.count}`);
  const fitting = DIAGRAM_SCALES.map((s) => {
    // Each piece's room: its drawing and dimension lines, or its name when that is wider (a narrow strip).
    const rects = boxes.map((b, i) => ({ id: String(i), w: Math.max((b.maxX - b.minX) * s + ROOM.left + ROOM.right, ROOM.left + approxTextWidth(names[i], 2.6) + 2), h: (b.maxY - b.minY) * s + ROOM.bottom + ROOM.top }));
    if (rects.some((r) => r.w > area.maxX - area.minX)) return undefined;
    const nest = shelfNest(rects, area.maxX - area.minX, 2);
    return nest.length <= area.maxY - area.minY ? { s, nest } : undefined;
  }).find(Boolean);
  if (!fitting) throw new Error(`${size}: the measured pieces do not fit one page even at 1:${1 / DIAGRAM_SCALES[DIAGRAM_SCALES.length - 1]}`);
  const { s, nest } = fitting;
  const items: Item[] = [];
  const head = (t: string, y: number, sz: number): Item => ({ kind: 'text', tag: 'diagram-head', at: [m, page.height - m - y], text: t, size: sz });
  items.push(
    head(`Plan de coupe / cutting diagram - ${title}`, 5, 4),
    head(`Échelle / scale 1:${Math.round(1 / s)} - taille / size ${sizeName(size)}${othersToo ? ' (autres tailles : tableau / other sizes: table)' : ''}`, 11, 3.2),
    head('Trait plein : coupe, marge comprise ; tirets : couture. Full line: cut, allowance included; dashes: seam.', 16, 2.8),
  );
  // The scale bar: 10 cm of fabric at the diagram's scale, right-aligned in the header.
  const barEnd = page.width - m;
  const barY = page.height - m - 22;
  items.push(
    { kind: 'path', tag: 'diagram-scale', points: [[barEnd - 100 * s, barY], [barEnd, barY]], closed: false, stroke: { width: 0.6 } },
    { kind: 'text', tag: 'diagram-scale-label', at: [barEnd - 50 * s, barY + 1.5], text: '10 cm', size: 2.8, align: 'center' },
  );
  cuts.forEach(({ r, poly }, i) => {
    const at = nest.placements.find((p) => p.id === String(i))!;
    const b = boxes[i];
    // Shelves go down the page from the top of the area.
    const origin: Pt = [area.minX + at.x + ROOM.left, area.maxY - at.y - at.h + ROOM.bottom];
    const map = ([x, y]: Pt): Pt => [origin[0] + (x - b.minX) * s, origin[1] + (y - b.minY) * s];
    const part = `${r.size}--${r.piece.name}`;
    items.push({ kind: 'path', tag: `diagram-cut:${part}`, points: poly.map(map), closed: true, stroke: INK });
    items.push({ kind: 'path', tag: `diagram-seam:${part}`, points: r.piece.seam.map(map), closed: true, stroke: THIN });
    const fold = foldLine(r.piece);
    if (fold) {
      // The cut line runs along the fold too; the fold is drawn over it, heavier, dash-dot.
      const side = foldSide(r.piece)!;
      const along = side === 'left' || side === 'right' ? 1 : 0;
      const ends = poly.filter((p) => Math.abs(p[1 - along] - fold[0][1 - along]) < 1e-6);
      if (ends.length === 2) items.push({ kind: 'path', tag: `diagram-fold:${part}`, points: ends.map(map), closed: false, stroke: { width: 0.8, dash: [4, 1, 1, 1] } });
    }
    for (const mk of r.piece.marks ?? []) items.push({ kind: 'path', tag: `diagram-mark:${part}`, points: mk.points.map(map), closed: false, stroke: { width: 0.25, dash: mk.style === 'slit' ? [] : [3, 1] } });
    for (const n of r.piece.notches ?? []) {
      // A short tick from the seam line out across the allowance (away from the centre on a circle).
      const c = boxOfPoints(r.piece.seam);
      const [nx, ny] = n;
      const radial = r.shape.kind === 'disc' && unit([nx - r.shape.centre[0], ny - r.shape.centre[1]]);
      const dir: Pt = radial || (Math.abs(ny - c.maxY) < 1e-6 ? [0, 1] : Math.abs(ny - c.minY) < 1e-6 ? [0, -1] : nx <= (c.minX + c.maxX) / 2 ? [-1, 0] : [1, 0]);
      items.push({ kind: 'path', tag: `diagram-notch:${part}`, points: [map(n), map([nx + dir[0] * a, ny + dir[1] * a])], closed: false, stroke: { width: 0.35 } });
    }
    const [g0, g1] = r.piece.grain.map(map);
    items.push({ kind: 'path', tag: `diagram-grain:${part}`, points: [g0, g1], closed: false, stroke: { width: 0.25 } });
    // Dimensions as cut, on the cut polygon's own corners.
    const cb = boxOfPoints(poly.map(map));
    const byLetter = new Map(r.dims.map((d) => [d.letter, d]));
    const label = (l: string) => `${l} ${cmText(byLetter.get(l)!.cut)} cm`;
    if (r.shape.kind === 'disc') {
      // The radius, from the pin at the fold's middle straight out to the cut line.
      const centre = map(r.shape.centre);
      const out = unit([(cb.minX + cb.maxX) / 2 - centre[0], (cb.minY + cb.maxY) / 2 - centre[1]]);
      const reach = (r.shape.radius + a) * s;
      const end: Pt = [centre[0] + out[0] * reach, centre[1] + out[1] * reach];
      items.push(
        { kind: 'path', tag: `diagram-dim:${part}`, points: [centre, end], closed: false, stroke: { width: 0.2 } },
        { kind: 'text', tag: `diagram-dim:${part}`, at: [(centre[0] + end[0]) / 2, (centre[1] + end[1]) / 2 + 1], text: label('A'), size: 2.6, align: 'center', halo: true },
      );
    } else if (r.shape.kind === 'rect') {
      items.push(...dimensionItems([cb.minX, cb.minY], [cb.maxX, cb.minY], label('A'), 'below', `diagram-dim:${part}`));
      items.push(...dimensionItems([cb.minX, cb.minY], [cb.minX, cb.maxY], label('B'), 'left', `diagram-dim:${part}`));
    } else {
      const mapped = poly.map(map);
      const xsAt = (y: number) => mapped.filter((p) => Math.abs(p[1] - y) < 1e-6).map((p) => p[0]);
      const [top, bottom] = [xsAt(cb.maxY), xsAt(cb.minY)];
      items.push(...dimensionItems([Math.min(...top), cb.maxY], [Math.max(...top), cb.maxY], label('A'), 'above', `diagram-dim:${part}`));
      items.push(...dimensionItems([Math.min(...bottom), cb.minY], [Math.max(...bottom), cb.minY], label('B'), 'below', `diagram-dim:${part}`));
      items.push(...dimensionItems([cb.minX, cb.minY], [cb.minX, cb.maxY], label('C'), 'left', `diagram-dim:${part}`));
    }
    const nameY = cb.maxY + (r.shape.kind === 'trapezoid' ? 10 : 3.5);
    items.push({ kind: 'text', tag: `diagram-label:${part}`, at: [cb.minX, nameY + 3], text: names[i], size: 2.6 });
    items.push({ kind: 'text', tag: `diagram-label:${part}`, at: [cb.minX, nameY], text: r.piece.label.en, size: 2.4 });
  });
  return { items, scale: s };
}

