import type { Item, Pt } from './drawing';

/** Side of the metric calibration square, and of the imperial one (2 in = 50.8 mm). */
export const CALIBRATION_MM = 50;
export const CALIBRATION_IN_MM = 2 * 25.4;
/** Width and height the calibration block takes, in mm. */
export const CALIBRATION_BLOCK: Pt = [125, 68];

const square = (tag: string, [x, y]: Pt, side: number): Item => ({
  kind: 'path',
  tag,
  points: [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y + side],
  ],
  closed: true,
  stroke: { width: 0.3 },
});

/**
 * A 50 mm square and a 2 in square with the instruction to print at 100 %: the reader measures
 * one before cutting anything. `at` is the block's lower-left corner, in mm.
 */
export function calibrationItems([x, y]: Pt): Item[] {
  const text = (t: string, dy: number, size = 3.2): Item => ({ kind: 'text', tag: 'calibration-text', at: [x, y + dy], text: t, size });
  return [
    square('calib-50mm', [x, y], CALIBRATION_MM),
    { kind: 'text', tag: 'calibration-text', at: [x + 25, y + 23], text: '50 mm', size: 4, align: 'center' },
    square('calib-2in', [x + 60, y], CALIBRATION_IN_MM),
    { kind: 'text', tag: 'calibration-text', at: [x + 60 + 25.4, y + 23], text: '2 in', size: 4, align: 'center' },
    text('IMPRIMER À 100 % (échelle réelle, sans « ajuster à la page »)', 62, 3.6),
    text('PRINT AT 100 % (actual size, no "fit to page")', 57, 3.6),
    text('Mesurez un carré avant de couper / measure a square before cutting.', 53),
  ];
}
