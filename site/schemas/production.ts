import { z } from 'astro/zod';
import { webUrl } from './common';
import { departmentSchema, localizedSchema, networkSourcesSchema, partialDateSchema, startOf } from './sourced';

/**
 * One production report (network/production.csv, one row per report): how many items a group
 * made over a period, on a territory. Reports are batches, so totals are plain sums.
 */
export const productionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be kebab-case'),
    from: partialDateSchema.describe('Start of the period, as precisely as known'),
    to: z.coerce
      .date({ errorMap: () => ({ message: 'to must be a date YYYY-MM-DD' }) })
      .refine((d) => d.getTime() <= Date.now(), 'date is in the future')
      .describe('End of the period (the date the figure was given)'),
    territory: z.union([departmentSchema, z.literal('bretagne')]).describe('A department, or "bretagne" when the figure is not split'),
    item: z.string().min(1).describe('An id of network/inventory.yaml'),
    quantity: z.coerce.number().int('quantity must be a whole number').nonnegative('quantity cannot be negative'),
    qualifier: z.enum(['exact', 'au-moins', 'environ']).describe('"au-moins" for "more than", "environ" for an estimate'),
    group: z.string().min(2),
    note: localizedSchema.optional(),
    source: z.string().min(3),
    sourceUrl: webUrl.optional(),
    sourceDate: z.union([partialDateSchema, z.literal('unknown')]),
  })
  .strict()
  .refine((e) => startOf(e.from).getTime() <= e.to.getTime(), { path: ['from'], message: 'from is after to' });

export type ProductionEntry = z.infer<typeof productionSchema>;
