/// <reference lib="webworker" />
// Runs a design's pure build() and the kernel off the main thread: the same code the build
// and the CLI run, so the preview and the download are what `npm run export` writes.
import wasmUrl from 'manifold-3d/manifold.wasm?url';
import { designBySlug } from '../../designs';
import { loadKernel } from '../../designs/_kit/kernel';
import { evaluateModel, fileName, formatOf, type ExportContext } from '../../designs/_kit/export';
import type { FormatId } from '../../designs/_kit';
import { estimateMaterial } from '../../designs/_kit/material';
import { boundingBox, sizeOf } from '../../designs/_kit/mesh';
import type { GenerateRequest, WorkerReply } from './protocol';

/** Width and height of 2D outlines, as [x, y, 0]. */
function outlineSize(polygons: [number, number][][]): [number, number, number] {
  const pts = polygons.flat();
  if (!pts.length) return [0, 0, 0];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0];
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
let latest = 0;

/**
 * Writes every format, one at a time, giving newer requests a chance to arrive in between:
 * a file for superseded values is dropped instead of delaying the current ones.
 */
async function postFiles(id: number, slug: string, formats: FormatId[], ctx: ExportContext) {
  const files = [];
  for (const format of formats) {
    await new Promise((r) => setTimeout(r, 0));
    if (id !== latest) return;
    const bytes = await formatOf(format).write(ctx);
    files.push({ format, fileName: fileName(slug, 'perso', format), mime: formatOf(format).mime, bytes });
  }
  post({ id, kind: 'files', files }, files.map((f) => f.bytes.buffer as ArrayBuffer));
}

scope.onmessage = async ({ data }: MessageEvent<GenerateRequest>) => {
  latest = data.id;
  const { id, slug, input } = data;
  try {
    const design = designBySlug(slug);
    if (!design) throw new Error(`unknown design ${slug}`);
    const k = await loadKernel(wasmUrl);
    const t0 = performance.now();
    const run = design.run(input);
    // The preview worker reports invalid input; the files worker simply makes no file.
    if (!run.ok) return data.want === 'preview' ? post({ id, kind: 'invalid', errors: run.errors }) : undefined;
    const t1 = performance.now();
    const ctx = evaluateModel(k, design, run.values, run.model);
    const t2 = performance.now();
    if (data.want === 'files') return await postFiles(id, slug, design.formats, ctx);
    const meshes = ctx.meshes.map((p) => p.mesh);
    const parts = ctx.meshes.map((p) => ({ name: p.name, positions: p.mesh.positions.slice(), indices: p.mesh.indices.slice() }));
    post(
      {
        id,
        kind: 'preview',
        values: run.values,
        parts,
        outlines: ctx.outlines.map((o) => ({ name: o.name, polygons: o.outline })),
        triangles: meshes.reduce((n, m) => n + m.indices.length / 3, 0),
        size: meshes.length ? sizeOf(boundingBox(meshes)) : outlineSize(ctx.outlines.flatMap((o) => o.outline)),
        ms: { build: t1 - t0, mesh: t2 - t1 },
        material: meshes.length ? estimateMaterial(meshes) : undefined,
      },
      parts.flatMap((p) => [p.positions.buffer, p.indices.buffer]),
    );
  } catch (e) {
    post({ id, kind: 'failed', message: (e as Error).message });
  }
};
