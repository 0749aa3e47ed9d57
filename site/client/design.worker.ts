/// <reference lib="webworker" />
// Runs a design's pure build() and the kernel off the main thread: the same code the build
// and the CLI run, so the preview and the download are what `npm run export` writes.
// The page runs two copies, one for the preview and one for the files (customizer/workers.ts); the file
// writers load only when files are asked for, and on a flat design's page only the format asked
// for. The preview draws a solid from its pieces (kernel.ts, previewSolid); the files, and the
// triangles and material the page gives, come from the exact mesh.
import wasmUrl from 'manifold-3d/manifold.wasm?url';
import type { AnyDesign, FormatId } from '../../designs/_kit';
import { loadKernel, profileKernel, type KernelTimings } from '../../designs/_kit/kernel';
import { evaluateModel, evaluatePreview, type ExportContext } from '../../designs/_kit/evaluate';
import type { GenerateRequest, PlateReply, ToDesignWorker, ToViewer, WorkerReply } from './protocol';
import { summarize } from '../../designs/_kit/summary';
import { estimateMaterial } from '../../designs/_kit/material';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

// Every design folder as its own chunk: a page's worker fetches its design and no other; what
// designs share is part of this file (site/client/workerChunks.mjs). The folder name is the
// design's slug; the registry, designs/index.ts, decides which designs have a page.
const designModules = import.meta.glob<{ default: AnyDesign }>('../../designs/*/design.ts');
const designs = new Map<string, Promise<AnyDesign>>();
function designOf(slug: string): Promise<AnyDesign> {
  const load = designModules[`../../designs/${slug}/design.ts`];
  if (!load) return Promise.reject(new Error(`unknown design ${slug}`));
  if (!designs.has(slug)) designs.set(slug, load().then((m) => m.default));
  return designs.get(slug)!;
}

// manifold.wasm comes from the page: as bytes (it starts the download while this file loads),
// compiled here and sent back so the page's other worker need not compile it again; or as that
// compiled module. Without either the worker fetches the file itself.
let giveWasm: (wasm: ArrayBuffer | WebAssembly.Module | undefined) => void;
const kernel = new Promise<ArrayBuffer | WebAssembly.Module | undefined>((resolve) => (giveWasm = resolve)).then(async (wasm) => {
  if (!(wasm instanceof ArrayBuffer)) return loadKernel(wasm ?? wasmUrl);
  const module = await WebAssembly.compile(wasm);
  try {
    post({ kind: 'wasm', module });
  } catch {
    // This browser cannot pass a compiled module: the other worker fetches the file.
  }
  return loadKernel(module);
});

let latest = 0;
/** Where this worker hands its previews when the page has joined it to the viewer worker. */
let viewer: MessagePort | undefined;

/**
 * Writes every format, one at a time, giving newer requests a chance to arrive in between:
 * a file for superseded values is dropped instead of delaying the current ones.
 */
async function postFiles(id: number, slug: string, variant: string, formats: FormatId[], ctx: ExportContext, plateRequest?: GenerateRequest['plate']) {
  const { fileName, formatOf } = await import('../../designs/_kit/export');
  const files = [];
  for (const format of formats) {
    await new Promise((r) => setTimeout(r, 0));
    if (id !== latest) return;
    const bytes = await formatOf(format).write(ctx);
    files.push({ format, fileName: fileName(slug, variant, format), mime: formatOf(format).mime, bytes });
  }
  let plate: PlateReply | undefined;
  if (plateRequest) {
    const { plateContext, plateVariant } = await import('../../designs/_kit/plate');
    const plated = plateContext(ctx, plateRequest);
    if (!plated.ok) plate = plated;
    else {
      const bytes = await formatOf('3mf').write(plated.ctx);
      const material = estimateMaterial(plated.ctx.meshes.map((m) => m.mesh), ctx.print);
      plate = { ok: true, fileName: fileName(slug, plateVariant(variant, plateRequest), '3mf'), mime: formatOf('3mf').mime, bytes, count: plated.count, fits: plated.fits, printer: plated.printer.name, bed: plated.printer.bed, material };
    }
  }
  const buffers = [...files.map((f) => f.bytes.buffer as ArrayBuffer), ...(plate?.ok ? [plate.bytes.buffer as ArrayBuffer] : [])];
  // The exact mesh's summary: the preview's pieces give the size, not the triangles nor the material.
  post({ id, kind: 'files', files, plate, summary: summarize(ctx) }, buffers);
}

/**
 * Where a preview's time goes, as User Timing entries (`usinette:<stage>`) that `npm run bench`
 * reads from this worker: only the latest request's are kept.
 */
function measure(stage: string, start: number, duration = performance.now() - start) {
  performance.measure(`usinette:${stage}`, { start, duration });
}

scope.onmessage = async ({ data }: MessageEvent<ToDesignWorker>) => {
  if (data.kind === 'wasm') return giveWasm(data.wasm);
  if (data.kind === 'viewer') return void (viewer = data.port);
  latest = data.id;
  const { id, slug, input } = data;
  const profiled = data.want === 'preview';
  if (profiled) (performance.clearMeasures(), performance.clearMarks(), performance.mark('usinette:received'));
  try {
    const [design, k] = await Promise.all([designOf(slug), kernel]);
    // The page sends the preview worker one request at a time (customizer/requests.ts); the files
    // worker may get several and builds the latest only: requests that came in while it was busy
    // are read first.
    if (data.want === 'files') await new Promise((r) => setTimeout(r, 0));
    if (data.want === 'files' && id !== latest) return;
    const t0 = performance.now();
    const parsed = design.parse(input);
    // The preview worker reports invalid input; the files worker makes no file, and says so when
    // a download link asked for one (the page waits for its answer).
    if (!parsed.ok) return profiled || data.formats ? post({ id, kind: 'invalid', errors: parsed.errors }) : undefined;
    const t1 = performance.now();
    const model = design.build(parsed.values);
    const t2 = performance.now();
    if (!profiled) {
      const formats = data.formats ? design.formats.filter((f) => data.formats!.includes(f)) : design.formats;
      return await postFiles(id, slug, design.variantOf(parsed.values), formats, evaluateModel(k, design, parsed.values, model, data.print), data.plate);
    }
    const stages: KernelTimings = { convert: 0, boolean: 0, weld: 0 };
    const ctx = profileKernel(stages, () => evaluatePreview(k, design, parsed.values, model, data.print));
    const t3 = performance.now();
    const summary = summarize(ctx);
    const parts = ctx.meshes.map((p) => ({ name: p.name, positions: p.mesh.positions, indices: p.mesh.indices }));
    const outlines = ctx.outlines.map((o) => ({ name: o.name, polygons: o.outline }));
    measure('parse', t0, t1 - t0);
    measure('build', t1, t2 - t1);
    measure('convert', t2, stages.convert);
    measure('boolean', t2, stages.boolean);
    // The weld, the mesh's summary (size, volume) and what evaluateModel does around the kernel.
    measure('weld', t2, t3 - t2 - stages.convert - stages.boolean);
    measure('summary', t3);
    performance.mark('usinette:posted');
    const buffers = parts.flatMap((p) => [p.positions.buffer, p.indices.buffer]);
    const reply = { id, kind: 'preview', variants: design.variantsOf(parsed.values), summary, outlines, ms: { build: t2 - t0, mesh: t3 - t2 } } as const;
    // Straight to the viewer worker when the page has joined them: a hop through a busy page saved.
    if (viewer && parts.length) {
      viewer.postMessage({ kind: 'show', id, parts } satisfies ToViewer, buffers);
      post({ ...reply, parts: [], inViewer: true });
    } else post({ ...reply, parts }, buffers);
  } catch (e) {
    post({ id, kind: 'failed', message: (e as Error).message });
  }
};
