// Open Santé data that no real entry holds yet, on a scratch build of the pages that show it
// (fixtureSite.ts): a recalled design, a recalled file, a partner's acceptance profile. All three
// are invented for the tests and never published.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, customizerSettled, hasChromium } from './harness';
import { fixtureSite, FIXTURES, type FixtureSite } from './fixtureSite';

let browser: Browser;
let site: FixtureSite;
beforeAll(async () => {
  if (!hasChromium) return;
  [browser, site] = await Promise.all([launch(), fixtureSite()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page of the scratch site, with the errors it logs. */
async function open(path: string) {
  // The scratch build has no service worker (it is made by the offline step, left out).
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + path);
  return { page, errors, context };
}

const statusBox = (page: Page) => page.locator('[data-review-status]');
const verifyLink = (fields: Record<string, string>) => `/open-sante/verifier/#${new URLSearchParams({ v: '1', ...fields, m: 'PETG', b: 'USN-2020-06-009', t: '2020-06-10' })}`;

describe.skipIf(!hasChromium)('fixture Open Santé data in a scratch build', () => {
  it('shows a recall of a whole design on its page, in the customizer and on the verify page', async () => {
    const { designRecall } = FIXTURES;
    const { page, errors, context } = await open(`/modeles/${designRecall.design}/`);
    await customizerSettled(page);
    const notice = page.locator(`[data-recall="${designRecall.id}"]`);
    expect(await notice.locator('h2').innerText()).toBe('Rappel du 1 juin 2020');
    expect(await notice.innerText()).toContain('Tout le modèle est rappelé, quels que soient les réglages.');
    expect(await page.locator('[data-status-badge]').first().getAttribute('data-status-badge')).toBe('rappele');
    expect(await statusBox(page).getAttribute('data-review-status')).toBe('rappele');
    expect(await statusBox(page).innerText()).toContain('Rappelé\u00a0: ne plus fabriquer ni distribuer ces pièces.');

    await page.goto(site.url + verifyLink({ d: designRecall.design, h: '0123456789abcdef' }));
    const result = page.locator('[data-verify-result]');
    await expect.poll(() => result.getAttribute('data-status')).toBe('rappele');
    expect(await result.locator('.recall').innerText()).toContain('Rappel du 2020-06-01\u00a0: Rappel inventé pour les tests, jamais publié.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flags a recalled file in the files table and in the customizer while it makes that file, and on the verify page', async () => {
    const { fileRecall } = FIXTURES;
    const { page, errors, context } = await open(`/modeles/${fileRecall.design}/`);
    await customizerSettled(page);
    // The design itself is not recalled: its badge keeps its status; the notice names the file.
    expect(await page.locator('[data-status-badge]').first().getAttribute('data-status-badge')).toBe('propose');
    expect(await page.locator(`[data-recall="${fileRecall.id}"]`).innerText()).toContain(fileRecall.fileName);

    const flags = page.locator(`.downloads [data-recalled="${fileRecall.id}"]`);
    expect(await flags.count()).toBe(1);
    expect(await page.locator('.downloads tr', { has: page.locator(`[data-recalled="${fileRecall.id}"]`) }).locator('[data-static-download]').innerText()).toBe(fileRecall.fileName);
    expect(await flags.innerText()).toBe('Rappelé depuis le 2 juin 2020\u00a0: avis de rappel');

    // The customizer makes that very file for the default values: recalled, and the download says so.
    await expect.poll(() => statusBox(page).getAttribute('data-review-status')).toBe('rappele');
    expect(await statusBox(page).innerText()).toContain(`Rappelé\u00a0: le fichier fait pour ces réglages (empreinte ${site.recalledFile.slice(0, 12)}…) est rappelé depuis le 2 juin 2020.`);
    expect(await page.locator('[data-download="stl"]').getAttribute('download')).toBe('visiere-serre-tete--defaut--rappele.stl');

    // Other values make another file: the design's own status again.
    const id = await page.evaluate(() => window.__usinette!.lastId);
    await page.fill('#p-headCircumference', '580');
    await customizerSettled(page, id);
    await expect.poll(() => statusBox(page).getAttribute('data-review-status')).toBe('propose');
    expect(await page.locator('[data-download="stl"]').getAttribute('download')).toBe('visiere-serre-tete--perso.stl');

    await page.goto(site.url + verifyLink({ d: fileRecall.design, h: site.recalledFile.slice(0, 16), s: 'defaut' }));
    const result = page.locator('[data-verify-result]');
    await expect.poll(() => result.getAttribute('data-status')).toBe('rappele');
    expect(await result.locator('.recall').innerText()).toContain('Rappel du 2020-06-02');
    // Another file of the same design is not recalled.
    await page.goto(site.url + verifyLink({ d: fileRecall.design, h: 'abcdef0123456789', 'p.headCircumference': '580' }));
    await expect.poll(() => result.getAttribute('data-status')).toBe('propose');
    expect(await result.locator('.recall').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters the catalogue by "Accepté par…" and tells in the customizer whether the values meet the partner’s profile', async () => {
    const { partner } = FIXTURES;
    const { page, errors, context } = await open('/modeles/');
    const shown = () => page.locator('[data-card]:not([hidden])').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.slug));
    const all = await shown();
    const box = page.getByRole('group', { name: 'Accepté par…' }).getByLabel(partner.name);
    await box.check();
    await expect.poll(shown).toEqual(['visiere-serre-tete']);
    expect(await page.locator('[data-count]').innerText()).toBe(`Modèles affichés\u00a0: 1 sur ${all.length}`);
    await box.uncheck();
    await expect.poll(shown).toEqual(all);

    await page.goto(`${site.url}/modeles/visiere-serre-tete/`);
    await customizerSettled(page);
    const result = page.locator('[data-partner-result]');
    await page.getByLabel('Vérifier pour un partenaire').selectOption(partner.id);
    expect(await result.getAttribute('data-accepted')).toBe('true');
    expect(await result.innerText()).toBe('Hôpital de test accepte ces réglages. Matériaux acceptés\u00a0: PETG.');
    const id = await page.evaluate(() => window.__usinette!.lastId);
    await page.fill('#p-headCircumference', '620');
    await customizerSettled(page, id);
    expect(await result.getAttribute('data-accepted')).toBe('false');
    expect(await result.innerText()).toBe('Hôpital de test n’accepte pas ces réglages\u00a0: Tour de tête à 620\u00a0mm (accepté\u00a0: 540–600\u00a0mm). Matériaux acceptés\u00a0: PETG.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
