import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';
import { localizedSchema } from './sourced';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256: 64 lowercase hexadecimal characters');

/**
 * A recall (data/open-sante/recalls/<id>.yaml, the id being the file name): a design, or one of
 * its generators, or one file, must no longer be made or handed out. Every status it matches
 * reads "rappelé", on the pages and in the CLI. Reviewed like a record, with its sources.
 */
export const recallSchema = z
  .object({
    design: z.string().regex(/^[a-z0-9-]+$/).describe('Le modèle rappelé : nom de son dossier dans designs/'),
    generator: sha256.optional().describe('Seulement ce générateur (son empreinte) ; vide : le modèle entier'),
    file: sha256.optional().describe('Seulement le fichier de cette empreinte SHA-256 ; vide : le modèle entier'),
    date: pastDate.describe('Date du rappel (AAAA-MM-JJ)'),
    problem: localizedSchema.describe('Le problème constaté, qui fait qu’il ne faut plus fabriquer ni distribuer ces pièces, en français et en anglais'),
    sources: sourcesSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.generator && r.file) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['file'], message: 'a recall names a generator or a file, not both' });
  })
  .describe('Un rappel : ne plus fabriquer ni distribuer un modèle, un générateur ou un fichier');

export type Recall = z.infer<typeof recallSchema>;
