// The network map's small script: the kind and machine filters already work in CSS (:has);
// this announces how many places remain and switches the coverage layer and its tables.

export function watchMapFilters(root: ParentNode = document): void {
  const map = root.querySelector<HTMLElement>('[data-network-map]');
  if (!map) return;
  const form = map.querySelector('form');
  const count = map.querySelector<HTMLElement>('[data-map-count]');
  const markers = [...map.querySelectorAll<SVGElement>('.place')];
  const template = count?.dataset.template ?? '';

  const update = () => {
    const shown = markers.filter((m) => getComputedStyle(m).display !== 'none').length;
    if (count) count.textContent = template.replace('{n}', String(shown)).replace('{total}', String(markers.length));
    const layer = form?.querySelector<HTMLInputElement>('input[name="layer"]:checked')?.value ?? '';
    for (const g of map.querySelectorAll<SVGGElement>('[data-layer]')) g.toggleAttribute('data-active', g.dataset.layer === layer);
    for (const table of document.querySelectorAll<HTMLElement>('[data-coverage]')) table.hidden = layer !== '' && table.dataset.coverage !== layer;
  };
  map.toggleAttribute('data-layers-ready', true);
  // Without this script the count could not follow the CSS filters, so it stays hidden.
  if (count) count.hidden = false;
  form?.addEventListener('change', update);
  update();
}
