// Protocols and the review form on paper (Chromium's PDF of the print layout, read back with
// pdf.js) and protocols on a 390 px phone: links print their address, the last page is never a
// stray tail, "Print the checklist" prints the checklist, the review form ends with room to sign
// and stamp; a table stacks its rows on a phone; methods to choose from are a choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, hasChromium, launch, watch } from './harness';
import { printedPages } from './printed';

const PROTOCOL = '/protocoles/desinfection-pieces-imprimees/';
const PROTOCOLS = ['collecte-et-livraison', 'desinfection-pieces-imprimees', 'emballage', 'hygiene-atelier', 'lavage-textiles', 'lots-et-quarantaine'];
const REVIEW_FORM = '/partenaires-sante/visiere-serre-tete/';
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(baseUrl() + path);
  return page;
}
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe.skipIf(!hasChromium)('protocols on paper', () => {
  it('print the address of links to other sites, and not of links within the site', async () => {
    const page = await open(PROTOCOL);
    const text = (await printedPages(page)).join('\n').replace(/\s+/g, '');
    expect(text).toContain('(https://pubmed.ncbi.nlm.nih.gov/33080363/)');
    expect(text).toContain('(https://help.prusa3d.com/)');
    await page.emulateMedia({ media: 'print' });
    const inSite = await page.locator('main a:not([href^="http"])').evaluateAll((as) =>
      as.filter((a) => a.getClientRects().length).map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]),
    );
    for (const [href, after] of inSite) expect(after, href!).toMatch(/^(none|normal)$/);
    await page.context().close();
  });

  for (const slug of PROTOCOLS) {
    it(`${slug}: keeps the sources with their heading, and ends on more than a stray line or two`, async () => {
      const page = await open(`/protocoles/${slug}/`);
      const pages = await printedPages(page);
      const sourceTitles = await page.locator('.sources-list li').allInnerTexts();
      const withSources = pages.findIndex((p) => lines(p).includes('Sources'));
      expect(withSources).toBeGreaterThanOrEqual(0);
      // Every source is on the page of the "Sources" heading: the list is not cut in two.
      const onThatPage = pages[withSources].replace(/\s+/g, ' ');
      for (const s of sourceTitles) expect(onThatPage, s).toContain(s.replace(/\s+/g, ' ').slice(0, 40));
      if (pages.length > 1) expect(lines(pages.at(-1)!).length, `last page: ${pages.at(-1)}`).toBeGreaterThanOrEqual(5);
      await page.context().close();
    });
  }

  it('"Imprimer la liste à cocher" prints the checklist with its title only, then the page prints whole again', async () => {
    const page = await open(PROTOCOL);
    // The print dialog itself is the browser's: the test stands in for it and prints to PDF.
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('button', { name: 'Imprimer la liste à cocher' }).click();
    const checklist = (await printedPages(page)).join('\n');
    expect(checklist).toContain('Désinfecter les pièces imprimées');
    expect(checklist).toContain('Considérer chaque pièce comme contaminée');
    expect(checklist).toContain('Laisser sécher à l’air libre');
    expect(checklist).not.toContain('Pourquoi désinfecter');
    expect(checklist).not.toContain('Prusa Research, désinfection');
    expect(checklist).not.toContain('Comment désinfecter serre-têtes');

    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    const whole = (await printedPages(page)).join('\n');
    expect(whole).toContain('Pourquoi désinfecter');
    await page.context().close();
  });
});

describe.skipIf(!hasChromium)('the review form on paper', () => {
  it('ends with a place, a date, and boxes to sign and stamp, kept on one page', async () => {
    const page = await open(REVIEW_FORM);
    const pages = await printedPages(page);
    const last = pages.at(-1)!;
    expect(last).toContain('Signature et cachet');
    expect(last).toContain('Fait à');
    expect(last).toContain('Cachet de l’organisation');
    await page.emulateMedia({ media: 'print' });
    // Room for a signature and a stamp: at least 4 cm high (96 px per inch).
    for (const box of await page.locator('[data-signature] .sign-box').all()) expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual((4 / 2.54) * 96);
    await page.context().close();
  });
});

describe.skipIf(!hasChromium)('protocols on a 390 px phone', () => {
  it('stack the table’s rows, each cell under its header, without cutting a word', async () => {
    const page = await open(PROTOCOL, PHONE);
    const w = watch(page);
    const cells = await page.locator('.prose table td').evaluateAll((tds) =>
      tds.map((td) => {
        const table = td.closest('table')!;
        const header = table.querySelectorAll('th')[(td as HTMLTableCellElement).cellIndex]?.textContent?.trim();
        // A word broken across two lines has two boxes.
        const broken: string[] = [];
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (const m of n.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(n, m.index!);
            range.setEnd(n, m.index! + m[0].length);
            if (range.getClientRects().length > 1) broken.push(m[0]);
          }
        }
        return { header, label: getComputedStyle(td, '::before').content, broken };
      }),
    );
    expect(cells.length).toBeGreaterThanOrEqual(24);
    for (const c of cells) {
      expect(c.broken, c.header).toEqual([]);
      expect(c.label).toBe(JSON.stringify(c.header));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(PHONE.width);
    expect(w.errors).toEqual([]);
    await page.context().close();
  });

  it('offer methods to choose from as one choice, not as steps to tick one after the other', async () => {
    const page = await open(PROTOCOL, PHONE);
    const steps = page.locator('[data-checklist] > li');
    expect(await steps.count()).toBe(4);
    const choice = page.getByRole('group', { name: 'Une seule de ces méthodes, au choix\u00a0:' });
    const methods = choice.getByRole('radio');
    expect(await methods.count()).toBe(6);
    await choice.getByRole('radio', { name: /^Isopropanol/ }).check();
    await choice.getByRole('radio', { name: /^Éthanol/ }).check();
    expect(await choice.getByRole('radio', { name: /^Isopropanol/ }).isChecked()).toBe(false);
    for (const text of await steps.allInnerTexts()) expect(text).not.toMatch(/^(Ou|Autre possibilité)\b/m);
    // Each method keeps its duration and products, written "Durée : 5 min".
    expect(await choice.innerText()).toContain('Durée\u00a0: 5 min');
    expect(await choice.innerText()).toContain('Produits\u00a0: Éthanol à 70–80 %');
    await page.context().close();
  });
});
