// A range slider beside each number field (ParamForm.astro), with the parameter's minimum,
// maximum and step: it cannot make a value outside the range. Moving it writes the field as
// typing would, so each position asks for a preview (requests.ts drops the positions passed
// over while the worker is busy); typing in the field or stepping it with the arrows moves it.
import type { Lang } from '../../../designs/_kit/lang';
import { fieldNumber, isNumberField, numberText, rangeOf } from './numberField';

const sliderOf = (field: HTMLInputElement) => field.closest('[data-field]')?.querySelector<HTMLInputElement>('[data-slider]') ?? undefined;
const fieldOf = (slider: HTMLInputElement) => slider.closest('[data-field]')?.querySelector<HTMLInputElement>('[data-number]') ?? undefined;
/** The value as the field writes it, with its unit: what a screen reader says of the slider. */
const speak = (slider: HTMLInputElement, text: string) => slider.setAttribute('aria-valuetext', `${text} ${slider.dataset.unit ?? ''}`.trim());

/** Puts the field's number on its slider if it is within the range; otherwise the slider stays where it was. */
export function followField(field: HTMLInputElement) {
  const slider = sliderOf(field);
  const n = fieldNumber(field);
  const { min, max } = rangeOf(field);
  if (!slider || n === undefined || n < min || n > max) return;
  slider.value = String(n);
  speak(slider, field.value.trim());
}

/** Keeps each slider and its field in step, both ways. */
export function listenSliders(form: HTMLFormElement, lang: Lang) {
  form.addEventListener('input', (e) => {
    const el = e.target as HTMLElement;
    if (isNumberField(el)) return followField(el);
    const slider = el.matches('[data-slider]') ? (el as HTMLInputElement) : undefined;
    const field = slider && fieldOf(slider);
    if (!slider || !field) return;
    field.value = numberText(Number(slider.value), rangeOf(field).step, lang);
    speak(slider, field.value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
