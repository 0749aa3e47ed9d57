import { z } from 'astro/zod';
import { sourcesSchema, personSchema, pastDate, webUrl } from './common';

export const categories = ['visiere', 'attache', 'accessoire', 'masque', 'couture'] as const;
export const methods = ['impression-3d', 'decoupe-laser', 'couture'] as const;

/**
 * Front matter of designs/<slug>/index.mdx (French, the reference text). Parameters are not
 * here: they live in design.ts only, so they cannot drift.
 */
export const designDocSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(10).max(300),
    category: z.enum(categories),
    methods: z.array(z.enum(methods)).min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.2.0'),
    updated: pastDate,
    changelog: z.array(z.object({ version: z.string(), date: pastDate, changes: z.string() }).strict()).min(1),
    licence: z.object({ hardware: z.literal('CERN-OHL-S-2.0'), docs: z.literal('CC-BY-SA-4.0') }).strict(),
    authors: z.array(personSchema).min(1),
    remixes: z.array(z.object({ title: z.string(), url: webUrl, licence: z.string().optional() }).strict()).default([]),
    materials: z.array(z.object({ name: z.string(), notes: z.string().optional() }).strict()).default([]),
    printSettings: z
      .object({
        layerHeight: z.number().positive().max(1).describe('mm'),
        nozzle: z.number().positive().max(2).describe('mm'),
        perimeters: z.number().int().min(1).max(10),
        infill: z.number().min(0).max(100).describe('%'),
        supports: z.boolean(),
        material: z.array(z.string()).min(1),
        notes: z.string().optional(),
      })
      .strict()
      .optional(),
    sources: sourcesSchema,
  })
  .strict();

/**
 * Front matter of designs/<slug>/en.mdx: the English text; shared facts stay in index.mdx.
 * The metadata texts, when given, are index.mdx's in the same order (checked by the tests);
 * whatever is missing is shown in French, tagged lang="fr".
 */
export const designDocEnSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(10).max(300),
    /** printSettings.notes in English. */
    printNotes: z.string().optional(),
    materials: z.array(z.object({ name: z.string(), notes: z.string().optional() }).strict()).optional(),
    changelog: z.array(z.object({ version: z.string(), changes: z.string() }).strict()).optional(),
    authors: z.array(z.object({ name: z.string().min(1), role: z.string().optional() }).strict()).optional(),
  })
  .strict();

export type DesignDocEn = z.infer<typeof designDocEnSchema>;

export type DesignDoc = z.infer<typeof designDocSchema>;
