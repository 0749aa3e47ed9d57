import { z } from 'astro/zod';
import { webUrl } from './common';
import { localizedSchema, partialDateSchema } from './sourced';

/** A press article, a resource or a platform (network/resources.yaml): date, source, link. */
export const resourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be kebab-case'),
    kind: z.enum(['presse', 'ressource', 'plateforme', 'questionnaire']),
    title: z.string().min(3),
    titleIs: z.enum(['published', 'description']).describe('"description" when we do not know the exact published title'),
    publisher: z.string().min(2),
    url: webUrl,
    urlScope: z.enum(['page', 'site']).describe('"site" when the link goes to the publisher, not the exact page'),
    date: z.union([partialDateSchema, z.literal('unknown')]),
    language: z.enum(['fr', 'en']),
    summary: localizedSchema,
  })
  .strict();

export type Resource = z.infer<typeof resourceSchema>;
