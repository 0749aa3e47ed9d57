// "Save everything": puts every file of the site into the service worker's caches, so the
// catalogue, the documents, the ready-made files and the customizer work without a connection.
import { ARCHIVE_URL, CATALOGUE_LIST, cacheFor, type CatalogueList } from './caches';

const root = document.querySelector<HTMLElement>('[data-offline-save]');
const parallel = 4;

/** A size in megabytes, with the unit OfflinePage.astro wrote in data-megabyte ("Mo", "MB"). */
function mb(bytes: number, lang: string, unit: string) {
  return `${(bytes / 1e6).toLocaleString(lang, { maximumFractionDigits: 1 })} ${unit}`;
}

/** Whether a worker can draw WebGL here (the viewer's usual path), judged from an OffscreenCanvas. */
function workerDraws(): boolean {
  try {
    const canvas = new OffscreenCanvas(1, 1);
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

if (root) {
  const lang = document.documentElement.lang;
  const megabyte = root.dataset.megabyte ?? '';
  const button = root.querySelector<HTMLButtonElement>('button')!;
  const size = root.querySelector<HTMLElement>('[data-size]')!;
  const progress = root.querySelector<HTMLProgressElement>('progress')!;
  const message = root.querySelector<HTMLElement>('[data-message]')!;
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    (message.textContent = (root.dataset[key] ?? '').replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? '')));

  // The archive's size, from the server; a copy of the site without it (the archive itself,
  // served on a local network) does not offer it. Offline, the link stays, without a size.
  const download = document.querySelector<HTMLElement>('[data-archive-download]');
  const archiveSize = download?.querySelector<HTMLElement>('[data-archive-size]');
  if (download && archiveSize) {
    fetch(ARCHIVE_URL, { method: 'HEAD' })
      .then((r) => {
        const bytes = Number(r.headers.get('content-length'));
        if (r.ok && bytes > 0) archiveSize.textContent = `(${mb(bytes, lang, megabyte)})`;
        else if (r.status === 404) download.hidden = true;
      })
      .catch(() => undefined);
  }

  if (!window.isSecureContext) {
    say('insecure'); // plain http on a local network: the portable archive, most likely
  } else if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say('unsupported');
  } else {
    let list: CatalogueList | undefined;
    fetch(CATALOGUE_LIST)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((l: CatalogueList) => {
        // The page's own copy of three.js only serves browsers whose worker cannot draw.
        const files = workerDraws() ? l.files.filter((f) => !f.pageDrawing) : l.files;
        list = { files, bytes: files.reduce((n, f) => n + f.bytes, 0) };
        size.textContent = (root.dataset.size ?? '').replace('{size}', mb(list.bytes, lang, megabyte)).replace('{n}', String(list.files.length));
        button.disabled = false;
      })
      .catch(() => say('unreachable'));

    button.addEventListener('click', async () => {
      if (!list) return;
      button.disabled = true;
      // Ask the browser not to evict the copy when space runs short.
      await navigator.storage?.persist?.().catch(() => false);
      const queue = [...list.files];
      let done = 0;
      let failed = 0;
      progress.max = queue.length;
      progress.hidden = false;
      const next = async (): Promise<void> => {
        const file = queue.shift();
        if (!file) return;
        try {
          await (await caches.open(cacheFor(file.url))).add(file.url);
        } catch {
          failed++;
        }
        progress.value = ++done;
        say('progress', { done, n: list!.files.length });
        return next();
      };
      await Promise.all(Array.from({ length: parallel }, next));
      say(!failed ? 'done' : new Intl.PluralRules(lang).select(failed) === 'one' ? 'failedOne' : 'failed', { n: failed });
      button.disabled = false;
    });
  }
}
