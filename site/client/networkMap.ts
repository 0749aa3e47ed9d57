// The places page's small script: the kind and machine filters already work in CSS (:has);
// this announces how many places remain.

export function watchMapFilters(root: ParentNode = document): void {
  const map = root.querySelector<HTMLElement>('[data-network-map]');
  if (!map) return;
  const form = map.querySelector('form');
  const count = map.querySelector<HTMLElement>('[data-map-count]');
  const rows = [...map.querySelectorAll<HTMLElement>('.place-row')];
  const template = count?.dataset.template ?? '';

  const update = () => {
    const shown = rows.filter((r) => getComputedStyle(r).display !== 'none').length;
    if (count) count.textContent = template.replace('{n}', String(shown)).replace('{total}', String(rows.length));
  };
  // Without this script the count could not follow the CSS filters, so it stays hidden.
  if (count) count.hidden = false;
  form?.addEventListener('change', update);
  update();
}
