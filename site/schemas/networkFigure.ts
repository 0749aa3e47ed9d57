import { z } from 'astro/zod';
import { listOrderSchema } from './common';
import { localizedSchema, networkSourcesSchema, partialDateSchema } from './sourced';

/** A key figure of the mobilisation that is not an item count (network/figures/<id>.yaml, the id being the file name). */
export const networkFigureSchema = z
  .object({
    label: localizedSchema.describe('Ce que compte le chiffre, en minuscules, en français et en anglais (« makers mobilisés »)'),
    value: z.number().nonnegative('value cannot be negative').describe('Le nombre seul, sans unité ni espace (2500)'),
    unit: z.enum(['personnes', 'euros', 'lieux']).describe('Ce que l’on compte : des personnes, des euros ou des lieux'),
    qualifier: z.enum(['exact', 'au-moins', 'environ']).describe('« Exact » ; « Au moins » quand la source dit « plus de » ; « Environ » pour une estimation'),
    asOf: partialDateSchema.describe('Date à laquelle le chiffre valait : AAAA, AAAA-MM ou AAAA-MM-JJ'),
    sources: networkSourcesSchema,
    order: listOrderSchema,
  })
  .strict()
  .describe('Un chiffre clé de la mobilisation de 2020 qui n’est pas un nombre de pièces (les pièces vont dans la production)');

/** An entry as the site reads it: its data, and its id taken from its file name. */
export type NetworkFigure = z.infer<typeof networkFigureSchema> & { id: string };
