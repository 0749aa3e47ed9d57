import { z } from 'astro/zod';
import { localizedSchema, networkSourcesSchema } from './sourced';

export const makerKinds = ['makers-impression-3d', 'makers-decoupe-laser', 'couturieres'] as const;

/** One thing the network makes or could make (network/inventory.yaml), and who can make it. */
export const inventoryItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be kebab-case'),
    name: localizedSchema,
    plural: localizedSchema.describe('How a count of this item reads: "visières", "face shields"'),
    whoCanMake: z.array(z.enum(makerKinds)).min(1),
    status: z.enum(['fabrique-2020', 'demande-2020']).describe('made by the network in 2020, or asked for by health partners'),
    designs: z.array(z.string()).default([]).describe('Slugs of published designs (designs/index.ts)'),
    notes: localizedSchema,
    sources: networkSourcesSchema,
  })
  .strict();

export type InventoryItem = z.infer<typeof inventoryItemSchema>;
