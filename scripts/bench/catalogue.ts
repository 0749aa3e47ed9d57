// Catalogue figures: for every design, generation (parse + build + kernel) and each export
// format in Node, and the customizer's parameter change → preview drawn in Chromium.
import { designs } from '../../designs';
import type { Design, ParamSpecs, ParamSpec } from '../../designs/_kit';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { loadNote, time, stats, statCells, withSite, type BenchTable, type Stats } from './lib';

/** A numeric parameter to vary, so no layer can answer from a cache: the first one. */
function knob(d: Design<ParamSpecs>): [string, Extract<ParamSpec, { kind: 'number' }>] | undefined {
  const entry = Object.entries(d.params).find(([, s]) => s.kind === 'number');
  return entry as [string, Extract<ParamSpec, { kind: 'number' }>] | undefined;
}

/** The i-th of ten values spread inside the parameter's range (on its step grid). */
function valueAt(s: Extract<ParamSpec, { kind: 'number' }>, i: number): number {
  const steps = Math.floor((s.max - s.min) / s.step);
  const k = Math.round((steps * (1 + (i % 10))) / 12);
  return Number((s.min + k * s.step).toFixed(6));
}

async function node(): Promise<BenchTable> {
  const k = await loadKernel();
  const rows: (string | number)[][] = [];
  for (const d of designs) {
    const kn = knob(d);
    let i = 0;
    const generate = await time(() => {
      // Values a cross-parameter rule refuses fall back to the defaults: still a full run.
      let r = d.run(kn ? { [kn[0]]: valueAt(kn[1], i++) } : {});
      if (!r.ok) r = d.run({});
      if (!r.ok) throw new Error(`${d.slug}: defaults refused`);
      return evaluateModel(k, d, r.values, r.model);
    }, 8, 1);
    rows.push([d.slug, 'generation', ...statCells(generate)]);
    const r = d.run({});
    if (!r.ok) throw new Error(`${d.slug}: defaults refused`);
    const ctx = evaluateModel(k, d, r.values, r.model);
    for (const f of d.formats) {
      const s = await time(() => formatOf(f).write(ctx), 8, 1);
      rows.push([d.slug, `export ${f}`, ...statCells(s)]);
    }
  }
  return { title: 'Every design in Node: generation and each export format (defaults)', columns: ['design', 'measure', 'median ms', 'min ms', 'max ms', 'runs'], rows };
}

/** Changes measured per design, in two passes each after an unmeasured one. */
const CHANGES = 16;

/**
 * One change of the design's knob on its page, timed from the input event to the preview drawn
 * (as the page records it). Source text, not a closure (see visor.ts). A value a rule refuses
 * never draws: after 10 s the sample is dropped (NaN) rather than counted. As for the visor
 * (visor.ts), it resolves once this change's files are written too: each change is timed on its
 * own, not beside the last one's files (a small part's full-plate 3MF takes a while).
 */
const changeScript = (param: string, value: number) => `(async () => {
  const input = document.querySelector('#p-${param}');
  const before = window.__usinette.changeToDrawn.length;
  input.value = '${value}';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const until = performance.now() + 10000;
  await new Promise((resolve) => {
    const check = () => (window.__usinette.changeToDrawn.length > before || performance.now() > until ? resolve() : requestAnimationFrame(check));
    check();
  });
  const status = document.querySelector('[data-status]');
  await new Promise((resolve) => {
    const check = () => (status.getAttribute('data-state') !== 'busy' || performance.now() > until ? resolve() : requestAnimationFrame(check));
    check();
  });
  return window.__usinette.changeToDrawn.length > before ? window.__usinette.changeToDrawn.at(-1) : NaN;
})()`;

async function browser(): Promise<BenchTable> {
  return withSite(async ({ url, browser }) => {
    // The designs are measured in turn, twice over (half the changes each time), so that a busy
    // moment on a shared machine falls on several designs rather than on whichever came then.
    // One page at a time, as a reader has it; without the service worker, which would keep the
    // whole site for offline use in the background on each new page (a first visit's work).
    const pages = designs.flatMap((d) => {
      const kn = knob(d);
      return kn ? [{ slug: d.slug, kn, drawn: [] as number[] }] : [];
    });
    for (let pass = 0; pass < 2; pass++) {
      for (const p of pages) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.goto(`${url}/modeles/${p.slug}/`);
        await page.waitForFunction(() => window.__usinette?.ready && document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
        for (let i = 0; i < CHANGES / 2 + 1; i++) {
          const t = (await page.evaluate(changeScript(p.kn[0], valueAt(p.kn[1], pass * 5 + i)))) as number;
          if (i >= 1 && Number.isFinite(t)) p.drawn.push(t);
        }
        await context.close();
      }
    }
    const measured = pages.filter((p) => p.drawn.length).map((p) => [p.slug, `change ${p.kn[0]} → preview drawn`, stats(p.drawn)] as const);
    // The visor is the reference, the heaviest model: every other design's change → drawn stays under its median.
    const visor = measured.find(([slug]) => slug === 'visiere-serre-tete')?.[2];
    const rows: (string | number)[][] = measured.map(([slug, measure, s]) => [slug, measure, ...statCells(s), !visor || slug === 'visiere-serre-tete' ? '—' : s.median < visor.median ? 'yes' : 'NO']);
    return {
      title: 'Every design’s customizer in Chromium (headless, software GL)',
      columns: ['design', 'measure', 'median ms', 'min ms', 'max ms', 'runs', 'under the visor’s median'],
      rows,
      note: `Targets: preview redraw under 100 ms median per design (from the input event to the preview drawn), and under the visor headband’s median in the same run. ${CHANGES} changes per design, in two passes over the designs. ${loadNote()}`,
    };
  });
}

export async function bench(): Promise<BenchTable[]> {
  return [await node(), await browser()];
}
