import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { designDocSchema, designDocEnSchema } from './schemas/design';
import { networkCollections } from './networkCollections';
import { openSanteCollections } from './openSanteCollections';
import { guideSchema, guideEnSchema } from './schemas/guide';

// Collections read the repository's top-level content folders; schemas live in site/schemas/.
const designs = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './designs', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: designDocSchema,
});

const designsEn = defineCollection({
  loader: glob({ pattern: '*/en.mdx', base: './designs', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: designDocEnSchema,
});

// Sewing guides: guides/<slug>/index.mdx in French, en.mdx in English.
const guides = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './guides', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: guideSchema,
});

const guidesEn = defineCollection({
  loader: glob({ pattern: '*/en.mdx', base: './guides', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: guideEnSchema,
});

export const collections = { designs, designsEn, guides, guidesEn, ...networkCollections, ...openSanteCollections };
