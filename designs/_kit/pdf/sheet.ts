import { addMmPage, newPdf } from './document';
import { calibrationItems, CALIBRATION_BLOCK } from './calibration';
import { boxHeight, boxWidth, drawingBox, type Item } from './drawing';
import { drawItems } from './render';
import { drawWindow, type Block } from './tile';
import { PAPER_MM, type PaperId } from './units';

const MARGIN = 15;

/**
 * The whole drawing on one sheet (A0 for copy shops), at true scale, with the calibration
 * squares in a strip at the bottom. The sheet turns landscape when the drawing is wider than
 * tall. `aside` (a size chart) goes beside the squares, under the title. Throws, naming both
 * sizes, when the drawing does not fit: never a scaled-down file.
 */
export async function singleSheetPdf(items: Item[], o: { paper: PaperId; title: string; aside?: Block }): Promise<Uint8Array> {
  const paper = PAPER_MM[o.paper];
  // A little room around the ink, so strokes on the edge are not clipped in half.
  const ink = drawingBox(items);
  const box = { minX: ink.minX - 2, minY: ink.minY - 2, maxX: ink.maxX + 2, maxY: ink.maxY + 2 };
  const landscape = boxWidth(box) > boxHeight(box);
  const [pw, ph] = landscape ? [paper.height, paper.width] : [paper.width, paper.height];
  // The aside is laid out once to know its height, then drawn where the strip puts it.
  const asideX = MARGIN + CALIBRATION_BLOCK[0] + 10;
  const asideWidth = Math.min(pw - MARGIN - asideX, 400);
  const asideHeight = o.aside ? o.aside([asideX, 0], asideWidth).height : 0;
  const stripTop = Math.max(CALIBRATION_BLOCK[1], asideHeight + 12);
  const strip = stripTop + 10;
  const room = { w: pw - 2 * MARGIN, h: ph - 2 * MARGIN - strip };
  if (boxWidth(box) > room.w || boxHeight(box) > room.h) {
    throw new Error(
      `The layout (${Math.ceil(boxWidth(box))} × ${Math.ceil(boxHeight(box))} mm) does not fit on one ${paper.label} sheet (${Math.floor(room.w)} × ${Math.floor(room.h)} mm usable); use the tiled PDF or fewer sizes.`,
    );
  }
  const { doc, font } = await newPdf(o.title);
  const page = addMmPage(doc, pw, ph);
  drawItems(page, font, [
    ...calibrationItems([MARGIN, MARGIN]),
    { kind: 'text', tag: 'header', at: [asideX, MARGIN + stripTop - 8], text: o.title, size: 8 },
    ...(o.aside ? o.aside([asideX, MARGIN + stripTop - 12], asideWidth).items : []),
  ]);
  drawWindow(page, font, items, box, [MARGIN + (room.w - boxWidth(box)) / 2, MARGIN + strip + (room.h - boxHeight(box)) / 2]);
  return doc.save();
}
