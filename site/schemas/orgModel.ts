import { z } from 'astro/zod';
import { localizedSchema, networkSourcesSchema } from './sourced';

export const flowKinds = ['demande', 'matiere', 'produits', 'information'] as const;
export type FlowKind = (typeof flowKinds)[number];

const nodeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: localizedSchema,
    col: z.number().int().min(0).max(4).describe('Column of the diagram, left to right'),
    row: z.number().int().min(0).max(4).describe('Row of the diagram, top to bottom'),
  })
  .strict();

const edgeSchema = z
  .object({ from: z.string(), to: z.string(), kind: z.enum(flowKinds), label: localizedSchema })
  .strict();

const documented = z.union([z.array(localizedSchema).min(1), z.literal('non-documente')]);

/**
 * An organisation model of the Breton network (network/models/<slug>.yaml). Its diagram is
 * drawn from `nodes` and `flows`; "non-documente" says plainly that no source covers a topic.
 */
export const orgModelSchema = z
  .object({
    title: localizedSchema,
    summary: localizedSchema,
    order: z.number().int(),
    origin: localizedSchema.describe('Who named or proposed the model, per the sources'),
    reading: localizedSchema.describe('How much of this page is our reading of the model, and why'),
    whenItFits: z.array(localizedSchema).min(1),
    roles: z.array(z.object({ name: localizedSchema, does: localizedSchema }).strict()).min(2),
    nodes: z.array(nodeSchema).min(2),
    flows: z.array(edgeSchema).min(1),
    sanitary: documented,
    costs: documented,
    wentWrong: documented,
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
  });

export type OrgModel = z.infer<typeof orgModelSchema>;
