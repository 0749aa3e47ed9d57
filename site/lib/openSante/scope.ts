// A design's review status in words, for one language: the badge's "what it covers", and the data
// the customizer and the CLI need to tell any variant's status (envelope.ts does the checking).
import type { AnyDesign } from '../../../designs/_kit';
import { useTranslations, type Lang } from '../../i18n';
import { DISPLAY_LABELS, STATE_MEANINGS } from './states';
import type { DerivedStatus } from './status';
import { longDate } from './format';
import { describeReviewed, reviewedOf, type BoundWords, type Envelope, type ParamText, type ReviewScope, type VariantTexts } from './envelope';

type Params = AnyDesign['params'];

export function boundWords(lang: Lang): BoundWords {
  const t = useTranslations(lang);
  return { lang, yes: t('bool.yes'), no: t('bool.no'), only: t('os.envelope.only', { value: '{value}' }), or: t('os.envelope.or') };
}

export function paramTexts(params: Params, lang: Lang): Record<string, ParamText> {
  const t = useTranslations(lang);
  return Object.fromEntries(
    Object.entries(params).map(([id, s]) => [
      id,
      {
        label: s.label[lang],
        unit: s.kind === 'number' ? t(`unit.${s.unit}` as Parameters<typeof t>[0]) : '',
        ...(s.kind === 'choice' && { options: Object.fromEntries(Object.entries(s.options).map(([k, o]) => [k, o[lang]])) }),
        ...(s.kind === 'bool' && { bool: true }),
      },
    ]),
  );
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);
const listSeparator = (lang: Lang) => `${useTranslations(lang)('punct.semicolon')} `;

/** What an envelope covers, in a few words: "tour de tête 540–600 mm ; préréglages : A4 · 2 trous". */
export function describeEnvelope(design: Pick<AnyDesign, 'params' | 'presets' | 'defaults'>, env: Envelope, lang: Lang): string {
  const t = useTranslations(lang);
  const texts = paramTexts(design.params, lang);
  const words = boundWords(lang);
  const ranges = env.parameters.map((b) => `${lowerFirst(texts[b.id].label)} ${describeReviewed(texts[b.id], reviewedOf(env, b.id, design.defaults[b.id]), words)}`);
  const presetName = (p: string) => (p === 'defaut' ? lowerFirst(t('design.presetDefault')) : (design.presets[p]?.label[lang] ?? p));
  const presets = env.presets.length ? [t('os.envelope.presets', { list: env.presets.map(presetName).join(', ') })] : [];
  return [...ranges, ...presets].join(listSeparator(lang));
}

/** The badge's words: the status, and for a validation what it covers. */
export function statusLabel(design: Pick<AnyDesign, 'params' | 'presets' | 'defaults'>, status: DerivedStatus, lang: Lang): string {
  const label = DISPLAY_LABELS[status.display][lang];
  if (!status.envelope) return label;
  return useTranslations(lang)('os.status.covers', { status: label, scope: describeEnvelope(design, status.envelope, lang) });
}

export const scopeOf = (status: DerivedStatus): ReviewScope => ({ display: status.display, envelope: status.envelope });

export function variantTexts(design: AnyDesign, status: DerivedStatus, lang: Lang): VariantTexts {
  const t = useTranslations(lang);
  const label = DISPLAY_LABELS[status.display][lang];
  const scope = status.envelope ? describeEnvelope(design, status.envelope, lang) : '';
  const other = (k: keyof typeof STATE_MEANINGS) => t('os.variant.other', { status: DISPLAY_LABELS[k][lang], meaning: STATE_MEANINGS[k][lang] });
  return {
    scope: scopeOf(status),
    defaults: design.defaults,
    params: paramTexts(design.params, lang),
    words: boundWords(lang),
    sentences: {
      propose: other('propose'),
      'en-revue': other('en-revue'),
      'a-revoir': other('a-revoir'),
      retire: other('retire'),
      modifie: t('os.variant.modifie'),
      rappele: t('os.variant.rappele'),
      couvert: t('os.variant.couvert', { status: label, scope }),
      'hors-perimetre': t('os.variant.horsPerimetre', { status: label, list: '{list}' }),
    },
    item: t('os.variant.item', { label: '{label}', value: '{value}', reviewed: '{reviewed}' }),
    separator: listSeparator(lang),
    recalledFiles: status.fileRecalls.map(({ recall }) => ({
      sha256: recall.file!,
      sentence: t('os.variant.rappeleFile', { hash: recall.file!.slice(0, 12), date: longDate(lang, recall.date) }),
    })),
  };
}
