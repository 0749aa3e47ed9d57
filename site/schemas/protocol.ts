import { z } from 'astro/zod';
import { pastDate, sourcesSchema } from './common';
import { categories } from './design';

const text = z.string().trim().min(1);
const localized = z.object({ fr: text.describe('En français'), en: text.describe('En anglais') }).strict();

/** How long a step takes or must last; `atLeast` for minimum contact or quarantine times. */
export const durationSchema = z
  .object({
    minutes: z.number().positive().describe('Durée en minutes (3 jours = 4320)'),
    atLeast: z.boolean().default(false).describe('Coché pour une durée minimale : temps de contact, quarantaine'),
  })
  .strict();

/** One way of doing a step: text, duration and products, like a step of its own. */
const methodFields = {
  text: localized.describe('Ce qu’il faut faire, en français et en anglais'),
  duration: durationSchema.optional().describe('Combien de temps cela prend ou doit durer'),
  products: z.array(localized).default([]).describe('Produits et leur concentration'),
};

export const protocolMethodSchema = z.object(methodFields).strict();

/**
 * A step, possibly done in one of several ways ("ethanol, or isopropanol, or…"): those are its
 * `alternatives`, of which one is chosen, not a run of steps to tick one after the other.
 */
export const protocolStepSchema = z
  .object({
    ...methodFields,
    alternatives: z
      .array(protocolMethodSchema)
      .min(2, 'alternatives: give at least two methods to choose from, or write a single step')
      .optional()
      .describe('Méthodes au choix : une seule suffit (par exemple éthanol, ou isopropanol). Au moins deux, sinon laisser vide'),
  })
  .strict();

/**
 * Front matter of protocols/<slug>.mdx. The steps are data, in both languages, so they print as
 * a checklist and read in English; the MDX body explains them in French. Sources are required:
 * a protocol without them fails the build.
 */
export const protocolSchema = z
  .object({
    title: text.describe('Titre du protocole'),
    titleEn: text.describe('Titre du protocole, en anglais'),
    summary: z.string().min(10).max(400).describe('Le protocole en une ou deux phrases (400 caractères au plus)'),
    summaryEn: z.string().min(10).max(400).describe('Le résumé, en anglais'),
    order: z.number().int().min(0).describe('Rang dans la liste des protocoles : les plus petits nombres d’abord'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.2.0').describe('Version du protocole, sous la forme 1.2.0'),
    lastReviewed: pastDate.describe('Date de la dernière vérification du protocole d’après ses sources (AAAA-MM-JJ)'),
    appliesTo: z.array(z.enum(categories)).min(1, 'a protocol applies to at least one design category').describe('Les catégories de modèles concernées : leurs pages affichent ce protocole'),
    cautions: z.array(localized).default([]).describe('Mises en garde, en français et en anglais'),
    steps: z.array(protocolStepSchema).min(1, 'a protocol needs at least one step').describe('Les étapes, dans l’ordre'),
    sources: sourcesSchema,
  })
  .strict();

export type Protocol = z.infer<typeof protocolSchema>;
export type ProtocolMethod = z.infer<typeof protocolMethodSchema>;
