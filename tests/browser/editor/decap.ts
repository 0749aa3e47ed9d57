// Driving Decap CMS's editor like a person: log in, fill the form by its labels, save, move the
// proposal through the editorial workflow and publish it. Decap's French UI words are used as
// the selectors, so a change of wording in Decap shows here first.
import type { Locator, Page } from 'playwright-core';

export async function logIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** The input or text area that holds exactly `value` now (React sets values, not text). */
export async function fieldWithValue(page: Page, value: string): Promise<Locator> {
  const mark = `v${Math.random().toString(36).slice(2)}`;
  await page.waitForFunction(
    ([v, m]) => {
      const el = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].find((e) => e.value === v);
      el?.setAttribute('data-test-mark', m);
      return !!el;
    },
    [value, mark],
  );
  return page.locator(`[data-test-mark="${mark}"]`);
}

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first control labelled `label` (Decap shows labels in capitals through CSS only, and adds
 * "(optionnel)" to optional fields' labels).
 */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escape(label)}( \\(optionnel\\))?$`)).first();

export async function save(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
}

/** Waits for Decap's "saved" state in the toolbar. */
export async function saved(page: Page) {
  await page.getByText('Modifications enregistrées', { exact: false }).first().waitFor();
}

/** Sets the proposal's workflow status: "Brouillon", "En cours de révision" or "Prêt". */
export async function setStatus(page: Page, status: string) {
  await page.getByRole('button', { name: /^Statut/ }).click();
  await page.getByRole('menuitem', { name: status }).click();
}

export async function publishNow(page: Page) {
  await page.getByRole('button', { name: /^Publier/ }).click();
  await page.getByRole('menuitem', { name: /Publier maintenant/ }).click();
}

/** Picks a choice in one of Decap's select fields (react-select): type its label, take the first match. */
export async function choose(scope: Page, label: string, option: string) {
  await field(scope, label).click();
  await scope.keyboard.type(option);
  await scope.keyboard.press('Enter');
}

/** The add button of a list field: Decap writes "Ajouter" and the item's name in lower case. */
export const addItem = (page: Page, singular: string) => page.getByRole('button', { name: `Ajouter ${singular.toLowerCase()}` }).first();

/** Whether an element lies fully inside the viewport's width: reachable on a phone. */
export async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return !!box && box.x >= 0 && box.x + box.width <= width && box.width > 0;
}
