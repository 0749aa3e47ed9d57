// The wiki's editor, end to end: Decap CMS from the built site, against decap-server in
// git mode on a scratch copy of this repository (tests/browser/editor/scratch.ts). Each
// proposal is saved (a cms/… branch), set ready and published (merged into main), as a
// coordinator would; then the scratch copy is rebuilt and the site shows what was published.
// Invented entries live only in the scratch copy, never in the published data.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launch } from './harness';
import { DIST } from './site';
import { scratchRepo, type Scratch } from './editor/scratch';
import { addItem, choose, field, fieldWithValue, logIn, onScreen, publishNow, save, saved, setStatus } from './editor/decap';
import { PROPOSALS, startWiki, type Wiki } from '../../scripts/wiki';

const EDITOR = '/contribuer/editer/';

/** A place that exists only in the scratch copy: a real commune, an invented name. */
const TEST_PLACE = {
  name: 'Atelier d’essai de l’éditeur',
  communeCode: '29232',
  communeName: 'Quimper',
  lat: '48',
  lon: '-4.1',
  role: ['Lieu inventé pour les tests de l’éditeur.', 'A place invented for the editor’s tests.'],
  source: ['Fiche de test de l’éditeur', 'Tests Usinette', 'https://example.org/test-editeur'],
};


describe.skipIf(!hasChromium)('the editor: proposals reviewed, then published', () => {
  let scratch: Scratch;
  let wiki: Wiki;
  let browser: Browser;
  let page: Page;
  let rebuilt: string | undefined;

  const open = async (hash: string, viewport = { width: 1280, height: 900 }) => {
    await page?.close();
    page = await browser.newPage({ viewport });
    page.setDefaultTimeout(20_000);
    page.on('dialog', (d) => void d.accept()); // "publish now?": yes
    await logIn(page, `${wiki.url}${EDITOR}#${hash}`);
  };
  const branches = () => scratch.git('branch', '--list', 'cms/*').split('\n').filter(Boolean);
  /** Lines of one file that the last published proposal changed: [removed, added]. */
  const changedLines = (file: string) => {
    const diff = scratch.git('diff', 'HEAD~1', 'HEAD', '--unified=0', '--', file).split('\n');
    return [diff.filter((l) => l.startsWith('-') && !l.startsWith('---')), diff.filter((l) => l.startsWith('+') && !l.startsWith('+++'))];
  };
  /** Ready, then published: the proposal's branch is merged into main and removed. */
  const approveAndPublish = async () => {
    await setStatus(page, 'Prêt');
    await publishNow(page);
    await page.getByText('Entrée publiée', { exact: false }).first().waitFor();
    await expect.poll(branches).toEqual([]);
  };

  beforeAll(async () => {
    scratch = scratchRepo();
    wiki = await startWiki({ repo: scratch.dir, dist: DIST, port: 0, quiet: true });
    browser = await launch();
  }, 60_000);

  // What the editor showed when a step failed, for whoever reads the CI log.
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await page?.screenshot({ path: `test-results/editor-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}.png` }).catch(() => {});
  });

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    scratch?.remove();
    if (rebuilt) rmSync(rebuilt, { recursive: true, force: true });
  });

  it('opens every entry of every collection without an error', async () => {
    const config = JSON.parse(readFileSync(join(DIST, 'contribuer/editer/config.json'), 'utf8'));
    const entries: string[] = config.collections.flatMap((c: { name: string; folder?: string; extension: string; files?: { name: string }[] }) =>
      c.files
        ? c.files.map((f) => `${c.name}/entries/${f.name}`)
        : existsSync(join(scratch.dir, c.folder!)) ? readdirSync(join(scratch.dir, c.folder!)).filter((n) => n.endsWith(`.${c.extension}`)).map((n) => `${c.name}/entries/${n.slice(0, -c.extension.length - 1)}`) : [],
    );
    expect(entries.length).toBeGreaterThan(50);
    await open(`/collections/${entries[0]}`);
    const broken: string[] = [];
    for (const entry of entries) {
      // The editor is one page: changing the address's hash opens the next entry without a reload.
      await page.evaluate((hash) => { location.hash = hash; }, `#/collections/${entry}`);
      await page.getByText('Écriture dans la collection', { exact: false }).first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('input, textarea').length > 0);
      if (await page.getByText('Une erreur est survenue', { exact: false }).count()) {
        broken.push(entry);
        await open(`/collections/${entry}`); // the error screen needs a reload
      }
    }
    expect(broken).toEqual([]);
  }, 180_000);

  it('edits one protocol step: only that line changes once published', async () => {
    await open('/collections/protocoles/entries/emballage');
    const step = await fieldWithValue(page, 'Mettre des gants propres et travailler dans la zone propre.');
    await step.fill('Mettre des gants propres et neufs, puis travailler dans la zone propre.');
    await save(page);
    await saved(page);
    expect(branches()).toEqual(['cms/protocoles/emballage']);
    expect(scratch.git('show', 'main:protocols/emballage.mdx')).toContain('Mettre des gants propres et travailler'); // not published yet
    await approveAndPublish();
    expect(changedLines('protocols/emballage.mdx')).toEqual([
      ['-      fr: Mettre des gants propres et travailler dans la zone propre.'],
      ['+      fr: Mettre des gants propres et neufs, puis travailler dans la zone propre.'],
    ]);
  });

  it('edits a guide body that holds MDX components: they survive byte for byte', async () => {
    const file = 'guides/surblouse/index.mdx';
    const before = readFileSync(join(scratch.dir, file), 'utf8');
    const components = before.split('\n').filter((l) => /^<|quantities=\{|^- /.test(l));
    expect(components.length).toBeGreaterThan(10);
    await open('/collections/guides/entries/surblouse');
    const body = field(page, 'Texte de la page (Markdown/MDX)');
    const text = await body.inputValue();
    expect(text).toContain('quantities={{ S: 2 }}');
    await body.fill(text.replace('Pliez le drap en deux dans le sens de la longueur.', 'Pliez le drap en deux, dans le sens de la longueur.'));
    await save(page);
    await saved(page);
    await approveAndPublish();
    const after = readFileSync(join(scratch.dir, file), 'utf8');
    expect(after.split('\n').filter((l) => /^<|quantities=\{|^- /.test(l))).toEqual(components);
    const [removed, added] = changedLines(file);
    expect(removed).toHaveLength(1);
    expect(added).toEqual(['+Pliez le drap en deux, dans le sens de la longueur. Posez le bord «\u00a0PLIURE\u00a0» du corps sur le pli\u00a0:']);
  });

  /** Files the last merge into main added, under a folder. */
  const addedFiles = (folder: string) => scratch.git('diff', '--name-only', '--diff-filter=A', 'HEAD~1', 'HEAD', '--', folder).split('\n').filter(Boolean);

  const fillPlace = async (o: { asOf: string; contact?: string; sourceTitle?: string; communeName?: string }) => {
    await field(page, 'Nom').fill(TEST_PLACE.name);
    await choose(page, 'Type', 'Fablab');
    await field(page, 'Code INSEE de la commune').fill(TEST_PLACE.communeCode);
    await field(page, 'Nom de la commune').fill(o.communeName ?? TEST_PLACE.communeName);
    await choose(page, 'Département', 'Finistère');
    await field(page, 'Latitude').fill(TEST_PLACE.lat);
    await field(page, 'Longitude').fill(TEST_PLACE.lon);
    await field(page, 'Français').fill(TEST_PLACE.role[0]);
    await field(page, 'Anglais').fill(TEST_PLACE.role[1]);
    if (o.contact !== undefined) await field(page, 'Contact (adresse web)').fill(o.contact);
    await field(page, 'Faits valables à la date du').fill(o.asOf);
    // The map announces the day of the last addition: every place records it.
    await field(page, 'Ajouté à la liste le').fill(new Date().toISOString().slice(0, 10));
    // A list with a minimum starts with that many items; add one only if it is not there.
    if (!(await page.getByText('Éditeur ou auteur').count())) await addItem(page, 'Source').click();
    await field(page, 'Titre').fill(o.sourceTitle ?? TEST_PLACE.source[0]);
    await field(page, 'Éditeur ou auteur').fill(TEST_PLACE.source[1]);
    await field(page, 'Adresse web (URL)').fill(TEST_PLACE.source[2]);
    await field(page, 'Date').fill('2020-04');
  };

  it('refuses bad input in French and writes nothing: a URL without http, a date in the future, an empty required source', async () => {
    const before = scratch.git('rev-parse', 'HEAD');
    // A web address without http(s): the form's own pattern.
    await open('/collections/lieux/new');
    await fillPlace({ asOf: '2020-04', contact: 'www.example.org' });
    await save(page);
    await page.getByText('Il faut une adresse web qui commence par http:// ou https://.').first().waitFor();
    // An empty required field of a source.
    await open('/collections/lieux/new');
    await fillPlace({ asOf: '2020-04', sourceTitle: '' });
    await save(page);
    await page.getByText('Un champ obligatoire est vide', { exact: false }).first().waitFor();
    // A date in the future: the build's zod rule, run before saving, in French.
    await open('/collections/lieux/new');
    await fillPlace({ asOf: '2999-01' });
    await save(page);
    await page.getByText('Faits valables à la date du : la date est dans le futur', { exact: false }).first().waitFor();
    expect(branches(), 'no proposal branch').toEqual([]);
    expect(scratch.git('rev-parse', 'HEAD')).toBe(before);
    expect(scratch.git('status', '--porcelain')).toBe('');
  });

  it('adds a place on a 390 px phone: saved as a proposal whose diff a reviewer reads, set ready, published as one file the place schema accepts', async () => {
    await open('/collections/lieux/new', { width: 390, height: 844 });
    await fillPlace({ asOf: '2020-04' });
    await save(page);
    await saved(page);
    expect(branches()).toHaveLength(1);
    for (const name of [/^Statut/, /^Publier/]) expect(await onScreen(page, page.getByRole('button', { name })), String(name)).toBe(true);
    // Before publishing, the proposal and its diff are listed for review.
    const review = await browser.newPage();
    await review.goto(`${wiki.url}${PROPOSALS}`);
    const pending = await review.locator('main').innerText();
    await review.close();
    expect(pending).toContain(branches()[0].slice('cms/'.length));
    expect(pending).toContain(`+name: ${TEST_PLACE.name}`);
    await approveAndPublish();
    const [file] = addedFiles('network/places');
    expect(file).toMatch(/^network\/places\/[a-z0-9-]+\.yaml$/);
    const { parse } = await import('yaml');
    const { placeSchema } = await import('../../site/schemas/place');
    const data = placeSchema.parse(parse(readFileSync(join(scratch.dir, file), 'utf8')));
    expect(data).toMatchObject({ name: TEST_PLACE.name, kind: 'fablab', department: '29', commune: { code: '29232', name: 'Quimper' }, coordinates: { lat: 48, lon: -4.1 } });
    expect(data.sources[0]).toMatchObject({ title: TEST_PLACE.source[0], url: TEST_PLACE.source[2], urlScope: 'page', date: '2020-04' });
  });

  it('reports production on a 390 px phone: Save, Status and Publish stay on the screen', async () => {
    await open('/collections/production/new', { width: 390, height: 844 });
    await field(page, 'Début de la période').fill('2020-04');
    await field(page, 'Fin de la période').fill('2020-05-01');
    await choose(page, 'Territoire', 'Finistère');
    await choose(page, 'Objet fabriqué', 'Visière');
    await field(page, 'Quantité').fill('120');
    await choose(page, 'Précision du chiffre', 'Environ');
    await field(page, 'Groupe ou lieu').fill('Groupe d’essai de l’éditeur');
    await field(page, 'Source (titre)').fill('Déclaration de test de l’éditeur');
    await field(page, 'Date de la source').fill('2020-05');
    const saveButton = page.getByRole('button', { name: 'Enregistrer', exact: true });
    expect(await onScreen(page, saveButton), 'Save on screen').toBe(true);
    await save(page);
    await saved(page);
    const status = page.getByRole('button', { name: /^Statut/ });
    const publish = page.getByRole('button', { name: /^Publier/ });
    expect(await onScreen(page, status), 'Status on screen').toBe(true);
    expect(await onScreen(page, publish), 'Publish on screen').toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(390);
    await approveAndPublish();
    const [file] = addedFiles('network/production');
    expect(readFileSync(join(scratch.dir, file), 'utf8')).toContain('quantity: 120');
  });

  it('files a review from the pre-filled form: built files with their SHA-256 and the category’s criteria; a hash of no built file is refused', async () => {
    const slug = 'visiere-serre-tete';
    const config = JSON.parse(readFileSync(join(DIST, 'contribuer/editer/config.json'), 'utf8'));
    const reviewForm = config.collections.find((c: { name: string }) => c.name === `revues-${slug}`);
    const files = reviewForm.fields.find((f: { name: string }) => f.name === 'files').default as { name: string; sha256: string }[];
    expect(files.length).toBeGreaterThan(0);
    await open(`/collections/revues-${slug}/new`);
    // Pre-filled: every file built now, with its hash.
    for (const f of files) await fieldWithValue(page, f.sha256);
    await field(page, 'Date').fill('2026-12-01');
    await field(page, 'Organisation').fill('Hôpital d’essai de l’éditeur');
    await choose(page, 'Type d’organisation', 'Hôpital');
    await field(page, 'Fonction de la personne qui a examiné').fill('Cadre de santé (test)');
    await choose(page, 'Décision', 'Début de revue');
    // A hash that is no built file's: refused by the form, nothing written.
    await (await fieldWithValue(page, files[0].sha256)).fill('0'.repeat(64));
    await save(page);
    await page.getByText('Cette empreinte n’est celle d’aucun fichier publié aujourd’hui', { exact: false }).first().waitFor();
    expect(branches()).toEqual([]);
    await open(`/collections/revues-${slug}/new`);
    await field(page, 'Date').fill('2026-12-01');
    await field(page, 'Organisation').fill('Hôpital d’essai de l’éditeur');
    await choose(page, 'Type d’organisation', 'Hôpital');
    await field(page, 'Fonction de la personne qui a examiné').fill('Cadre de santé (test)');
    await choose(page, 'Décision', 'Début de revue');
    await save(page);
    await saved(page);
    await approveAndPublish();
    const [file] = addedFiles(`designs/${slug}/reviews`);
    expect(file).toMatch(new RegExp(`^designs/${slug}/reviews/2026-12-01-.+-debut-revue\\.yaml$`));
    const { parseRecordFile } = await import('../../site/lib/openSante/records');
    const record = parseRecordFile(join(scratch.dir, file));
    expect(record.ok && record.file.record.files).toEqual(files);
  });

  it('a rebuild of the scratch copy publishes them: the place listed and on the map, the production figure, the design under review', async () => {
    rebuilt = mkdtempSync(join(tmpdir(), 'usinette-wiki-build-'));
    const r = spawnSync('npx', ['astro', 'build', '--outDir', rebuilt], { cwd: scratch.dir, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const html = (path: string) => readFileSync(join(rebuilt!, path, 'index.html'), 'utf8');
    const placeFile = scratch.git('log', '--diff-filter=A', '--name-only', '--format=', '--', 'network/places').split('\n').find(Boolean)!;
    const placeId = placeFile.replace(/^network\/places\/|\.yaml$/g, '');
    expect(html('reseau/lieux')).toContain(TEST_PLACE.name);
    expect(html('reseau/carte')).toContain(`data-place="${placeId}"`);
    expect(html('reseau/production')).toContain('Groupe d’essai de l’éditeur');
    expect(html('modeles/visiere-serre-tete')).toContain('data-status-badge="en-revue"');
  }, 320_000);

  it('a proposal that passes the editor but breaks a rule across files fails the build, naming the file and the field', async () => {
    // Quimper's INSEE code with another commune's name: only the build knows the official list.
    await open('/collections/lieux/new');
    await fillPlace({ asOf: '2020-04', communeName: 'Brest' });
    await field(page, 'Nom').fill('Atelier d’essai mal placé');
    await save(page);
    await saved(page);
    await approveAndPublish();
    const [file] = addedFiles('network/places');
    const r = spawnSync('npx', ['astro', 'build', '--outDir', rebuilt!], { cwd: scratch.dir, encoding: 'utf8', timeout: 300_000 });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}\n${r.stderr}`).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}: commune\\.name`));
  }, 320_000);
});
