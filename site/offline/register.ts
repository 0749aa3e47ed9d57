// Installs the service worker, keeps the footer's "available offline" line true, keeps the
// light part of the site (every page, styles, search) after the first visit, and offline tells
// on a design page which ready-made files this device holds. Kept small: it ships on every page.
import { ARCHIVE_URL, SCRIPT_NEEDS, SITE_LIST, SW_URL, cacheFor } from './caches';

const status = document.querySelector<HTMLElement>('[data-offline-status]');
let saved = false;

function show() {
  void markKeptFiles();
  if (!status) return;
  const text = !navigator.onLine ? status.dataset.offline : saved ? status.dataset.available : '';
  status.textContent = text ?? '';
  status.hidden = !text;
}

/** Offline, beside each ready-made file of a design page: whether this device holds it. */
async function markKeptFiles() {
  const table = document.querySelector<HTMLElement>('[data-offline-kept]');
  if (!table || !('caches' in window)) return;
  for (const link of table.querySelectorAll<HTMLAnchorElement>('a[data-static-download]')) {
    let note = link.parentElement!.querySelector<HTMLElement>('[data-kept]');
    if (navigator.onLine) {
      note?.remove();
      continue;
    }
    const kept = !!(await caches.match(link.href));
    note ??= link.parentElement!.appendChild(document.createElement('small'));
    note.dataset.kept = String(kept);
    note.textContent = (kept ? table.dataset.offlineKept : table.dataset.offlineNotKept) ?? '';
  }
}

/**
 * Puts a file of the site in the worker's cache unless it is there; whether it is stored. Kept
 * without its query, as the worker keeps it (a static site: `?ts=…` changes nothing).
 */
async function keep(href: string): Promise<boolean> {
  const url = new URL(href, location.href);
  url.search = '';
  if (url.origin !== location.origin || url.pathname === ARCHIVE_URL || url.pathname === SW_URL) return true;
  try {
    if (!(await caches.match(url.href))) await (await caches.open(cacheFor(url.pathname))).add(url.href);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps this page, every file it loaded and the files its scripts will load (workers, their
 * chunks, the WASM): the first page a reader opens loaded them before the worker was there.
 */
async function keepPage(): Promise<boolean> {
  const needs: Record<string, string[]> | undefined = await fetch(SCRIPT_NEEDS).then((r) => r.json(), () => undefined);
  const urls = new Set([location.pathname, ...performance.getEntriesByType('resource').map((e) => e.name)]);
  for (const s of document.scripts) for (const u of (s.src && needs?.[new URL(s.src).pathname]) || []) urls.add(u);
  // Files fetched later, before the worker took over, are kept as they come.
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (e as PerformanceResourceTiming).workerStart || keep(e.name))).observe({ type: 'resource' });
  return !!needs && (await Promise.all([...urls].map(keep))).every(Boolean);
}

/** Resolves when the page is idle (or soon, where the browser cannot tell). */
const idle = () => new Promise((r) => ('requestIdleCallback' in window ? requestIdleCallback(r, { timeout: 3000 }) : setTimeout(r, 200)));

/**
 * Keeps the light part of the whole site (SITE_LIST: every page, styles, light scripts, the
 * search index), one file at a time while the page is idle, so it never competes with what the
 * reader is doing; stops when the connection goes. Not when the reader asks to save data.
 */
async function keepSite(): Promise<void> {
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const urls: string[] | undefined = await fetch(SITE_LIST).then((r) => r.json(), () => undefined);
  let kept = !!urls;
  for (const url of urls ?? []) {
    if (!navigator.onLine) return;
    await idle();
    kept = (await keep(url)) && kept;
  }
  if (kept && status) status.dataset.site = 'kept';
}

/**
 * On a design page, resolves once the customizer has answered (preview and files, or errors):
 * what is kept for offline use (the file writers, the WASM's second copy: over a megabyte) must
 * not share a slow link with the first preview.
 */
function customizerSettled(): Promise<void> {
  const state = document.querySelector('[data-customizer] [data-status]');
  if (!state) return Promise.resolve();
  const done = () => ['ready', 'error'].includes(state.getAttribute('data-state') ?? '');
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => done() && (watch.disconnect(), resolve()));
    watch.observe(state, { attributes: true, attributeFilter: ['data-state'] });
    setTimeout(resolve, 60_000); // a customizer that never answers must not keep the page unsaved
  });
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  const sw = navigator.serviceWorker;
  sw.register(SW_URL).then(async () => {
    await sw.ready;
    // Fetches go through the worker once it controls the page (it claims it when installed).
    if (!sw.controller) await new Promise((r) => sw.addEventListener('controllerchange', r, { once: true }));
    if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
    await customizerSettled();
    if (navigator.onLine) saved = await keepPage();
    show();
    // The rest of the site only after this page, its files and its preview.
    if (navigator.onLine) await keepSite();
  }).then(show, show);
  // Offline, registering waits for the network to fail: say what is known now.
  show();
  addEventListener('online', show);
  addEventListener('offline', show);
}
