// Open Santé collections (issue 5): the sanitary protocols in protocols/*.mdx.
// Review records are read by site/lib/openSante/records.ts with the same schema the tests use.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { protocolSchema } from './schemas/protocol';

const protocols = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './protocols' }),
  schema: protocolSchema,
});

export const openSanteCollections = { protocols };
