import { z } from 'astro/zod';
import { webUrl } from './common';
import { departmentSchema, localizedSchema, networkSourcesSchema, partialDateSchema } from './sourced';

// 'lieu-de-fabrication' when the source names a making place without saying what kind it is.
export const placeKinds = ['fablab', 'tiers-lieu', 'bibliotheque', 'etablissement-enseignement', 'association', 'atelier', 'lieu-de-fabrication'] as const;
export const machineKinds = ['imprimante-3d', 'decoupeuse-laser', 'machine-a-coudre'] as const;
export type PlaceKind = (typeof placeKinds)[number];
export type MachineKind = (typeof machineKinds)[number];

/**
 * One place of the network (network/places.yaml). Coordinates are the approximate centre of its
 * town, given by the entry, never a street address: the sources name towns, not doors. The
 * schema keeps them inside Brittany's bounding box; the build checks the commune against the
 * Code officiel géographique and the coordinates against the commune's GeoNames position, when
 * known (site/lib/network/checks.ts).
 */
export const placeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be kebab-case'),
    name: z.string().min(2),
    kind: z.enum(placeKinds),
    commune: z.object({ code: z.string().regex(/^\d{5}$/, 'INSEE code has 5 digits'), name: z.string().min(1) }).strict(),
    department: departmentSchema,
    coordinates: z
      .object({
        lat: z.number().min(47.2, 'latitude is south of Brittany').max(48.95, 'latitude is north of Brittany'),
        lon: z.number().min(-5.2, 'longitude is west of Brittany').max(-1.0, 'longitude is east of Brittany'),
      })
      .strict()
      .describe('Approximate centre of the town, to about a kilometre; not an address'),
    machines: z
      .array(z.object({ kind: z.enum(machineKinds), count: z.number().int().nonnegative().optional().describe('absent when the source gives no count') }).strict())
      .default([])
      .describe('Only machines a source documents; empty when none does'),
    made2020: z.array(z.string()).default([]).describe('Items of network/inventory.yaml this place made or coordinated in 2020'),
    role: localizedSchema.describe('What the place did in 2020, in the words of our sources'),
    contact: webUrl.optional(),
    asOf: partialDateSchema.describe('Date of the facts given here'),
    sources: networkSourcesSchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.commune.code.startsWith(p.department)) {
      ctx.addIssue({ code: 'custom', path: ['commune', 'code'], message: `commune ${p.commune.code} is not in department ${p.department}` });
    }
  });

export type Place = z.infer<typeof placeSchema>;
