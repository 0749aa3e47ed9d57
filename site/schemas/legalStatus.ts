import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';
import { categories } from './design';
import { localizedSchema } from './sourced';

/**
 * The legal status of a design category over a period (data/open-sante/legal/<id>.yaml): a
 * regime, in our words, with its start, its end when it has one, the day the facts were checked
 * and the public sources that state them. Past its end, pages say the regime has ended.
 */
export const legalStatusSchema = z
  .object({
    category: z.enum(categories).describe('La catégorie de modèles concernée'),
    title: localizedSchema.describe('Le régime, en quelques mots, en français et en anglais'),
    summary: localizedSchema.describe('Ce qu’il permettait ou imposait, en nos mots, en français et en anglais'),
    from: pastDate.describe('Début du régime (AAAA-MM-JJ)'),
    to: z.coerce.date().optional().describe('Fin du régime, si les sources en donnent une (AAAA-MM-JJ)'),
    asOf: pastDate.describe('Date à laquelle ces faits ont été vérifiés dans les sources (AAAA-MM-JJ)'),
    sources: sourcesSchema,
  })
  .strict()
  .superRefine((n, ctx) => {
    if (n.to && n.to < n.from) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: 'from is after to' });
  })
  .describe('Le statut juridique d’une catégorie de modèles, daté et sourcé');

export type LegalStatus = z.infer<typeof legalStatusSchema>;
