import { addMmPage, newPdf } from './document';
import { clip, endPath, popGraphicsState, pushGraphicsState, rectangle, concatTransformationMatrix, beginMarkedContent, endMarkedContent, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { calibrationItems, CALIBRATION_BLOCK } from './calibration';
import { boxHeight, boxWidth, drawingBox, itemBox, boxesIntersect, itemEnters, textBox, type Box, type Item, type Pt } from './drawing';
import { drawItems, encodable } from './render';
import { PAPER_MM, type PaperId } from './units';

export interface TileOptions {
  paper: PaperId;
  /** Blank border left for the printer, mm. */
  margin?: number;
  /** Width of the strip repeated on neighbouring pages, to align and tape them, mm. */
  overlap?: number;
  /** Document title, printed on every page. */
  title: string;
  /**
   * Blocks stacked under the calibration squares on the first page, and on the next ones when
   * it is full (a size chart, a cutting table).
   */
  front?: Block[];
  /** Whole pages, drawn in page millimetres after the first pages (a cutting diagram). */
  extraPages?: Item[][];
}

/** Something drawn at `at` (its top-left corner, page mm) within `width`: its items and the height they take. */
export type Block = (at: Pt, width: number) => { items: Item[]; height: number };

export interface Tile {
  row: number;
  col: number;
  /** "A1": rows are letters from the top, columns numbers from the left. */
  label: string;
  /** The part of the drawing this page shows, in drawing mm. */
  window: Box;
  /** False when the page would carry nothing of its own: it is left out. */
  printed: boolean;
}

export interface TilePlan {
  paper: PaperId;
  margin: number;
  overlap: number;
  rows: number;
  cols: number;
  /** Size of each page's window on the drawing, mm. */
  windowSize: Pt;
  tiles: Tile[];
}

export const HEADER_MM = 9;
const rowLetter = (r: number) => (r < 26 ? String.fromCharCode(65 + r) : `${String.fromCharCode(64 + Math.floor(r / 26))}${String.fromCharCode(65 + (r % 26))}`);
export const tileLabel = (row: number, col: number) => `${rowLetter(row)}${col + 1}`;

/** Cuts a drawing into page windows that share `overlap` mm with their neighbours. */
export function planTiles(items: Item[], o: TileOptions): TilePlan {
  const margin = o.margin ?? 8;
  const overlap = o.overlap ?? 12;
  const paper = PAPER_MM[o.paper];
  const w = paper.width - 2 * margin;
  const h = paper.height - 2 * margin - HEADER_MM;
  if (overlap < 0 || overlap * 2 >= Math.min(w, h)) throw new Error(`overlap ${overlap} mm must be between 0 and half the printable width`);
  const box = drawingBox(items);
  const stepX = w - overlap;
  const stepY = h - overlap;
  const cols = Math.max(1, Math.ceil((boxWidth(box) - overlap) / stepX));
  const rows = Math.max(1, Math.ceil((boxHeight(box) - overlap) / stepY));
  // Centre the grid on the drawing.
  const x0 = box.minX - (cols * stepX + overlap - boxWidth(box)) / 2;
  const yTop = box.maxY + (rows * stepY + overlap - boxHeight(box)) / 2;
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const window = { minX: x0 + col * stepX, maxX: x0 + col * stepX + w, maxY: yTop - row * stepY, minY: yTop - row * stepY - h };
      // What only this page shows: its window less the strips its right and lower neighbours repeat.
      const own = {
        ...window,
        maxX: col < cols - 1 ? window.maxX - overlap : window.maxX,
        minY: row < rows - 1 ? window.minY + overlap : window.minY,
      };
      // Lines decide: a page that would only catch the tail of a label is not worth printing.
      const printed = items.some((it) => it.kind === 'path' && boxesIntersect(itemBox(it), own) && itemEnters(it, own));
      tiles.push({ row, col, label: tileLabel(row, col), window, printed });
    }
  }
  return { paper: o.paper, margin, overlap, rows, cols, windowSize: [w, h], tiles };
}

/** Crosses at the middle of every shared strip, drawn in drawing space so neighbours print them at the same place. */
function alignmentMarks(plan: TilePlan): Item[] {
  const marks: Item[] = [];
  const cross = ([x, y]: Pt): Item[] => [
    { kind: 'path', tag: 'align-mark', points: [[x - 4, y], [x + 4, y]], closed: false, stroke: { width: 0.25 } },
    { kind: 'path', tag: 'align-mark', points: [[x, y - 4], [x, y + 4]], closed: false, stroke: { width: 0.25 } },
    {
      kind: 'path',
      tag: 'align-mark',
      points: Array.from({ length: 16 }, (_, i) => [x + 2.5 * Math.cos((i * Math.PI) / 8), y + 2.5 * Math.sin((i * Math.PI) / 8)] as Pt),
      closed: true,
      stroke: { width: 0.25 },
    },
  ];
  const at = (r: number, c: number) => plan.tiles[r * plan.cols + c].window;
  for (let r = 0; r < plan.rows; r++) {
    for (let c = 0; c < plan.cols; c++) {
      const win = at(r, c);
      if (c < plan.cols - 1) {
        const x = win.maxX - plan.overlap / 2;
        for (const f of [0.25, 0.75]) marks.push(...cross([x, win.minY + f * boxHeight(win)]));
      }
      if (r < plan.rows - 1) {
        const y = win.minY + plan.overlap / 2;
        for (const f of [0.25, 0.75]) marks.push(...cross([win.minX + f * boxWidth(win), y]));
      }
    }
  }
  return marks;
}

/** Dashed lines where the neighbouring pages' windows begin: cut or fold along them. */
function overlapLines(plan: TilePlan, t: Tile): Item[] {
  const w = t.window;
  const dashed = (points: Pt[]): Item => ({ kind: 'path', tag: 'overlap-line', points, closed: false, stroke: { width: 0.2, dash: [2, 2], color: [0.4, 0.4, 0.4] } });
  const out: Item[] = [];
  if (t.col > 0) out.push(dashed([[w.minX + plan.overlap, w.minY], [w.minX + plan.overlap, w.maxY]]));
  if (t.col < plan.cols - 1) out.push(dashed([[w.maxX - plan.overlap, w.minY], [w.maxX - plan.overlap, w.maxY]]));
  if (t.row > 0) out.push(dashed([[w.minX, w.maxY - plan.overlap], [w.maxX, w.maxY - plan.overlap]]));
  if (t.row < plan.rows - 1) out.push(dashed([[w.minX, w.minY + plan.overlap], [w.maxX, w.minY + plan.overlap]]));
  return out;
}

const within = (b: Box, w: Box) => b.minX >= w.minX && b.maxX <= w.maxX && b.minY >= w.minY && b.maxY <= w.maxY;
const overlapArea = (a: Box, b: Box) => Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)) * Math.max(0, Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY));
/** Gap kept between a moved text and its page's window edge, mm. */
const TEXT_INSET_MM = 1;

/**
 * Texts moved, where need be, so that each lies whole inside at least one printed page's
 * window: a text across a page edge goes to the printed page that holds most of it, moved in by
 * as little as it takes. Paths are left as they are.
 */
export function keepTextsWhole(items: Item[], plan: TilePlan): Item[] {
  const windows = plan.tiles.filter((t) => t.printed).map((t) => t.window);
  return items.map((it) => {
    if (it.kind !== 'text') return it;
    const b = textBox(it);
    if (windows.length === 0 || windows.some((w) => within(b, w))) return it;
    const centre = (x: Box): Pt => [(x.minX + x.maxX) / 2, (x.minY + x.maxY) / 2];
    const distance = (w: Box) => Math.hypot(centre(w)[0] - centre(b)[0], centre(w)[1] - centre(b)[1]);
    const w = windows.reduce((best, x) => (overlapArea(b, x) > overlapArea(b, best) || (overlapArea(b, x) === overlapArea(b, best) && distance(x) < distance(best)) ? x : best));
    const shift = (lo: number, hi: number, wlo: number, whi: number) => (lo < wlo + TEXT_INSET_MM ? wlo + TEXT_INSET_MM - lo : hi > whi - TEXT_INSET_MM ? whi - TEXT_INSET_MM - hi : 0);
    return { ...it, at: [it.at[0] + shift(b.minX, b.maxX, w.minX, w.maxX), it.at[1] + shift(b.minY, b.maxY, w.minY, w.maxY)] };
  });
}

/** What a page of the tiling prints: every path entering its window, and the texts lying whole inside it, never a cut one. */
export function tileItems(items: Item[], window: Box): Item[] {
  return items.filter((it) => (it.kind === 'text' ? within(textBox(it), window) : boxesIntersect(itemBox(it), window)));
}

/** Sets up page coordinates in millimetres (the single scale of every page). */
function mmPage(doc: PDFDocument, paper: PaperId): PDFPage {
  return addMmPage(doc, PAPER_MM[paper].width, PAPER_MM[paper].height);
}

/** Draws `items` (drawing mm) so that `window` appears at `at` on the page (page mm), clipped to it. */
export function drawWindow(page: PDFPage, font: PDFFont, items: Item[], window: Box, at: Pt) {
  const dx = at[0] - window.minX;
  const dy = at[1] - window.minY;
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(1, 0, 0, 1, dx, dy),
    beginMarkedContent('window'),
    rectangle(window.minX, window.minY, boxWidth(window), boxHeight(window)),
    clip(),
    endPath(),
    endMarkedContent(),
  );
  drawItems(page, font, items.filter((it) => boxesIntersect(itemBox(it), window)));
  page.pushOperators(popGraphicsState());
}

/** Width of a text item as printed, mm (its size is in mm, like the page). */
export const textWidth = (font: PDFFont, text: string, size: number) => font.widthOfTextAtSize(encodable(text), size);

/**
 * `text` fitted to `width` mm: its size reduced down to `min`, then, if still too long, the end
 * cut and replaced by "...". `keep` characters at the start are never cut.
 */
export function fitText(font: PDFFont, text: string, size: number, width: number, min = size * 0.8, keep = 0): { text: string; size: number } {
  const fitting = Math.min(size, (width / textWidth(font, text, 1)) * 0.999);
  if (fitting >= min) return { text, size: fitting };
  let n = text.length;
  while (n > keep && textWidth(font, `${text.slice(0, n).trimEnd()}...`, min) > width) n--;
  return { text: `${text.slice(0, n).trimEnd()}...`, size: min };
}

/** Header lines of the first page, inside the margins; without a plan, nothing is tiled. */
export function assemblyHeaderItems(font: PDFFont, plan: TilePlan | null, title: string, printed: number, paperId: PaperId = plan?.paper ?? 'a4', m = plan?.margin ?? 8): Item[] {
  const paper = PAPER_MM[paperId];
  const top = paper.height - m;
  const width = paper.width - 2 * m;
  const text = (t: string, y: number, size: number): Item => ({ kind: 'text', tag: 'header', at: [m, y], ...fitText(font, t, size, width) });
  if (!plan) {
    return [
      text(title, top - 6, 5.5),
      text('Rien à assembler : chaque pièce se coupe d’après ses cotes (tableau et plan de coupe).', top - 13, 3.2),
      text('Nothing to assemble: every piece is cut from its dimensions (table and cutting diagram).', top - 18, 3.2),
    ];
  }
  return [
    text(title, top - 6, 5.5),
    text(`Plan d'assemblage / assembly map: ${printed} pages (${plan.rows} × ${plan.cols}), recouvrement / overlap ${plan.overlap} mm`, top - 13, 3.4),
    text('Assemblez les pages en faisant coïncider les croix ; les pages grisées ne sont pas imprimées.', top - 19, 3.2),
    text('Line up the crosses to assemble the pages; greyed pages are not printed.', top - 24, 3.2),
  ];
}
const HEADER_GAP_MM = 5;

/**
 * Header of a tile page: on the left the page's name and number, then the title, shortened to
 * the room the neighbours' names leave on the right; both inside the margins.
 */
export function tileHeaderItems(font: PDFFont, plan: TilePlan, t: Tile, pageNo: number, pages: number, title: string): Item[] {
  const paper = PAPER_MM[plan.paper];
  const m = plan.margin;
  const y = paper.height - m - 5;
  const neighbour = (r: number, c: number) => (r >= 0 && c >= 0 && r < plan.rows && c < plan.cols ? tileLabel(r, c) : '-');
  const hints = `^${neighbour(t.row - 1, t.col)}  <${neighbour(t.row, t.col - 1)}  >${neighbour(t.row, t.col + 1)}  v${neighbour(t.row + 1, t.col)}`;
  const size = 3.4;
  const right = paper.width - m;
  const left = `${t.label}  (rangée/row ${t.label.replace(/\d+$/, '')}, colonne/column ${t.col + 1})   page ${pageNo}/${pages}   `;
  const room = right - m - textWidth(font, hints, size) - HEADER_GAP_MM;
  return [
    { kind: 'text', tag: 'header', at: [m, y], ...fitText(font, `${left}${title}`, size, room, 2.8, left.length) },
    { kind: 'text', tag: 'header', at: [right, y], text: hints, size, align: 'right' },
  ];
}

/** The map of the pages: the whole drawing scaled down into `area`, with the page grid over it. */
function mapItems(items: Item[], plan: TilePlan, area: Box): Item[] {
  const grid: Box = {
    minX: plan.tiles[0].window.minX,
    maxY: plan.tiles[0].window.maxY,
    maxX: plan.tiles[plan.cols - 1].window.maxX,
    minY: plan.tiles[plan.tiles.length - 1].window.minY,
  };
  const s = Math.min(boxWidth(area) / boxWidth(grid), boxHeight(area) / boxHeight(grid));
  const map = (p: Pt): Pt => [area.minX + (p[0] - grid.minX) * s, area.maxY - (grid.maxY - p[1]) * s];
  const out: Item[] = items
    .filter((it): it is Extract<Item, { kind: 'path' }> => it.kind === 'path' && it.closed)
    .map((it) => ({ ...it, tag: 'map-piece', points: it.points.map(map), stroke: { width: 0.15, color: [0.3, 0.3, 0.3] } }));
  for (const t of plan.tiles) {
    const [x0, y0] = map([t.window.minX, t.window.minY]);
    const [x1, y1] = map([t.window.maxX, t.window.maxY]);
    out.push({
      kind: 'path',
      tag: 'map-tile',
      points: [[x0, y0], [x1, y0], [x1, y1], [x0, y1]],
      closed: true,
      stroke: t.printed ? { width: 0.3 } : { width: 0.15, dash: [1, 1], color: [0.6, 0.6, 0.6] },
    });
    out.push({ kind: 'text', tag: 'map-label', at: [(x0 + x1) / 2, (y0 + y1) / 2], text: t.printed ? t.label : `(${t.label})`, size: Math.min(6, (x1 - x0) / 4), align: 'center' });
  }
  return out;
}

/** Height the map needs at least, mm: below it, it goes on a page of its own. */
const MAP_MIN_MM = 60;
const BLOCK_GAP_MM = 5;

/**
 * The first pages: how to print (and assemble), the calibration squares, the front blocks
 * stacked down the page (a block that does not fit starts a new page), then the map of the
 * tiles. Returns the pages, still to be counted before the tiles are numbered.
 */
function frontPages(doc: PDFDocument, font: PDFFont, items: Item[], plan: TilePlan | null, o: TileOptions, margin: number): PDFPage[] {
  const paper = PAPER_MM[o.paper];
  const m = margin;
  const top = paper.height - m;
  const width = paper.width - 2 * m;
  const printed = plan ? plan.tiles.filter((t) => t.printed).length : 0;
  const pages = [mmPage(doc, o.paper)];
  // Without tiles the header is two lines shorter.
  const calibrationTop = top - (plan ? 30 : 22);
  drawItems(pages[0], font, [...assemblyHeaderItems(font, plan, o.title, printed, o.paper, m), ...calibrationItems([m, calibrationTop - CALIBRATION_BLOCK[1]])]);
  let y = calibrationTop - 6 - CALIBRATION_BLOCK[1];
  const newPage = () => {
    const page = mmPage(doc, o.paper);
    drawItems(page, font, [{ kind: 'text', tag: 'header', at: [m, top - 5], ...fitText(font, `${o.title} (suite / continued)`, 3.4, width) }]);
    pages.push(page);
    y = top - 10;
  };
  for (const block of o.front ?? []) {
    let drawn = block([m, y], width);
    if (y - drawn.height < m && pages.length > 0 && y < top - 10) {
      newPage();
      drawn = block([m, y], width);
    }
    drawItems(pages[pages.length - 1], font, drawn.items);
    y -= drawn.height + BLOCK_GAP_MM;
  }
  if (plan) {
    if (y - m < MAP_MIN_MM) newPage();
    drawItems(pages[pages.length - 1], font, mapItems(items, plan, { minX: m, minY: m, maxX: paper.width - m, maxY: y }));
  }
  return pages;
}

/**
 * A drawing tiled over pages of `paper`, at true scale: first pages with the calibration
 * squares, the front blocks and the map of the tiles, then the extra pages, then one page per
 * window that carries something of its own. An empty drawing gives no tiles and no map.
 */
export async function tiledPdf(items: Item[], o: TileOptions): Promise<{ bytes: Uint8Array; plan: TilePlan | null }> {
  const plan = items.length > 0 ? planTiles(items, o) : null;
  const { doc, font } = await newPdf(o.title);
  const before = frontPages(doc, font, items, plan, o, plan?.margin ?? o.margin ?? 8).length;
  for (const extra of o.extraPages ?? []) drawItems(mmPage(doc, o.paper), font, extra);
  if (plan) {
    const whole = keepTextsWhole(items, plan);
    const marks = alignmentMarks(plan);
    const printed = plan.tiles.filter((t) => t.printed);
    const first = before + (o.extraPages?.length ?? 0);
    printed.forEach((t, i) => {
      const page = mmPage(doc, o.paper);
      drawWindow(page, font, tileItems([...whole, ...marks, ...overlapLines(plan, t)], t.window), t.window, [plan.margin, plan.margin]);
      drawItems(page, font, tileHeaderItems(font, plan, t, first + i + 1, first + printed.length, o.title));
    });
  }
  return { bytes: await doc.save(), plan };
}
