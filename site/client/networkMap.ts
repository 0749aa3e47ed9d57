// The network map's small script: the kind and machine filters and the coverage layer already
// work in CSS (:has); this announces how many places remain.

export function watchMapFilters(root: ParentNode = document): void {
  const map = root.querySelector<HTMLElement>('[data-network-map]');
  if (!map) return;
  const form = map.querySelector('form');
  const count = map.querySelector<HTMLElement>('[data-map-count]');
  const markers = [...map.querySelectorAll<SVGElement>('svg .place')];
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const update = () => {
    const shown = markers.filter((m) => getComputedStyle(m).display !== 'none').length;
    // "1 lieu affiché", "2 lieux affichés": the page's language decides (French: 0 and 1 are singular).
    const template = (plural.select(shown) === 'one' ? count?.dataset.templateOne : count?.dataset.template) ?? '';
    if (count) count.textContent = template.replace('{n}', String(shown)).replace('{total}', String(markers.length));
  };
  // Without this script the count could not follow the CSS filters, so it stays hidden.
  if (count) count.hidden = false;
  form?.addEventListener('change', update);
  update();
}
