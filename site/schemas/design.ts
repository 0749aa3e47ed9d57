import { z } from 'astro/zod';
import { sourcesSchema, personSchema, pastDate, webUrl } from './common';
import { printSettingsSchema } from '../../designs/_kit/printSettings';

export const categories = ['visiere', 'attache', 'accessoire', 'masque', 'couture'] as const;
export const methods = ['impression-3d', 'decoupe-laser', 'couture'] as const;

/**
 * Front matter of designs/<slug>/index.mdx (French, the reference text). Parameters are not
 * here: they live in design.ts only, so they cannot drift.
 */
export const designDocSchema = z
  .object({
    title: z.string().min(3).describe('Nom du modèle'),
    summary: z.string().min(10).max(300).describe('Le modèle en une ou deux phrases (300 caractères au plus)'),
    category: z.enum(categories).describe('Catégorie : elle choisit la grille de revue et les protocoles affichés'),
    methods: z.array(z.enum(methods)).min(1).describe('Comment on le fabrique (au moins une méthode)'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.2.0').describe('Version du modèle, sous la forme 1.2.0'),
    updated: pastDate.describe('Date de la dernière mise à jour (AAAA-MM-JJ)'),
    changelog: z
      .array(
        z
          .object({
            version: z.string().describe('Version'),
            date: pastDate.describe('Date de la version (AAAA-MM-JJ)'),
            changes: z.string().describe('Ce qui a changé'),
          })
          .strict(),
      )
      .min(1)
      .describe('Historique des versions, une entrée par version'),
    licence: z
      .object({ hardware: z.literal('CERN-OHL-S-2.0').describe('Licence du matériel'), docs: z.literal('CC-BY-SA-4.0').describe('Licence de la documentation') })
      .strict()
      .describe('Licences, les mêmes pour tous les modèles'),
    authors: z.array(personSchema).min(1).describe('Qui a conçu ou documenté le modèle (au moins une personne ou un collectif)'),
    remixes: z
      .array(
        z
          .object({
            title: z.string().describe('Nom du modèle d’origine'),
            url: webUrl.describe('Adresse du modèle d’origine'),
            licence: z.string().optional().describe('Sa licence'),
          })
          .strict(),
      )
      .default([])
      .describe('Les modèles dont celui-ci est dérivé'),
    materials: z
      .array(z.object({ name: z.string().describe('Matériau'), notes: z.string().optional().describe('Précisions : épaisseur, qualité…') }).strict())
      .default([])
      .describe('Les matériaux nécessaires'),
    printSettings: printSettingsSchema
      .optional()
      .describe('Réglages d’impression 3D conseillés'),
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
    title: z.string().min(3).describe('Nom du modèle, en anglais'),
    summary: z.string().min(10).max(300).describe('Le modèle en une ou deux phrases, en anglais (300 caractères au plus)'),
    /** printSettings.notes in English. */
    printNotes: z.string().optional().describe('Les conseils d’impression, en anglais'),
    materials: z
      .array(z.object({ name: z.string(), notes: z.string().optional() }).strict())
      .optional()
      .describe('Les matériaux de la page française, traduits, dans le même ordre'),
    changelog: z
      .array(z.object({ version: z.string(), changes: z.string() }).strict())
      .optional()
      .describe('L’historique de la page française, traduit, dans le même ordre'),
    authors: z
      .array(z.object({ name: z.string().min(1), role: z.string().optional() }).strict())
      .optional()
      .describe('Les auteurs de la page française, rôles traduits, dans le même ordre'),
  })
  .strict();

export type DesignDocEn = z.infer<typeof designDocEnSchema>;

export type DesignDoc = z.infer<typeof designDocSchema>;
