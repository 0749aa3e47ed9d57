import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';

const text = z.string().trim().min(1);
const localized = z.object({ fr: text.describe('En français'), en: text.describe('En anglais') }).strict();

/** A material or fabric, accepted or refused, with the source that says so (1-based, in `sources`). */
const materialSchema = z
  .object({
    name: localized.describe('Le tissu ou le matériau'),
    why: localized.describe('Pourquoi il est accepté ou refusé'),
    source: z.number().int().positive().describe('Numéro de la source qui le dit, dans la liste des sources (1 pour la première)'),
  })
  .strict();

/**
 * Front matter of guides/<slug>/index.mdx (French text). Sources are required, every material
 * cites one of them, and the time is our own estimate, said as such on the page.
 */
export const guideSchema = z
  .object({
    title: text.describe('Titre du guide'),
    summary: z.string().min(10).max(300).describe('Le guide en une ou deux phrases (300 caractères au plus)'),
    /** Slug of the pattern design this guide sews (designs/<slug>/). */
    design: z.string().regex(/^[a-z0-9-]+$/).describe('Le patron que ce guide fait coudre : nom de son dossier dans designs/ (« surblouse »)'),
    updated: pastDate.describe('Date de la dernière mise à jour (AAAA-MM-JJ)'),
    estimatedMinutes: z
      .object({
        cutting: z.number().int().positive().describe('Découpe, en minutes'),
        sewing: z.number().int().positive().describe('Couture, en minutes'),
      })
      .strict()
      .describe('Notre estimation du temps, en minutes, dite comme telle sur la page'),
    materials: z
      .object({
        accepted: z.array(materialSchema).min(1).describe('Matériaux acceptés, chacun avec sa source'),
        refused: z.array(materialSchema).min(1).describe('Matériaux refusés, chacun avec sa source'),
      })
      .strict(),
    sources: sourcesSchema,
  })
  .strict()
  .superRefine((g, ctx) => {
    for (const kind of ['accepted', 'refused'] as const) {
      g.materials[kind].forEach((m, i) => {
        if (m.source > g.sources.length) {
          ctx.addIssue({ code: 'custom', path: ['materials', kind, i, 'source'], message: `source ${m.source} does not exist (${g.sources.length} sources listed)` });
        }
      });
    }
  });

/** Front matter of guides/<slug>/en.mdx: the English text; shared facts stay in index.mdx. */
export const guideEnSchema = z
  .object({ title: text.describe('Titre du guide, en anglais'), summary: z.string().min(10).max(300).describe('Le guide en une ou deux phrases, en anglais') })
  .strict();

export type Guide = z.infer<typeof guideSchema>;
