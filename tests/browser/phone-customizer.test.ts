// The customizer on a 390 px phone, and the 3D view's framing and scale at any width. On a phone
// the preview stays pinned at the top while the form scrolls, without covering the field being
// edited, also when the on-screen keyboard takes half the screen; its help speaks of fingers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, customizerSettled, hasChromium, launch, watch } from './harness';

const PAGE = '/modeles/visiere-serre-tete/';
const PHONE = { width: 390, height: 844 };
/** A phone with its on-screen keyboard open: the page gets about half the screen. */
const PHONE_KEYBOARD = { width: 390, height: 420 };

type Box = { top: number; bottom: number; left: number; right: number; height: number };
const rect = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el): Box => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  });
/** The part of a box inside the window, in px. */
const visibleHeight = (b: Box, windowHeight: number) => Math.max(0, Math.min(b.bottom, windowHeight) - Math.max(b.top, 0));

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

async function phone(viewport = PHONE) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const w = watch(page);
  await page.goto(baseUrl() + PAGE);
  await customizerSettled(page);
  return { page, w, context };
}

describe.skipIf(!hasChromium)('the customizer on a 390 px phone', () => {
  it('keeps a compact preview in view while the first field is edited, and redraws it there', async () => {
    const { page, w, context } = await phone();
    await page.locator('#p-headCircumference').focus();
    const id = await page.evaluate(() => window.__usinette!.lastId);
    await page.locator('#p-headCircumference').fill('600');
    await customizerSettled(page, id);
    const view = await rect(page, '[data-viewport]');
    const field = await rect(page, '#p-headCircumference');
    expect(visibleHeight(view, PHONE.height), 'preview height on screen').toBeGreaterThan(150);
    expect(view.height, 'compact: a third of the screen at most').toBeLessThanOrEqual(PHONE.height / 3);
    const pin = await rect(page, '[data-preview-pin]');
    expect(field.top, 'the field is below the pinned preview').toBeGreaterThanOrEqual(pin.bottom - 1);
    expect(field.bottom).toBeLessThanOrEqual(PHONE.height);
    // The model's size shows on one line under the pinned view.
    const dims = await rect(page, '[data-dims]');
    expect(dims.top).toBeGreaterThanOrEqual(view.bottom);
    expect(dims.bottom).toBeLessThanOrEqual(pin.bottom);
    // At least the size in mm is in sight, on that one line (the triangle count may be cut short).
    const size = await page.locator('[data-dims]').evaluate((el) => {
      const range = document.createRange();
      range.setStart(el.firstChild!, 0);
      range.setEnd(el.firstChild!, el.textContent!.indexOf(' mm') + 3);
      const box = el.getBoundingClientRect();
      return { text: range.toString(), right: range.getBoundingClientRect().right, lines: range.getClientRects().length, end: box.right };
    });
    expect(size.text).toMatch(/^[\d,]+ × [\d,]+ × [\d,]+ mm$/);
    expect(size.lines).toBe(1);
    expect(size.right).toBeLessThanOrEqual(size.end);

    // Scrolled down to the last group of fields, the preview is still there.
    await page.locator('.param-form fieldset').last().scrollIntoViewIfNeeded();
    expect(visibleHeight(await rect(page, '[data-viewport]'), PHONE.height)).toBeGreaterThan(150);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(PHONE.width);
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('never hides the focused field under the preview, with the on-screen keyboard open', async () => {
    const { page, context } = await phone(PHONE_KEYBOARD);
    const fields = await page.locator('.param-form :is(input, select)').count();
    expect(fields).toBeGreaterThan(5);
    await page.locator('.param-form :is(input, select)').first().focus();
    const seen: string[] = [];
    for (let i = 0; i < fields + 2; i++) {
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { inForm: !!el.closest('.param-form'), id: el.id, top: r.top, bottom: r.bottom };
      });
      if (!at.inForm) break;
      const pin = await rect(page, '[data-preview-pin]');
      expect(at.top, `${at.id}: below the pinned preview`).toBeGreaterThanOrEqual(pin.bottom - 1);
      expect(at.bottom, `${at.id}: above the keyboard`).toBeLessThanOrEqual(PHONE_KEYBOARD.height + 1);
      expect(visibleHeight(await rect(page, '[data-viewport]'), PHONE_KEYBOARD.height), `${at.id}: preview in view`).toBeGreaterThan(80);
      seen.push(at.id);
      await page.keyboard.press('Tab');
    }
    expect(seen.length).toBeGreaterThan(5);
    await context.close();
  });

  it('scrolls the page when a finger swipes up on the pinned preview, and turns the model when it swipes sideways', async () => {
    const { page, context } = await phone();
    // What the page tells the viewer worker: its orbit inputs.
    await page.evaluate(() => {
      const w = window as unknown as { __orbits: { kind: string; dx: number; dy: number }[] };
      w.__orbits = [];
      const send = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const m = message as { kind?: string; input?: { kind: string; dx: number; dy: number } };
        if (m?.kind === 'orbit' && m.input) w.__orbits.push(m.input);
        return (send as (...a: unknown[]) => void).call(this, message, ...rest);
      } as typeof Worker.prototype.postMessage;
    });
    await page.evaluate(() => window.scrollTo(0, 400));
    const view = await rect(page, '[data-viewport]');
    const cdp = await context.newCDPSession(page);
    const swipe = async (dx: number, dy: number) => {
      const [x, y] = [(view.left + view.right) / 2, Math.max(view.top, 0) + 60];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 12; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 12, y: y + (dy * i) / 12 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const before = await page.evaluate(() => window.scrollY);
    await swipe(0, -120);
    await page.waitForFunction((y) => window.scrollY > y + 40, before, { timeout: 5000 });
    await swipe(-120, 0);
    const orbits = await page.evaluate(() => (window as unknown as { __orbits: { kind: string; dx: number; dy: number }[] }).__orbits);
    const turns = orbits.filter((o) => o.kind === 'rotate');
    expect(turns.some((o) => o.dx !== 0), 'a sideways swipe turns the model').toBe(true);
    expect(turns.filter((o) => o.dy !== 0), 'one finger never tilts the view').toEqual([]);
    await context.close();
  });

  it('explains the 3D view for fingers, not for the keyboard', async () => {
    const { page, context } = await phone();
    const help = await page.locator('#preview-help').innerText();
    expect(help).toMatch(/doigt/);
    expect(help).toMatch(/pincez/);
    expect(help).not.toMatch(/clavier|flèches|Maj/);
    await context.close();
  });

  it('still gives the keyboard instructions on a desktop', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl() + PAGE);
    expect(await page.locator('#preview-help').innerText()).toMatch(/flèches/);
    await context.close();
  });
});

/**
 * Where the model is drawn in the view: the bounding box of its blue pixels, as fractions of the
 * view, read from a screenshot (the view draws in a worker, so its canvas cannot be read).
 */
async function modelInView(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const png = await page.locator('[data-viewport]').screenshot();
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(image, 0, 0);
    const { data, width, height } = g.getImageData(0, 0, image.width, image.height);
    let [top, bottom, left, right] = [height, -1, width, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = 4 * (y * width + x);
        // The model's blue (#2f7fb8, lit or shaded); the grey-blue grid and the legend are far less blue.
        if (data[i + 2] - data[i] > 60) {
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    return { top: top / height, bottom: (bottom + 1) / height, left: left / width, right: (right + 1) / width };
  }, png.toString('base64'));
}

describe.skipIf(!hasChromium)('the 3D view frames the model and shows its scale', () => {
  for (const viewport of [{ width: 1366, height: 900 }, PHONE]) {
    it(`centres the model's bounding box and fills the view with it (${viewport.width} px)`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(baseUrl() + PAGE);
      await customizerSettled(page);
      const m = await modelInView(page);
      // As much room above the model as below it, and left as right (to a few per cent).
      expect(Math.abs(m.top - (1 - m.bottom)), `top ${m.top}, bottom ${m.bottom}`).toBeLessThan(0.08);
      expect(Math.abs(m.left - (1 - m.right)), `left ${m.left}, right ${m.right}`).toBeLessThan(0.08);
      // And it fills the view on its tighter side.
      expect(Math.max(m.bottom - m.top, m.right - m.left)).toBeGreaterThan(0.75);
      await context.close();
    });
  }

  it('labels the grid with its scale, in the view and in its text alternative', async () => {
    const { page, context } = await phone();
    const legend = page.locator('[data-grid-scale]');
    expect(await legend.innerText()).toMatch(/^Carreaux de 10\u00a0mm, traits forts tous les 50\u00a0mm$/);
    // On the view, inside its frame.
    const [l, v] = [await rect(page, '[data-grid-scale]'), await rect(page, '[data-viewport]')];
    expect(l.top).toBeGreaterThanOrEqual(v.top);
    expect(l.bottom).toBeLessThanOrEqual(v.bottom);
    const descId = (await page.locator('[data-viewport]').getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await page.locator(`#${descId}`).textContent()).toMatch(/carreaux de 10 mm\. Dimensions\u00a0: [\d,]+ × [\d,]+ × [\d,]+ mm/);
    await context.close();
  });
});
