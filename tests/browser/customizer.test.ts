import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launch, baseUrl, customizerSettled, hasChromium, openCustomizer } from './harness';
import visor from '../../designs/visiere-serre-tete/design';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { readBinaryStl, edgeReport, isClosedManifold } from '../../designs/_kit/meshCheck';
import { boundingBox, sizeOf } from '../../designs/_kit/mesh';
import { formatNumber } from '../../designs/_kit/lang';

const PAGE = '/modeles/visiere-serre-tete/';
let browser: Browser;

beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

const open = (path = PAGE) => openCustomizer(browser, path);

/** A parameter-set file for the visor, as text. */
const paramFile = (values: Record<string, unknown>) => JSON.stringify({ kind: 'usinette-parametres', version: 1, design: 'visiere-serre-tete', values });
const loadFile = (page: Page, text: string) =>
  page.setInputFiles('[data-param-load]', { name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(text) });

const lastId = (page: Page) => page.evaluate(() => window.__usinette!.lastId);

async function downloadBytes(page: Page, selector: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return new Uint8Array(await readFile((await download.path())!));
}

/** The same file as `npm run export` would write for these raw values. */
async function nodeStl(input: Record<string, unknown>) {
  const run = visor.run(input);
  if (!run.ok) throw new Error('refused');
  const ctx = evaluateModel(await loadKernel(), visor, run.values, run.model);
  return formatOf('stl').write(ctx) as Uint8Array;
}

describe.skipIf(!hasChromium)('visor customizer', () => {
  it('loads without console errors or foreign requests and draws the default model', async () => {
    const { page, w, context } = await open();
    expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('[data-dims]').textContent()).toMatch(/× 20 mm/);
    expect(await page.locator('[data-viewport] canvas').count()).toBe(1);
    expect(await page.locator('[data-preview-desc]').textContent()).toMatch(/Dimensions\u00a0: .* mm, \d[\d\u202f]* triangles, pièces\u00a0: Serre-tête\.$/);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await context.close();
  });

  it('redraws the preview when a parameter changes, and the download equals the CLI file', async () => {
    const { page, context } = await open();
    const before = await page.evaluate(() => window.__usinette!.changeToDrawn.length);
    const id = await lastId(page);
    await page.fill('#p-headCircumference', '600');
    await page.selectOption('#p-sheetPattern', 'letter-3');
    await customizerSettled(page, id + 1);
    expect(await page.evaluate(() => window.__usinette!.changeToDrawn.length)).toBeGreaterThan(before);
    expect(page.url()).toContain('headCircumference=600');
    expect(page.url()).toContain('sheetPattern=letter-3');

    const bytes = await downloadBytes(page, '[data-download="stl"]');
    const browserStl = readBinaryStl(bytes);
    const cliStl = readBinaryStl(await nodeStl({ headCircumference: '600', sheetPattern: 'letter-3' }));
    expect(isClosedManifold(edgeReport(browserStl.vertices))).toBe(true);
    expect(browserStl.count).toBe(cliStl.count);
    let worst = 0;
    for (let i = 0; i < cliStl.vertices.length; i++) worst = Math.max(worst, Math.abs(cliStl.vertices[i] - browserStl.vertices[i]));
    expect(worst).toBeLessThanOrEqual(0.001);

    // The view is drawn from the model's pieces; the size, triangle count and material the page
    // gives once ready are those of the file.
    const size = sizeOf(boundingBox([{ positions: cliStl.vertices, indices: Uint32Array.from({ length: cliStl.vertices.length / 3 }, (_, i) => i) }]));
    expect(await page.locator('[data-dims]').textContent()).toBe(`${size.map((n) => formatNumber('fr', n, 1)).join(' × ')} mm · ${formatNumber('fr', cliStl.count)} triangles`);
    expect(await page.locator('[data-material]').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('[data-material]').textContent()).toMatch(/^≈ [\d,]+ cm³ · PLA/);
    await context.close();
  });

  it('shows an inline error for an invalid value and offers no file', async () => {
    const { page, context } = await open();
    const id = await lastId(page);
    await page.fill('#p-bandHeight', '99');
    await customizerSettled(page, id);
    const error = page.locator('[data-error-for="bandHeight"]');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('entre 10 et 30 mm');
    expect(await page.locator('#p-bandHeight').getAttribute('aria-invalid')).toBe('true');
    const download = page.locator('[data-download="stl"]');
    expect(await download.getAttribute('aria-disabled')).toBe('true');
    expect(await download.getAttribute('href')).toBeNull();
    expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('error');

    await page.fill('#p-bandHeight', '18');
    await customizerSettled(page, id + 1);
    expect(await error.isVisible()).toBe(false);
    expect(await download.getAttribute('aria-disabled')).toBe('false');
    await context.close();
  });

  it('reports invalid values from a shared link instead of dropping them', async () => {
    const { page, context } = await open('/en/designs/visiere-serre-tete/?standoff=5e2&colour=red');
    expect(await page.inputValue('#p-standoff')).toBe('5e2');
    expect(await page.locator('[data-error-for="standoff"]').textContent()).toContain('a plain number is expected');
    // A parameter the design does not know is ignored, and named: it does not block the rest.
    expect(await page.locator('[data-link-notice]').textContent()).toMatch(/does not know; they are ignored: colour\./);
    expect(await page.locator('[data-form-errors]').isVisible()).toBe(false);
    expect(await page.locator('[data-status]').textContent()).toMatch(/link held rejected values/);
    expect(await page.locator('[data-download="stl"]').getAttribute('aria-disabled')).toBe('true');
    await context.close();
  });

  it('reports a link value the form cannot show (a checkbox, a menu) as given, with what is allowed', async () => {
    const { page, context } = await open(`${PAGE}?reinforcement=maybe&sheetPattern=zz`);
    const reinforcement = (await page.locator('[data-error-for="reinforcement"]').textContent()) ?? '';
    expect(reinforcement).toContain('« maybe »');
    expect(reinforcement).toMatch(/true.*false/);
    const sheet = (await page.locator('[data-error-for="sheetPattern"]').textContent()) ?? '';
    expect(sheet).toContain('« zz »');
    for (const option of Object.keys(visor.params.sheetPattern.options)) expect(sheet).toContain(option);
    expect(await page.locator('#p-sheetPattern').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-download="stl"]').getAttribute('aria-disabled')).toBe('true');

    // Setting the field by hand replaces the link's value.
    const id = await lastId(page);
    await page.click('#p-reinforcement');
    await page.selectOption('#p-sheetPattern', 'letter-3');
    await customizerSettled(page, id + 1);
    expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('ready');
    await context.close();
  });

  it('ignores what a messenger appends to a link (fbclid, utm_source), says so, and draws the rest', async () => {
    const { page, context } = await open(`${PAGE}?preset=leger&fbclid=IwAR0abc&utm_source=whatsapp`);
    expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('[data-link-notice]').textContent()).toContain('ils sont ignorés\u00a0: fbclid, utm_source.');
    expect(await page.locator('[data-download="stl"]').getAttribute('download')).toBe('visiere-serre-tete--leger.stl');
    expect(new URL(page.url()).search).toBe('?preset=leger');
    await context.close();
  });

  it('says the preview shows the last valid values while the values are refused', async () => {
    const { page, context } = await open();
    const note = page.locator('[data-preview-note]');
    expect(await note.isVisible()).toBe(false);
    const id = await lastId(page);
    await page.fill('#p-headCircumference', '700');
    await customizerSettled(page, id);
    expect(await note.textContent()).toMatch(/dernières valeurs valides/);
    expect(await page.locator('[data-customizer]').getAttribute('data-stale')).toBe('');
    // Read with the view's description, for a screen reader too.
    expect(await page.locator('[data-viewport]').getAttribute('aria-describedby')).toContain('preview-note');
    await page.fill('#p-headCircumference', '560');
    await customizerSettled(page, id + 1);
    expect(await note.isVisible()).toBe(false);
    expect(await page.locator('[data-customizer]').getAttribute('data-stale')).toBeNull();

    // A link refused from the start has nothing to show, and says that instead.
    await page.goto(`${baseUrl()}${PAGE}?bandHeight=99`);
    await customizerSettled(page);
    expect(await note.textContent()).toMatch(/Pas d’aperçu/);
    await context.close();
  });

  it('writes links as the design reads them: trimmed, with a decimal point; shows French commas', async () => {
    const { page, context } = await open(`${PAGE}?smoothing=4.5`);
    expect(await page.inputValue('#p-smoothing')).toBe('4,5');
    const id = await lastId(page);
    await page.fill('#p-headCircumference', ' 560 ');
    await customizerSettled(page, id);
    const q = new URL(page.url()).searchParams;
    expect(q.get('headCircumference')).toBe('560');
    expect(q.get('smoothing')).toBe('4.5');
    await context.close();
  });

  it('says whether the link was copied, and gives its label back', async () => {
    const { page, context } = await open();
    const button = page.locator('[data-copy-link]');
    const label = await button.textContent();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await button.click();
    await button.click(); // twice: the label to give back is still the button's own
    // The label changes once the clipboard has answered: wait for it.
    await expect.poll(() => button.textContent()).toBe('Lien copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expect.poll(() => button.textContent(), { timeout: 5000 }).toBe(label);
    // No clipboard (a plain-http address on a local network): the user is told to copy by hand.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await button.click();
    await expect.poll(() => button.textContent()).toMatch(/Copie impossible/);
    await context.close();
  });

  it('names an unknown preset from a link and lists the presets there are', async () => {
    const { page, context } = await open(`/en${PAGE.replace('/modeles/', '/designs/')}?preset=nope`);
    const error = (await page.locator('[data-error-for="preset"]').textContent()) ?? '';
    expect(error).toContain('Unknown preset "nope"');
    for (const name of Object.keys(visor.presets)) expect(error).toContain(name);
    expect(error).not.toMatch(/Unknown parameter/);
    expect(await page.locator('#preset').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('error');
    const id = await lastId(page);
    await page.selectOption('#preset', 'leger');
    await customizerSettled(page, id);
    expect(await page.locator('[data-error-for="preset"]').isVisible()).toBe(false);
    expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('ready');
    await context.close();
  });

  it('names downloads after the values: defaut, the preset they match, or perso; the menu follows', async () => {
    const { page, context } = await open();
    const name = async () => (await page.locator('[data-download="stl"]').getAttribute('download')) ?? '';
    expect(await name()).toBe('visiere-serre-tete--defaut.stl');
    // The default values' file is the published one, byte for byte.
    const published = await (await page.request.get(`${baseUrl()}/fichiers/visiere-serre-tete/visiere-serre-tete--defaut.stl`)).body();
    expect(Buffer.from(await downloadBytes(page, '[data-download="stl"]')).equals(published)).toBe(true);

    let id = await lastId(page);
    await page.fill('#p-headCircumference', '600'); // a4-4-l is the defaults with a 600 mm head
    await customizerSettled(page, id);
    expect(await name()).toBe('visiere-serre-tete--a4-4-l.stl');
    expect(await page.inputValue('#preset')).toBe('a4-4-l');
    expect(new URL(page.url()).search).toBe('?preset=a4-4-l');

    id = await lastId(page);
    await page.fill('#p-bandHeight', '21');
    await customizerSettled(page, id);
    expect(await name()).toBe('visiere-serre-tete--perso.stl');
    expect(await page.inputValue('#preset')).toBe('');
    expect(new URL(page.url()).searchParams.get('preset')).toBeNull();
    await context.close();
  });

  it('draws a link to a preset from its published file, before any design code runs', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const stls: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.stl') && stls.push(new URL(r.url()).pathname)));
    await page.goto(`${baseUrl()}${PAGE}?preset=leger`);
    await customizerSettled(page);
    expect(stls).toContain('/fichiers/visiere-serre-tete/visiere-serre-tete--leger.stl');
    expect(await page.locator('[data-dims]').textContent()).toMatch(/× 15 mm/);
    expect(await page.inputValue('#preset')).toBe('leger');
    await context.close();
  });

  it('applies a parameter file in the page, never through the address, and speaks of the file', async () => {
    const { page, context } = await open();
    const id = await lastId(page);
    await loadFile(page, paramFile({ bandHeight: 99, headCircumference: 590 }));
    await customizerSettled(page, id);
    expect(await page.locator('[data-status]').textContent()).toMatch(/fichier de paramètres/);
    expect(await page.inputValue('#p-headCircumference')).toBe('590');
    expect(await page.locator('[data-error-for="bandHeight"]').textContent()).toContain('99');
    // Refused values never reach the address.
    expect(new URL(page.url()).search).toBe('');
    // Accepted ones do, as if typed in the form.
    const next = await lastId(page);
    await loadFile(page, `\uFEFF${paramFile({ bandHeight: 18 })}`);
    await customizerSettled(page, next);
    expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('ready');
    expect(new URL(page.url()).search).toBe('?bandHeight=18');
    // The same refused values from a link speak of the link.
    await page.goto(`${baseUrl()}${PAGE}?bandHeight=99`);
    await customizerSettled(page);
    expect(await page.locator('[data-status]').textContent()).toMatch(/Le lien/);
    await context.close();
  });

  it('refuses what the CLI refuses: unknown keys, "preset" in values, 1e309; keeps -0 as -0', async () => {
    const { page, context } = await open();
    const status = page.locator('[data-param-status]');
    await loadFile(page, paramFile({ bandHeight: 18, bogus: 3 }));
    await expect.poll(() => status.textContent()).toMatch(/« values » contient un paramètre inconnu de visiere-serre-tete : « bogus »/);
    await loadFile(page, paramFile({ preset: 'leger' }));
    await expect.poll(() => status.textContent()).toMatch(/« values » contient « preset »/);
    await loadFile(page, paramFile({ bandHeight: 1 }).replace('"bandHeight":1', '"bandHeight":1e309'));
    await expect.poll(() => status.textContent()).toBe('« bandHeight » : nombre trop grand pour être lu (au-delà de ±1,8 × 10³⁰⁸).');
    expect(await page.inputValue('#p-bandHeight')).toBe('20');
    expect(new URL(page.url()).search).toBe('');
    // -0 in a file reaches the form, and its message, as -0 (not "0").
    const id = await lastId(page);
    await loadFile(page, paramFile({ bandHeight: 1 }).replace('"bandHeight":1', '"bandHeight":-0'));
    await customizerSettled(page, id);
    expect(await page.inputValue('#p-bandHeight')).toBe('-0');
    expect(await page.locator('[data-error-for="bandHeight"]').textContent()).toMatch(/^Hauteur du bandeau vaut -0 :/);
    await context.close();
  });

  it('refuses an oversized file or too many keys with a message in the page, and stays put', async () => {
    const { page, context } = await open('/en/designs/visiere-serre-tete/');
    const status = page.locator('[data-param-status]');
    const url = page.url();
    // 1 MB, 10,000 and 50,000 keys: each once ended on HTTP 414 or a frozen tab.
    await loadFile(page, paramFile({ label: 'x'.repeat(1_000_000) }));
    await expect.poll(() => status.textContent()).toMatch(/The file is too large for a parameter file \(64 kB at most\)/);
    await loadFile(page, paramFile(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]))));
    await expect.poll(() => status.textContent()).toMatch(/too large/);
    await page.evaluate(() => (document.querySelector('[data-param-status]')!.textContent = ''));
    await loadFile(page, paramFile(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]))));
    await expect.poll(() => status.textContent()).toMatch(/"values" holds 101 keys; at most 100 are read/);
    // A 20 kB value is read, refused beside its field with a cut echo, and kept out of the address.
    const id = await lastId(page);
    await loadFile(page, paramFile({ sheetPattern: 'z'.repeat(20_000) }));
    await customizerSettled(page, id);
    const error = (await page.locator('[data-error-for="sheetPattern"]').textContent()) ?? '';
    expect(error).toContain(`"${'z'.repeat(60)}… [cut: 20,000 characters]"`);
    expect(error.length).toBeLessThan(600);
    expect(page.url()).toBe(url);
    await context.close();
  });

  it('names a field by its label beside it, without its internal id', async () => {
    const { page, context } = await open(`${PAGE}?headCircumference=900&bandHeight=-0`);
    const head = (await page.locator('[data-error-for="headCircumference"]').textContent()) ?? '';
    expect(head).toMatch(/^Tour de tête vaut 900 : la valeur doit être comprise entre 500 et 640 mm\.$/);
    expect(await page.locator('[data-error-for="bandHeight"]').textContent()).toMatch(/^Hauteur du bandeau vaut -0 :/);
    await context.close();
  });

  it('takes the last value of a repeated key, preset included, and says so', async () => {
    const { page, context } = await open(`${PAGE}?preset=leger&preset=a4-2`);
    expect(await page.inputValue('#preset')).toBe('a4-2');
    expect(await page.locator('[data-link-notice]').textContent()).toBe('Ce lien donne plusieurs fois preset\u00a0: la dernière valeur est retenue.');
    await page.goto(`${baseUrl()}${PAGE}?bandHeight=12&bandHeight=18`);
    await customizerSettled(page);
    expect(await page.inputValue('#p-bandHeight')).toBe('18');
    expect(await page.locator('[data-link-notice]').textContent()).toContain('plusieurs fois bandHeight');
    // Many unknown keys: a few are named, then how many more.
    const junk = Array.from({ length: 500 }, (_, i) => `x${i}=1`).join('&');
    await page.goto(`${baseUrl()}${PAGE}?${junk}`);
    await customizerSettled(page);
    expect(await page.locator('[data-link-notice]').textContent()).toBe('Ce lien contient des paramètres que ce modèle ne connaît pas\u00a0; ils sont ignorés\u00a0: x0, x1, x2, x3, x4, x5, x6, x7… (+492).');
    await context.close();
  });

  it('takes only the design’s own presets from a link: "toString", "__proto__" are unknown', async () => {
    for (const name of ['toString', '__proto__', 'constructor']) {
      const { page, context } = await open(`${PAGE}?preset=${name}`);
      expect(await page.locator('[data-error-for="preset"]').textContent()).toContain(`Préréglage inconnu «\u00a0${name}\u00a0»`);
      expect(await page.locator('[data-status]').getAttribute('data-state')).toBe('error');
      await context.close();
    }
  });

  it('names the default values alike in the preset menu and the files table', async () => {
    const { page, context } = await open();
    const selected = () => page.locator('#preset option:checked').textContent();
    expect(await selected()).toBe('Réglages par défaut');
    expect(await page.locator('table.downloads td', { hasText: 'Réglages par défaut' }).count()).toBeGreaterThan(0);
    let id = await lastId(page);
    await page.fill('#p-bandHeight', '21');
    await customizerSettled(page, id);
    expect(await selected()).toBe('Réglages personnalisés');
    id = await lastId(page);
    await page.fill('#p-bandHeight', '20');
    await customizerSettled(page, id);
    expect(await selected()).toBe('Réglages par défaut');
    await context.close();
  });

  it('steps number fields with the arrow keys, within their range', async () => {
    const { page, context } = await open();
    const field = page.locator('#p-headCircumference');
    await field.focus();
    const id = await lastId(page);
    await page.keyboard.press('ArrowUp');
    expect(await field.inputValue()).toBe('575');
    // Off the step, an arrow goes to the next step, not one step further.
    await field.fill('572');
    await page.keyboard.press('ArrowUp');
    expect(await field.inputValue()).toBe('575');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await field.inputValue()).toBe('525');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    expect(await field.inputValue()).toBe('500'); // the minimum
    await customizerSettled(page, id);
    expect(new URL(page.url()).searchParams.get('headCircumference')).toBe('500');
    await context.close();
  });

  it('turns, zooms and refits the 3D view from the keyboard, and Tab moves on', async () => {
    const { page, context } = await open();
    const view = page.locator('[data-viewport]');
    await view.focus();
    const shot = () => view.screenshot();
    const fitted = await shot();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await shot()).equals(fitted)).toBe(false);
    await page.keyboard.press('0');
    await expect.poll(async () => (await shot()).equals(fitted)).toBe(true);
    await page.keyboard.press('+');
    await expect.poll(async () => (await shot()).equals(fitted)).toBe(false);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-viewport'))).toBe(false);
    await context.close();
  });

  it('applies a preset from the form and from a link', async () => {
    const { page, context } = await open(`${PAGE}?preset=leger`);
    expect(await page.inputValue('#p-bandHeight')).toBe('15');
    expect(await page.locator('[data-dims]').textContent()).toMatch(/× 15 mm/);
    const id = await lastId(page);
    await page.selectOption('#preset', 'a4-2');
    await customizerSettled(page, id);
    expect(await page.inputValue('#p-sheetPattern')).toBe('a4-2');
    expect(await page.inputValue('#p-bandHeight')).toBe('20');
    await context.close();
  });

  it('can be driven with the keyboard alone', async () => {
    const { page, context } = await open();
    await page.focus('#p-headCircumference');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('550');
    const id = await lastId(page);
    await page.keyboard.press('Tab');
    await customizerSettled(page, id - 1);
    // The next parameter is a number too: its slider comes before its field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p-headShape-slider');
    expect(page.url()).toContain('headCircumference=550');
    await context.close();
  });
});

describe.skipIf(!hasChromium)('without JavaScript', () => {
  it('downloads the default and preset files, matching their published SHA-256', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(baseUrl() + PAGE);
    const stlLinks = page.locator('[data-static-download][data-format="stl"]');
    expect(await stlLinks.count()).toBe(1 + Object.keys(visor.presets).length);
    for (const variant of ['defaut', 'leger']) {
      const link = `[data-static-download="${variant}"][data-format="stl"]`;
      const row = page.locator('tr', { has: page.locator(link) });
      const published = (await row.locator('details .hash').textContent())!.trim();
      const bytes = await downloadBytes(page, link);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(published);
      expect(isClosedManifold(edgeReport(readBinaryStl(bytes).vertices))).toBe(true);
    }
    await context.close();
  });
});
