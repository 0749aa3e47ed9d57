// Slicer defaults that the 3MF files and the material estimate share. Apart from
// printSettings.ts, whose zod schema the customizer page would otherwise load with them.

/** Solid layers at the top and at the bottom: at least 0.7 mm of shell (PrusaSlicer's own minimum for the top), never fewer than 3. */
export const solidLayers = (layerHeight: number) => Math.max(3, Math.ceil(0.7 / layerHeight - 1e-9));

/** Extrusion width the slicers use by default for a nozzle: 1.125 × its diameter (0.45 mm for 0.4 mm). */
export const extrusionWidth = (nozzle: number) => Math.round(nozzle * 1.125 * 1000) / 1000;
