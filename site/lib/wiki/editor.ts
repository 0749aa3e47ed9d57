// Addresses inside the editor (Decap CMS at /contribuer/editer/). The collection names are the
// ones the generated config declares (site/lib/cms/collections.ts), so links and config agree.

export const EDITOR_PATH = '/contribuer/editer/';

/** Names of the editor's collections, one per kind of content. */
export const collectionNames = {
  places: 'lieux',
  production: 'production',
  resources: 'ressources',
  inventory: 'inventaire',
  workingGroups: 'groupes',
  figures: 'chiffres',
  orgModels: 'modeles-organisation',
  protocols: 'protocoles',
  guides: 'guides',
  guidesEn: 'guides-en',
  designs: 'modeles',
  designsEn: 'modeles-en',
  partners: 'partenaires',
  recalls: 'rappels',
  legal: 'statuts-juridiques',
} as const;
export type CollectionKey = keyof typeof collectionNames;

/** Review records of one design have a collection each, so the form knows its files and criteria. */
export const reviewCollection = (designSlug: string) => `revues-${designSlug}`;

/** Opens an entry for editing. `slug` is the file's path inside the collection's folder, without extension. */
export const editEntryUrl = (collection: string, slug: string) => `${EDITOR_PATH}#/collections/${collection}/entries/${slug}`;

/** Opens the form for a new entry. */
export const newEntryUrl = (collection: string) => `${EDITOR_PATH}#/collections/${collection}/new`;
