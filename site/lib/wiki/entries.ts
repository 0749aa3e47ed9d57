// Each kind of content as the wiki sees it: the editor collection and slug that open an entry,
// and the repository file that holds it (for its history and last update). Pages call these
// instead of spelling paths.
import type { Lang } from '../../i18n';
import { collectionNames as c } from './editor';

/** An entry the editor can open, and the file it is stored in (relative to the repository root). */
export interface WikiEntry {
  collection: string;
  slug: string;
  file: string;
}

/** The network's folders: one YAML file per entry, named by its id. */
export type NetworkFolder = 'places' | 'production' | 'resources' | 'inventory' | 'working-groups' | 'figures';

/** The folder that holds every entry of one network kind: what a list page shows. */
export const networkListPath = (folder: NetworkFolder) => `network/${folder}`;

/** The file that holds one network entry. */
export const networkEntryFile = (folder: NetworkFolder, id: string) => `network/${folder}/${id}.yaml`;

const network = (collection: string, folder: NetworkFolder) => (id: string): WikiEntry => ({
  collection, slug: id, file: networkEntryFile(folder, id),
});

/**
 * A document with a French file and, where it exists, an English one (designs, guides). An
 * English page edits the English file where there is one, otherwise the shared French file.
 * Each is a "files" collection of the editor, whose entries are named by the document's slug.
 */
const bilingual = (root: string, fr: string, en: string) => (slug: string, lang: Lang, hasEnglish: boolean): WikiEntry =>
  lang === 'en' && hasEnglish
    ? { collection: en, slug, file: `${root}/${slug}/en.mdx` }
    : { collection: fr, slug, file: `${root}/${slug}/index.mdx` };

export const ORG_MODELS_FOLDER = 'network/models';
export const PARTNERS_FOLDER = 'data/open-sante/partners';

export const wikiEntries = {
  protocol: (slug: string): WikiEntry => ({ collection: c.protocols, slug, file: `protocols/${slug}.mdx` }),
  guide: bilingual('guides', c.guides, c.guidesEn),
  design: bilingual('designs', c.designs, c.designsEn),
  place: network(c.places, 'places'),
  production: network(c.production, 'production'),
  resource: network(c.resources, 'resources'),
  inventory: network(c.inventory, 'inventory'),
  workingGroup: network(c.workingGroups, 'working-groups'),
  figure: network(c.figures, 'figures'),
  orgModel: (slug: string): WikiEntry => ({ collection: c.orgModels, slug, file: `${ORG_MODELS_FOLDER}/${slug}.yaml` }),
  partner: (id: string): WikiEntry => ({ collection: c.partners, slug: id, file: `${PARTNERS_FOLDER}/${id}.yaml` }),
};
