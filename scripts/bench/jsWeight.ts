// What JavaScript a built page can load, and its weight (gzip): read by the JS budgets of
// `npm run bench` (budgets.ts) and asserted by tests/browser/budgets.test.ts. Sizes only, never times.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
/** Pages that are not tools ship at most this much JavaScript (gzip). */
export const PAGE_JS_BUDGET = 30 * KB;
/**
 * A flat design's page (sheet, pattern) until its first preview is drawn and its links offered:
 * the page, the design worker (kit, manifold's glue, zod, JSCAD's 2D functions) and the design
 * came to 80–83 kB (2026-12-05); pdf-lib and JSCAD's serializers load when a file is asked for.
 */
export const FLAT_PAGE_JS_BUDGET = 90 * KB;
/** What the sheet's SVG or DXF link loads: the format registry and JSCAD's serializers with only the JSCAD they use (22.6 kB). */
export const SVG_WRITER_JS_BUDGET = 25 * KB;

const sizes = new Map<string, number>();
/** Gzipped size of a built file, by URL path (`/_astro/x.js`); 0 if absent. */
export function gzipped(dist: string, pathname: string): number {
  const file = join(dist, decodeURIComponent(pathname));
  if (!sizes.has(file)) sizes.set(file, existsSync(file) ? gzipSync(readFileSync(file)).byteLength : 0);
  return sizes.get(file)!;
}

/** The /_astro/ scripts a page's HTML file loads. */
export function pageScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map(([, src]) => src);
}

/** Chunks a built script names: any of them (`all`), or only those it imports statically. */
function namedChunks(dist: string, script: string, all: boolean): string[] {
  const code = readFileSync(join(dist, script), 'utf8');
  const pattern = all ? /["'`](?:\.\/|\/_astro\/)([\w.~-]+\.js)["'`]/g : /\b(?:import|export)\s*(?:[^"'`();]*?from\s*)?["'`]\.\/([\w.~-]+\.js)["'`]/g;
  return [...code.matchAll(pattern)].map(([, name]) => `/_astro/${name}`);
}

function closure(dist: string, htmlFile: string, all: boolean): string[] {
  const seen = new Set<string>();
  const stack = pageScripts(htmlFile);
  while (stack.length) {
    const script = stack.pop()!;
    if (seen.has(script)) continue;
    seen.add(script);
    stack.push(...namedChunks(dist, script, all));
  }
  return [...seen].sort();
}

/**
 * Every /_astro/ script a page can reach from its HTML: the scripts' imports, static or dynamic,
 * and their workers (any chunk a script names). An upper bound of what the page may ever load.
 */
export const reachableScripts = (dist: string, htmlFile: string) => closure(dist, htmlFile, true);

/** What a page loads before anything is asked: its scripts and their static imports (no dynamic import, no worker). */
export const staticScripts = (dist: string, htmlFile: string) => closure(dist, htmlFile, false);

export const totalOf = (dist: string, paths: Iterable<string>) => [...paths].reduce((n, p) => n + gzipped(dist, p), 0);

/** Names whose definition marks a library in a built chunk (a minifier keeps these strings). */
const LIBRARY_MARKERS: [library: string, marker: RegExp][] = [
  ['pdf-lib', /PDFDocument/],
  ['JSCAD SVG/DXF serializers', /<!DOCTYPE svg|ENTITIES/],
  ['manifold', /manifold\.wasm/],
  ['three.js', /WebGLRenderer/],
  ['JSCAD modeling', /geom2/],
  ['zod', /ZodError/],
];

/** What a built chunk holds: the libraries it carries, and the design whose code it is. */
export function chunkHolds(dist: string, pathname: string): string[] {
  const code = readFileSync(join(dist, decodeURIComponent(pathname)), 'utf8');
  const held = LIBRARY_MARKERS.filter(([, marker]) => marker.test(code)).map(([library]) => library);
  const design = /\/design-[\w-]+\.js$/.test(pathname) ? code.match(/slug:"([a-z-]+)"/)?.[1] : undefined;
  return design ? [...held, `design ${design}`] : held;
}

/** A chunk's short name: "/_astro/pdf-CeWtKBMo.js" → "pdf". */
export const chunkName = (pathname: string) => pathname.replace(/^.*\//, '').replace(/[.-][\w-]{8}\.js$/, '').replace(/_astro_type_script_index_\d_lang$/, '');
