// The fabric calculator form on pattern pages: runs the kit's estimate on the pieces' boxes
// computed at build, for the quantities typed per size, shows the layout it measured, and its
// errors in the reader's language on the field at fault.
import { estimateMix, readQuantity, readWidth, FabricInputError, CUT_GAP, type SizeBoxes, type SupplyNeed, type FabricEstimate } from '../../designs/_kit/pattern/estimate';
import { fabricLayoutSvg, layoutKey } from '../../designs/_kit/pattern/layoutSvg';

import type { Lang } from '../../designs/_kit/lang';

/** The words FabricCalculator.astro read from the dictionaries and wrote in the form's data-words. */
export interface FabricWords {
  colon: string;
  layout: string;
  turned: string;
  turnedOne: string;
  supply: Record<SupplyNeed['name'], string>;
}

const number = (lang: Lang, n: number, digits = 2) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(n);
const metres = (lang: Lang, mm: number) => `${number(lang, mm / 1000)} m`;
/** The layout as measured, filling the column (see fabricLayoutSvg), and its numbered key. */
function layoutFigure(lang: Lang, words: FabricWords, f: FabricEstimate['fabrics'][number], width: number, sizes: SizeBoxes[]): HTMLElement {
  const key = layoutKey(f.nesting.placements);
  const figure = Object.assign(document.createElement('figure'), { className: 'fabric-figure' });
  // Our own markup from numbers and escaped labels: no text typed by the reader goes into it.
  figure.innerHTML = fabricLayoutSvg({
    length: f.length,
    width,
    placements: f.nesting.placements,
    gap: CUT_GAP,
    numberOf: key.numberOf,
    label: `${words.layout}${words.colon} ${f.fabric[lang]}, ${number(lang, (width - CUT_GAP) / 10, 0)} cm × ${metres(lang, f.length)}`,
    metres: (mm) => metres(lang, mm),
  });
  const list = Object.assign(document.createElement('ol'), { className: 'layout-key' });
  for (const e of key.entries) {
    const [size, name] = e.piece.split(':');
    const s = sizes.find((x) => x.size === size);
    const piece = s?.pieces.find((p) => p.name === name);
    const item = Object.assign(document.createElement('li'), { value: e.n, textContent: `${piece?.label[lang] ?? name} (${s?.label[lang] ?? size}) × ${e.count}` });
    list.append(item);
  }
  const caption = document.createElement('figcaption');
  caption.append(list);
  figure.append(caption);
  return figure;
}

function show(form: HTMLFormElement) {
  const lang = (form.dataset.lang === 'en' ? 'en' : 'fr') as Lang;
  const sizes = JSON.parse(form.dataset.fabric ?? '[]') as SizeBoxes[];
  const words = JSON.parse(form.dataset.words!) as FabricWords;
  const turned = (n: number) => (new Intl.PluralRules(lang).select(n) === 'one' ? words.turnedOne : words.turned).replace('{n}', String(n));
  const out = form.querySelector('output')!;
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
  const width = form.elements.namedItem('width') as HTMLInputElement;
  const rotate = (form.elements.namedItem('rotate') as HTMLInputElement).checked;
  for (const i of inputs) i.removeAttribute('aria-invalid');
  out.replaceChildren();
  try {
    const quantities: Record<string, number> = {};
    for (const s of sizes) {
      const field = form.elements.namedItem(`q-${s.size}`) as HTMLInputElement;
      quantities[s.size] = readQuantity(field.value, s.size, s.label);
    }
    const w = readWidth(width.value);
    const e = estimateMix(sizes, quantities, w, { rotate });
    const list = document.createElement('ul');
    for (const f of e.fabrics) {
      const rotated = f.rotated ? ` (${turned(f.rotated)})` : '';
      list.append(Object.assign(document.createElement('li'), { textContent: `${f.fabric[lang]}${words.colon} ${metres(lang, f.length)}${rotated}` }));
    }
    for (const s of e.supplies) {
      const parts = s.bySize.map((l) => `${l.quantity} × ${l.count} × ${number(lang, l.length / 10, 1)} cm`).join(' + ');
      list.append(Object.assign(document.createElement('li'), { textContent: `${words.supply[s.name]}${words.colon} ${metres(lang, s.total)} (${parts})` }));
    }
    out.append(list);
    for (const f of e.fabrics) out.append(layoutFigure(lang, words, f, e.width + CUT_GAP, sizes));
  } catch (err) {
    if (!(err instanceof FabricInputError)) throw err;
    const field = err.field === 'width' ? width : err.size ? (form.elements.namedItem(`q-${err.size}`) as HTMLInputElement | null) : null;
    if (field) field.setAttribute('aria-invalid', 'true');
    else for (const s of sizes) (form.elements.namedItem(`q-${s.size}`) as HTMLInputElement).setAttribute('aria-invalid', 'true');
    out.append(Object.assign(document.createElement('p'), { className: 'warning', textContent: err.messages[lang] }));
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-fabric]')) {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    show(form);
  });
  show(form);
}
