// After `astro build`: generates the service worker (workbox-build) and the list of every file
// of the site that the "save everything" page puts in the worker's caches.
// Usage: tsx scripts/offline.ts [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { generateSW } from 'workbox-build';
import { CACHE, CATALOGUE_LIST, PAGE_DRAWING_CHUNK, SW_URL, type CatalogueList } from '../site/offline/caches';

const dist = process.argv[2] ?? 'dist';
const swFile = SW_URL.slice(1);
const listFile = CATALOGUE_LIST.slice(1);

/** The shell, precached at install: both home pages, both offline pages, styles, icon. */
const SHELL_PAGES = ['index.html', 'en/index.html', 'hors-ligne/index.html', 'en/offline/index.html'];

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else out.push(relative(dist, p).split(sep).join('/'));
  }
  return out;
}

/** The scripts the shell pages load, with the chunks they import, so the shell runs offline. */
function shellScripts(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(posix.normalize(posix.join(posix.dirname(file), spec)));
  };
  for (const page of SHELL_PAGES) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const [, src] of html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)) visit(src);
  }
  return [...seen];
}

const all = files(dist);
for (const page of SHELL_PAGES) if (!all.includes(page)) throw new Error(`offline: shell page ${page} is missing from ${dist}`);

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: [...SHELL_PAGES, '_astro/*.css', 'favicon.svg', ...shellScripts()],
  swDest: join(dist, swFile),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  dontCacheBustURLsMatching: /^_astro\//,
  runtimeCaching: [
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
    // Everything else of the site (search index, images).
    {
      urlPattern: ({ sameOrigin }: { sameOrigin: boolean }) => sameOrigin,
      handler: 'StaleWhileRevalidate' as const,
      options: { cacheName: CACHE.assets },
    },
  ],
});
for (const w of warnings) console.warn(`offline: ${w}`);

const list: CatalogueList = { files: [], bytes: 0 };
for (const f of files(dist).sort()) {
  if (f === swFile || f === listFile || f.endsWith('.map')) continue;
  const bytes = statSync(join(dist, f)).size;
  const url = '/' + (f.endsWith('index.html') ? f.slice(0, -'index.html'.length) : f);
  list.files.push(PAGE_DRAWING_CHUNK.test(url) ? { url, bytes, pageDrawing: true } : { url, bytes });
  list.bytes += bytes;
}
// A renamed chunk would quietly double the download for every browser: say so at build.
const viewerWorker = list.files.some((f) => /^\/_astro\/viewer\.worker[-.]/.test(f.url));
if (viewerWorker && !list.files.some((f) => f.pageDrawing)) {
  throw new Error(`offline: no on-page 3D chunk matches ${PAGE_DRAWING_CHUNK} beside the viewer worker; update PAGE_DRAWING_CHUNK (site/offline/caches.ts)`);
}
writeFileSync(join(dist, listFile), JSON.stringify(list));
console.log(`offline: ${swFile} precaches ${count} files (${(size / 1024).toFixed(0)} kB); ${listFile} lists ${list.files.length} files (${(list.bytes / 1e6).toFixed(1)} MB)`);
