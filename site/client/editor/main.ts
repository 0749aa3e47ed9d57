// The editor page (/contribuer/editer/): loads Decap CMS from this site (never a CDN), with the
// configuration generated at build, and adds the site's check before every save.
import { emptyPaths, problemsOf, reviewProblems, withCriterionLabels, type FieldDef, type ReviewFacts } from './validate';
import { hideProblems, showProblems } from './problems';
import { frenchPhrases } from './locale';

interface ImmutableMap {
  get(key: string): any;
  getIn(path: (string | number)[]): unknown;
  deleteIn(path: (string | number)[]): ImmutableMap;
  toJS(): any;
}
interface Decap {
  init(options: { config: Record<string, unknown> }): void;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  registerEventListener(listener: { name: string; handler: (e: { entry: ImmutableMap }) => unknown }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

const base = new URL('./', location.href);

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src} n’a pas pu être chargé`));
    document.head.append(s);
  });
}

/** Decap wants full addresses for its local API; the generated config says "/api/v1" on this origin. */
function withAbsoluteApi(config: Record<string, any>) {
  const api = (path: string) => new URL(path, location.origin).href;
  const backend = config.backend.proxy_url ? { ...config.backend, proxy_url: api(config.backend.proxy_url) } : config.backend;
  return { ...config, load_config_file: false, backend, local_backend: { ...config.local_backend, url: api(config.local_backend.url) } };
}

async function start() {
  window.CMS_MANUAL_INIT = true;
  const [config, reviews] = await Promise.all([
    fetch(new URL('config.json', base)).then((r) => r.json()),
    fetch(new URL('reviews.json', base)).then((r) => r.json()) as Promise<Record<string, ReviewFacts>>,
    loadScript(new URL('decap/decap-cms.js', base).href),
  ]);
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS ne s’est pas chargé');
  const fieldsOf = (collection: string, file?: string): FieldDef[] => {
    const c = config.collections.find((x: { name: string }) => x.name === collection);
    return (file ? c?.files?.find((f: { name: string }) => f.name === file)?.fields : c?.fields) ?? [];
  };
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      let data: ImmutableMap = entry.get('data');
      for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
      const collection: string = entry.get('collection');
      const values = data.toJS();
      const review = reviews[collection];
      const problems = [
        ...problemsOf(collection, fieldsOf(collection, entry.get('slug')), values),
        ...(review ? reviewProblems(review, values) : []),
      ].map((p) => (review ? withCriterionLabels(p, review.criteria) : p));
      if (problems.length) {
        // Nothing is written. Decap's own message is short-lived; the list stays until fixed.
        showProblems(problems);
        throw `${problems.length} point${problems.length > 1 ? 's' : ''} à corriger (voir la liste en bas de l’écran)`;
      }
      hideProblems();
      return data;
    },
  });
  cms.registerLocale('fr', frenchPhrases());
  document.querySelector('[data-editor-loading]')?.remove();
  cms.init({ config: withAbsoluteApi(config) });
}

start().catch((e: Error) => {
  const box = document.querySelector('[data-editor-loading]');
  if (box) box.textContent = `L’éditeur n’a pas pu démarrer : ${e.message}`;
});
