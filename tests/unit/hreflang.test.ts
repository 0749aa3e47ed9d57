import { describe, expect, it } from 'vitest';
import { hreflangLinks } from '../../site/lib/hreflang';

const pair = { fr: '/modeles/visiere-serre-tete/', en: '/en/designs/visiere-serre-tete/' };
const site = 'https://usinette.example';

describe('hreflang alternate links', () => {
  const links = hreflangLinks(pair, site);

  it('uses absolute addresses on the site’s origin', () => {
    for (const l of links) expect(new URL(l.href).origin, l.href).toBe(site);
    expect(links.map((l) => l.href)).toContain(`${site}/en/designs/visiere-serre-tete/`);
  });

  it('names languages by valid BCP 47 codes, with x-default on the French page', () => {
    for (const l of links.filter((l) => l.hreflang !== 'x-default')) expect(Intl.getCanonicalLocales(l.hreflang)).toEqual([l.hreflang]);
    expect(links).toContainEqual({ hreflang: 'x-default', href: `${site}/modeles/visiere-serre-tete/` });
    expect(links.map((l) => l.hreflang).sort()).toEqual(['en', 'fr', 'x-default']);
  });

  it('gives both versions of a page the same links, so each links back to the other', () => {
    expect(hreflangLinks({ en: pair.en, fr: pair.fr }, site)).toEqual(links);
  });

  it('announces nothing for a page in one language, or while the site’s address is unset', () => {
    expect(hreflangLinks({ fr: '/reseau/carte/' }, site)).toEqual([]);
    expect(hreflangLinks(pair, null)).toEqual([]);
  });

  it('refuses an address that is not a bare http(s) origin', () => {
    expect(() => hreflangLinks(pair, 'usinette.example')).toThrow(/siteUrl/);
    expect(() => hreflangLinks(pair, 'https://usinette.example/site/')).toThrow(/without a path/);
  });
});
