// Link check over the built site, as a browser without JavaScript reads it: every internal
// link, resource and #anchor resolves to a built file and id; every file offered for download
// exists and matches the SHA-256 published beside it (required for the design files in /fichiers/).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, hasChromium, launch } from './harness';
import { fileFor, sitePages } from './site';
import { EDITOR_PATH } from '../../site/lib/wiki/editor';

interface PageLinks {
  ids: string[];
  /** href/src of every link and resource, as written. */
  refs: { attr: string; value: string }[];
  downloads: { href: string; published: string[] }[];
}


/** Reads a page's links, ids and downloads from the DOM (the page's own scripts never run). */
function collect(): PageLinks {
  const hash = /\b[0-9a-f]{64}\b/g;
  const refs: PageLinks['refs'] = [];
  for (const el of document.querySelectorAll('[href], [src], [srcset]')) {
    for (const attr of ['href', 'src']) {
      const v = el.getAttribute(attr);
      if (v !== null) refs.push({ attr: `${el.localName}[${attr}]`, value: v });
    }
    for (const part of (el.getAttribute('srcset') ?? '').split(',')) {
      const v = part.trim().split(/\s+/)[0];
      if (v) refs.push({ attr: `${el.localName}[srcset]`, value: v });
    }
  }
  // Links in SVG too (their .href is not a string): read the attribute.
  const target = (a: Element) => {
    try {
      return new URL(a.getAttribute('href') ?? '', location.href);
    } catch {
      return undefined;
    }
  };
  const downloads = [...document.querySelectorAll('a[href]')]
    .filter((a) => a.getAttribute('href') !== '#' && target(a)?.origin === location.origin)
    .filter((a) => a.hasAttribute('download') || target(a)!.pathname.startsWith('/fichiers/'))
    .map((a) => {
      // "Next to it": the row, item or block that holds the link.
      const box = a.closest('tr, li, dd, figure, p, div') ?? a.parentElement!;
      return { href: target(a)!.pathname, published: box.textContent?.match(hash) ?? [] };
    });
  return { ids: [...document.querySelectorAll('[id]')].map((e) => e.id), refs, downloads };
}

const pages = sitePages();

describe.skipIf(!hasChromium)('links of the built site', () => {
  let browser: Browser;
  const links = new Map<string, PageLinks>();

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(baseUrl() + path);
      links.set(path, await page.evaluate(collect));
    }
  }, 180_000);
  afterAll(async () => browser?.close());

  /** Ids of the page a same-origin path points to, if it is a page. */
  const idsOf = (pathname: string) => links.get(pathname)?.ids ?? links.get(`${pathname}/`)?.ids;

  it.each(pages)('%s: internal links and anchors resolve', (path) => {
    const broken: string[] = [];
    const base = new URL(baseUrl() + path);
    for (const { attr, value } of links.get(path)!.refs) {
      let url: URL;
      try {
        url = new URL(value, base);
      } catch {
        broken.push(`${attr}="${value}": not a valid URL`);
        continue;
      }
      if (url.protocol === 'mailto:' || url.protocol === 'tel:') continue;
      if (url.origin !== base.origin) {
        // Off-site links are not fetched (no request leaves the origin), but they must be web links.
        if (url.protocol !== 'https:' && url.protocol !== 'http:') broken.push(`${attr}="${value}": not an http(s) URL`);
        continue;
      }
      const file = fileFor(url.pathname);
      const dirIndex = fileFor(`${url.pathname}/`);
      const exists = (existsSync(file) && statSync(file).isFile()) || existsSync(dirIndex) || existsSync(`${file}.html`);
      if (!exists) {
        broken.push(`${attr}="${value}": no file ${file}`);
        continue;
      }
      // The editor routes inside the page with its hash (#/collections/…): those are not anchors.
      const editorRoute = url.pathname === EDITOR_PATH && url.hash.startsWith('#/');
      if (url.hash && url.hash !== '#' && !editorRoute) {
        const id = decodeURIComponent(url.hash.slice(1));
        const ids = idsOf(url.pathname);
        if (!ids) broken.push(`${attr}="${value}": #${id} points into a file that is not a page`);
        else if (!ids.includes(id)) broken.push(`${attr}="${value}": no element with id "${id}" on ${url.pathname}`);
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });

  it.each(pages)('%s: downloads exist and match their published SHA-256', (path) => {
    const problems: string[] = [];
    for (const d of links.get(path)!.downloads) {
      const file = fileFor(d.href);
      if (!existsSync(file)) {
        problems.push(`${d.href}: missing from the build`);
        continue;
      }
      const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
      // Build-time design files must publish their fingerprint; other downloads (data exports,
      // templates) are checked against one when they publish it.
      if (d.published.length === 0) {
        if (d.href.startsWith('/fichiers/')) problems.push(`${d.href}: no SHA-256 published next to the link`);
      } else if (!d.published.includes(actual)) problems.push(`${d.href}: published ${d.published.join(', ')} but the file hashes to ${actual}`);
    }
    expect(problems).toEqual([]);
  });

  it('checks at least one download somewhere', () => {
    expect([...links.values()].some((l) => l.downloads.length > 0)).toBe(true);
  });
});

