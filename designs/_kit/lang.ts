// The site's two languages, and the one way numbers are written in each. Small enough for the
// page's scripts and workers to import without the dictionaries.
export type Lang = 'fr' | 'en';

/** Text given in both languages, as designs and data carry it. */
export type Localized = Record<Lang, string>;

/**
 * Numbers as each language writes them: "2 250,5" in French (narrow no-break space, decimal
 * comma), "2,250.5" in English, trailing zeros dropped. The same as Intl.NumberFormat (a test
 * holds them equal), written by hand because a page's first Intl call loads the locale's data:
 * a quarter of a second on a slow phone, paid by the customizer's first preview.
 */
export function formatNumber(lang: Lang, n: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : n < 0 ? '-∞' : 'NaN';
  const fixed = Math.abs(n).toFixed(maximumFractionDigits);
  const [whole, fraction = ''] = fixed.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? (lang === 'fr' ? ',' : '.') + decimals : ''}`;
}
