// Installs the service worker and keeps the footer's "available offline" line true.
// Kept tiny: it ships on every page.
import { ARCHIVE_URL, SCRIPT_NEEDS, SW_URL, cacheFor } from './caches';

const status = document.querySelector<HTMLElement>('[data-offline-status]');
let saved = false;

function show() {
  if (!status) return;
  const text = !navigator.onLine ? status.dataset.offline : saved ? status.dataset.available : '';
  status.textContent = text ?? '';
  status.hidden = !text;
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
  }).then(show, show);
  // Offline, registering waits for the network to fail: say what is known now.
  show();
  addEventListener('online', show);
  addEventListener('offline', show);
}
