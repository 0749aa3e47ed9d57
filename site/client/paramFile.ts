// Save the customizer's current values as a parameter-set file, and load one back. A file is
// read by the same reader as the CLI's --params (designs/_kit/paramFile.ts), then handed to the
// customizer in the page: no reload, and never the file in the address (a large file would
// end on "URI too long", and the address would share values nobody chose to share).
import { MAX_PARAM_FILE_BYTES, paramFileName, paramFileText, readParamFile } from '../../designs/_kit/paramFile';
import { show } from '../../designs/_kit/messages';

/** Dispatched on the customizer's root with the file's values, as the form would hold them. */
export const PARAM_FILE_EVENT = 'usinette:param-file';
export type ParamFileEvent = CustomEvent<{ values: [string, string][] }>;

/** A value as a form field holds it: text, with -0 kept and booleans as "true"/"false". */
const fieldText = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : show(v));

export function startParamFile(root: HTMLElement) {
  const box = root.querySelector<HTMLElement>('[data-param-file]');
  if (!box) return;
  const slug = root.dataset.slug!;
  const lang = root.dataset.lang === 'en' ? 'en' : 'fr';
  const save = box.querySelector<HTMLButtonElement>('[data-param-save]')!;
  const load = box.querySelector<HTMLInputElement>('[data-param-load]')!;
  const status = box.querySelector<HTMLElement>('[data-param-status]')!;
  // The design's parameters are the form's fields: the reader refuses any other key.
  const known = [...root.querySelectorAll<HTMLElement & { name: string }>('[data-param-form] [name]')].map((el) => el.name).filter((n) => n !== '__preset');
  box.hidden = false;

  save.addEventListener('click', () => {
    // The customizer records the last values the design accepted.
    const values = root.dataset.values;
    if (!values) {
      status.textContent = box.dataset.notReady ?? '';
      return;
    }
    // The plate chosen beside the values (plate.ts), saved with them.
    const plate = root.dataset.plate ? JSON.parse(root.dataset.plate) : undefined;
    const url = URL.createObjectURL(new Blob([paramFileText(slug, JSON.parse(values), plate)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: paramFileName(slug) });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  load.addEventListener('change', async () => {
    const file = load.files?.[0];
    if (!file) return;
    load.value = '';
    // An oversized file is refused on its size alone, before a byte of it is read.
    const text = file.size > MAX_PARAM_FILE_BYTES ? '' : await file.text();
    const read = readParamFile(text, slug, known, file.size);
    if (!read.ok) {
      status.textContent = read.error[lang];
      return;
    }
    status.textContent = '';
    const values = Object.entries(read.values).map(([k, v]): [string, string] => [k, fieldText(v)]);
    // A plate travels as the address carries it: printer and copies.
    if (read.plate) values.push(['printer', read.plate.printer], ['copies', String(read.plate.copies)]);
    root.dispatchEvent(new CustomEvent(PARAM_FILE_EVENT, { detail: { values } }) satisfies ParamFileEvent);
  });
}
