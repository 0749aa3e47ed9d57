// After `astro build`: generates the service worker (workbox-build) and the list of every file
// of the site that the "save everything" page puts in the worker's caches.
// Usage: tsx scripts/offline.ts [dist]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { generateSW } from 'workbox-build';
import { ARCHIVE_URL, CACHE, CATALOGUE_LIST, PAGE_DRAWING_CHUNK, SCRIPT_NEEDS, SITE_LIST, SW_URL, type CatalogueList } from '../site/offline/caches';

const dist = process.argv[2] ?? 'dist';
const swFile = SW_URL.slice(1);
const listFile = CATALOGUE_LIST.slice(1);
const needsFile = SCRIPT_NEEDS.slice(1);
const siteFile = SITE_LIST.slice(1);
const archiveFile = ARCHIVE_URL.slice(1);
// The worker's routes are copied into sw.js as source text, so they spell paths out.
if (ARCHIVE_URL !== '/usinette-site.zip') throw new Error('offline: update the archive route below to ARCHIVE_URL');

/** The shell, precached at install: both home pages, both offline pages, the batch verify pages (a label's QR code opens them anywhere), styles, icon. */
const SHELL_PAGES = ['index.html', 'en/index.html', 'hors-ligne/index.html', 'en/offline/index.html', 'open-sante/verifier/index.html', 'en/open-sante/verify/index.html'];

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else out.push(relative(dist, p).split(sep).join('/'));
  }
  return out;
}

/**
 * The /_astro/ files a script refers to, and theirs, read from the built code: static and dynamic
 * imports, workers (`new URL("/_astro/….js", import.meta.url)`) and the WASM. `follow` says which
 * references to take.
 */
function closure(roots: string[], follow: (file: string) => boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !follow(file)) return;
    seen.add(file);
    if (!/\.m?js$/.test(file)) return;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, ref] of code.matchAll(/["'`]((?:\.{1,2}\/|\/_astro\/)[\w.-]+\.(?:m?js|wasm|css))["'`]/g)) {
      const target = ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(file), ref));
      // Strings in bundled libraries that look like paths but are no file of the build are not references.
      if (existsSync(join(dist, target))) visit(target);
    }
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/** The scripts a page's HTML loads. */
function pageScripts(page: string): string[] {
  return [...readFileSync(join(dist, page), 'utf8').matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map(([, src]) => src);
}

/** The scripts the shell pages load, with the chunks they import, so the shell runs offline. */
function shellScripts(): string[] {
  return closure(SHELL_PAGES.flatMap(pageScripts), (f) => f.endsWith('.js'));
}

/**
 * For every script a page loads, what it will fetch later (its imports, its workers and their
 * chunks, the WASM): the first page a reader opens loads these before the service worker is
 * there, and workers' requests are not in the page's performance entries, so the registration
 * script puts them in the cache from this list. The on-page 3D chunk is left out: only a browser
 * whose worker cannot draw loads it, and then the page's own entries list it.
 */
function scriptNeeds(): Record<string, string[]> {
  const needs: Record<string, string[]> = {};
  for (const page of all.filter((f) => f.endsWith('.html'))) {
    for (const script of pageScripts(page)) {
      if (`/${script}` in needs) continue;
      const more = closure([script], (f) => !PAGE_DRAWING_CHUNK.test(`/${f}`)).filter((f) => f !== script);
      if (more.length) needs[`/${script}`] = more.map((f) => `/${f}`).sort();
    }
  }
  return needs;
}

const all = files(dist);
for (const page of SHELL_PAGES) if (!all.includes(page)) throw new Error(`offline: shell page ${page} is missing from ${dist}`);
const needs = scriptNeeds();
writeFileSync(join(dist, needsFile), JSON.stringify(needs));

/** Stores and finds a copy under its address without the query (`?ts=…`, `?q=…`): one copy each. */
const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  // The list of what pages' scripts need is precached: it always matches this worker's build.
  globPatterns: [...SHELL_PAGES, '_astro/*.css', 'favicon.svg', needsFile, ...shellScripts()],
  swDest: join(dist, swFile),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  dontCacheBustURLsMatching: /^_astro\//,
  runtimeCaching: [
    // The portable archive (several MB) is downloaded, never kept in the browser.
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname === '/usinette-site.zip',
      handler: 'NetworkOnly' as const,
    },
    // Pages: fresh when the network answers within a few seconds, else the saved copy, else the
    // offline page in the reader's language.
    ...(['en', 'fr'] as const).map((lang) => ({
      urlPattern: lang === 'en'
        ? ({ request, url }: { request: Request; url: URL }) => request.mode === 'navigate' && url.pathname.startsWith('/en/')
        : ({ request }: { request: Request }) => request.mode === 'navigate',
      handler: 'NetworkFirst' as const,
      options: {
        cacheName: CACHE.pages,
        networkTimeoutSeconds: 4,
        matchOptions: { ignoreSearch: true },
        plugins: [withoutQuery],
        precacheFallback: { fallbackURL: lang === 'en' ? '/en/offline/index.html' : '/hors-ligne/index.html' },
      },
    })),
    // Scripts, styles, the worker and the WASM kernel carry a content hash: never refetched.
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname.startsWith('/_astro/'),
      handler: 'CacheFirst' as const,
      options: { cacheName: CACHE.assets },
    },
    // Ready-made files: the network's copy when it answers, so the SHA-256 on the page matches.
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname.startsWith('/fichiers/'),
      handler: 'NetworkFirst' as const,
      options: { cacheName: CACHE.files, networkTimeoutSeconds: 4 },
    },
    // The search index: pagefind asks for pagefind-entry.json?ts=<now>, so the saved copy is
    // found whatever the query; the entry is fresh when the network answers (it names the
    // index's chunks of this build), the rest is content-hashed or versioned with it.
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname === '/pagefind/pagefind-entry.json',
      handler: 'NetworkFirst' as const,
      options: { cacheName: CACHE.assets, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true }, plugins: [withoutQuery] },
    },
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
      handler: 'StaleWhileRevalidate' as const,
      options: { cacheName: CACHE.assets, matchOptions: { ignoreSearch: true }, plugins: [withoutQuery] },
    },
    // Everything else of the site (images, data).
    {
      urlPattern: ({ sameOrigin }: { sameOrigin: boolean }) => sameOrigin,
      handler: 'StaleWhileRevalidate' as const,
      options: { cacheName: CACHE.assets },
    },
  ],
});
for (const w of warnings) console.warn(`offline: ${w}`);

/** A page script is light when it and everything it loads weigh less than this; heavier ones (the customizer's engine, pdf-lib) load on demand. */
const LIGHT_SCRIPT_BYTES = 100_000;
const bytesOf = (f: string) => statSync(join(dist, f)).size;
const urlOf = (f: string) => '/' + (f.endsWith('index.html') ? f.slice(0, -'index.html'.length) : f);

/**
 * What a reader keeps after a first visit (site/offline/register.ts): every page but the editor's,
 * the styles, the light scripts with what they import, the catalogue's thumbnails and the search
 * index without pagefind's own UI (the site has its search page).
 */
function siteList(): string[] {
  const pages = all.filter((f) => f.endsWith('.html') && !f.startsWith('contribuer/editer/'));
  const scripts = [...new Set(pages.flatMap(pageScripts))].flatMap((script) => {
    const loads = closure([script], (f) => !PAGE_DRAWING_CHUNK.test(`/${f}`));
    return loads.reduce((n, f) => n + bytesOf(f), 0) < LIGHT_SCRIPT_BYTES ? loads : [];
  });
  const search = all.filter((f) => f.startsWith('pagefind/') && !/^pagefind\/(pagefind-(component-|modular-)?ui|pagefind-highlight)\.|^pagefind\/wasm\.unknown\./.test(f));
  const files = [...pages, ...all.filter((f) => /^_astro\/[^/]+\.css$/.test(f) || f.startsWith('apercus/')), ...scripts, ...search, 'favicon.svg'];
  return [...new Set(files)].sort().map(urlOf);
}
const site = siteList();
writeFileSync(join(dist, siteFile), JSON.stringify(site));

const list: CatalogueList = { files: [], bytes: 0 };
for (const f of files(dist).sort()) {
  // The archive is downloaded from the offline page, not saved in the browser; the editor
  // (6 MB of Decap CMS) needs its backend, so reading offline has no use for it.
  if (f === swFile || f === listFile || f === needsFile || f === siteFile || f === archiveFile || f.endsWith('.map') || f.startsWith('contribuer/editer/')) continue;
  const bytes = statSync(join(dist, f)).size;
  const url = urlOf(f);
  list.files.push(PAGE_DRAWING_CHUNK.test(url) ? { url, bytes, pageDrawing: true } : { url, bytes });
  list.bytes += bytes;
}
// A renamed chunk would quietly double the download for every browser: say so at build.
const viewerWorker = list.files.some((f) => /^\/_astro\/viewer\.worker[-.]/.test(f.url));
if (viewerWorker && !list.files.some((f) => f.pageDrawing)) {
  throw new Error(`offline: no on-page 3D chunk matches ${PAGE_DRAWING_CHUNK} beside the viewer worker; update PAGE_DRAWING_CHUNK (site/offline/caches.ts)`);
}
writeFileSync(join(dist, listFile), JSON.stringify(list));
const siteBytes = site.reduce((n, url) => n + bytesOf(url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1)), 0);
console.log(`offline: ${swFile} precaches ${count} files (${(size / 1024).toFixed(0)} kB); ${listFile} lists ${list.files.length} files (${(list.bytes / 1e6).toFixed(1)} MB); ${siteFile} lists ${site.length} files (${(siteBytes / 1e6).toFixed(1)} MB before compression); ${needsFile}: ${Object.keys(needs).length} scripts`);
