// The wiki habits on the built site: every content page links to its entry in the editor (the
// English file where one exists), list pages link to adding an entry, every page says when it
// last changed, and while the forge is unset no history or issues link appears. The pages are
// derived from the content folders, so a new protocol, guide, design or place is covered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import { baseUrl, hasChromium, launch } from './harness';
import { designs } from '../../designs';
import { forge } from '../../site/settings';

const EDITOR = '/contribuer/editer/';
const edit = (collection: string, slug: string) => `${EDITOR}#/collections/${collection}/entries/${slug}`;
const add = (collection: string) => `${EDITOR}#/collections/${collection}/new`;

const slugs = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));
/** Network ids, from one file per entry once the data is split, else from the shared file. */
/** Ids of one network kind: its files' names. */
const networkIds = (kind: string): string[] => slugs(`network/${kind}`, '.yaml');

const bilingual = (root: string, frCol: string, enCol: string, frPath: string, enPath: string, slug: string): [string, string][] => {
  const hasEn = existsSync(`${root}/${slug}/en.mdx`);
  return [
    [`${frPath}${slug}/`, edit(frCol, slug)],
    [`${enPath}${slug}/`, hasEn ? edit(enCol, slug) : edit(frCol, slug)],
  ];
};

/** Pages that show one entry, with the editor address their "Edit this page" must open. */
const entryPages: [string, string][] = [
  ...slugs('protocols', '.mdx').flatMap((s): [string, string][] => [[`/protocoles/${s}/`, edit('protocoles', s)], [`/en/protocols/${s}/`, edit('protocoles', s)]]),
  ...readdirSync('guides').flatMap((s) => bilingual('guides', 'guides', 'guides-en', '/guides/', '/en/guides/', s)),
  ...designs.flatMap((d) => bilingual('designs', 'modeles', 'modeles-en', '/modeles/', '/en/designs/', d.slug)),
  ...networkIds('places').flatMap((id): [string, string][] => [[`/reseau/lieux/${id}/`, edit('lieux', id)], [`/en/network/places/${id}/`, edit('lieux', id)]]),
  ...slugs('network/models', '.yaml').flatMap((s): [string, string][] => [[`/reseau/modeles/${s}/`, edit('modeles-organisation', s)], [`/en/network/models/${s}/`, edit('modeles-organisation', s)]]),
];

/** List pages, with the form their "Add…" link opens. */
const listPages: [string, string][] = [
  ['/reseau/lieux/', 'lieux'], ['/en/network/places/', 'lieux'],
  ['/reseau/carte/', 'lieux'], ['/en/network/map/', 'lieux'],
  ['/reseau/production/', 'production'], ['/en/network/production/', 'production'],
  ['/reseau/declarer/', 'production'], ['/en/network/report/', 'production'],
  ['/reseau/presse-et-ressources/', 'ressources'], ['/en/network/press-and-resources/', 'ressources'],
  ['/reseau/a-produire/', 'inventaire'], ['/en/network/things-to-make/', 'inventaire'],
  ['/partenaires-sante/', 'partenaires'], ['/en/health-partners/', 'partenaires'],
];

/** Pages listing entries that have no page of their own: each entry has its own edit link. */
const entriesListed: [string, string, string[]][] = [
  ['/reseau/a-produire/', 'inventaire', networkIds('inventory')],
  ['/en/network/press-and-resources/', 'ressources', networkIds('resources')],
  ['/reseau/groupes-de-travail/', 'groupes', networkIds('working-groups')],
  ['/reseau/production/', 'production', networkIds('production')],
  ['/en/network/production/', 'chiffres', networkIds('figures')],
  ['/reseau/', 'chiffres', networkIds('figures')],
];

interface Wiki { edits: string[]; adds: string[]; editNames: string[]; history: number; issues: number; updated: string | null; updatedText: string }
const readWiki = (page: Page) => page.evaluate((): Wiki => ({
  edits: [...document.querySelectorAll('[data-wiki-edit]')].map((a) => a.getAttribute('href')!),
  editNames: [...document.querySelectorAll('[data-wiki-edit]')].map((a) => (a.textContent ?? '').trim()),
  adds: [...document.querySelectorAll('[data-wiki-add]')].map((a) => a.getAttribute('href')!),
  history: document.querySelectorAll('[data-wiki-history]').length,
  issues: document.querySelectorAll('[data-wiki-issues]').length,
  updated: document.querySelector('[data-last-updated]')?.getAttribute('data-last-updated') ?? null,
  updatedText: document.querySelector('[data-last-updated]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
}));

describe.skipIf(!hasChromium)('wiki links on the built site', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  });
  afterAll(async () => browser?.close());

  async function visit(path: string): Promise<Wiki> {
    const response = await page.goto(baseUrl() + path, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), path).toBe(200);
    return readWiki(page);
  }

  it('covers every protocol, guide, design, place and organisation model in both languages', () => {
    expect(entryPages.length).toBeGreaterThan(2 * (6 + 4 + 8 + 4));
  });

  it.each(entryPages)('%s edits %s, says when it changed, and has no history link while the forge is unset', async (path, expected) => {
    const wiki = await visit(path);
    expect(wiki.edits).toContain(expected);
    expect(await page.locator('[data-page-wiki] [data-wiki-edit]').textContent()).toBe(path.startsWith('/en/') ? 'Edit this page' : 'Modifier cette page');
    expect(wiki.updated, `last update on ${path}`).not.toBeNull();
    if (wiki.updated === 'unknown') expect(wiki.updatedText).toMatch(/^(Date de mise à jour inconnue|Date of last update unknown) \(/);
    else expect(wiki.updatedText).toMatch(path.startsWith('/en/') ? /^Updated on \d{1,2} [A-Z][a-z]+ \d{4} by \S/ : /^Mis à jour le \d{1,2} [a-zéû]+ \d{4} par \S/);
    if (forge === null) expect([wiki.history, wiki.issues]).toEqual([0, 0]);
  });

  it.each(listPages)('%s links to adding an entry in %s', async (path, collection) => {
    const wiki = await visit(path);
    expect(wiki.adds).toContain(add(collection));
    if (forge === null) expect([wiki.history, wiki.issues]).toEqual([0, 0]);
  });

  it.each(entriesListed)('%s has an edit link, named after its entry, for every %s entry', async (path, collection, ids) => {
    const wiki = await visit(path);
    for (const id of ids) expect(wiki.edits, `${collection}/${id} on ${path}`).toContain(edit(collection, id));
    // Several "Edit" links on one page: the entry's name makes each one distinct.
    const named = wiki.edits.map((href, i) => [href, wiki.editNames[i]] as const).filter(([href]) => href.includes(`/collections/${collection}/`));
    expect(new Set(named.map(([, name]) => name)).size).toBe(named.length);
  });

  it('the health partners’ page opens each design’s review form in the editor', async () => {
    const wiki = await visit('/partenaires-sante/');
    expect(wiki.adds).toContain(add('revues-visiere-serre-tete'));
  });

  it('the map says its list of places is partial', async () => {
    await visit('/reseau/carte/');
    expect(await page.locator('[data-map-partial]').textContent()).toMatch(/partielle/);
  });

  it('the contribution page says the repository is not set rather than inventing one', async () => {
    await visit('/contribuer/');
    expect(await page.locator('[data-wiki-repository]').count()).toBe(forge === null ? 0 : 1);
    expect(await page.locator('[data-wiki-repository-unset]').count()).toBe(forge === null ? 1 : 0);
    expect(await page.locator(`a[href="${EDITOR}"]`).count()).toBeGreaterThan(0);
  });
});
