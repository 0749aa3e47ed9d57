// Foundation figures for the visor headband: generation and STL in Node, parameter change →
// preview drawn and → download ready in Chromium, peak memory of the CLI export.
import { spawnSync } from 'node:child_process';
import visor from '../../designs/visiere-serre-tete/design';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { time, stats, statCells, withSite, type BenchTable } from './lib';

const COLUMNS = ['measure', 'median ms', 'min ms', 'max ms', 'runs'];

async function node(): Promise<BenchTable> {
  const k = await loadKernel();
  let i = 0;
  // Vary the input so no layer can serve a cached answer.
  const input = () => ({ headCircumference: String(540 + (i++ % 20) * 5) });
  const build = await time(() => {
    const r = visor.run(input());
    if (!r.ok) throw new Error('refused');
    return r.model;
  });
  const generate = await time(() => {
    const r = visor.run(input());
    if (!r.ok) throw new Error('refused');
    return evaluateModel(k, visor, r.values, r.model);
  });
  const r = visor.run({});
  if (!r.ok) throw new Error('refused');
  const ctx = evaluateModel(k, visor, r.values, r.model);
  const stl = await time(() => formatOf('stl').write(ctx));
  return {
    title: 'Visor headband in Node (defaults ± head size)',
    columns: COLUMNS,
    rows: [
      ['build(): parameters → CSG tree', ...statCells(build)],
      ['generation: parse + build + manifold mesh', ...statCells(generate)],
      ['binary STL serialization', ...statCells(stl)],
    ],
  };
}

/** Changes the head circumference, then waits for the preview and the download to be ready. */
const CHANGE_AND_WAIT = `(async () => {
  const input = document.querySelector('#p-headCircumference');
  const status = document.querySelector('[data-status]');
  const before = window.__usinette.changeToDrawn.length;
  const start = performance.now();
  input.value = 'VALUE';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const check = () => (status.getAttribute('data-state') === 'ready' && window.__usinette.changeToDrawn.length > before ? resolve() : requestAnimationFrame(check));
    check();
  });
  return { drawn: window.__usinette.changeToDrawn.at(-1), ready: performance.now() - start };
})()`;

async function browser(): Promise<BenchTable> {
  return withSite(async ({ url, browser }) => {
    const page = await browser.newPage();
    await page.goto(`${url}/modeles/visiere-serre-tete/`);
    await page.waitForFunction(() => window.__usinette?.ready && document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
    const drawn: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < 14; i++) {
      // Passed as source text: tsx would wrap named closures in a helper the page lacks.
      const t = (await page.evaluate(CHANGE_AND_WAIT.replace('VALUE', String(540 + (i % 10) * 8)))) as { drawn: number; ready: number };
      if (i >= 2) (drawn.push(t.drawn), ready.push(t.ready));
    }
    return {
      title: 'Visor customizer in Chromium (headless, software GL)',
      columns: COLUMNS,
      rows: [
        ['parameter change → preview drawn', ...statCells(stats(drawn))],
        ['parameter change → STL download ready', ...statCells(stats(ready))],
      ],
      note: 'Targets: preview drawn < 100 ms median; STL download ready < 200 ms.',
    };
  });
}

function cliMemory(): BenchTable {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './scripts/bench/rss-probe.mjs', 'scripts/export.ts', 'visiere-serre-tete', '--out', '/tmp/usinette-bench.stl'], { encoding: 'utf8' });
    const kb = Number(/__maxrss_kb (\d+)/.exec(r.stderr)?.[1]);
    if (r.status !== 0 || !kb) throw new Error(`CLI export failed: ${r.stderr}`);
    samples.push(kb / 1024);
  }
  const s = stats(samples);
  return {
    title: 'CLI export peak memory (npm run export -- visiere-serre-tete)',
    columns: ['measure', 'median MB', 'min MB', 'max MB', 'runs'],
    rows: [['peak resident memory', s.median.toFixed(0), s.min.toFixed(0), s.max.toFixed(0), s.runs]],
    note: 'Target: < 150 MB.',
  };
}

export async function bench(): Promise<BenchTable[]> {
  return [await node(), await browser(), cliMemory()];
}
