// The built site as the tests see it: every HTML page found in dist/, so pages added by
// anyone are covered without a list to keep up to date.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.USINETTE_DIST ?? 'dist';

/** Directories that hold generated assets, not pages. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'fichiers']);

function walk(dir: string, out: string[]) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!(dir === DIST && NOT_PAGES.has(e.name))) walk(p, out);
    } else if (e.name.endsWith('.html')) out.push(p);
  }
}

/**
 * The editor's page: Decap CMS under its own policy, needing its backend (decap-server) to do
 * anything; tests/browser/editor.test.ts covers it, the site-wide suites leave it out.
 */
export const EDITOR_PAGE = '/contribuer/editer/';

/** URL paths of every built page but the editor's, sorted: `/`, `/modeles/`, `/404.html`… */
export function sitePages(dist = DIST): string[] {
  const files: string[] = [];
  walk(dist, files);
  return files
    .map((f) => '/' + relative(dist, f).split(sep).join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .filter((p) => p !== EDITOR_PAGE)
    .sort();
}

/** The file in dist/ that serves a URL path, as the static server resolves it. */
export function fileFor(pathname: string, dist = DIST): string {
  const p = decodeURIComponent(pathname);
  return join(dist, p.endsWith('/') ? `${p}index.html` : p);
}
