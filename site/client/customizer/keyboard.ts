// Number fields are text (a French decimal comma must be typeable): the arrow keys step them as
// a number input would, Shift for ten steps, within the parameter's range.
import type { Lang } from '../../../designs/_kit/lang';
import { isNumberField } from './form';

export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

/** The range ParamForm.astro wrote on a number field. */
export const rangeOf = (el: HTMLElement): NumberRange => ({ min: Number(el.dataset.min), max: Number(el.dataset.max), step: Number(el.dataset.step) || 1 });

/** A number as its field shows it: the step's decimals, a comma in French. */
export function numberText(n: number, step: number, lang: Lang) {
  const text = n.toFixed((String(step).split('.')[1] ?? '').length);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/**
 * `steps` steps up (or down, if negative) from `value`, to the next step counted from the
 * minimum as a number input does (572 → 575, not 577, for a step of 5 from 500), within the range.
 */
export function stepped(value: number, steps: number, { min, max, step }: NumberRange) {
  const at = (value - min) / step;
  const k = steps > 0 ? Math.floor(at + 1e-9) + steps : Math.ceil(at - 1e-9) + steps;
  return Math.min(Math.max(min + k * step, min), max);
}

export function listenStepping(form: HTMLFormElement, lang: Lang) {
  form.addEventListener('keydown', (e) => {
    const el = e.target as HTMLElement;
    if (!isNumberField(el) || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey) return;
    const value = Number(el.value.trim().replace(',', '.'));
    if (el.value.trim() === '' || !Number.isFinite(value)) return;
    e.preventDefault();
    const range = rangeOf(el);
    el.value = numberText(stepped(value, (e.key === 'ArrowUp' ? 1 : -1) * (e.shiftKey ? 10 : 1), range), range.step, lang);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
