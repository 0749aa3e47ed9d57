// Save the customizer's current values as a parameter-set file, and load one back. Loading
// goes through the page URL, the same path as a shared link, so values a file holds are
// checked and shown exactly like values typed in the form.
import { paramFileName, paramFileText, readParamFile } from '../../designs/_kit/paramFile';

/** Left in session storage for the reloaded page, so its errors speak of the file, not a link. */
export const PARAM_FILE_FLAG = 'usinette:param-file';

export function startParamFile(root: HTMLElement) {
  const box = root.querySelector<HTMLElement>('[data-param-file]');
  if (!box) return;
  const slug = root.dataset.slug!;
  const lang = root.dataset.lang === 'en' ? 'en' : 'fr';
  const save = box.querySelector<HTMLButtonElement>('[data-param-save]')!;
  const load = box.querySelector<HTMLInputElement>('[data-param-load]')!;
  const status = box.querySelector<HTMLElement>('[data-param-status]')!;
  box.hidden = false;

  save.addEventListener('click', () => {
    // The customizer records the last values the design accepted.
    const values = root.dataset.values;
    if (!values) {
      status.textContent = box.dataset.notReady ?? '';
      return;
    }
    const url = URL.createObjectURL(new Blob([paramFileText(slug, JSON.parse(values))], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: paramFileName(slug) });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  load.addEventListener('change', async () => {
    const file = load.files?.[0];
    if (!file) return;
    const read = readParamFile(await file.text(), slug);
    load.value = '';
    if (!read.ok) {
      status.textContent = read.error[lang];
      return;
    }
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(read.values)) q.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    try {
      sessionStorage.setItem(PARAM_FILE_FLAG, slug);
    } catch {
      // storage refused: the page will speak of a link
    }
    location.search = q.toString();
  });
}
