// The `<link rel="alternate" hreflang>` links of a page: absolute addresses (search engines and
// Lighthouse refuse relative ones), one per language the page exists in, itself included, and
// `x-default` for readers of other languages, pointing at the French page (the site's first
// language). Both versions of a page get their links from the same `alternates`, so they link
// each other.
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n';

export interface HreflangLink {
  hreflang: Lang | 'x-default';
  href: string;
}

/** The links for a page with these `alternates`, or none while the site's address is unknown. */
export function hreflangLinks(alternates: Partial<Record<Lang, string>>, siteUrl: string | null): HreflangLink[] {
  if (siteUrl === null) return [];
  const origin = URL.canParse(siteUrl) ? new URL(siteUrl) : undefined;
  if (!origin || !/^https?:$/.test(origin.protocol) || origin.pathname !== '/' || origin.search || origin.hash) {
    throw new Error(`settings: siteUrl must be an http(s) address without a path, not "${siteUrl}"`);
  }
  // A page in one language only has no alternate to announce.
  if (LANGS.some((l) => alternates[l] === undefined)) return [];
  const links: HreflangLink[] = LANGS.map((l) => ({ hreflang: l, href: new URL(alternates[l]!, origin).href }));
  return [...links, { hreflang: 'x-default', href: new URL(alternates[DEFAULT_LANG]!, origin).href }];
}
