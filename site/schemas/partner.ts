import { z } from 'astro/zod';
import { webUrl } from './common';
import { departmentSchema, localizedSchema, partialDateSchema } from './sourced';
import { boundProblems, envelopeSchema, reviewerKinds, reviewerKindLabels } from './review';

/** The organisations that review designs: every reviewer kind but the coordination, which only withdraws. */
export const partnerKindSchema = z.enum(reviewerKinds).exclude(['coordination']);
export const partnerKinds = partnerKindSchema.options;
export type PartnerKind = z.infer<typeof partnerKindSchema>;

/**
 * A health partner (data/open-sante/partners/<id>.yaml, the id being the file name): an
 * organisation that reviews designs. Partners may be outside Brittany, so the department is
 * optional; when given, it is one of Brittany's.
 */
export const partnerSchema = z
  .object({
    name: z.string().trim().min(2).describe('Nom de l’organisation, tel qu’elle choisit de le publier'),
    kind: partnerKindSchema.describe(`Type d’organisation : ${partnerKinds.map((k) => reviewerKindLabels[k].fr).join(', ')}`),
    commune: z.string().trim().min(1).describe('Commune où elle se trouve, en toutes lettres (« Brest »)'),
    department: departmentSchema.optional().describe('Son département, si elle est en Bretagne : 22, 29, 35 ou 56 ; vide ailleurs'),
    url: webUrl.optional().describe('Son site web (http ou https)'),
    description: localizedSchema.optional().describe('Ce qu’elle fait, en une ou deux phrases, en français et en anglais (facultatif)'),
    since: partialDateSchema.describe('Depuis quand elle est partenaire : AAAA, AAAA-MM ou AAAA-MM-JJ'),
    accepts: z
      .object({
        designs: z
          .array(
            envelopeSchema
              .extend({ design: z.string().regex(/^[a-z0-9-]+$/).describe('Le modèle accepté : nom de son dossier dans designs/') })
              .strict()
              .superRefine((d, ctx) => {
                for (const [path, message] of boundProblems(d.parameters)) ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
              }),
          )
          .default([])
          .describe('Les modèles qu’elle accepte, chacun avec les plages de paramètres et les préréglages acceptés'),
        materials: z.array(z.string().trim().min(1)).default([]).describe('Les matériaux acceptés (vide : tous)'),
        protocol: z.string().regex(/^[a-z0-9-]+$/).optional().describe('Le protocole de désinfection demandé, par son identifiant'),
        packaging: localizedSchema.optional().describe('L’emballage demandé, en français et en anglais'),
      })
      .strict()
      .optional()
      .describe('Ce qu’elle accepte de recevoir des makers (profil d’acceptation)'),
  })
  .strict()
  .describe('Une organisation de santé qui revoit les modèles');

/** A partner as the site reads it: its data, and its id taken from its file name. */
export type Partner = z.infer<typeof partnerSchema> & { id: string };
