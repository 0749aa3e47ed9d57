// French and English across the built site: every page declares the language of its path, the
// switcher goes to the other language's version of the same page, which links back, and a page
// missing in one language says so and links the other. Where the site's address is set, the
// hreflang alternates are absolute, valid and reciprocal, with x-default; there are never
// relative ones (Lighthouse refuses them). A colon is followed by a space in both languages.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileFor, sitePages } from './site';

const pages = sitePages().filter((p) => p.endsWith('/'));
const html = (p: string) => readFileSync(fileFor(p), 'utf8');
const langOf = (p: string) => (p === '/en/' || p.startsWith('/en/') ? 'en' : 'fr');
const hreflangs = (s: string) => [...s.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ hreflang: m[1], href: m[2] }));
const switcher = (s: string) => s.match(/<a class="lang-switch" href="([^"]+)"[^>]*?( data-same-page)?>/);
/** The page's visible text, roughly: markup, scripts, styles, code and drawings left out. */
const text = (s: string) => s.replace(/<(script|style|code|pre|svg)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '').replaceAll('&nbsp;', '\u00a0');

describe('languages of the built site', () => {
  it('finds pages in both languages', () => {
    expect(pages.filter((p) => langOf(p) === 'en').length).toBeGreaterThan(10);
  });

  it.each(pages)('%s', (path) => {
    const s = html(path);
    const lang = langOf(path);
    expect(s).toMatch(new RegExp(`<html lang="${lang}"`));
    const [, switchHref, samePage] = switcher(s) ?? [];
    if (samePage) {
      expect(existsSync(fileFor(switchHref)), `${switchHref} exists`).toBe(true);
      expect(switcher(html(switchHref))?.[1], `${switchHref} links back`).toBe(path);
    } else expect(s, 'an untranslated page says so').toMatch(/class="notice" role="note"/);

    const links = hreflangs(s);
    for (const l of links) expect(l.href, `hreflang="${l.hreflang}" on ${path}`).toMatch(/^https?:\/\//);
    if (links.length) {
      const pathOf = (lang: string) => links.find((l) => l.hreflang === lang) && new URL(links.find((l) => l.hreflang === lang)!.href).pathname;
      expect(links.map((l) => l.hreflang).sort()).toEqual(['en', 'fr', 'x-default']);
      expect(pathOf(lang)).toBe(path);
      expect(pathOf('x-default')).toBe(pathOf('fr'));
      expect(hreflangs(html(switchHref)), 'the other version announces the same links').toEqual(links);
    }
    expect(text(s).match(/\S*\p{L}[\u00a0\u202f ]?:\p{L}\S*/gu), `a colon without its space on ${path}`).toBeNull();
  });
});
