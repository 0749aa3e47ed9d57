// The download links the page makes from the files worker's files, and the button that copies
// the page's address (address.ts) to share the values.
import { formatNumber } from '../../../designs/_kit/lang';
import type { WrittenFile } from '../protocol';
import type { FileOnDemand, OfferedFile } from './workers';
import { fill, type Messages } from './messages';
import { ADDRESS_NEEDED } from './address';
import { setAttr, setText } from '../dom';

export type ReadyFiles = OfferedFile[];

/** A file offered with its bytes, not one to write when asked for. */
export const isWritten = (file: OfferedFile): file is WrittenFile => 'bytes' in file;

/** A published file (site/components/design/Downloads.astro): the values of a preset or the defaults. */
export interface PublishedFile {
  href: string;
  fileName: string;
  size: number;
  sha256: string;
}

/** The page's published files by variant and format, read once: the table does not change. */
let published: Map<string, PublishedFile> | undefined;

/** The published file of a variant's format, if the page lists one. */
export function publishedFile(variant: string | undefined, format: string): PublishedFile | undefined {
  if (!variant) return undefined;
  published ??= new Map(
    [...document.querySelectorAll<HTMLAnchorElement>('a[data-static-download]')].map((a) => [
      `${a.dataset.staticDownload} ${a.dataset.format}`,
      { href: a.getAttribute('href')!, fileName: a.getAttribute('download')!, size: Number(a.dataset.bytes), sha256: a.dataset.sha256! },
    ]),
  );
  return published.get(`${variant} ${format}`);
}

/**
 * Offers the files for the values shown, or disables every link (`null`) while they are being
 * written or refused: a file never stands for other values than the form's. `name` gives a
 * file the name it downloads under (the review status may tag it). On a flat design's page a
 * link either points at the published file of the values (a preset's, the defaults'), or writes
 * its file when activated, then downloads it; `written` hears of each file written so.
 */
export function startDownloads(root: HTMLElement, msg: Messages, name: (fileName: string) => string, written: (file: WrittenFile) => void = () => undefined) {
  const lang = root.dataset.lang === 'en' ? 'en' : 'fr';
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-download]')];
  const status = root.querySelector<HTMLElement>('[data-download-status]');
  const tell = (text: string) => status && setText(status, text);
  const sizeText = (bytes: number) => fill(msg.fileSize, { size: formatNumber(lang, Math.max(bytes / 1024, 0.1), bytes < 10 * 1024 ? 1 : 0) });
  let blobUrls: string[] = [];
  /** Links whose file is written when activated, for the values offered last. */
  const toWrite = new Map<HTMLAnchorElement, FileOnDemand>();
  let offers = 0;

  const point = (a: HTMLAnchorElement, href: string, fileName: string, bytes: number | undefined) => {
    a.href = href;
    a.dataset.fileName = fileName;
    a.download = name(fileName);
    a.setAttribute('aria-disabled', 'false');
    if (bytes === undefined) delete a.dataset.bytes;
    else a.dataset.bytes = String(bytes);
    const size = a.querySelector<HTMLElement>('[data-size]');
    if (size) size.textContent = bytes === undefined ? '' : ` (${sizeText(bytes)})`;
  };
  const pointAtBytes = (a: HTMLAnchorElement, file: WrittenFile) => {
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
    blobUrls.push(url);
    point(a, url, file.fileName, file.bytes.byteLength);
  };

  /** Writes a link's file for the values offered, then downloads it with the same link. */
  const writeThenDownload = async (a: HTMLAnchorElement, file: FileOnDemand) => {
    const offer = offers;
    const format = a.dataset.label ?? file.format;
    toWrite.delete(a);
    a.setAttribute('aria-busy', 'true');
    tell(fill(msg.writing, { format }));
    try {
      const bytes = await file.write();
      if (offer !== offers) return; // the values changed meanwhile: their links say what is offered now
      if (!bytes) return void (toWrite.set(a, file), tell(''));
      pointAtBytes(a, bytes);
      written(bytes);
      tell(fill(msg.written, { format, size: sizeText(bytes.bytes.byteLength) }));
      // The same link, now pointing at the bytes, downloads them: Chromium lets a page start a
      // download without a new click, and the later clicks take the bytes at once.
      a.removeAttribute('aria-busy');
      a.click();
    } catch (e) {
      if (offer !== offers) return;
      toWrite.set(a, file);
      tell(fill(msg.writeFailed, { format, message: (e as Error).message }));
    } finally {
      a.removeAttribute('aria-busy');
    }
  };

  for (const a of links) {
    a.addEventListener('click', (e) => {
      if (a.getAttribute('aria-disabled') === 'true' || a.getAttribute('aria-busy') === 'true') return e.preventDefault();
      const file = toWrite.get(a);
      if (file) (e.preventDefault(), void writeThenDownload(a, file));
    });
    // A button's keys: Space, and Enter while the link has no address (a file not written yet).
    a.addEventListener('keydown', (e) => {
      if (e.key === ' ' || (e.key === 'Enter' && !a.hasAttribute('href'))) (e.preventDefault(), a.click());
    });
  }
  /** A link with no file behind it: disabled, or (`toWrite`) writing its file when activated. */
  const unpoint = (a: HTMLAnchorElement, file?: FileOnDemand) => {
    a.removeAttribute('href');
    a.removeAttribute('download');
    a.removeAttribute('aria-busy');
    delete a.dataset.fileName;
    delete a.dataset.bytes;
    const size = a.querySelector('[data-size]');
    if (size) setText(size, '');
    setAttr(a, 'aria-disabled', String(!file));
    if (file) toWrite.set(a, file);
  };
  return (files: ReadyFiles | null) => {
    offers++;
    for (const u of blobUrls) URL.revokeObjectURL(u);
    blobUrls = [];
    toWrite.clear();
    tell('');
    for (const a of links) {
      const file = files?.find((f) => f.format === a.dataset.download);
      const published = file && !isWritten(file) ? publishedFile(file.variant, file.format) : undefined;
      if (!file) unpoint(a);
      else if (isWritten(file)) pointAtBytes(a, file);
      else if (published) point(a, published.href, published.fileName, published.size);
      else unpoint(a, file);
    }
  };
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
    dispatchEvent(new Event(ADDRESS_NEEDED));
    const copied = await navigator.clipboard?.writeText(location.href).then(() => true, () => false);
    button.textContent = copied ? msg.linkCopied : msg.linkNotCopied;
    clearTimeout(timer);
    timer = setTimeout(() => (button.textContent = label), copied ? 1500 : 6000);
  });
}
