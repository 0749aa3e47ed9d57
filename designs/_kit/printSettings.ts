import { z } from 'astro/zod';

/**
 * A design's print settings: written once in its front matter (`printSettings` in index.mdx),
 * checked by this schema (the site's design schema uses it too), then carried into its 3MF
 * files so a slicer prints with them (threemf.ts), and used by the material estimate.
 * Kept apart from export.ts and template.ts, which import each other.
 */
export const printSettingsSchema = z
  .object({
    layerHeight: z.number().positive().max(1).describe('Hauteur de couche, en mm'),
    nozzle: z.number().positive().max(2).describe('Diamètre de la buse, en mm'),
    perimeters: z.number().int().min(1).max(10).describe('Nombre de périmètres (parois)'),
    infill: z.number().min(0).max(100).describe('Remplissage, en %'),
    supports: z.boolean().describe('Faut-il des supports ?'),
    material: z.array(z.string()).min(1).describe('Filaments qui conviennent (PLA, PETG…)'),
    notes: z.string().optional().describe('Autres conseils d’impression'),
  })
  .strict();

export type PrintSettings = z.infer<typeof printSettingsSchema>;


/**
 * The settings for given values: the front matter's, with what the design's parameters change
 * (a stacked headband prints at its stack's layer pitch whatever the front matter says).
 */
export function settingsFor(base: PrintSettings, override?: Partial<PrintSettings>): PrintSettings {
  return { ...base, ...override };
}
