import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';

const text = z.string().trim().min(1);
const localized = z.object({ fr: text, en: text }).strict();

/** A material or fabric, accepted or refused, with the source that says so (1-based, in `sources`). */
const materialSchema = z
  .object({
    name: localized,
    why: localized.describe('Why it is accepted or refused'),
    source: z.number().int().positive().describe('1-based index into sources'),
  })
  .strict();

/**
 * Front matter of guides/<slug>/index.mdx (French text). Sources are required, every material
 * cites one of them, and the time is our own estimate, said as such on the page.
 */
export const guideSchema = z
  .object({
    title: text,
    summary: z.string().min(10).max(300),
    /** Slug of the pattern design this guide sews (designs/<slug>/). */
    design: z.string().regex(/^[a-z0-9-]+$/),
    updated: pastDate,
    estimatedMinutes: z.object({ cutting: z.number().int().positive(), sewing: z.number().int().positive() }).strict(),
    materials: z.object({ accepted: z.array(materialSchema).min(1), refused: z.array(materialSchema).min(1) }).strict(),
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
export const guideEnSchema = z.object({ title: text, summary: z.string().min(10).max(300) }).strict();

export type Guide = z.infer<typeof guideSchema>;
