import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { designDocSchema, designDocEnSchema } from './schemas/design';
import { networkCollections } from './networkCollections';
import { openSanteCollections } from './openSanteCollections';

// Collections read the repository's top-level content folders; schemas live in site/schemas/.
const designs = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './designs', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: designDocSchema,
});

const designsEn = defineCollection({
  loader: glob({ pattern: '*/en.mdx', base: './designs', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: designDocEnSchema,
});

export const collections = { designs, designsEn, ...networkCollections, ...openSanteCollections };
