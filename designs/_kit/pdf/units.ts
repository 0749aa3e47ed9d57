/** PostScript points per millimetre: 1 pt = 1/72 in, 1 in = 25.4 mm (exact). */
export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number) => mm * PT_PER_MM;
export const ptToMm = (pt: number) => pt / PT_PER_MM;

/** Paper sizes in millimetres, portrait. ISO 216 for A4/A0; US Letter is 8.5 × 11 in. */
export const PAPER_MM = {
  a4: { width: 210, height: 297, label: 'A4' },
  letter: { width: 215.9, height: 279.4, label: 'US Letter' },
  a0: { width: 841, height: 1189, label: 'A0' },
} as const;
export type PaperId = keyof typeof PAPER_MM;

/** Paper size in points, as PDF pages are declared. */
export const paperPt = (id: PaperId): [number, number] => [mmToPt(PAPER_MM[id].width), mmToPt(PAPER_MM[id].height)];
