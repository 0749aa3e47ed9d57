import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { designDocSchema, designDocEnSchema } from './schemas/design';
import { networkCollections } from './networkCollections';
import { openSanteCollections } from './openSanteCollections';
import { guideSchema, guideEnSchema } from './schemas/guide';
import { designBySlug } from '../designs';
import { figureProblems, isPattern } from '../designs/_kit/pattern';

// Collections read the repository's top-level content folders; schemas live in site/schemas/.
const designs = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './designs', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: designDocSchema,
});

const designsEn = defineCollection({
  loader: glob({ pattern: '*/en.mdx', base: './designs', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: designDocEnSchema,
});

// Sewing guides: guides/<slug>/index.mdx in French, en.mdx in English. Their step figures name
// pieces, edges and notches of the pattern: checked here against the pattern itself, so a wrong
// name fails the build with the file and the field.
const guides = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './guides', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: guideSchema.superRefine((g, ctx) => {
    const design = designBySlug(g.design);
    if (!design || !isPattern(design)) return ctx.addIssue({ code: 'custom', path: ['design'], message: `"${g.design}" is not a sewing pattern in designs/index.ts` });
    for (const p of figureProblems(design, g.figures.size, g.figures.steps)) ctx.addIssue({ code: 'custom', path: ['figures', ...p.path], message: p.message });
  }),
});

const guidesEn = defineCollection({
  loader: glob({ pattern: '*/en.mdx', base: './guides', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: guideEnSchema,
});

export const collections = { designs, designsEn, guides, guidesEn, ...networkCollections, ...openSanteCollections };
