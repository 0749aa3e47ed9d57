// The search page's script: loads pagefind (built into /pagefind/ by `npm run build`) only on
// this page, searches the index of the page's language and groups results by kind.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { type?: string[] };
}
interface Pagefind {
  search: (q: string, o?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

const MAX_RESULTS = 40;

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const out = document.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !status || !out) return;
  const labels: Record<string, string> = JSON.parse(form.dataset.labels ?? '{}');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')];

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = params.getAll('type');
  if (wanted.length > 0) for (const b of boxes) b.checked = wanted.includes(b.value);

  let run = 0;
  const search = async () => {
    const id = ++run;
    const q = input.value.trim();
    const types = boxes.filter((b) => b.checked).map((b) => b.value);
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    if (types.length < boxes.length) for (const ty of types) url.searchParams.append('type', ty);
    history.replaceState(null, '', url);
    out.replaceChildren();
    if (!q) return void (status.textContent = '');
    status.textContent = form.dataset.loading ?? '';
    const pf = await loadPagefind();
    const found = await pf.search(q, { filters: { type: { any: types } } });
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (id !== run) return;
    const n = found.results.length;
    const fill = (tpl: string) => tpl.replace('{n}', String(n)).replace('{q}', q);
    const one = new Intl.PluralRules(document.documentElement.lang).select(n) === 'one';
    status.textContent = fill(data.length ? (one ? form.dataset.resultsOneTemplate : form.dataset.resultsTemplate) ?? '' : form.dataset.noneTemplate ?? '');
    for (const type of Object.keys(labels)) {
      const group = data.filter((d) => (d.filters.type?.[0] ?? 'page') === type);
      if (group.length === 0) continue;
      const section = document.createElement('section');
      section.className = 'search-group';
      section.dataset.type = type;
      const h = document.createElement('h2');
      h.textContent = `${labels[type]} (${group.length})`;
      const list = document.createElement('ul');
      for (const d of group) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        // pagefind's excerpt is text from our own pages, escaped, with <mark> around matches.
        p.innerHTML = d.excerpt;
        li.append(a, p);
        list.append(li);
      }
      section.append(h, list);
      out.append(section);
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  for (const b of boxes) b.addEventListener('change', () => void search());
  void search();
}
