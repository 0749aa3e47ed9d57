// The customizer tells the Open Santé status of the values it shows, live. No design is reviewed
// yet, so a validation is invented for the test: records written in memory, their status derived
// by the build's own functions, and put in the built page in place of its "proposé" data.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, baseUrl, watch, customizerSettled, hasChromium } from './harness';
import visiere from '../../designs/visiere-serre-tete/design';
import { deriveStatus } from '../../site/lib/openSante/status';
import { variantTexts } from '../../site/lib/openSante/scope';
import { criteria, validatedVisor } from '../helpers/validatedVisor';

const PAGE = '/modeles/visiere-serre-tete/';
const design = visiere;
let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

/** The visor validated for head circumferences 540–600 mm (invented records, never published). */
function validatedTexts() {
  const file = { name: 'visiere-serre-tete--defaut.stl', sha256: 'a1'.repeat(32) };
  const records = validatedVisor(file);
  const status = deriveStatus({ slug: visiere.slug, category: 'visiere', records, files: [{ fileName: file.name, sha256: file.sha256 }], criteria: criteria(), design });
  return variantTexts(design, status, 'fr');
}

/** Opens the visor page; with `texts`, the page carries that review data instead of its own. */
async function open(texts?: unknown) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const w = watch(page);
  if (texts) {
    await page.route(baseUrl() + PAGE, async (route) => {
      const html = await (await route.fetch()).text();
      const replaced = html.replace(/(<script type="application\/json" data-review-texts>)[\s\S]*?(<\/script>)/, `$1${JSON.stringify(texts)}$2`);
      expect(replaced).not.toBe(html);
      await route.fulfill({ body: replaced, contentType: 'text/html; charset=utf-8' });
    });
  }
  await page.goto(baseUrl() + PAGE);
  await customizerSettled(page);
  return { page, w, context };
}

const statusBox = (page: Page) => page.locator('[data-review-status]');

describe.skipIf(!hasChromium)('the review status of the customizer’s values', () => {
  it('says "proposé" in words beside the preview while no review exists', async () => {
    const { page, w, context } = await open();
    expect(await statusBox(page).getAttribute('data-review-status')).toBe('propose');
    expect(await statusBox(page).innerText()).toContain('Proposé\u00a0: Publié par ses auteurs, sans revue par un partenaire de santé.');
    expect(await page.locator('[data-download="stl"]').getAttribute('download')).toBe('visiere-serre-tete--defaut.stl');
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('turns "hors du périmètre revu" when a value leaves the envelope, naming the parameter and its reviewed range', async () => {
    const { page, w, context } = await open(validatedTexts());
    expect(await statusBox(page).getAttribute('data-review-status')).toBe('couvert');
    expect(await statusBox(page).innerText()).toContain('ces réglages sont dans le périmètre revu (tour de tête 540–600\u00a0mm)');

    let id = await page.evaluate(() => window.__usinette!.lastId);
    await page.fill('#p-headCircumference', '620');
    await customizerSettled(page, id);
    expect(await statusBox(page).getAttribute('data-review-status')).toBe('hors-perimetre');
    expect(await statusBox(page).getAttribute('data-outside')).toBe('headCircumference');
    expect(await statusBox(page).innerText()).toContain('Hors du périmètre revu\u00a0: Tour de tête à 620\u00a0mm (revu\u00a0: 540–600\u00a0mm).');
    expect(await page.locator('[data-download="stl"]').getAttribute('download')).toBe('visiere-serre-tete--perso--hors-perimetre-revu.stl');

    // Back at the edge of the envelope: covered again, and the file says so.
    id = await page.evaluate(() => window.__usinette!.lastId);
    await page.fill('#p-headCircumference', '595');
    await customizerSettled(page, id);
    expect(await statusBox(page).getAttribute('data-review-status')).toBe('couvert');
    expect(await page.locator('[data-download="stl"]').getAttribute('download')).toBe('visiere-serre-tete--perso--valide.stl');
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('says on the visor page that the 2020 conformity regime has ended, with its dates and source', async () => {
    const { page, w, context } = await open();
    const note = page.locator('[data-legal-note]');
    expect(await note.count()).toBe(1);
    expect(await note.getAttribute('data-ended')).toBe('true');
    expect(await note.locator('[data-regime-ended]').innerText()).toBe('Ce régime a pris fin le 30 juin 2021\u00a0: il ne s’applique plus.');
    expect(await note.locator('a[href^="https://travail-emploi.gouv.fr/"]').count()).toBe(1);
    // Nothing sourced says what applies since: the page says it does not know.
    expect(await page.locator('[data-legal-unknown]').innerText()).toBe('Aucune note sourcée ne dit quel régime s’applique depuis\u00a0: nous ne le savons pas, et cette page n’en affirme aucun.');
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('says plainly on a page of a category without a sourced legal note that its status is unknown', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/modeles/masque-a-plis/`);
    const legal = page.locator('[data-legal-status]');
    expect(await legal.locator('[data-legal-note]').count()).toBe(0);
    expect(await legal.locator('[data-legal-unknown]').innerText()).toBe('Aucune note sourcée et datée ne décrit encore le statut juridique de la catégorie «\u00a0Masques barrières\u00a0»\u00a0: nous ne savons pas quel régime s’applique à ces modèles, et cette page n’en affirme aucun.');
    await page.goto(`${baseUrl()}/en/designs/masque-a-plis/`);
    expect(await legal.locator('[data-legal-unknown]').innerText()).toContain('we do not know which regime applies');
    await context.close();
  });
});
