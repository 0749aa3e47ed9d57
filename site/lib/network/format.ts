// How network dates and figures read in each language.
import { formatNumber, useTranslations, type Lang } from '../../i18n';

/** A colon as each language sets it (punct.colon: French puts a no-break space before it). */
export const colon = (lang: Lang) => useTranslations(lang)('punct.colon');

/** "2020" → 2020; "2020-05" → mai 2020 / May 2020; "2020-05-10" → 10 mai 2020 / 10 May 2020. */
export function formatPartialDate(lang: Lang, partial: string | Date): string {
  const iso = partial instanceof Date ? partial.toISOString().slice(0, 10) : partial;
  const parts = iso.split('-');
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const date = new Date(`${parts[0]}-${parts[1] ?? '01'}-${parts[2] ?? '01'}T12:00:00Z`);
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** When a figure holds: "en avril 2020" for a year or a month, "au 12 avril 2020" for a day. */
export function figureDate(lang: Lang, asOf: string | Date): string {
  const isDay = asOf instanceof Date || asOf.split('-').length === 3;
  return useTranslations(lang)(isDay ? 'network.figureAsOf' : 'network.figureIn', { date: formatPartialDate(lang, asOf) });
}

/** A share (0–1) as a percentage with one decimal: "12,5 %" in French, "12.5%" in English. */
export const percent = (lang: Lang, share: number) => useTranslations(lang)('unit.percent', { value: formatNumber(lang, share * 100, 1) });

/** A latitude and longitude, two decimals each (about a kilometre): "48,11 ; -1,68" / "48.11, -1.68". */
export function position(lang: Lang, lat: number, lon: number): string {
  const twoDecimals = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return useTranslations(lang)('map.position', { lat: twoDecimals.format(lat), lon: twoDecimals.format(lon) });
}
