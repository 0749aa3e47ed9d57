// Paths of the network section's pages, in each language (the section root is in i18n/index.ts).
import { pathTo, type Lang } from '../../i18n';

export const networkPages = {
  models: { fr: 'modeles', en: 'models' },
  map: { fr: 'carte', en: 'map' },
  places: { fr: 'lieux', en: 'places' },
  production: { fr: 'production', en: 'production' },
  report: { fr: 'declarer', en: 'report' },
  press: { fr: 'presse-et-ressources', en: 'press-and-resources' },
  inventory: { fr: 'a-produire', en: 'things-to-make' },
  groups: { fr: 'groupes-de-travail', en: 'working-groups' },
} as const satisfies Record<string, Record<Lang, string>>;
export type NetworkPage = keyof typeof networkPages;

export function networkPath(page: NetworkPage, lang: Lang, slug?: string): string {
  return `${pathTo('network', lang)}${networkPages[page][lang]}/${slug ? `${slug}/` : ''}`;
}

export function networkAlternates(page: NetworkPage, slug?: string): Record<Lang, string> {
  return { fr: networkPath(page, 'fr', slug), en: networkPath(page, 'en', slug) };
}

/** Data files, language-neutral: the same CSV and JSON serve both languages. */
export const PRODUCTION_CSV = '/reseau/production.csv';
export const PRODUCTION_JSON = '/reseau/production.json';
export const PRODUCTION_TEMPLATE = '/reseau/modele-production.csv';
export const COVERAGE_CSV = '/reseau/couverture-communes.csv';
