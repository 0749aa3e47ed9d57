import { formatNumber, useTranslations, type Lang } from '../../i18n';
import type { z } from 'astro/zod';
import type { durationSchema } from '../../schemas/protocol';

/** "5 min", "au moins 3 jours", "at least 2 min": the largest whole unit reads best. */
export function formatDuration(lang: Lang, d: z.infer<typeof durationSchema>): string {
  const t = useTranslations(lang);
  const m = d.minutes;
  const value =
    m >= 1440 && m % 1440 === 0
      ? t('duration.days', { n: m / 1440, value: formatNumber(lang, m / 1440) })
      : m >= 60 && m % 60 === 0 && m !== 60
        ? `${formatNumber(lang, m / 60)} h`
        : `${formatNumber(lang, m)} min`;
  return d.atLeast ? t('duration.atLeast', { value }) : value;
}
