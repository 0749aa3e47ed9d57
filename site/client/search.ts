// The search page's script: loads pagefind (built into /pagefind/ by `npm run build`) only on
// this page, searches the index of the page's language and groups results by kind. When that
// finds nothing (an English word on the French page, "gown"), the other language's index is
// searched too and its results listed, with a link to that language's search.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { type?: string[] };
}
interface Pagefind {
  search: (q: string, o?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}
interface PagefindModule extends Pagefind {
  createInstance: () => Pagefind;
}

let pagefind: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
  return pagefind;
}

const otherIndexes = new Map<string, Pagefind>();
/**
 * A second pagefind instance on another language's index. pagefind 1.6 picks an instance's
 * language from `<html lang>` when it is created (its `language` option is overwritten), and
 * reads it synchronously: the attribute is swapped for that one call and put back at once.
 */
function indexFor(pf: PagefindModule, lang: string): Pagefind {
  let index = otherIndexes.get(lang);
  if (!index) {
    const html = document.documentElement;
    const own = html.lang;
    html.lang = lang;
    try {
      index = pf.createInstance();
    } finally {
      html.lang = own;
    }
    otherIndexes.set(lang, index);
  }
  return index;
}

const MAX_RESULTS = 40;

/** Results grouped by kind, one section each, in the order of `labels`. */
function groups(data: PagefindResult[], labels: Record<string, string>, lang?: string): HTMLElement[] {
  return Object.keys(labels).flatMap((type) => {
    const group = data.filter((d) => (d.filters.type?.[0] ?? 'page') === type);
    if (group.length === 0) return [];
    const section = document.createElement('section');
    section.className = 'search-group';
    section.dataset.type = type;
    const h = document.createElement(lang ? 'h3' : 'h2');
    h.textContent = `${labels[type]} (${group.length})`;
    const list = document.createElement('ul');
    for (const d of group) {
      const li = document.createElement('li');
      if (lang) li.lang = lang;
      const a = document.createElement('a');
      a.href = d.url;
      if (lang) a.hreflang = lang;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      // pagefind's excerpt is text from our own pages, escaped, with <mark> around matches.
      p.innerHTML = d.excerpt;
      li.append(a, p);
      list.append(li);
    }
    section.append(h, list);
    return [section];
  });
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const out = document.querySelector<HTMLElement>('[data-search-results]');
  const other = document.querySelector<HTMLElement>('[data-search-other]');
  if (!form || !status || !out || !other) return;
  const labels: Record<string, string> = JSON.parse(form.dataset.labels ?? '{}');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')];
  const otherLang = form.dataset.otherLang ?? '';
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = params.getAll('type');
  if (wanted.length > 0) for (const b of boxes) b.checked = wanted.includes(b.value);

  const find = async (index: Pagefind, q: string, types: string[]) => {
    const found = await index.search(q, { filters: { type: { any: types } } });
    return { n: found.results.length, data: await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data())) };
  };

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
    other.hidden = true;
    if (!q) return void (status.textContent = '');
    status.textContent = form.dataset.loading ?? '';
    const pf = await loadPagefind();
    const { n, data } = await find(pf, q, types);
    if (id !== run) return;
    const fill = (tpl: string | undefined, count: number) => (tpl ?? '').replace('{n}', String(count)).replace('{q}', q);
    const one = plural.select(n) === 'one';
    status.textContent = fill(n ? (one ? form.dataset.resultsOneTemplate : form.dataset.resultsTemplate) : form.dataset.noneTemplate, n);
    out.append(...groups(data, labels));
    if (n > 0 || !otherLang) return;

    const elsewhere = await find(indexFor(pf, otherLang), q, types);
    if (id !== run || elsewhere.n === 0) return;
    const otherOne = plural.select(elsewhere.n) === 'one';
    other.querySelector('[data-search-other-status]')!.textContent = fill(otherOne ? form.dataset.otherOneTemplate : form.dataset.otherTemplate, elsewhere.n);
    other.querySelector('[data-search-other-results]')!.replaceChildren(...groups(elsewhere.data, labels, otherLang));
    const link = other.querySelector<HTMLAnchorElement>('[data-search-other-link]')!;
    link.href = `${form.dataset.otherSearch}?q=${encodeURIComponent(q)}`;
    link.textContent = fill(form.dataset.otherLinkTemplate, elsewhere.n);
    other.hidden = false;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  for (const b of boxes) b.addEventListener('change', () => void search());
  void search();
}
