// The fabric calculator form on pattern pages: runs the kit's estimate on the pieces' boxes
// computed at build, and shows its errors in the reader's language.
import { estimateFromBoxes, FabricInputError, type PieceBox, type SupplyNeed } from '../../designs/_kit/pattern/estimate';

type Lang = 'fr' | 'en';
const SUPPLY: Record<SupplyNeed['name'], Record<Lang, string>> = {
  elastic: { fr: 'Élastique', en: 'Elastic' },
  ties: { fr: 'Liens', en: 'Ties' },
  noseWire: { fr: 'Barrette nasale', en: 'Nose wire' },
  velcro: { fr: 'Velcro', en: 'Velcro' },
};

const metres = (lang: Lang, mm: number) => `${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(mm / 1000)} m`;

function show(form: HTMLFormElement) {
  const lang = (form.dataset.lang === 'en' ? 'en' : 'fr') as Lang;
  const data = JSON.parse(form.dataset.fabric ?? '{}') as Record<string, { pieces: PieceBox[]; supplies: SupplyNeed[] }>;
  const out = form.querySelector('output')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const size = (form.elements.namedItem('size') as HTMLSelectElement).value;
  const parse = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
  for (const name of ['quantity', 'width']) field(name).removeAttribute('aria-invalid');
  out.replaceChildren();
  try {
    const e = estimateFromBoxes(data[size].pieces, data[size].supplies, parse(field('quantity').value), parse(field('width').value));
    const list = document.createElement('ul');
    for (const f of e.fabrics) list.append(Object.assign(document.createElement('li'), { textContent: `${f.fabric[lang]} : ${metres(lang, f.length)}` }));
    for (const s of e.supplies) list.append(Object.assign(document.createElement('li'), { textContent: `${SUPPLY[s.name][lang]} : ${metres(lang, s.total)} (${s.count} × ${s.length / 10} cm)` }));
    out.append(list);
  } catch (err) {
    if (!(err instanceof FabricInputError)) throw err;
    field(err.field).setAttribute('aria-invalid', 'true');
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
