// What ParamForm.astro writes on a number field: it is text (a French decimal comma must be
// typeable), with the parameter's range and step in data attributes.
import type { Lang } from '../../../designs/_kit/lang';

export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

/** Whether a form control is a number field. */
export const isNumberField = (el: Element): el is HTMLInputElement => el.matches('[data-number]');

/** The parameter's range, as ParamForm.astro wrote it on the field. */
export const rangeOf = (el: HTMLElement): NumberRange => ({ min: Number(el.dataset.min), max: Number(el.dataset.max), step: Number(el.dataset.step) || 1 });

/** The number a field holds, if it holds a plain one ("4,5" in French is 4.5). */
export function fieldNumber(el: HTMLInputElement): number | undefined {
  const text = el.value.trim();
  const n = Number(text.replace(',', '.'));
  return text === '' || !Number.isFinite(n) ? undefined : n;
}

/** A number as its field shows it: the step's decimals, a comma in French. */
export function numberText(n: number, step: number, lang: Lang) {
  const text = n.toFixed((String(step).split('.')[1] ?? '').length);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
