import type { Lang } from '../../i18n';

/** A calendar date as each language writes it; records hold dates without a time zone. */
export const longDate = (lang: Lang, d: Date) =>
  d.toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
