// Open Santé collections: the sanitary protocols in protocols/*.mdx and the health
// partners, one file each in data/open-sante/partners/ (the id being the file name).
// Review records are read by site/lib/openSante/records.ts with the same schema the tests use.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { entryId } from './lib/entryFiles';
import { protocolSchema } from './schemas/protocol';
import { partnerSchema } from './schemas/partner';

const protocols = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './protocols' }),
  schema: protocolSchema,
});

/**
 * One YAML file per entry in a folder that may be empty or missing: no partner is recorded yet,
 * and that is a state, not a mistake, so the glob loader's "no files found" warning is skipped.
 */
function optionalEntryFolder(folder: string): Loader {
  const files = glob({ pattern: '*.yaml', base: `./${folder}`, generateId: ({ entry }) => entryId(folder, entry) });
  return {
    name: 'optional-entry-folder',
    load: async (context) => {
      const dir = fileURLToPath(new URL(`${folder}/`, context.config.root));
      const hasEntries = existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.yaml'));
      if (hasEntries) return files.load(context);
      // Leave the collection existing but empty, so getCollection() returns [] without warning
      // that it "does not exist"; should Astro drop empty collections, only that warning returns.
      context.store.clear();
      context.store.set({ id: 'none', data: {} });
      context.store.delete('none');
    },
  };
}

const partners = defineCollection({ loader: optionalEntryFolder('data/open-sante/partners'), schema: partnerSchema });

export const openSanteCollections = { protocols, partners };
