import type { MeshedPart } from './kernel';
import { boundingBox, sizeOf, type Box, type Mesh } from './mesh';
import type { Localized } from './params';
import type { ExportContext } from './evaluate';
import type { Lang } from './lang';

/**
 * Plates: as many copies of a part as a printer's bed holds, each copy its own object (so a
 * slicer can cancel one failed copy). The same code serves the page, the CLI and the build.
 */

export interface Printer {
  id: string;
  name: string;
  /** Usable bed, mm: x (left–right) × y (front–back). */
  bed: [number, number];
  /** Where the figure comes from: a file the maker publishes. */
  source: string;
}

// Figures from the makers' own machine definitions (their slicers' printer profiles, their
// firmware): what their slicers let you print on, not a brochure's rounded figure.
export const PRINTERS: Printer[] = [
  // PrusaSlicer's Prusa Research profiles: bed_shape 0x0,250x0,250x210,0x210 for the MK4 and MK3S families
  // ([printer:*commonMK4*] and [printer:*common*]), 180×180 for the MINI; read in prusa3d/PrusaSlicer at 69c8e56 (6 Nov 2025).
  { id: 'mk4', name: 'Original Prusa MK4 / MK4S', bed: [250, 210], source: 'https://github.com/prusa3d/PrusaSlicer/blob/master/resources/profiles/PrusaResearch.ini' },
  { id: 'mk3s', name: 'Original Prusa i3 MK3S / MK3S+', bed: [250, 210], source: 'https://github.com/prusa3d/PrusaSlicer/blob/master/resources/profiles/PrusaResearch.ini' },
  { id: 'mini', name: 'Original Prusa MINI / MINI+', bed: [180, 180], source: 'https://github.com/prusa3d/PrusaSlicer/blob/master/resources/profiles/PrusaResearch.ini' },
  // Creality's Ender-3 firmware: X_BED_SIZE 235, Y_BED_SIZE 235 (the bed clips take a few mm at the front and back edges).
  { id: 'ender3', name: 'Creality Ender-3 (V2, Pro…)', bed: [235, 235], source: 'https://github.com/Creality3DPrinting/Ender-3/blob/master/Ender-3%20Firmware%20(Marlin)/Ender-3%20(includes%20power%20failure%20resume-%20English)/Marlin/Configuration.h' },
  // Bambu Studio's machine profiles: printable_area 0x0,256x0,256x256,0x256 (common to the A1, P1 and X1 series).
  { id: 'a1', name: 'Bambu Lab A1', bed: [256, 256], source: 'https://github.com/bambulab/BambuStudio/blob/master/resources/profiles/BBL/machine/fdm_bbl_3dp_001_common.json' },
  { id: 'p1s', name: 'Bambu Lab P1S / X1 Carbon', bed: [256, 256], source: 'https://github.com/bambulab/BambuStudio/blob/master/resources/profiles/BBL/machine/fdm_bbl_3dp_001_common.json' },
];

export const DEFAULT_PRINTER = 'mk4';
/** Space between two copies and between a copy and the bed's edge, mm: room for a brim line and for the nozzle's travel. */
export const PLATE_GAP = 5;
/** The most copies a plate is asked for: a bed full of ear savers holds a few dozen. */
export const MAX_COPIES = 200;

/** What a plate asks for: a printer and a number of copies, or "full" for as many as fit. */
export interface PlateRequest {
  printer: string;
  copies: number | 'full';
}

export type PlateParse = { ok: true; plate: PlateRequest } | { ok: false; error: Localized };

const printerList = () => PRINTERS.map((p) => p.id).join(', ');

/**
 * Reads a plate request as the URL, a parameter file or the CLI gives it (text or numbers).
 * Errors name the value and what is allowed, in both languages.
 */
export function parsePlate(printer: unknown, copies: unknown): PlateParse {
  const id = typeof printer === 'string' ? printer.trim() : printer;
  if (typeof id !== 'string' || !PRINTERS.some((p) => p.id === id)) {
    return { ok: false, error: { fr: `Imprimante « ${String(printer)} » inconnue ; imprimantes : ${printerList()}.`, en: `Unknown printer "${String(printer)}"; printers: ${printerList()}.` } };
  }
  const raw = typeof copies === 'string' ? copies.trim() : copies;
  if (raw === 'full') return { ok: true, plate: { printer: id, copies: 'full' } };
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_COPIES) {
    return {
      ok: false,
      error: {
        fr: `Nombre d’exemplaires « ${String(copies)} » refusé : un entier de 1 à ${MAX_COPIES}, ou « full » pour remplir le plateau.`,
        en: `Copies "${String(copies)}" refused: a whole number from 1 to ${MAX_COPIES}, or "full" to fill the plate.`,
      },
    };
  }
  return { ok: true, plate: { printer: id, copies: n } };
}

export const printerOf = (id: string) => PRINTERS.find((p) => p.id === id);

/** Where each copy goes: its offset in mm and whether it is turned a quarter turn. */
export interface Placement {
  x: number;
  y: number;
  turned: boolean;
}

export type Arrangement =
  | { ok: true; printer: Printer; placements: Placement[]; fits: number; size: [number, number] }
  | { ok: false; error: Localized };

/** How many footprints of w × d fit on the bed in a grid, `gap` apart and `gap` from the edges. */
function grid(bed: [number, number], w: number, d: number, gap: number) {
  const cols = Math.floor((bed[0] - gap) / (w + gap) + 1e-9);
  const rows = Math.floor((bed[1] - gap) / (d + gap) + 1e-9);
  return { cols: Math.max(0, cols), rows: Math.max(0, rows) };
}

const mm = (v: number, lang: Lang) => (lang === 'fr' ? v.toFixed(1).replace('.', ',') : v.toFixed(1));

/**
 * Lays out copies of a part whose footprint is `size` (x × y) in a grid, turned a quarter turn
 * when that holds more. Refuses, saying why, a part larger than the bed or more copies than fit.
 */
export function arrange(size: [number, number], req: PlateRequest, gap = PLATE_GAP): Arrangement {
  const printer = printerOf(req.printer);
  if (!printer) return { ok: false, error: { fr: `Imprimante « ${req.printer} » inconnue.`, en: `Unknown printer "${req.printer}".` } };
  const [w, d] = size;
  const straight = grid(printer.bed, w, d, gap);
  const turned = grid(printer.bed, d, w, gap);
  const turn = turned.cols * turned.rows > straight.cols * straight.rows;
  const { cols, rows } = turn ? turned : straight;
  const fits = cols * rows;
  const [bx, by] = printer.bed;
  if (fits === 0) {
    return {
      ok: false,
      error: {
        fr: `La pièce (${mm(w, 'fr')} × ${mm(d, 'fr')} mm, plus ${gap} mm de marge) est plus grande que le plateau de l’imprimante ${printer.name} (${bx} × ${by} mm).`,
        en: `The part (${mm(w, 'en')} × ${mm(d, 'en')} mm, plus a ${gap} mm margin) is larger than the ${printer.name}'s bed (${bx} × ${by} mm).`,
      },
    };
  }
  const count = req.copies === 'full' ? fits : req.copies;
  if (count > fits) {
    return {
      ok: false,
      error: {
        fr: `${count} exemplaires ne tiennent pas sur le plateau de l’imprimante ${printer.name} (${bx} × ${by} mm) : ${fits} au plus, ${gap} mm d’écart.`,
        en: `${count} copies do not fit on the ${printer.name}'s bed (${bx} × ${by} mm): ${fits} at most, ${gap} mm apart.`,
      },
    };
  }
  const [cw, cd] = turn ? [d, w] : [w, d];
  const placements: Placement[] = [];
  for (let i = 0; i < count; i++) {
    const col = i % cols;
    const row = Math.floor(i / cols);
    placements.push({ x: gap + col * (cw + gap), y: gap + row * (cd + gap), turned: turn });
  }
  return { ok: true, printer, placements, fits, size: [cw, cd] };
}

/**
 * A mesh moved with its whole copy: the copy's footprint (`box`) gets its lower-left corner at
 * (x, y) and its bottom on z = 0, turned a quarter turn if asked.
 */
function place(mesh: Mesh, p: Placement, box: Box): Mesh {
  const depth = box.max[1] - box.min[1];
  const positions = new Float32Array(mesh.positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = mesh.positions[i] - box.min[0];
    const y = mesh.positions[i + 1] - box.min[1];
    // A quarter turn counter-clockwise, shifted back into the positive quadrant: (x, y) → (depth − y, x).
    positions[i] = p.x + (p.turned ? depth - y : x);
    positions[i + 1] = p.y + (p.turned ? x : y);
    positions[i + 2] = mesh.positions[i + 2] - box.min[2];
  }
  // A rotation keeps the triangles' winding: the indices are shared as they are.
  return { positions, indices: mesh.indices };
}

/** The footprint of a model's parts, x × y in mm. */
export const footprint = (parts: MeshedPart[]) => sizeOf(boundingBox(parts.map((p) => p.mesh))).slice(0, 2) as [number, number];

/** The copies of a model laid out on the bed: every part of every copy its own named object. */
export function platedParts(parts: MeshedPart[], placements: Placement[]): MeshedPart[] {
  const box = boundingBox(parts.map((p) => p.mesh));
  return placements.flatMap((pl, i) => parts.map((part) => ({ ...part, name: `${part.name}-${i + 1}`, mesh: place(part.mesh, pl, box) })));
}

export type PlatedContext =
  | { ok: true; ctx: ExportContext; printer: Printer; count: number; fits: number }
  | { ok: false; error: Localized };

/** An export context whose parts are the plate's copies: written by the same 3MF writer as one part. */
export function plateContext(ctx: ExportContext, req: PlateRequest): PlatedContext {
  if (!ctx.meshes.length) return { ok: false, error: { fr: 'Ce modèle n’a pas de pièce à imprimer en 3D : pas de plateau.', en: 'This design has no part to 3D print: no plate.' } };
  const a = arrange(footprint(ctx.meshes), req);
  if (!a.ok) return a;
  return { ok: true, ctx: { ...ctx, meshes: platedParts(ctx.meshes, a.placements) }, printer: a.printer, count: a.placements.length, fits: a.fits };
}

/** The variant part of a plate's file name: "defaut--plateau-mk4" (full), "defaut--plateau-mk4-x12". */
export const plateVariant = (variant: string, req: PlateRequest) =>
  `${variant}--plateau-${req.printer}${req.copies === 'full' ? '' : `-x${req.copies}`}`;
