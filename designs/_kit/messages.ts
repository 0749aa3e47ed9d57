import type { Localized, ParamSpec, Unit } from './params';
import type { Lang } from './lang';

/** What went wrong with one parameter, in words for both languages. */
export interface ParamError {
  param: string;
  /** The value as it was given, shown back to the user. */
  value: string;
  code: 'range' | 'notNumber' | 'empty' | 'notInteger' | 'choice' | 'bool' | 'unknown' | 'text' | 'constraint';
  /** For the CLI and parameter files: names the parameter by its label and its id. */
  message: Localized;
  /** For the form, beside the field: names it by its label only, as the form shows it. */
  fieldMessage: Localized;
}

const unitText: Record<Unit, Localized> = {
  mm: { fr: 'mm', en: 'mm' },
  deg: { fr: '°', en: '°' },
  count: { fr: '', en: '' },
  ratio: { fr: '', en: '' },
  'µm': { fr: 'µm', en: 'µm' },
  '%': { fr: '%', en: '%' },
};

/** A number as the user reads it: "-0" kept (String(-0) is "0"), a decimal comma in French. */
const num = (lang: Lang, n: number) => {
  const text = Object.is(n, -0) ? '-0' : String(n);
  return lang === 'fr' ? text.replace('.', ',') : text;
};

/** Echoes longer than this are cut: a message must stay readable whatever was typed. */
export const ECHO_LENGTH = 60;

/**
 * A value shown back to the user, cut to ECHO_LENGTH characters and saying so with the full
 * length ("… [cut: 30,000 characters]"), so a pasted page never fills the message.
 */
export function echo(text: string, lang: Lang = 'en', max = ECHO_LENGTH): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const n = chars.length.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  return `${chars.slice(0, max).join('')}… [${lang === 'fr' ? `coupé : ${n} caractères` : `cut: ${n} characters`}]`;
}

export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Builds the error for `param` given its spec; `detail` is only used by text and constraint errors. */
export function paramError(
  param: string,
  spec: ParamSpec | undefined,
  code: ParamError['code'],
  value: unknown,
  extra: { allowedParams?: string[]; detail?: Localized } = {},
): ParamError {
  // The value as given, cut to a readable length; numbers as the user writes them.
  const said = (lang: Lang) => (typeof value === 'number' ? num(lang, value) : echo(show(value), lang));
  const message = (lang: Lang, withId: boolean): string => {
    const fr = lang === 'fr';
    const v = said(lang);
    const name = (l: Lang) => (!spec ? param : withId ? `${spec.label[l]} (${param})` : spec.label[l]);
    switch (code) {
      case 'range': {
        if (spec?.kind !== 'number') break;
        const u = unitText[spec.unit][lang];
        return fr
          ? `${name(lang)} vaut ${v} : la valeur doit être comprise entre ${num(lang, spec.min)} et ${num(lang, spec.max)}${u ? ' ' + u : ''}.`
          : `${name(lang)} is ${v}: the value must be between ${spec.min} and ${spec.max}${u ? ' ' + u : ''}.`;
      }
      case 'notNumber': {
        if (spec?.kind !== 'number') return fr ? `${name(lang)} vaut « ${v} » : un nombre est attendu.` : `${name(lang)} is "${v}": a number is expected.`;
        // The example is the default: a value the field accepts, written as it should be.
        return fr
          ? `${name(lang)} vaut « ${v} » : un nombre simple est attendu (des chiffres, une virgule ou un point pour les décimales), entre ${num(lang, spec.min)} et ${num(lang, spec.max)}, par exemple ${num(lang, spec.default)}.`
          : `${name(lang)} is "${v}": a plain number is expected (digits, with a point or comma for decimals), between ${spec.min} and ${spec.max}, for example ${spec.default}.`;
      }
      case 'empty': {
        const range = spec?.kind === 'number' ? (fr ? ` entre ${num(lang, spec.min)} et ${num(lang, spec.max)}` : ` between ${spec.min} and ${spec.max}`) : '';
        return fr ? `${name(lang)} est vide : une valeur est attendue${range}.` : `${name(lang)} is empty: a value is expected${range}.`;
      }
      case 'notInteger': {
        const range = spec?.kind === 'number' ? (fr ? ` entre ${spec.min} et ${spec.max}` : ` between ${spec.min} and ${spec.max}`) : '';
        return fr ? `${name(lang)} vaut ${v} : un nombre entier est attendu${range}.` : `${name(lang)} is ${v}: a whole number is expected${range}.`;
      }
      case 'choice': {
        // Each value with its label: the id for links and the CLI, the label the form shows.
        const options = spec?.kind === 'choice' ? Object.entries(spec.options).map(([id, label]) => `${id} (${label[lang]})`).join(', ') : '';
        return fr ? `${name(lang)} vaut « ${v} » : valeurs possibles : ${options}.` : `${name(lang)} is "${v}": allowed values: ${options}.`;
      }
      case 'bool':
        return fr ? `${name(lang)} vaut « ${v} » : « true » ou « false » est attendu.` : `${name(lang)} is "${v}": "true" or "false" is expected.`;
      case 'unknown': {
        const list = (extra.allowedParams ?? []).join(', ');
        return fr ? `Paramètre inconnu « ${echo(param, lang)} » (valeur « ${v} ») ; paramètres reconnus : ${list}.` : `Unknown parameter "${echo(param, lang)}" (value "${v}"); known parameters: ${list}.`;
      }
      case 'text':
      case 'constraint':
        return `${name(lang)}${fr ? ' ' : ''}: ${extra.detail?.[lang] ?? ''}`;
    }
    return `${name(lang)}: ${v}`;
  };
  return {
    param,
    value: show(value),
    code,
    message: { fr: message('fr', true), en: message('en', true) },
    fieldMessage: { fr: message('fr', false), en: message('en', false) },
  };
}
