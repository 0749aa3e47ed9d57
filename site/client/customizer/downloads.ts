// The download links the page makes from the files worker's files, and the page's address,
// which follows the values drawn so that a link shares them.
import type { WorkerReply } from '../protocol';
import type { Messages } from './messages';

export type ReadyFiles = Extract<WorkerReply, { kind: 'files' }>['files'];

/**
 * Offers the files for the values shown, or disables every link (`null`) while they are being
 * written or refused: a file never stands for other values than the form's. `name` gives a
 * file the name it downloads under (the review status may tag it).
 */
export function startDownloads(root: HTMLElement, name: (fileName: string) => string) {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-download]')];
  let blobUrls: string[] = [];
  for (const a of links) {
    a.addEventListener('click', (e) => {
      if (a.getAttribute('aria-disabled') === 'true') e.preventDefault();
    });
    a.addEventListener('keydown', (e) => {
      if (e.key === ' ') (e.preventDefault(), a.click());
    });
  }
  return (files: ReadyFiles | null) => {
    for (const u of blobUrls) URL.revokeObjectURL(u);
    blobUrls = [];
    for (const a of links) {
      const file = files?.find((f) => f.format === a.dataset.download);
      if (file) {
        const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
        blobUrls.push(url);
        a.href = url;
        a.dataset.fileName = file.fileName;
        a.download = name(file.fileName);
        a.setAttribute('aria-disabled', 'false');
        a.dataset.bytes = String(file.bytes.byteLength);
      } else {
        a.removeAttribute('href');
        a.removeAttribute('download');
        delete a.dataset.fileName;
        a.setAttribute('aria-disabled', 'true');
      }
    }
  };
}

/**
 * Writes the values in the page's address. A preset's values are shared as its name alone: a
 * short link, and one whose preview is prepared at build. Values are written as the design reads
 * them: trimmed, with a decimal point; only those that differ from the defaults.
 */
export function writeAddress(values: Record<string, string>, defaults: Record<string, string>, preset: string, isNumber: (name: string) => boolean, extra: Iterable<[string, string]> = []) {
  const linkValue = (name: string, v: string) => (isNumber(name) ? v.trim().replace(',', '.') : v.trim());
  const q = new URLSearchParams();
  if (preset) q.set('preset', preset);
  else for (const [k, v] of Object.entries(values)) if (linkValue(k, v) !== linkValue(k, defaults[k])) q.set(k, linkValue(k, v));
  for (const [k, v] of extra) q.set(k, v);
  history.replaceState(null, '', `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`);
}

/**
 * Says whether the link was copied: there is no clipboard on a plain-http address (the portable
 * archive on a local network), and the user must then copy the address by hand.
 */
export function startCopyLink(root: HTMLElement, msg: Messages) {
  const button = root.querySelector<HTMLButtonElement>('[data-copy-link]');
  const label = button?.textContent ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  button?.addEventListener('click', async () => {
    const copied = await navigator.clipboard?.writeText(location.href).then(() => true, () => false);
    button.textContent = copied ? msg.linkCopied : msg.linkNotCopied;
    clearTimeout(timer);
    timer = setTimeout(() => (button.textContent = label), copied ? 1500 : 6000);
  });
}
