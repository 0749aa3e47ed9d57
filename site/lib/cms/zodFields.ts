// Turns a zod schema into Decap CMS fields, so the editor's form is derived from the same schema
// the build checks: one source of truth. What a Decap field can express (required,
// patterns, options, list bounds, number bounds) is carried over; what it cannot (refinements
// across fields, "not in the future") stays in zod, which the editor also runs before saving
// (site/client/editor/validate.ts) and the build runs on every proposal.
import { z } from 'astro/zod';
import { fieldLabel, optionLabel } from './labels';

/** The subset of Decap's field options this generator writes. */
export interface DecapField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'datetime' | 'hidden';
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  step?: number;
  value_type?: 'int' | 'float';
  fields?: DecapField[];
  field?: DecapField;
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
}

/** Schemas that stand for one kind of value (a partial date, a web address): their field is given, not walked. */
export type KnownType = { schema: z.ZodTypeAny; field: (base: Pick<DecapField, 'name' | 'label'>) => Omit<DecapField, 'name' | 'label'> };

/**
 * The same kind of value as a known schema: `.describe()` clones a schema, but a refinement's
 * function object is shared by its clones, so it identifies the kind.
 */
export function isKnown(s: z.ZodTypeAny, k: KnownType): boolean {
  if (s === k.schema) return true;
  return s instanceof z.ZodEffects && k.schema instanceof z.ZodEffects && s._def.effect === k.schema._def.effect;
}

const knownOf = (s: z.ZodTypeAny, known: KnownType[]) => known.find((k) => isKnown(s, k));

export interface Peeled {
  inner: z.ZodTypeAny;
  optional: boolean;
  defaultValue?: unknown;
  description?: string;
  /** The schema refines or transforms the value: the build's zod check adds to the form's. */
  refined: boolean;
}

/** Unwraps optional, default, refinements and transforms, keeping what they say about the field. */
export function peel(schema: z.ZodTypeAny, known: KnownType[] = []): Peeled {
  const out: Peeled = { inner: schema, optional: false, refined: false };
  let s = schema;
  for (;;) {
    out.description ??= s.description;
    if (knownOf(s, known)) break;
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) {
      out.optional = true;
      s = s._def.innerType;
    } else if (s instanceof z.ZodDefault) {
      out.optional = true;
      out.defaultValue = s._def.defaultValue();
      s = s._def.innerType;
    } else if (s instanceof z.ZodEffects) {
      out.refined = true;
      s = s._def.schema;
    } else break;
  }
  out.inner = s;
  return out;
}

/** A regular expression as Decap's pattern wants it: a string, anchored like the schema's. */
const source = (r: RegExp) => r.source;

/** Patterns and messages for a zod string's checks; several checks become one anchored lookahead chain. */
export function stringPattern(s: z.ZodString): [string, string] | undefined {
  const parts: string[] = [];
  const says: string[] = [];
  // trim() checks the length without the spaces around the text.
  const trimmed = s._def.checks.some((c) => c.kind === 'trim');
  for (const c of s._def.checks) {
    if (c.kind === 'min' && trimmed) {
      parts.push(c.value > 1 ? `(?=\\s*\\S[\\s\\S]{${c.value - 2},}\\S)` : '(?=\\s*\\S)');
      says.push(c.value > 1 ? `au moins ${c.value} caractères` : 'un texte');
    } else if (c.kind === 'min' && c.value > 1) {
      parts.push(`(?=[\\s\\S]{${c.value},})`);
      says.push(`au moins ${c.value} caractères`);
    } else if (c.kind === 'max') {
      parts.push(`(?![\\s\\S]{${c.value + 1},})`);
      says.push(`au plus ${c.value} caractères`);
    } else if (c.kind === 'length') {
      parts.push(`(?=[\\s\\S]{${c.value}}$)`);
      says.push(`exactement ${c.value} caractères`);
    } else if (c.kind === 'regex') {
      parts.push(`(?=${source(c.regex)})`);
      says.push(regexSays(c.regex));
    } else if (c.kind === 'url') {
      parts.push('(?=https?://[^\\s/$.?#][^\\s]*$)');
      says.push('une adresse web qui commence par http:// ou https://');
    }
  }
  if (parts.length === 0) return undefined;
  return [`^${parts.join('')}`, `Il faut ${says.join(', ')}`]; // Decap ends the sentence itself
}

/** French words for the regular expressions the schemas use; others are shown as they are. */
function regexSays(r: RegExp): string {
  switch (r.source) {
    case '^[a-z0-9-]+$':
      return 'des minuscules sans accent, des chiffres et des tirets (ex. : mon-lieu)';
    case '^\\d{5}$':
      return 'un code de 5 chiffres';
    case '^\\d+\\.\\d+\\.\\d+$':
      return 'une version de la forme 1.2.0';
    case '^[0-9a-f]{64}$':
      return 'une empreinte SHA-256 de 64 caractères hexadécimaux en minuscules';
    default:
      return `le format ${r.source}`;
  }
}

/** Values of an enum, a literal, or a union of them; undefined for anything else. */
export function choices(s: z.ZodTypeAny, known: KnownType[] = []): string[] | undefined {
  const { inner } = peel(s, known);
  if (inner instanceof z.ZodEnum) return [...inner.options];
  if (inner instanceof z.ZodLiteral && typeof inner.value === 'string') return [inner.value];
  if (inner instanceof z.ZodUnion) {
    const all = (inner.options as z.ZodTypeAny[]).map((o) => choices(o, known));
    return all.every((a) => a) ? all.flat() as string[] : undefined;
  }
  return undefined;
}

export interface FieldContext {
  /** Path of the field in the entry, for labels: "commune.code", "sources.title". */
  path: string[];
  known: KnownType[];
}

/** One Decap field for one zod property. */
export function toField(name: string, schema: z.ZodTypeAny, ctx: FieldContext): DecapField {
  const path = [...ctx.path, name];
  const p = peel(schema, ctx.known);
  const base: DecapField = { name, label: fieldLabel(path), widget: 'string' };
  if (p.optional) base.required = false;
  if (p.description) base.hint = p.description;
  // zod's defaults are not copied into the form: the build applies them, and a file then holds
  // only what a person chose (a source without a link gets no "urlScope: page").
  const field = { ...base, ...widgetFor(p.inner, { ...ctx, path }, base) };
  // Decap checks an optional group's required parts even when the group is left empty; zod,
  // run before saving, still requires them once the group is filled in.
  if (p.optional && field.widget === 'object') field.fields = field.fields?.map(optionalField);
  return field;
}

const optionalField = (f: DecapField): DecapField => ({ ...f, required: false, ...(f.widget === 'object' && { fields: f.fields?.map(optionalField) }) });

function widgetFor(s: z.ZodTypeAny, ctx: FieldContext, base: DecapField): Partial<DecapField> {
  const known = knownOf(s, ctx.known);
  if (known) return known.field(base);
  const values = choices(s, ctx.known);
  if (values) return { widget: 'select', options: values.map((value) => ({ value, label: optionLabel(ctx.path, value) })) };
  if (s instanceof z.ZodString) {
    const pattern = stringPattern(s);
    const long = s._def.checks.some((c) => c.kind === 'max' && c.value > 120);
    return { widget: long ? 'text' : 'string', ...(pattern && { pattern }) };
  }
  if (s instanceof z.ZodNumber) {
    // Whole numbers too are read as decimals: Decap's "int" would cut 12.5 to 12 without a
    // word, where zod, before saving, refuses it in French.
    const int = s._def.checks.some((c) => c.kind === 'int');
    const f: Partial<DecapField> = { widget: 'number', value_type: 'float', step: int ? 1 : 0.01 };
    for (const c of s._def.checks) {
      if (c.kind === 'min') f.min = c.inclusive ? c.value : c.value + (int ? 1 : 0.01);
      if (c.kind === 'max') f.max = c.inclusive ? c.value : c.value - (int ? 1 : 0.01);
    }
    return f;
  }
  if (s instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (s instanceof z.ZodDate) return dateField();
  if (s instanceof z.ZodObject) return { widget: 'object', collapsed: false, fields: objectFields(s, ctx) };
  if (s instanceof z.ZodArray) return listField(s, ctx);
  if (s instanceof z.ZodUnion) {
    const options = s.options as z.ZodTypeAny[];
    // A date or a word ("unknown"): one text field whose pattern accepts either.
    const alternatives = options.map((o) => widgetFor(peel(o, ctx.known).inner, ctx, base));
    const words = options.map((o) => choices(o, ctx.known));
    if (alternatives.every((a, i) => words[i] || (a.widget === 'string' && a.pattern))) {
      const patterns = alternatives.map((a, i) => (words[i] ? `^(${words[i]!.map(escapeRegExp).join('|')})$` : a.pattern![0]));
      const says = alternatives.map((a, i) => (words[i] ? `« ${words[i]!.join(' » ou « ')} »` : a.pattern![1]));
      return { widget: 'string', pattern: [patterns.map((p) => `(?:${p})`).join('|'), says.join(', ou ')] };
    }
  }
  throw new Error(`cms: no Decap widget for ${ctx.path.join('.')} (${s.constructor.name})`);
}

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A calendar date, stored as YYYY-MM-DD like the files already are. */
export function dateField(): Omit<DecapField, 'name' | 'label' | 'widget'> & { widget: 'datetime' } {
  return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
}

function listField(s: z.ZodArray<z.ZodTypeAny>, ctx: FieldContext): Partial<DecapField> {
  const f: Partial<DecapField> = { widget: 'list', collapsed: false };
  if (s._def.minLength) f.min = s._def.minLength.value;
  if (s._def.maxLength) f.max = s._def.maxLength.value;
  const item = peel(s.element, ctx.known);
  const values = choices(item.inner, ctx.known);
  if (values) {
    // A list of words from a fixed set is a multiple select, not a list of free texts.
    return { widget: 'select', multiple: true, options: values.map((value) => ({ value, label: optionLabel(ctx.path, value) })), ...(f.min && { min: f.min }) };
  }
  if (item.inner instanceof z.ZodObject && !knownOf(item.inner, ctx.known)) {
    f.fields = objectFields(item.inner, ctx);
    f.label_singular = fieldLabel([...ctx.path, '[]']);
    const first = f.fields[0];
    if (first) f.summary = summaryOf(first);
  } else {
    f.field = toField('item', s.element, ctx);
    f.field.label = fieldLabel([...ctx.path, '[]']);
    f.label_singular = f.field.label;
  }
  return f;
}

/** What a folded list item shows: its first field, or the French text of a fr/en pair. */
function summaryOf(first: DecapField): string {
  if (first.widget === 'object' && first.fields?.some((f) => f.name === 'fr')) return `{{fields.${first.name}.fr}}`;
  return `{{fields.${first.name}}}`;
}

export function objectFields(o: z.AnyZodObject, ctx: FieldContext): DecapField[] {
  return Object.entries(o.shape as Record<string, z.ZodTypeAny>).map(([name, schema]) => toField(name, schema, ctx));
}
