import { z } from 'astro/zod';

import type { Localized } from './lang';

export type { Localized };

export type Unit = 'mm' | 'deg' | 'count' | 'ratio' | 'µm' | '%';

interface BaseSpec {
  label: Localized;
  help?: Localized;
  /** Key of the form group this parameter appears in (see `groups` in defineDesign). */
  group?: string;
}

export interface NumberSpec extends BaseSpec {
  kind: 'number';
  unit: Unit;
  min: number;
  max: number;
  /** Form granularity. Not enforced except through `integer`. */
  step: number;
  integer: boolean;
  default: number;
}

export interface ChoiceSpec<K extends string = string> extends BaseSpec {
  kind: 'choice';
  options: Record<K, Localized>;
  default: K;
}

export interface BoolSpec extends BaseSpec {
  kind: 'bool';
  default: boolean;
}

export interface TextSpec extends BaseSpec {
  kind: 'text';
  maxLength: number;
  /** Characters the design can draw (e.g. the glyphs of its font). */
  allowed: RegExp;
  /** Human description of `allowed`, shown in errors. */
  allowedLabel: Localized;
  default: string;
}

export type ParamSpec = NumberSpec | ChoiceSpec | BoolSpec | TextSpec;
export type ParamSpecs = Record<string, ParamSpec>;

type ValueOf<S> = S extends NumberSpec
  ? number
  : S extends ChoiceSpec<infer K>
    ? K
    : S extends BoolSpec
      ? boolean
      : S extends TextSpec
        ? string
        : never;

/** The typed parameter values a design's `build()` receives. */
export type Values<P extends ParamSpecs> = { [K in keyof P]: ValueOf<P[K]> };

type NumberOptions = Omit<NumberSpec, 'kind' | 'integer'> & { integer?: boolean };

/** A length, angle or count with enforced bounds. */
export function num(o: NumberOptions): NumberSpec {
  if (!(o.min < o.max)) throw new Error(`num(): min (${o.min}) must be below max (${o.max})`);
  if (o.default < o.min || o.default > o.max) throw new Error(`num(): default ${o.default} outside ${o.min}–${o.max}`);
  return { kind: 'number', integer: false, ...o };
}

/** One value among named options. */
export function choice<K extends string>(o: Omit<ChoiceSpec<K>, 'kind'>): ChoiceSpec<K> {
  if (!(o.default in o.options)) throw new Error(`choice(): default "${o.default}" is not an option`);
  return { kind: 'choice', ...o };
}

export function bool(o: Omit<BoolSpec, 'kind'>): BoolSpec {
  return { kind: 'bool', ...o };
}

export function text(o: Omit<TextSpec, 'kind'>): TextSpec {
  return { kind: 'text', ...o };
}

/** The zod schema of one parameter: the bounds live here, so they are enforced, not hints. */
export function zodOf(spec: ParamSpec): z.ZodTypeAny {
  switch (spec.kind) {
    case 'number': {
      const n = z.number().finite().min(spec.min).max(spec.max);
      return spec.integer ? n.int() : n;
    }
    case 'choice':
      return z.enum(Object.keys(spec.options) as [string, ...string[]]);
    case 'bool':
      return z.boolean();
    case 'text':
      return z.string().max(spec.maxLength).regex(spec.allowed);
  }
}

export function schemaOf<P extends ParamSpecs>(params: P) {
  const shape = Object.fromEntries(
    Object.entries(params).map(([k, s]) => [k, zodOf(s).describe(`${s.label.en}`)]),
  ) as { [K in keyof P]: z.ZodTypeAny };
  return z.object(shape).strict();
}
