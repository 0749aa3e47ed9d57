import type { Localized } from './_kit';

/**
 * Punched-hole patterns of the transparent visor sheet. The headband places its pins from
 * these and the sheet design punches its holes from these: one source of truth, so changing
 * a pitch changes both.
 */
export interface SheetFormat {
  label: Localized;
  /** Sheet size in mm, long edge first; the holes run along the long edge. */
  size: [number, number];
  /** Hole centres along the long edge, in mm from the sheet's centre line. */
  holes: number[];
  /** Punched hole diameter, mm: the headband's pins and caps are sized for it. */
  holeDiameter: number;
  /** Distance from the sheet's top (long) edge to the hole centres, mm. */
  edgeDistance: number;
  source: string;
}

export const SHEET_FORMATS = {
  // ISO 838 office punch, the "888" 4-hole pattern: 80 mm pitch, 240 mm span, centred on A4's 297 mm edge.
  'a4-4': {
    label: { fr: 'A4 · 4 trous « 888 » (pas de 80 mm)', en: 'A4 · 4 holes "888" (80 mm pitch)' },
    size: [297, 210],
    holes: [-120, -40, 40, 120],
    // anti_projection.scad: 6 mm is the standard punch (5 mm also seen), centres 12 mm from the edge.
    holeDiameter: 6,
    edgeDistance: 12,
    source: 'https://github.com/mangtronix/brussel-faceshield',
  },
  // Two holes 277 mm apart, 10 mm in from each end of A4's long edge (297 − 2 × 10).
  'a4-2': {
    label: { fr: 'A4 · 2 trous (277 mm)', en: 'A4 · 2 holes (277 mm)' },
    size: [297, 210],
    holes: [-138.5, 138.5],
    holeDiameter: 6,
    edgeDistance: 12,
    source: 'https://github.com/mangtronix/brussel-faceshield',
  },
  // US Letter 3-hole punch: 4¼ in = 108 mm pitch.
  'letter-3': {
    label: { fr: 'US Letter · 3 trous (pas de 108 mm)', en: 'US Letter · 3 holes (108 mm pitch)' },
    size: [279.4, 215.9],
    holes: [-108, 0, 108],
    // The U-M page gives no hole size or edge distance: Usinette's choice, the same 6 mm holes
    // 12 mm from the edge as the European punch, so the same pins fit.
    holeDiameter: 6,
    edgeDistance: 12,
    source: 'https://specs.engin.umich.edu/um-face-shield/',
  },
} as const satisfies Record<string, SheetFormat>;

export type SheetFormatId = keyof typeof SHEET_FORMATS;

export const sheetFormatOptions = Object.fromEntries(
  Object.entries(SHEET_FORMATS).map(([id, f]) => [id, f.label]),
) as Record<SheetFormatId, Localized>;
