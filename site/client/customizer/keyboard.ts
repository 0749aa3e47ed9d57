// The arrow keys step a number field as they would a number input, Shift for ten steps, within
// the parameter's range. Each step is an input event like a keystroke: held down, the key
// repeats, and requests.ts drops the values passed over while the worker is busy.
import type { Lang } from '../../../designs/_kit/lang';
import { fieldNumber, isNumberField, numberText, rangeOf, type NumberRange } from './numberField';

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
    const value = fieldNumber(el);
    if (value === undefined) return;
    e.preventDefault();
    const range = rangeOf(el);
    el.value = numberText(stepped(value, (e.key === 'ArrowUp' ? 1 : -1) * (e.shiftKey ? 10 : 1), range), range.step, lang);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
