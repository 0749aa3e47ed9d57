import { addMmPage, newPdf } from './document';
import { boxHeight, boxWidth, drawingBox, type Item, type Pt } from './drawing';
import { drawItems } from './render';
import { drawWindow, fitText, type Block } from './tile';

/** Grid pitches offered: a centimetre, or an inch for those who measure in inches. */
export const PROJECTOR_GRID = { cm: 10, in: 25.4 } as const;
export type ProjectorGrid = keyof typeof PROJECTOR_GRID;
/** Arm of the calibration cross, mm: the projection is right when it measures this. */
export const PROJECTOR_CROSS_MM = 100;
const MARGIN = 15;
/** Strip at the top for the title, the instructions and the cross, at least. */
const HEADER = 140;
/** Where the aside (a size chart) starts, right of the cross, and its widest. */
const ASIDE_X = 130;
const ASIDE_MAX = 400;
const DARK: [number, number, number] = [0, 0, 0];

/** A 10 cm cross with a tick every centimetre, its centre at `c`. */
function crossItems([cx, cy]: Pt): Item[] {
  const half = PROJECTOR_CROSS_MM / 2;
  const line = (points: Pt[]): Item => ({ kind: 'path', tag: 'projector-cross', points, closed: false, stroke: { width: 0.5, color: DARK } });
  const ticks: Item[] = [];
  for (let i = -5; i <= 5; i++) {
    if (i === 0) continue;
    const t = i % 5 === 0 ? 3 : 1.5;
    ticks.push(
      { kind: 'path', tag: 'projector-tick', points: [[cx + i * 10, cy - t], [cx + i * 10, cy + t]], closed: false, stroke: { width: 0.3, color: DARK } },
      { kind: 'path', tag: 'projector-tick', points: [[cx - t, cy + i * 10], [cx + t, cy + i * 10]], closed: false, stroke: { width: 0.3, color: DARK } },
    );
  }
  return [
    line([[cx - half, cy], [cx + half, cy]]),
    line([[cx, cy - half], [cx, cy + half]]),
    ...ticks,
    { kind: 'text', tag: 'projector-text', at: [cx + 3, cy + half - 5], text: '10 cm', size: 4 },
  ];
}

/**
 * One page for a projector: the drawing at 1:1 on a page as large as it needs, over a grid of
 * `grid` pitch anchored at the page's corner, with a 10 cm calibration cross in the header.
 * Every line is drawn dark and at least 0.5 mm wide, to read on fabric. `aside` (a size chart)
 * goes right of the cross.
 */
export async function projectorPdf(items: Item[], o: { title: string; grid: ProjectorGrid; aside?: Block }): Promise<Uint8Array> {
  const pitch = PROJECTOR_GRID[o.grid];
  const ink = drawingBox(items);
  const box = { minX: ink.minX - 2, minY: ink.minY - 2, maxX: ink.maxX + 2, maxY: ink.maxY + 2 };
  const width = Math.max(boxWidth(box) + 2 * MARGIN, 2 * MARGIN + ASIDE_X + (o.aside ? 220 : 110));
  const asideWidth = Math.min(width - MARGIN - ASIDE_X - MARGIN, ASIDE_MAX);
  // Laid out once to know its height, then drawn at its place.
  const asideHeight = o.aside ? o.aside([0, 0], asideWidth).height : 0;
  const header = Math.max(HEADER, 28 + asideHeight + 5);
  const height = boxHeight(box) + 2 * MARGIN + header;
  const { doc, font } = await newPdf(o.title);
  const page = addMmPage(doc, width, height);
  const grid: Item[] = [];
  const light = { width: 0.15, color: [0.7, 0.7, 0.7] as [number, number, number] };
  for (let x = pitch; x < width; x += pitch) grid.push({ kind: 'path', tag: 'grid-x', points: [[x, 0], [x, height]], closed: false, stroke: light });
  for (let y = pitch; y < height; y += pitch) grid.push({ kind: 'path', tag: 'grid-y', points: [[0, y], [width, y]], closed: false, stroke: light });
  const top = height - MARGIN;
  const text = (t: string, y: number, size: number): Item => ({ kind: 'text', tag: 'projector-text', at: [MARGIN, top - y], ...fitText(font, t, size, width - 2 * MARGIN), halo: true });
  drawItems(page, font, [
    ...grid,
    text(o.title, 6, 6),
    text(`Projection à l'échelle 1:1 : réglez le projecteur jusqu'à ce que la croix mesure 10 cm sur le tissu ; grille de ${o.grid === 'cm' ? '1 cm' : '1 pouce'}.`, 14, 4),
    text(`1:1 projection: adjust the projector until the cross measures 10 cm on the fabric; ${o.grid === 'cm' ? '1 cm' : '1 inch'} grid.`, 20, 4),
    ...crossItems([MARGIN + 60, top - 30 - PROJECTOR_CROSS_MM / 2]),
    ...(o.aside ? o.aside([MARGIN + ASIDE_X, top - 28], asideWidth).items : []),
  ]);
  const dark = items.map((it): Item => (it.kind === 'path' ? { ...it, stroke: { ...it.stroke, width: Math.max(0.5, it.stroke.width), color: DARK } } : it));
  drawWindow(page, font, dark, box, [MARGIN, MARGIN]);
  return doc.save();
}
