// The parameter form (ParamForm.astro), read and written: its values, the values a link or a
// file puts in it, the errors beside its fields, and the preset menu that follows the values.
import { DEFAULT_VARIANT } from '../../../designs/_kit/define';
import { readBool } from '../../../designs/_kit/bool';
import { echo, type ParamError } from '../../../designs/_kit/messages';
import type { Lang } from '../../../designs/_kit/lang';
import { fill, type Messages } from './messages';
import { isNumberField } from './numberField';
import { followField, listenSliders } from './slider';
import { setHidden, setText } from '../dom';

/** How many keys a notice names before "… (+N)". */
const NAMED_KEYS = 8;

export type Field = HTMLInputElement | HTMLSelectElement;
export type ParamForm = ReturnType<typeof startForm>;

export function startForm(root: HTMLElement, lang: Lang, msg: Messages) {
  const form = root.querySelector<HTMLFormElement>('[data-param-form]')!;
  const presetSelect = form.querySelector<HTMLSelectElement>('[data-preset]')!;
  const formErrors = form.querySelector<HTMLElement>('[data-form-errors]')!;
  const linkNotice = form.querySelector<HTMLElement>('[data-link-notice]')!;
  const fields = [...form.querySelectorAll<Field>('[name]')].filter((el) => el.name !== '__preset');
  const fieldNamed = (name: string) => fields.find((f) => f.name === name);
  // The sliders start where their fields are (a link's values, the browser's form restore).
  listenSliders(form, lang);
  for (const el of fields) if (isNumberField(el)) followField(el);
  const presets = JSON.parse(root.querySelector<HTMLElement>('[data-presets]')?.textContent ?? '{}') as Record<string, Record<string, unknown>>;

  const readForm = (): Record<string, string> =>
    Object.fromEntries(fields.map((el) => [el.name, el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value]));
  const defaults = readForm();

  // Values from a link or a file that the form cannot show as given (a checkbox reads only
  // true or false, a menu only its options): they go to the design as given, so its checks name
  // the value and what is allowed, instead of the form quietly changing them.
  const extra: Record<string, string> = {};
  const clearExtra = () => Object.keys(extra).forEach((k) => delete extra[k]);
  /** Shows a value in its field; false if the design has no such parameter. */
  const writeField = (name: string, value: string) => {
    delete extra[name];
    const el = fieldNamed(name);
    if (!el) return false;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      const checked = readBool(value);
      if (checked === undefined) extra[name] = value;
      else el.checked = checked;
    } else if (el instanceof HTMLSelectElement && ![...el.options].some((o) => o.value === value)) extra[name] = value;
    else {
      // Links carry decimal points; a French form shows commas.
      el.value = isNumberField(el) && lang === 'fr' && /^\s*[+-]?\d*\.\d+\s*$/.test(value) ? value.replace('.', ',') : value;
      if (isNumberField(el)) followField(el);
    }
    return true;
  };
  const writeDefaults = () => {
    clearExtra();
    for (const [k, v] of Object.entries(defaults)) writeField(k, v);
  };
  /** Writes a preset's values over the form's; own keys only (never "toString" or "__proto__"). */
  const writePreset = (name: string) => {
    if (!Object.hasOwn(presets, name)) return false;
    for (const [k, v] of Object.entries(presets[name])) writeField(k, String(v));
    return true;
  };

  // The menu's first entry stands for values no preset names: at the default values it says so,
  // in the words of the files table ("Réglages par défaut"), otherwise "Réglages personnalisés".
  const unnamed = presetSelect.querySelector<HTMLOptionElement>('option[value=""]')!;
  const nameUnnamed = (atDefaults: boolean) => setText(unnamed, atDefaults ? msg.presetDefault : msg.presetCustom);

  const clearErrors = () => {
    for (const p of form.querySelectorAll<HTMLElement>('[data-error-for]')) setHidden(p, true), setText(p, '');
    for (const el of [...fields, presetSelect]) el.removeAttribute('aria-invalid');
    setHidden(formErrors, true);
    setText(formErrors, '');
  };

  /** A handful of names, each cut, then how many more: a pasted address must not fill a notice. */
  const names = (keys: Iterable<string>) => {
    const all = [...keys];
    const shown = all.slice(0, NAMED_KEYS).map((k) => echo(k, lang)).join(', ');
    return all.length > NAMED_KEYS ? `${shown}… (+${all.length - NAMED_KEYS})` : shown;
  };

  return {
    form,
    presetSelect,
    /** Whether an input event came from a design parameter's field (not the preset menu nor a slider). */
    isField: (target: EventTarget | null) => fields.includes(target as Field),
    isNumber: (name: string) => !!fieldNamed(name) && isNumberField(fieldNamed(name)!),
    /** The form as the page was built: no value from a link, a preset or the browser's form restore. */
    untouched: () =>
      fields.every((el) =>
        el instanceof HTMLSelectElement ? [...el.options].every((o) => o.selected === o.defaultSelected) : el.type === 'checkbox' ? el.checked === el.defaultChecked : el.value === el.defaultValue,
      ),
    defaults,
    /** The values shown in the fields, as text. */
    values: readForm,
    /** What the design is asked to build: the fields' values and those they cannot show. */
    input: () => ({ ...readForm(), ...extra }),
    /** The user set this field: its value is read from the form again, and a link's unknown preset is dropped. */
    edited(name: string) {
      nameUnnamed(false);
      delete extra[name];
      delete extra.preset;
      presetSelect.value = '';
    },
    /** The preset menu's choice: the defaults, then the preset's values. */
    choosePreset(name: string) {
      writeDefaults();
      writePreset(name);
    },
    clearExtra,
    /** The menu follows the values: it names a preset only while the values are exactly that preset's. */
    followVariants(variants: string[]) {
      const chosen = presetSelect.value || DEFAULT_VARIANT;
      if (!variants.includes(chosen)) presetSelect.value = variants.find((v) => Object.hasOwn(presets, v)) ?? '';
      nameUnnamed(variants.includes(DEFAULT_VARIANT));
    },
    clearErrors,
    showErrors(errors: ParamError[]) {
      clearErrors();
      const general: string[] = [];
      for (const e of errors) {
        // A link's preset is not a design parameter: name it and the presets there are.
        const badPreset = e.param === 'preset' && e.code === 'unknown';
        const p = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(e.param)}"]`);
        const el = badPreset ? presetSelect : fieldNamed(e.param);
        if (p && el) {
          // Beside its field, an error names the field by the label the user sees, not its id.
          const text = badPreset
            ? fill(msg.unknownPreset, { name: echo(e.value, lang), list: [...presetSelect.options].filter((o) => o.value).map((o) => `${o.value} (${o.text})`).join(', ') })
            : e.fieldMessage[lang];
          p.hidden = false;
          p.textContent = p.textContent ? `${p.textContent} ${text}` : text;
          el.setAttribute('aria-invalid', 'true');
        } else general.push(e.message[lang]);
      }
      if (general.length) (formErrors.hidden = false), (formErrors.textContent = general.join(' '));
    },
    /**
     * Puts a link's or a file's values in the form, over the defaults. Every key counts once, with
     * its last value, "preset" included (URLSearchParams.get would take the first); the notice
     * names repeated keys and keys the design does not know. Returns whether values other than a
     * preset's were given.
     */
    apply(entries: [string, string][]) {
      writeDefaults();
      presetSelect.value = '';
      const last = new Map<string, string>();
      const repeated = new Set<string>();
      for (const [k, v] of entries) (last.has(k) && repeated.add(k), last.set(k, v));
      const presetName = last.get('preset');
      if (presetName !== undefined) {
        if (writePreset(presetName)) presetSelect.value = presetName;
        else extra.preset = presetName;
      }
      // Parameters the design does not know (a link's fbclid, utm_source…) are ignored, and named.
      const ignored = [...last].filter(([k, v]) => k !== 'preset' && !writeField(k, v)).map(([k]) => k);
      const notice = [ignored.length ? fill(msg.ignoredUrl, { names: names(ignored) }) : '', repeated.size ? fill(msg.repeatedUrl, { names: names(repeated) }) : ''].filter(Boolean);
      linkNotice.hidden = !notice.length;
      linkNotice.textContent = notice.join(' ');
      return [...last.keys()].some((k) => k !== 'preset' && !ignored.includes(k));
    },
  };
}
