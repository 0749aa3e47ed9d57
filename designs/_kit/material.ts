import { volume, type Mesh } from './mesh';

/**
 * Filament needed for a print, from the volume of its meshes. The volume is that of the solid
 * part: with less than 100 % infill the print weighs less, so this is an upper bound (thin
 * walls such as a headband's print almost solid anyway). No print time is given: it depends
 * on the printer, the slicer and its settings far more than on the model.
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
  materials: { id: Material['id']; grams: number; metres: number }[];
}

const filamentSectionMm2 = Math.PI * (FILAMENT_DIAMETER / 2) ** 2;

export function estimateMaterial(meshes: Mesh[]): MaterialEstimate {
  const mm3 = meshes.reduce((v, m) => v + volume(m), 0);
  return {
    volumeCm3: mm3 / 1000,
    // Same volume of filament whatever the plastic; the mass follows the density.
    materials: MATERIALS.map((m) => ({ id: m.id, grams: (mm3 / 1000) * m.density, metres: mm3 / filamentSectionMm2 / 1000 })),
  };
}

/** One line for the CLI and the page: "≈ 12.3 cm³ · PLA 15 g · PETG 16 g · 5.1 m of 1.75 mm filament". */
export function describeEstimate(e: MaterialEstimate, lang: 'fr' | 'en'): string {
  const n = (v: number, digits: number) => (lang === 'fr' ? v.toFixed(digits).replace('.', ',') : v.toFixed(digits));
  const mass = e.materials.map((m) => `${m.id} ${n(m.grams, m.grams < 10 ? 1 : 0)} g`).join(' · ');
  const metres = n(e.materials[0].metres, 1);
  return lang === 'fr'
    ? `≈ ${n(e.volumeCm3, 1)} cm³ · ${mass} · ${metres} m de filament de 1,75 mm (pièce pleine, majorant)`
    : `≈ ${n(e.volumeCm3, 1)} cm³ · ${mass} · ${metres} m of 1.75 mm filament (solid part, upper bound)`;
}
