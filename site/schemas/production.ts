import { z } from 'astro/zod';
import { webUrl } from './common';
import { departmentSchema, endOf, knownOrUnknownDate, localizedSchema, partialDateSchema, requireUnknownReason, startOf, unknownReason } from './sourced';

/**
 * One production report (network/production/<id>.yaml, the id being the file name): how many
 * items a group made over a period, on a territory. Sources often give a figure for a town, a
 * department and the whole region, or a running total at two dates: a report that may count the
 * same pieces as a wider one names it in `within`, and no total adds it again
 * (site/lib/network/production.ts).
 */
export const productionSchema = z
  .object({
    from: partialDateSchema.describe('Début de la période, aussi précis que connu : AAAA, AAAA-MM ou AAAA-MM-JJ'),
    to: partialDateSchema.describe('Fin de la période, aussi précise que la source : le jour où le chiffre a été donné (AAAA-MM-JJ) ou, à défaut, le mois (AAAA-MM) ou l’année (AAAA)'),
    territory: z.union([departmentSchema, z.literal('bretagne')]).describe('Un département (22, 29, 35 ou 56), ou « bretagne » quand le chiffre n’est pas ventilé'),
    item: z.string().min(1).describe('Ce qui a été fabriqué, parmi les objets de l’inventaire'),
    quantity: z.coerce.number().int('quantity must be a whole number').nonnegative('quantity cannot be negative').describe('Nombre de pièces fabriquées sur la période (nombre entier)'),
    qualifier: z.enum(['exact', 'au-moins', 'environ']).describe('« Exact » ; « Au moins » quand la source dit « plus de » ; « Environ » pour une estimation'),
    group: z.string().trim().min(2).describe('Qui a fabriqué : le groupe, le lieu ou le collectif'),
    note: localizedSchema.optional().describe('Une précision pour lire le chiffre, en français et en anglais (facultatif)'),
    source: z.string().min(3).describe('La source du chiffre : son titre, ou ce qu’elle est'),
    sourceUrl: webUrl.optional().describe('Adresse de la source (http ou https), si elle est en ligne'),
    sourceDate: knownOrUnknownDate.describe('Date de la source (AAAA, AAAA-MM ou AAAA-MM-JJ), ou « unknown » si elle n’en donne pas'),
    sourceDateUnknownReason: unknownReason.optional(),
    within: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'name a report by its id (its file name without .yaml)'))
      .default([])
      .describe('Les relevés plus larges qui comptent peut-être déjà ces pièces (la région pour un département, un département pour une ville, un cumul plus tardif), par leur identifiant : ce chiffre ne s’y ajoute pas'),
  })
  .strict()
  .superRefine(requireUnknownReason('sourceDate', 'sourceDateUnknownReason'))
  .refine((e) => startOf(e.from).getTime() < endOf(e.to).getTime(), { path: ['from'], message: 'from is after to' })
  .describe('Un relevé de production : combien de pièces un groupe a fabriquées sur une période et un territoire');

/** An entry as the site reads it: its data, and its id taken from its file name. */
export type ProductionEntry = z.infer<typeof productionSchema> & { id: string };
