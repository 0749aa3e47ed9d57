import { volume, type Mesh } from './mesh';
import type { PrintSettings } from './printSettings';
import { extrusionWidth, solidLayers } from './slicerRules';
import type { Lang } from './lang';

/**
 * Filament needed for a print. With the design's print settings, the estimate follows what a
 * slicer lays down: walls (perimeters × extrusion width over the part's sides), solid layers
 * over its top and bottom faces, and the infill percentage of what is left inside; at most the
 * solid volume. Without settings it is the solid volume, an upper bound. No print time: it
 * depends on the printer and the slicer far more than on the model (the slicer gives it).
 */

/** Filament diameter, mm: the common 1.75 mm. */
export const FILAMENT_DIAMETER = 1.75;

export interface Material {
  id: 'PLA' | 'PETG';
  /** g/cm³. */
  density: number;
  /** Where the density comes from: a resin maker's datasheet where one was found, else a compiled range. */
  source: string;
}

export const MATERIALS: Material[] = [
  // NatureWorks' datasheet for Ingeo 4043D, the resin of most PLA filaments (3D monofilament
  // grade): specific gravity 1.24 (ASTM D792).
  { id: 'PLA', density: 1.24, source: 'https://www.natureworksllc.com/~/media/Technical_Resources/Technical_Data_Sheets/TechnicalDataSheet_4043D_3D-monofilament_pdf.pdf' },
  // A compiled range of 1.25–1.29 g/cm³ for PETG filaments, 1.27 typical.
  { id: 'PETG', density: 1.27, source: 'https://additive.tools/materials/petg' },
];

export interface MaterialEstimate {
  /** Solid volume of all parts, cm³. */
  volumeCm3: number;
  /** Plastic laid down, cm³: the shells-and-infill estimate, or the solid volume without settings. */
  filamentCm3: number;
  /** 'shells' when estimated from print settings, 'solid' for the solid volume. */
  method: 'shells' | 'solid';
  materials: { id: Material['id']; grams: number; metres: number }[];
}

const filamentSectionMm2 = Math.PI * (FILAMENT_DIAMETER / 2) ** 2;

/** Areas of a closed mesh, mm²: facing sideways (walls) and facing up or down (top and bottom skins), each face weighted by its slope. */
function faceAreas({ positions: p, indices: t }: Mesh): { side: number; flat: number } {
  let side = 0;
  let flat = 0;
  for (let i = 0; i < t.length; i += 3) {
    const a = t[i] * 3, b = t[i + 1] * 3, c = t[i + 2] * 3;
    const ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
    const vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const twice = Math.hypot(nx, ny, nz);
    if (twice === 0) continue;
    flat += Math.abs(nz) / 2;
    side += Math.hypot(nx, ny) / 2;
  }
  return { side, flat };
}

/** Plastic a slicer lays down for one closed mesh with these settings, mm³ (see the note at the top). */
export function printedVolume(mesh: Mesh, s: PrintSettings): number {
  const solid = volume(mesh);
  const { side, flat } = faceAreas(mesh);
  // Walls: the perimeters' thickness over the sides; skins: the solid layers' thickness over the faces that look up or down.
  const shells = side * s.perimeters * extrusionWidth(s.nozzle) + flat * solidLayers(s.layerHeight) * s.layerHeight;
  const shell = Math.min(solid, shells);
  return shell + (solid - shell) * (s.infill / 100);
}

export function estimateMaterial(meshes: Mesh[], print?: PrintSettings): MaterialEstimate {
  const mm3 = meshes.reduce((v, m) => v + volume(m), 0);
  const laid = print ? meshes.reduce((v, m) => v + printedVolume(m, print), 0) : mm3;
  return {
    volumeCm3: mm3 / 1000,
    filamentCm3: laid / 1000,
    method: print ? 'shells' : 'solid',
    // Same volume of filament whatever the plastic; the mass follows the density.
    materials: MATERIALS.map((m) => ({ id: m.id, grams: (laid / 1000) * m.density, metres: laid / filamentSectionMm2 / 1000 })),
  };
}

/** The estimate for `copies` copies of a part. */
export const timesCopies = (e: MaterialEstimate, copies: number): MaterialEstimate => ({
  ...e,
  volumeCm3: e.volumeCm3 * copies,
  filamentCm3: e.filamentCm3 * copies,
  materials: e.materials.map((m) => ({ ...m, grams: m.grams * copies, metres: m.metres * copies })),
});

/** How the figure was obtained, in one sentence, for the page and the CLI. */
export function estimateMethod(method: MaterialEstimate['method'], lang: Lang): string {
  if (method === 'solid') return lang === 'fr' ? 'Volume de la pièce pleine : un majorant.' : 'Volume of the solid part: an upper bound.';
  return lang === 'fr'
    ? 'Estimé d’après les réglages : parois (périmètres × largeur d’extrusion) et couches pleines du dessus et du dessous, plus le remplissage du volume intérieur ; sans jupe ni support, le trancheur en compte un peu plus.'
    : 'Estimated from the settings: walls (perimeters × extrusion width) and the solid top and bottom layers, plus the infill of the inner volume; without skirt or supports, so a slicer counts a little more.';
}

/** One line for the CLI and the page: "≈ 12.3 cm³ · PLA 15 g · PETG 16 g · 5.1 m of 1.75 mm filament". */
export function describeEstimate(e: MaterialEstimate, lang: Lang): string {
  const n = (v: number, digits: number) => (lang === 'fr' ? v.toFixed(digits).replace('.', ',') : v.toFixed(digits));
  const mass = e.materials.map((m) => `${m.id} ${n(m.grams, m.grams < 10 ? 1 : 0)} g`).join(' · ');
  const metres = n(e.materials[0].metres, 1);
  const solid = e.method === 'solid';
  return lang === 'fr'
    ? `≈ ${n(e.filamentCm3, 1)} cm³ · ${mass} · ${metres} m de filament de 1,75 mm${solid ? ' (pièce pleine, majorant)' : ''}`
    : `≈ ${n(e.filamentCm3, 1)} cm³ · ${mass} · ${metres} m of 1.75 mm filament${solid ? ' (solid part, upper bound)' : ''}`;
}
