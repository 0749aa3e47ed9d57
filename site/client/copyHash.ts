// Copy buttons of shortened hashes (ShortHash.astro): the whole hash goes to the clipboard.
// Without a clipboard (a plain-http address, such as the portable archive on a local network)
// the hash is shown in full and selected, so the reader copies it by hand.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-hash]')) button.hidden = false;

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-hash]');
  const box = button?.closest('[data-short-hash]');
  if (!button || !box) return;
  const status = box.querySelector('[role="status"]');
  const copied = await navigator.clipboard?.writeText(button.dataset.copyHash ?? '').then(() => true, () => false);
  if (!copied) {
    const details = box.querySelector('details');
    if (details) details.open = true;
    const full = details?.querySelector('.hash');
    if (full) getSelection()?.selectAllChildren(full);
  }
  if (!status) return;
  status.textContent = (copied ? button.dataset.copied : button.dataset.selected) ?? '';
  clearTimeout(timers.get(status));
  timers.set(status, setTimeout(() => (status.textContent = ''), copied ? 3000 : 8000));
});
