// French and English across the built site: every page declares the language of its path,
// every hreflang alternate exists and links back, the switcher goes to the other language's
// version of the same page, and a page missing in one language says so and links the other.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileFor, sitePages } from './site';

const pages = sitePages().filter((p) => p.endsWith('/'));
const html = (p: string) => readFileSync(fileFor(p), 'utf8');
const langOf = (p: string) => (p === '/en/' || p.startsWith('/en/') ? 'en' : 'fr');
const alternates = (s: string) => Object.fromEntries([...s.matchAll(/<link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));

describe('languages of the built site', () => {
  it('finds pages in both languages', () => {
    expect(pages.filter((p) => langOf(p) === 'en').length).toBeGreaterThan(10);
  });

  it.each(pages)('%s', (path) => {
    const s = html(path);
    const lang = langOf(path);
    const other = lang === 'fr' ? 'en' : 'fr';
    expect(s).toMatch(new RegExp(`<html lang="${lang}"`));
    const alt = alternates(s);
    const switchHref = s.match(/<a class="lang-switch" href="([^"]+)"/)?.[1];
    if (alt[lang] !== undefined) expect(alt[lang]).toBe(path);
    if (alt[other] !== undefined) {
      expect(existsSync(fileFor(alt[other])), `${alt[other]} exists`).toBe(true);
      expect(alternates(html(alt[other]))[lang], `${alt[other]} links back`).toBe(path);
      expect(switchHref).toBe(alt[other]);
    }
    if (alt[lang] === undefined) expect(s, 'an untranslated page says so').toMatch(/class="notice" role="note"/);
  });
});
