// Catalogue figures: for every design, generation (parse + build + kernel) and each export
// format in Node, and the customizer's parameter change → preview drawn in Chromium.
import { designs } from '../../designs';
import type { Design, ParamSpecs, ParamSpec } from '../../designs/_kit';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { time, stats, statCells, withSite, type BenchTable, type Stats } from './lib';

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

async function browser(): Promise<BenchTable> {
  return withSite(async ({ url, browser }) => {
    const rows: (string | number)[][] = [];
    const measured: [string, string, Stats][] = [];
    for (const d of designs) {
      const kn = knob(d);
      if (!kn) continue;
      const page = await browser.newPage();
      await page.goto(`${url}/modeles/${d.slug}/`);
      await page.waitForFunction(() => window.__usinette?.ready && document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
      const drawn: number[] = [];
      for (let i = 0; i < 12; i++) {
        // Source text, not a closure (see visor.ts). A value a rule refuses never draws: after
        // 10 s the sample is dropped rather than counted. As for the visor (visor.ts), the next
        // change waits until this one's files are written: each change is timed on its own, not
        // beside the last one's files (a small part's full-plate 3MF takes a while).
        const script = `(async () => {
          const input = document.querySelector('#p-${kn[0]}');
          const before = window.__usinette.changeToDrawn.length;
          input.value = '${valueAt(kn[1], i)}';
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
        const t = (await page.evaluate(script)) as number;
        if (i >= 2 && Number.isFinite(t)) drawn.push(t);
      }
      await page.close();
      if (drawn.length) measured.push([d.slug, `change ${kn[0]} → preview drawn`, stats(drawn)]);
    }
    // The visor is the reference, the heaviest model: every other design's change → drawn stays under its median.
    const visor = measured.find(([slug]) => slug === 'visiere-serre-tete')?.[2];
    for (const [slug, measure, s] of measured) rows.push([slug, measure, ...statCells(s), !visor || slug === 'visiere-serre-tete' ? '—' : s.median < visor.median ? 'yes' : 'NO']);
    return {
      title: 'Every design’s customizer in Chromium (headless, software GL)',
      columns: ['design', 'measure', 'median ms', 'min ms', 'max ms', 'runs', 'under the visor’s median'],
      rows,
      note: 'Targets: preview redraw under 100 ms median per design (from the input event to the preview drawn), and under the visor headband’s median in the same run.',
    };
  });
}

export async function bench(): Promise<BenchTable[]> {
  return [await node(), await browser()];
}
