import { formatNumber, type Lang } from '../../i18n';
import type { z } from 'astro/zod';
import type { durationSchema } from '../../schemas/protocol';

/** "5 min", "au moins 3 jours", "at least 2 min": the largest whole unit reads best. */
export function formatDuration(lang: Lang, d: z.infer<typeof durationSchema>): string {
  const m = d.minutes;
  const [n, unit] =
    m >= 1440 && m % 1440 === 0
      ? [m / 1440, lang === 'fr' ? (m === 1440 ? 'jour' : 'jours') : m === 1440 ? 'day' : 'days']
      : m >= 60 && m % 60 === 0 && m !== 60
        ? [m / 60, 'h']
        : [m, 'min'];
  const value = `${formatNumber(lang, n)} ${unit}`;
  return d.atLeast ? `${lang === 'fr' ? 'au moins' : 'at least'} ${value}` : value;
}
