import type { ParamSpec, ParamSpecs, Values } from './params';
import { zodOf } from './params';
import { paramError, type ParamError } from './messages';
import { readBool } from './bool';

export type Parsed<P extends ParamSpecs> = { ok: true; values: Values<P> } | { ok: false; errors: ParamError[] };

// A plain decimal: optional sign, digits, one decimal point or comma (French users type 12,5).
// Exponents ("5e2"), hex, "Infinity" and thousands separators are refused on purpose:
// a parameter typed by hand should mean exactly what it shows.
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

type Coerced = { ok: true; value: unknown } | { ok: false; error: ParamError };

/** Turns raw input (form, URL, CLI or JSON) into the parameter's type, or says why it cannot. */
function coerce(name: string, spec: ParamSpec, raw: unknown): Coerced {
  const fail = (code: ParamError['code']): Coerced => ({ ok: false, error: paramError(name, spec, code, raw) });
  switch (spec.kind) {
    case 'number': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : fail('notNumber');
      if (typeof raw !== 'string') return fail('notNumber');
      // Surrounding spaces come from copy-paste and URLs; they carry no meaning, so they are trimmed.
      const s = raw.trim();
      if (s === '') return fail('empty');
      if (!DECIMAL.test(s)) return fail('notNumber');
      const value = Number(s.replace(',', '.'));
      // Hundreds of digits read as Infinity: out of range, and said with the digits as typed.
      if (!Number.isFinite(value)) return { ok: false, error: paramError(name, spec, 'range', s) };
      return { ok: true, value };
    }
    case 'choice': {
      if (typeof raw !== 'string') return fail('choice');
      const s = raw.trim();
      if (s === '') return fail('empty');
      return { ok: true, value: s };
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (typeof raw !== 'string') return fail('bool');
      const value = readBool(raw);
      if (value !== undefined) return { ok: true, value };
      return raw.trim() === '' ? fail('empty') : fail('bool');
    }
    case 'text': {
      if (typeof raw !== 'string') return fail('text');
      return { ok: true, value: raw.trim() };
    }
  }
}

function validate(name: string, spec: ParamSpec, value: unknown): ParamError | undefined {
  const result = zodOf(spec).safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  switch (spec.kind) {
    case 'number':
      return issue.code === 'invalid_type' && issue.expected === 'integer'
        ? paramError(name, spec, 'notInteger', value)
        : issue.code === 'too_small' || issue.code === 'too_big'
          ? paramError(name, spec, 'range', value)
          : issue.code === 'invalid_type' || issue.code === 'not_finite'
            ? paramError(name, spec, 'notNumber', value)
            : paramError(name, spec, 'notInteger', value);
    case 'choice':
      return paramError(name, spec, 'choice', value);
    case 'bool':
      return paramError(name, spec, 'bool', value);
    case 'text': {
      const s = String(value);
      const refused = [...new Set([...s].filter((c) => !spec.allowed.test(c)))].join('');
      const detail =
        s.length > spec.maxLength
          ? { fr: `${s.length} caractères, ${spec.maxLength} au plus.`, en: `${s.length} characters, at most ${spec.maxLength}.` }
          : {
              fr: `« ${refused || s} » ne peut pas être dessiné ; caractères permis : ${spec.allowedLabel.fr}.`,
              en: `"${refused || s}" cannot be drawn; allowed characters: ${spec.allowedLabel.en}.`,
            };
      return paramError(name, spec, 'text', value, { detail });
    }
  }
}

/**
 * Parses raw input into typed values. Missing keys take their default; every problem is
 * reported at once (unknown keys, wrong types, out-of-range values), never just the first.
 */
export function parseParams<P extends ParamSpecs>(
  params: P,
  input: Record<string, unknown>,
  check?: (v: Values<P>) => ParamError[],
): Parsed<P> {
  const errors: ParamError[] = [];
  const values: Record<string, unknown> = {};
  const known = Object.keys(params);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [paramError('(input)', undefined, 'unknown', input, { allowedParams: known })] };
  }
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(params, key)) errors.push(paramError(key, undefined, 'unknown', input[key], { allowedParams: known }));
  }
  for (const [name, spec] of Object.entries(params)) {
    if (!Object.hasOwn(input, name) || input[name] === undefined) {
      values[name] = spec.default;
      continue;
    }
    const coerced = coerce(name, spec, input[name]);
    if (!coerced.ok) {
      errors.push(coerced.error);
      continue;
    }
    const invalid = validate(name, spec, coerced.value);
    if (invalid) errors.push(invalid);
    else values[name] = coerced.value;
  }
  if (errors.length) return { ok: false, errors };
  const crossErrors = check?.(values as Values<P>) ?? [];
  return crossErrors.length ? { ok: false, errors: crossErrors } : { ok: true, values: values as Values<P> };
}
