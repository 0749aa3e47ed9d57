// The customizer page: form ⇄ address ⇄ design workers ⇄ preview and downloads, each role in
// its own module beside this one. Invalid input never reaches a file: downloads are disabled
// until the files worker has written files for the exact values shown.
import { DEFAULT_VARIANT } from '../../../designs/_kit/define';
import { PARAM_FILE_EVENT, type ParamFileEvent } from '../paramFile';
import { startPlate } from '../plate';
import { startReviewStatus } from '../reviewStatus';
import { readMessages } from './messages';
import { startForm } from './form';
import { startPreview } from './preview';
import { startCopyLink, startDownloads } from './downloads';
import { ADDRESS_NEEDED, linkQuery, startAddress } from './address';
import { startRequests } from './requests';
import { listenStepping } from './keyboard';

export function startCustomizer(root: HTMLElement) {
  const lang = root.dataset.lang === 'en' ? 'en' : 'fr';
  const msg = readMessages(root);
  const form = startForm(root, lang, msg);
  const preview = startPreview(root, lang, msg);
  const review = startReviewStatus(root);
  // Print settings and plates (plate.ts): a plate change asks for new files like a value does
  // (called on the user's changes only, once `requests` below exists).
  const plate = startPlate(root, lang, () => requests.request());
  const address = startAddress();
  addEventListener(ADDRESS_NEEDED, address.flush);
  const requests = startRequests({
    root,
    msg,
    form,
    preview,
    offerFiles: startDownloads(root, msg, review.fileName, review.written),
    plate,
    review,
    address,
    linkQuery: () => linkQuery(form.values(), form.defaults, form.presetSelect.value, form.isNumber, plate?.query()),
  });

  // A field the user sets is read from the form again; once the user acts on the form, a link's
  // unknown preset has been seen and is dropped.
  form.form.addEventListener('input', (e) => {
    if (!form.isField(e.target)) return;
    form.edited((e.target as HTMLInputElement).name);
    requests.request();
  });
  listenStepping(form.form, lang);
  form.form.addEventListener('submit', (e) => e.preventDefault());
  form.presetSelect.addEventListener('change', () => {
    const name = form.presetSelect.value;
    form.choosePreset(name);
    // Before the design code has loaded, a preset's published file is the quicker preview.
    requests.request(name || DEFAULT_VARIANT);
  });
  form.form.addEventListener('reset', () => {
    setTimeout(() => {
      form.presetSelect.value = '';
      form.clearExtra();
      requests.request();
    });
  });
  startCopyLink(root, msg);

  // Values from a link or a file: valid or not, they are shown, not dropped. A parameter file
  // (paramFile.ts) is applied in the page: the address then shows its values once the design
  // accepts them, like values typed in the form.
  const fromLinkOrFile = (entries: [string, string][]) => form.apply(plate ? plate.take(entries) : entries);
  root.addEventListener(PARAM_FILE_EVENT, (e) => {
    fromLinkOrFile((e as ParamFileEvent).detail.values);
    // The address held a link's values, not the file's: it is cleared at once.
    address.write('');
    address.flush();
    requests.request(undefined, 'file');
  });

  const query = new URLSearchParams(location.search);
  const hasValues = query.size ? fromLinkOrFile([...query]) : false;
  // A page opened on the default values or on a preset alone draws its prepared preview.
  const startVariant = hasValues ? undefined : !query.has('preset') && form.untouched() ? DEFAULT_VARIANT : form.presetSelect.value || undefined;
  // The 3D library, the design code and the kernel load once the page has painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (root.dataset.dimensions !== '2d') void preview.loadViewer();
      requests.request(startVariant, query.size ? 'link' : undefined);
    }, 0),
  );
}
