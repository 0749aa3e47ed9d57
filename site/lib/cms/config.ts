// The Decap CMS configuration, generated at build from the schemas (collections.ts) and the one
// forge setting (site/settings.ts). Served as /contribuer/editer/config.yml; never written by hand.
import type { Forge } from '../../settings';
import { collectionSpecs, fieldsOf, type CollectionSpec, type ContentIndex } from './collections';

/** Where the editor talks to decap-server: the same origin, proxied by `npm run wiki` (scripts/wiki.ts). */
export const LOCAL_API = '/api/v1';

/** Decap's backend block for a forge; with none set, the local backend (decap-server in git mode). */
/** Commit messages in French, naming the person, so the history reads like the wiki's. */
export const COMMIT_MESSAGES = {
  create: '{{collection}} « {{slug}} » : ajout (par {{author-name}})',
  update: '{{collection}} « {{slug}} » : modification (par {{author-name}})',
  delete: '{{collection}} « {{slug}} » : suppression (par {{author-name}})',
  uploadMedia: 'Média « {{path}} » : ajout',
  deleteMedia: 'Média « {{path}} » : suppression',
  openAuthoring: '{{message}}',
};

export function backendOf(forge: Forge | null): Record<string, unknown> {
  if (!forge) return { name: 'proxy', proxy_url: LOCAL_API, branch: 'main', commit_messages: COMMIT_MESSAGES };
  const common = { repo: forge.repo, branch: forge.branch, squash_merges: true, commit_messages: COMMIT_MESSAGES };
  switch (forge.kind) {
    case 'github':
      // Open authoring: a contributor without write access proposes from a fork, as a pull request.
      return { name: 'github', ...common, open_authoring: true, ...(forge.authBaseUrl && { base_url: forge.authBaseUrl }), ...(forge.url !== 'https://github.com' && { api_root: `${forge.url}/api/v3` }) };
    case 'gitlab':
      return { name: 'gitlab', ...common, auth_type: 'pkce', app_id: forge.appId, api_root: `${forge.url}/api/v4`, base_url: forge.url, auth_endpoint: 'oauth/authorize' };
    case 'forgejo':
      // Decap 3.16's own Forgejo backend: PKCE login, and open authoring (proposals from a fork).
      return { name: 'forgejo', ...common, open_authoring: true, app_id: forge.appId, api_root: `${forge.url}/api/v1`, base_url: forge.url };
  }
}

function collectionConfig(spec: CollectionSpec) {
  const common = {
    name: spec.name,
    label: spec.label,
    label_singular: spec.label_singular,
    description: spec.description,
    extension: spec.extension,
    format: spec.extension === 'mdx' ? 'frontmatter' : 'yml',
    create: spec.create,
    delete: false,
    editor: { preview: false },
  };
  const fields = fieldsOf(spec);
  if (spec.files) return { ...common, files: spec.files.map((f) => ({ ...f, fields })) };
  return {
    ...common,
    folder: spec.folder,
    ...(spec.identifier_field && { identifier_field: spec.identifier_field }),
    ...(spec.slug && { slug: spec.slug }),
    ...(spec.summary && { summary: spec.summary }),
    ...(spec.sortable_fields && { sortable_fields: spec.sortable_fields }),
    fields,
  };
}

export function cmsConfig(forge: Forge | null, index: ContentIndex) {
  return {
    locale: 'fr',
    backend: backendOf(forge),
    // decap-server on the coordinator's laptop (npm run wiki): used when the page is on localhost.
    local_backend: { url: LOCAL_API },
    publish_mode: 'editorial_workflow',
    media_folder: 'public/medias',
    public_folder: '/medias',
    site_url: '/',
    // Decap shows this text in its header, linked to site_url.
    display_url: 'Retour au site',
    logo_url: '/favicon.svg',
    show_preview_links: false,
    search: false,
    // Files are named from a field; ASCII without accents, as the rest of the repository.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections: collectionSpecs(index).map(collectionConfig),
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
