// What a review covers, and whether a variant is inside it. Pure and free of Node and of the UI
// dictionaries: the build (badges, record checks), the CLI and the customizer in the browser
// all call these same functions.
import type { ParamSpecs } from '../../../designs/_kit/params';
import type { Display } from './states';
import type { Lang } from '../../../designs/_kit/lang';

/** One parameter's reviewed range (numbers) or values (choices, yes/no as "true"/"false", texts). */
export interface ParameterBound {
  id: string;
  min?: number;
  max?: number;
  values?: string[];
}

/**
 * A review's parameter envelope. A variant is covered when it is one of `presets` ("defaut" for
 * the default values), or when every parameter is within its bound; a parameter without a bound
 * is covered at its default value only.
 */
export interface Envelope {
  parameters: ParameterBound[];
  presets: string[];
}

/** What the envelope says of one parameter: a range, a list of values, or only its default. */
export type Reviewed = { kind: 'range'; min: number; max: number } | { kind: 'values'; values: string[] } | { kind: 'default'; value: string };

export interface Outside {
  id: string;
  value: string;
  reviewed: Reviewed;
}

/** The parameter as the envelope reads it: "true"/"false" for yes/no, the number or the text. */
export const valueText = (v: unknown) => (typeof v === 'number' && Object.is(v, -0) ? '0' : String(v));

export function reviewedOf(env: Envelope, id: string, defaultValue: unknown): Reviewed {
  const b = env.parameters.find((p) => p.id === id);
  if (b?.values) return { kind: 'values', values: b.values };
  if (b && b.min !== undefined && b.max !== undefined) return { kind: 'range', min: b.min, max: b.max };
  return { kind: 'default', value: valueText(defaultValue) };
}

function within(r: Reviewed, value: unknown): boolean {
  switch (r.kind) {
    case 'range':
      return typeof value === 'number' && value >= r.min && value <= r.max;
    case 'values':
      return r.values.includes(valueText(value));
    case 'default':
      return valueText(value) === r.value;
  }
}

/**
 * The parameters of `values` outside the envelope, each with what was reviewed; empty when the
 * variant is covered. `variants` are the names the values answer to ("defaut", presets).
 */
export function outsideOf(env: Envelope, defaults: Record<string, unknown>, values: Record<string, unknown>, variants: string[]): Outside[] {
  if (variants.some((v) => env.presets.includes(v))) return [];
  return Object.entries(defaults).flatMap(([id, defaultValue]) => {
    const reviewed = reviewedOf(env, id, defaultValue);
    return within(reviewed, values[id]) ? [] : [{ id, value: valueText(values[id]), reviewed }];
  });
}

/**
 * Problems of an envelope against the design's parameters and presets, as [field path, message]:
 * a bound on an unknown parameter, wider than the parameter's own range, a value it cannot take.
 */
export function envelopeProblems(env: Envelope, params: ParamSpecs, presets: string[]): [string, string][] {
  const problems: [string, string][] = [];
  env.parameters.forEach((b, i) => {
    const at = `envelope.parameters.${i}`;
    const spec = Object.hasOwn(params, b.id) ? params[b.id] : undefined;
    if (!spec) return void problems.push([`${at}.id`, `unknown parameter "${b.id}" (known: ${Object.keys(params).join(', ')})`]);
    if (env.parameters.findIndex((o) => o.id === b.id) !== i) problems.push([`${at}.id`, `parameter "${b.id}" appears twice`]);
    if (spec.kind === 'number') {
      if (b.values) problems.push([`${at}.values`, `"${b.id}" is a number: give min and max, not values`]);
      if (b.min !== undefined && b.min < spec.min) problems.push([`${at}.min`, `${b.min} is below the parameter's own minimum ${spec.min} (range ${spec.min}–${spec.max})`]);
      if (b.max !== undefined && b.max > spec.max) problems.push([`${at}.max`, `${b.max} is above the parameter's own maximum ${spec.max} (range ${spec.min}–${spec.max})`]);
      return;
    }
    if (b.min !== undefined || b.max !== undefined) problems.push([`${at}.min`, `"${b.id}" is not a number: list its values instead of min and max`]);
    const allowed = spec.kind === 'choice' ? Object.keys(spec.options) : spec.kind === 'bool' ? ['true', 'false'] : undefined;
    b.values?.forEach((v, j) => {
      if (allowed && !allowed.includes(v)) problems.push([`${at}.values.${j}`, `"${v}" is not a value of "${b.id}" (allowed: ${allowed.join(', ')})`]);
      if (spec.kind === 'text' && (v.length > spec.maxLength || !spec.allowed.test(v))) problems.push([`${at}.values.${j}`, `"${v}" is not a text "${b.id}" can take`]);
    });
  });
  env.presets.forEach((p, i) => {
    if (p !== 'defaut' && !presets.includes(p)) problems.push([`envelope.presets.${i}`, `unknown preset "${p}" (known: defaut, ${presets.join(', ')})`]);
  });
  return problems;
}

/** What a variant's review status is: the design's (recalled, changed, proposed…), or, under a validation, covered or outside. */
export type VariantKind = Exclude<Display, 'valide-communautaire' | 'valide-clinique'> | 'couvert' | 'hors-perimetre';

/** What a page needs to tell a variant's status: the design's display and what its validation covers. */
export interface ReviewScope {
  display: Display;
  /** The validation's envelope; absent when the design is not validated. */
  envelope?: Envelope;
}

export interface VariantStatus {
  kind: VariantKind;
  outside: Outside[];
}

export function variantStatus(scope: ReviewScope, defaults: Record<string, unknown>, values: Record<string, unknown>, variants: string[]): VariantStatus {
  if (scope.display !== 'valide-communautaire' && scope.display !== 'valide-clinique') return { kind: scope.display, outside: [] };
  const outside = scope.envelope ? outsideOf(scope.envelope, defaults, values, variants) : [];
  return { kind: outside.length ? 'hors-perimetre' : 'couvert', outside };
}

/**
 * The word a downloaded file's name carries after its variant ("…--perso--hors-perimetre.stl"),
 * so the status travels with the file. None while no review exists: the name then claims nothing.
 */
export const FILE_TAGS: Readonly<Record<VariantKind, string>> = {
  propose: '',
  'en-revue': 'en-revue',
  couvert: 'valide',
  'hors-perimetre': 'hors-perimetre-revu',
  modifie: 'modifie-depuis-revue',
  'a-revoir': 'a-revoir',
  retire: 'retire',
  rappele: 'rappele',
};

/** `slug--variant.ext` → `slug--variant--tag.ext`. */
export function taggedFileName(name: string, kind: VariantKind): string {
  const tag = FILE_TAGS[kind];
  if (!tag) return name;
  const dot = name.indexOf('.', name.lastIndexOf('--'));
  return dot < 0 ? `${name}--${tag}` : `${name.slice(0, dot)}--${tag}${name.slice(dot)}`;
}

/** Words to describe bounds, in the reader's language. */
export interface BoundWords {
  lang: Lang;
  yes: string;
  no: string;
  /** "only {value}" for a parameter the review saw at its default value alone. */
  only: string;
  /** List separator: " ou " / " or ". */
  or: string;
}

/** A parameter's label, unit and option labels, resolved in one language. */
export interface ParamText {
  label: string;
  unit: string;
  options?: Record<string, string>;
  bool?: boolean;
}

const number = (n: number, lang: Lang) => (lang === 'fr' ? String(n).replace('.', ',') : String(n));

/** A value as the form shows it: "620 mm", "Oui", an option's label. */
export function describeValue(p: ParamText, value: string, w: BoundWords): string {
  if (p.bool) return value === 'true' ? w.yes : w.no;
  if (p.options) return p.options[value] ?? value;
  const n = Number(value);
  return value !== '' && Number.isFinite(n) ? `${number(n, w.lang)}${p.unit ? `\u00a0${p.unit}` : ''}` : value;
}

/** What was reviewed: "540–600 mm", "A4 · 2 trous ou A4 · 4 trous", "20 mm seulement". */
export function describeReviewed(p: ParamText, r: Reviewed, w: BoundWords): string {
  switch (r.kind) {
    case 'range':
      return `${number(r.min, w.lang)}–${number(r.max, w.lang)}${p.unit ? `\u00a0${p.unit}` : ''}`;
    case 'values':
      return r.values.map((v) => describeValue(p, v, w)).join(w.or);
    case 'default':
      return w.only.replace('{value}', describeValue(p, r.value, w));
  }
}

/** Everything the customizer needs to tell a variant's status, in the page's language. */
export interface VariantTexts {
  scope: ReviewScope;
  defaults: Record<string, unknown>;
  params: Record<string, ParamText>;
  words: BoundWords;
  /** The sentence for each status; "hors-perimetre" and "couvert" are templates. */
  sentences: Record<VariantKind, string>;
  item: string;
  separator: string;
  /** Recalled files of the design (full SHA-256), each with the sentence to show when the page makes one. */
  recalledFiles: { sha256: string; sentence: string }[];
}

/** A variant's status as one sentence: which parameters leave the envelope, and what was reviewed of each. */
export function describeVariant(texts: VariantTexts, status: VariantStatus): string {
  const sentence = texts.sentences[status.kind];
  if (status.kind !== 'hors-perimetre') return sentence;
  const list = status.outside.map((o) => {
    const p = texts.params[o.id];
    return texts.item
      .replace('{label}', p.label)
      .replace('{value}', describeValue(p, o.value, texts.words))
      .replace('{reviewed}', describeReviewed(p, o.reviewed, texts.words));
  });
  return sentence.replace('{list}', list.join(texts.separator));
}

