// Installs the service worker and keeps the footer's "available offline" line true.
// Kept tiny: it ships on every page.
import { CACHE, SW_URL } from './caches';

const status = document.querySelector<HTMLElement>('[data-offline-status]');

async function show() {
  if (!status) return;
  const saved = !!(await caches.match(location.pathname));
  const text = !navigator.onLine ? status.dataset.offline : saved ? status.dataset.available : '';
  status.textContent = text ?? '';
  status.hidden = !text;
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register(SW_URL).then(async (reg) => {
    // The page that installed the worker was loaded without it: keep a copy of it now, so the
    // first page a reader opens is also there offline.
    if (!navigator.serviceWorker.controller && navigator.onLine) {
      await navigator.serviceWorker.ready;
      await (await caches.open(CACHE.pages)).add(location.pathname);
    }
    return reg;
  }).then(show, show);
  // Offline, registering waits for the network to fail: say what is known now.
  void show();
  addEventListener('online', show);
  addEventListener('offline', show);
}
