import type { Model } from './model';
import type { ParamError } from './messages';
import { schemaOf, type Localized, type ParamSpecs, type Values } from './params';
import { parseParams, type Parsed } from './parse';
import type { PrintSettings } from './printSettings';

/** File-name variants: the default values, a preset's name, or anything else. */
export const DEFAULT_VARIANT = 'defaut';
export const CUSTOM_VARIANT = 'perso';

export type FormatId = 'stl' | '3mf' | 'svg' | 'dxf' | 'pdf' | 'pdf-a4' | 'pdf-letter' | 'pdf-a0' | 'pdf-projector' | 'svg-pattern' | 'gabarit-a4' | 'gabarit-letter';

export interface Preset<P extends ParamSpecs> {
  label: Localized;
  values: Partial<Values<P>>;
}

export interface DesignSpec<P extends ParamSpecs> {
  /** Folder name and URL segment, kebab-case. */
  slug: string;
  title: Localized;
  /** Parameters, in form order. Their bounds are enforced by `parse`. */
  params: P;
  /** Form groups, in order, keyed as the params' `group`. */
  groups: Record<string, Localized>;
  presets: Record<string, Preset<P>>;
  /** File formats published for this design, first is the main one. */
  formats: FormatId[];
  // `check` and `build` are declared as methods: TypeScript compares method parameters both
  // ways, so a design with its own parameters is also an `AnyDesign` without a cast.
  /** Rules that involve several parameters (e.g. the model must fit the print bed). */
  check?(values: Values<P>): ParamError[];
  /** Pure: typed values in, named geometries out. No I/O, no module state. */
  build(values: Values<P>): Model;
  /** Print settings these values impose over the front matter's (a stack's layer pitch). */
  printOverrides?(values: Values<P>): Partial<PrintSettings>;
}

export type RunResult<P extends ParamSpecs> =
  | { ok: true; values: Values<P>; model: Model }
  | { ok: false; errors: ParamError[] };

export interface Design<P extends ParamSpecs = ParamSpecs> extends DesignSpec<P> {
  schema: ReturnType<typeof schemaOf<P>>;
  defaults: Values<P>;
  parse(input: Record<string, unknown>): Parsed<P>;
  /** The full values of a preset (defaults overlaid with the preset's own). */
  presetValues(name: string): Values<P>;
  /**
   * What files for these values are called: "defaut" for the defaults, a preset's name for its
   * values, "perso" otherwise. The build, the page and the CLI name the same values alike.
   */
  variantOf(values: Values<P>): string;
  /** Every name these values answer to: "defaut" first if they are the defaults, then presets (a preset may equal the defaults). */
  variantsOf(values: Values<P>): string[];
  run(input: Record<string, unknown>): RunResult<P>;
}

/** Any design, whatever its parameters: what the registry, the site, the CLI and the worker hold. */
export type AnyDesign = Design<ParamSpecs>;

/**
 * Declares a design. Derives the zod schema, the defaults, `parse` and `run` from the
 * parameter specs, and checks at load time that the defaults and every preset are valid,
 * so a broken preset fails the build and the tests, not a user.
 */
export function defineDesign<P extends ParamSpecs>(spec: DesignSpec<P>): Design<P> {
  const schema = schemaOf(spec.params);
  const defaults = Object.fromEntries(Object.entries(spec.params).map(([k, s]) => [k, s.default])) as Values<P>;
  const parse = (input: Record<string, unknown>) => parseParams(spec.params, input, spec.check);
  const design: Design<P> = {
    ...spec,
    schema,
    defaults,
    parse,
    presetValues(name) {
      // Own keys only: "toString" is not a preset.
      const preset = Object.hasOwn(spec.presets, name) ? spec.presets[name] : undefined;
      if (!preset) throw new Error(`${spec.slug}: unknown preset "${name}" (known: ${Object.keys(spec.presets).join(', ')})`);
      return { ...defaults, ...preset.values };
    },
    variantsOf(values) {
      const same = (v: Values<P>) => Object.keys(spec.params).every((k) => v[k] === values[k]);
      return [...(same(defaults) ? [DEFAULT_VARIANT] : []), ...Object.keys(spec.presets).filter((name) => same(design.presetValues(name)))];
    },
    variantOf(values) {
      return design.variantsOf(values)[0] ?? CUSTOM_VARIANT;
    },
    run(input) {
      const parsed = parse(input);
      return parsed.ok ? { ok: true, values: parsed.values, model: spec.build(parsed.values) } : parsed;
    },
  };
  for (const [name, preset] of Object.entries({ '(defaults)': { values: {} }, ...spec.presets })) {
    const parsed = parse(preset.values);
    if (!parsed.ok) {
      throw new Error(`${spec.slug}: preset ${name} is invalid: ${parsed.errors.map((e) => e.message.en).join(' ')}`);
    }
  }
  return design;
}
