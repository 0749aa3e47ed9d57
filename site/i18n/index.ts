import fr from './fr';
import en from './en';
import { locales, defaultLocale } from './locales.mjs';

import type { Lang, Localized } from '../../designs/_kit/lang';
import { formatNumber } from '../../designs/_kit/lang';

export type { Lang, Localized };
export { formatNumber };
export type UiKey = keyof typeof fr;

export const LANGS = locales as Lang[];
export const DEFAULT_LANG = defaultLocale as Lang;
const dictionaries: Record<Lang, Record<UiKey, string>> = { fr, en };

/**
 * Returns the translator for one language; `{name}` placeholders are filled from `vars`. When
 * `vars.n` is a number and the key has a `.one` variant, the language's plural rule picks it
 * (French: 0 and 1 are singular; English: 1 only).
 */
export function useTranslations(lang: Lang) {
  const rules = new Intl.PluralRules(lang);
  return (key: UiKey, vars: Record<string, string | number> = {}) => {
    const one = `${key}.one` as UiKey;
    const chosen = typeof vars.n === 'number' && one in dictionaries[lang] && rules.select(vars.n) === 'one' ? one : key;
    const template = dictionaries[lang][chosen];
    // A key from untyped code (a data attribute, a built string) can miss: say which.
    if (template === undefined) throw new Error(`no ${lang} text for the key "${key}" in site/i18n/${lang}.ts`);
    return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`));
  };
}

export function langFromUrl(url: URL): Lang {
  return url.pathname.startsWith('/en/') || url.pathname === '/en' ? 'en' : 'fr';
}

/**
 * The site's sections, with their path in each language. Pages link through `pathTo`
 * so a renamed section changes in one place.
 */
export const sections = {
  home: { fr: '/', en: '/en/' },
  designs: { fr: '/modeles/', en: '/en/designs/' },
  guides: { fr: '/guides/', en: '/en/guides/' },
  protocols: { fr: '/protocoles/', en: '/en/protocols/' },
  openSante: { fr: '/open-sante/', en: '/en/open-sante/' },
  network: { fr: '/reseau/', en: '/en/network/' },
  licences: { fr: '/licences/', en: '/en/licences/' },
  offline: { fr: '/hors-ligne/', en: '/en/offline/' },
  // site search
  search: { fr: '/recherche/', en: '/en/search/' },
  // Open Santé pages for health partners and contributors
  healthPartners: { fr: '/partenaires-sante/', en: '/en/health-partners/' },
  contribute: { fr: '/contribuer/', en: '/en/contribute/' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Section = keyof typeof sections;

export function pathTo(section: Section, lang: Lang, slug?: string): string {
  const base = sections[section][lang];
  return slug ? `${base}${slug}/` : base;
}

/** Both language versions of a section page, for the switcher and hreflang links. */
export function alternatesOf(section: Section, slug?: string): Record<Lang, string> {
  return { fr: pathTo(section, 'fr', slug), en: pathTo(section, 'en', slug) };
}
