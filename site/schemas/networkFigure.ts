import { z } from 'astro/zod';
import { localizedSchema, networkSourcesSchema, partialDateSchema } from './sourced';

/** A key figure of the mobilisation that is not an item count (network/figures.yaml). */
export const networkFigureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: localizedSchema,
    value: z.number().nonnegative('value cannot be negative'),
    unit: z.enum(['personnes', 'euros', 'lieux']),
    qualifier: z.enum(['exact', 'au-moins', 'environ']).describe('"environ" marks an estimate'),
    asOf: partialDateSchema,
    sources: networkSourcesSchema,
  })
  .strict();

export type NetworkFigure = z.infer<typeof networkFigureSchema>;
