// Where the service worker keeps what it caches. Shared by the worker's build (scripts/offline.ts)
// and the "save everything" page, so a file saved by hand is found by the worker offline.
export const CACHE = {
  pages: 'usinette-pages',
  assets: 'usinette-assets',
  files: 'usinette-files',
} as const;

/** Pathname patterns for each runtime cache (pages are navigations, matched by the worker). */
export const ASSET_PATH = /^\/(_astro|pagefind)\//;
export const FILE_PATH = /^\/fichiers\//;

/** The list of every file of the site, written after the build for the save page. */
export const CATALOGUE_LIST = '/offline-catalogue.json';
export const SW_URL = '/sw.js';
/**
 * For each script a page loads, the /_astro/ files it needs later (its imports, its workers, their
 * chunks, the WASM), listed at build: `{ "/_astro/Customizer….js": ["/_astro/design.worker-….js", …] }`.
 */
export const SCRIPT_NEEDS = '/offline-needs.json';
/**
 * What every reader keeps after a first visit, in the background: every page's HTML, the styles,
 * the light scripts pages load, the catalogue's thumbnails and the search index, written at
 * build as a list of addresses (`string[]`). Heavy files (ready-made files, the engine, pdf-lib)
 * are left to "save everything".
 */
export const SITE_LIST = '/offline-site.json';
/** The portable archive, published beside the site; never saved in the browser (5 MB or more). */
export const ARCHIVE_URL = '/usinette-site.zip';

export interface CatalogueList {
  /**
   * `pageDrawing`: three.js built for the page, used only where the viewer worker cannot draw
   * WebGL (viewer.ts); a browser whose worker draws does not need this second copy.
   */
  files: { url: string; bytes: number; pageDrawing?: true }[];
  bytes: number;
}

/** The on-page 3D fallback's chunk, as Vite names the dynamic import of site/client/scene.ts. */
export const PAGE_DRAWING_CHUNK = /^\/_astro\/scene\.[\w-]+\.js$/;

export function cacheFor(pathname: string): string {
  if (FILE_PATH.test(pathname)) return CACHE.files;
  if (ASSET_PATH.test(pathname)) return CACHE.assets;
  return pathname.endsWith('/') || pathname.endsWith('.html') ? CACHE.pages : CACHE.assets;
}
