// The visor customizer while a value moves: its head-circumference slider dragged for 2 s (one
// position a frame, back and forth across the range), then single changes made with the slider. Prints previews drawn per
// second during the drag, how long the last value takes to be drawn and its files to be ready
// once the drag stops, and change → drawn for single changes.
import type { Page } from 'playwright-core';
import { loadNote, ms, stats, statCells, withSite, type BenchTable } from './lib';

const SLIDER = '#p-headCircumference-slider';
const DRAG_MS = 2000;
const SINGLE_CHANGES = 24;

/** Resolves in the page once the customizer is ready for the values shown; returns performance.now() then. */
const READY = `new Promise((resolve) => {
  const status = document.querySelector('[data-status]');
  const check = () => (status.getAttribute('data-state') === 'ready' ? resolve(performance.now()) : requestAnimationFrame(check));
  check();
})`;

/**
 * A drag as the page sees one: an input event on the slider each frame (Chromium hands pointer
 * moves to a page once a frame), sweeping the range back and forth, a full sweep a second.
 * Driven in the page, so the bench's round trips to Chromium do not thin the events out.
 */
const DRAG = `(async () => {
  const slider = document.querySelector('${SLIDER}');
  const [min, max, step] = [Number(slider.min), Number(slider.max), Number(slider.step)];
  const drawnBefore = window.__usinette.changeToDrawn.length;
  const builtBefore = window.__previewRequests;
  const viewport = document.querySelector('[data-viewport]');
  const canvas = viewport.querySelector('canvas');
  const full = Math.floor(viewport.clientWidth * Math.min(devicePixelRatio, 2));
  let narrowest = full;
  const start = performance.now();
  let events = 0;
  for (let now = start; now - start < ${DRAG_MS}; now = await new Promise(requestAnimationFrame)) {
    narrowest = Math.min(narrowest, canvas.width);
    const phase = ((now - start) / 1000) % 2;
    const f = phase < 1 ? phase : 2 - phase;
    const value = min + Math.round((f * (max - min)) / step) * step;
    if (String(value) === slider.value) continue;
    slider.value = String(value);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    events++;
  }
  const end = performance.now();
  const drawn = window.__usinette.changeToDrawn.length - drawnBefore;
  const built = window.__previewRequests - builtBefore;
  const ready = await ${READY};
  return { events, built, drawn, seconds: (end - start) / 1000, ready: ready - end, scale: narrowest / full };
})()`;

/** Counts the requests the page sends its preview worker: each is built, drawn or not. */
const COUNT_PREVIEW_REQUESTS = `(() => {
  window.__previewRequests = 0;
  const send = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.kind === 'generate' && message.want === 'preview') window.__previewRequests++;
    return send.call(this, message, ...rest);
  };
})()`;

async function drag(page: Page) {
  const t = (await page.evaluate(DRAG)) as { events: number; built: number; drawn: number; seconds: number; ready: number; scale: number };
  return { ...t, perSecond: t.drawn / t.seconds };
}

/** One slider position, then the time until its preview is drawn (as the page records it). */
const SINGLE_CHANGE = `(async () => {
  const slider = document.querySelector('${SLIDER}');
  const before = window.__usinette.changeToDrawn.length;
  slider.value = String(VALUE);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  await ${READY};
  return window.__usinette.changeToDrawn.length > before ? window.__usinette.changeToDrawn.at(-1) : NaN;
})()`;

export async function bench(): Promise<BenchTable[]> {
  return withSite(async ({ url, browser }) => {
    const page = await browser.newPage();
    await page.addInitScript(COUNT_PREVIEW_REQUESTS);
    await page.goto(`${url}/modeles/visiere-serre-tete/`);
    await page.waitForFunction(() => window.__usinette?.ready && document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });

    const drags = [];
    for (let i = 0; i < 3; i++) drags.push(await drag(page));
    const singles: number[] = [];
    for (let i = 0; i < SINGLE_CHANGES + 2; i++) {
      const t = (await page.evaluate(SINGLE_CHANGE.replace('VALUE', String(505 + (i % 12) * 10)))) as number;
      if (i >= 2 && Number.isFinite(t)) singles.push(t);
    }
    const perSecond = stats(drags.map((d) => d.perSecond));
    const ready = stats(drags.map((d) => d.ready));
    return [
      {
        title: `Visor customizer while a slider is dragged (${DRAG_MS / 1000} s, Chromium headless, software GL)`,
        columns: ['drag', 'slider positions', 'previews built', 'previews drawn', 'previews drawn / s', 'smallest resolution', 'release → ready ms'],
        rows: drags.map((d, i) => [i + 1, d.events, d.built, d.drawn, d.perSecond.toFixed(1), `${Math.round(d.scale * 100)} %`, ms(d.ready)]),
        note: `Median ${perSecond.median.toFixed(1)} previews drawn / s (min ${perSecond.min.toFixed(1)}); release → last value drawn and its files ready: median ${ms(ready.median)} ms. A preview is built once the view has at most one model to draw; built but not drawn: the view had a newer one by its next frame. While the model moves, slow frames are drawn smaller (site/client/movingDetail.ts): "smallest resolution" is the narrowest frame's width against the view's, and the view is drawn again at full resolution once the drag stops. Target: ≥ 15 previews / s. ${loadNote()}`,
      },
      {
        title: 'Visor customizer: one slider position → preview drawn',
        columns: ['measure', 'median ms', 'min ms', 'max ms', 'runs'],
        rows: [['slider position → preview drawn', ...statCells(stats(singles))]],
      },
    ];
  });
}
