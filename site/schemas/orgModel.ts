import { z } from 'astro/zod';
import { orderSchema } from './common';
import { localizedSchema, networkSourcesSchema } from './sourced';

export const flowKinds = ['demande', 'matiere', 'produits', 'information'] as const;
export type FlowKind = (typeof flowKinds)[number];

const nodeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Identifiant de la case, en minuscules et tirets, repris par les flux'),
    label: localizedSchema.describe('Texte de la case, en français et en anglais'),
    col: z.number().int().min(0).max(4).describe('Colonne du schéma, de 0 à 4, de gauche à droite'),
    row: z.number().int().min(0).max(4).describe('Ligne du schéma, de 0 à 4, de haut en bas'),
  })
  .strict();

const edgeSchema = z
  .object({
    from: z.string().describe('Identifiant de la case de départ'),
    to: z.string().describe('Identifiant de la case d’arrivée'),
    kind: z.enum(flowKinds).describe('Ce qui circule : demande, matière, produits ou information'),
    label: localizedSchema.describe('Texte de la flèche, en français et en anglais'),
  })
  .strict();

/** What the sources say on a topic; an empty list says plainly that no source covers it (the page writes so). */
const documented = z.array(localizedSchema).default([]);

/**
 * An organisation model of the Breton network (network/models/<slug>.yaml). Its diagram is
 * drawn from `nodes` and `flows`; an empty topic says plainly that no source covers it.
 */
export const orgModelSchema = z
  .object({
    title: localizedSchema.describe('Nom du modèle, en français et en anglais'),
    summary: localizedSchema.describe('Le modèle en une phrase, en français et en anglais'),
    order: orderSchema,
    origin: localizedSchema.describe('Qui a nommé ou proposé ce modèle, selon les sources'),
    reading: localizedSchema.describe('Ce qui, dans cette page, est notre lecture du modèle, et pourquoi'),
    whenItFits: z.array(localizedSchema).min(1).describe('Les situations où ce modèle convient (au moins une)'),
    roles: z
      .array(z.object({ name: localizedSchema.describe('Nom du rôle'), does: localizedSchema.describe('Ce que fait ce rôle') }).strict())
      .min(2)
      .describe('Les rôles du modèle (au moins deux)'),
    nodes: z.array(nodeSchema).min(2).describe('Les cases du schéma (au moins deux)'),
    flows: z.array(edgeSchema).min(1).describe('Les flèches du schéma, d’une case à une autre'),
    sanitary: documented.describe('Les précautions sanitaires ; laissez vide si aucune source n’en parle, la page l’écrira'),
    costs: documented.describe('Les coûts ; laissez vide si aucune source n’en parle, la page l’écrira'),
    wentWrong: documented.describe('Ce qui a mal tourné ; laissez vide si aucune source n’en parle, la page l’écrira'),
    sources: networkSourcesSchema,
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = new Set<string>();
    m.nodes.forEach((n, i) => {
      if (ids.has(n.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${n.id}"` });
      ids.add(n.id);
    });
    m.flows.forEach((f, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(f[end])) ctx.addIssue({ code: 'custom', path: ['flows', i, end], message: `unknown node "${f[end]}"; nodes are ${[...ids].join(', ')}` });
      }
    });
  })
  .describe('Un modèle d’organisation du réseau breton, avec le schéma de ses flux');

export type OrgModel = z.infer<typeof orgModelSchema>;
