import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';
import { categories } from './design';

const text = z.string().trim().min(1);
const localized = z.object({ fr: text, en: text }).strict();

/** How long a step takes or must last; `atLeast` for minimum contact or quarantine times. */
export const durationSchema = z
  .object({
    minutes: z.number().positive().describe('Duration in minutes (3 days = 4320)'),
    atLeast: z.boolean().default(false),
  })
  .strict();

export const protocolStepSchema = z
  .object({
    text: localized.describe('What to do, in both languages'),
    duration: durationSchema.optional(),
    products: z.array(localized).default([]).describe('Products and their concentration'),
  })
  .strict();

/**
 * Front matter of protocols/<slug>.mdx. The steps are data, in both languages, so they print as
 * a checklist and read in English; the MDX body explains them in French. Sources are required:
 * a protocol without them fails the build.
 */
export const protocolSchema = z
  .object({
    title: text,
    titleEn: text,
    summary: z.string().min(10).max(400),
    summaryEn: z.string().min(10).max(400),
    order: z.number().int().min(0).describe('Position in the list of protocols'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.2.0'),
    lastReviewed: pastDate.describe('When the protocol was last checked against its sources'),
    appliesTo: z.array(z.enum(categories)).min(1, 'a protocol applies to at least one design category'),
    cautions: z.array(localized).default([]),
    steps: z.array(protocolStepSchema).min(1, 'a protocol needs at least one step'),
    sources: sourcesSchema,
  })
  .strict();

export type Protocol = z.infer<typeof protocolSchema>;
