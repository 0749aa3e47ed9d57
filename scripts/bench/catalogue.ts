// Catalogue figures: for every design, generation (parse + build + kernel) and each export
// format in Node, and the customizer's parameter change → preview drawn in Chromium.
import { designs } from '../../designs';
import type { Design, ParamSpecs, ParamSpec } from '../../designs/_kit';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { loadNote, time, stats, statCells, withSite, type BenchTable } from './lib';

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

/** Changes measured per design, each beside one of the visor's, after an unmeasured pair. */
const CHANGES = 12;

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
    // Without the service worker, which would keep the whole site for offline use in the
    // background on each new page (a first visit's work, not the customizer's).
    const open = async (slug: string) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${url}/modeles/${slug}/`);
      await page.waitForFunction(() => window.__usinette?.ready && document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
      return { page, context };
    };
    // Each design is measured beside the visor, the reference and heaviest model: both pages
    // stay open and their changes alternate, so the two see the same load on a shared machine,
    // as the visor beside OpenSCAD (visor.ts). A design is under the visor when the median of
    // the pairs' ratios (its change → drawn ÷ the visor's just before) is under 1. Each design
    // gets a visor page of its own, opened with it: both pages have made as many changes, and
    // the browser has warmed up the code of both alike (a visor page kept open for the whole
    // section had made 84 changes by the last design, which had made 12).
    const reference = designs.find((d) => d.slug === 'visiere-serre-tete')!;
    const visorKnob = knob(reference)!;
    let visorChanges = 0;
    const visorDrawn: number[] = [];
    const rows: (string | number)[][] = [];
    for (const d of designs) {
      const kn = knob(d);
      if (!kn || d === reference) continue;
      const visor = await open(reference.slug);
      const own = await open(d.slug);
      const drawn: number[] = [];
      const ratios: number[] = [];
      for (let i = 0; i < CHANGES + 1; i++) {
        const theirs = (await visor.page.evaluate(changeScript(visorKnob[0], valueAt(visorKnob[1], visorChanges++)))) as number;
        const t = (await own.page.evaluate(changeScript(kn[0], valueAt(kn[1], i)))) as number;
        if (i === 0 || !Number.isFinite(t) || !Number.isFinite(theirs)) continue;
        drawn.push(t);
        visorDrawn.push(theirs);
        ratios.push(t / theirs);
      }
      await own.context.close();
      await visor.context.close();
      if (!drawn.length) continue;
      const ratio = stats(ratios).median;
      rows.push([d.slug, `change ${kn[0]} → preview drawn`, ...statCells(stats(drawn)), ratio.toFixed(2), ratio < 1 ? 'yes' : 'NO']);
    }
    rows.unshift([reference.slug, `change ${visorKnob[0]} → preview drawn`, ...statCells(stats(visorDrawn)), '1', '—']);
    return {
      title: 'Every design’s customizer in Chromium (headless, software GL), each beside the visor',
      columns: ['design', 'measure', 'median ms', 'min ms', 'max ms', 'runs', '÷ visor (median of pairs)', 'under the visor'],
      rows,
      note: `Targets: preview redraw under 100 ms median per design (from the input event to the preview drawn), and under the visor headband’s in the same run. ${CHANGES} changes per design, each after one of the visor's on a visor page opened with the design's (the visor's row: all of those). ${loadNote()}`,
    };
  });
}

export async function bench(): Promise<BenchTable[]> {
  return [await node(), await browser()];
}
