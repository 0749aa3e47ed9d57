// What the customizer says about a model besides drawing it: values, part names, size, triangle
// count, material. The page's worker computes it for every preview; the build computes it for
// the published variants (site/lib/preparedPreviews.ts), so the page can show them before its
// worker runs. It sits in the kit because both sides use it.
import type { ExportContext, PreviewContext } from './evaluate';
import { estimateMaterial, type MaterialEstimate } from './material';
import { boundingBox, sizeOf } from './mesh';
import type { Localized } from './params';
import type { PrintSettings } from './printSettings';

export interface PreviewSummary {
  values: Record<string, unknown>;
  /** The parts the preview shows (the solids, or the outlines of a flat design), as the page names them. */
  parts: { name: string; label: Localized }[];
  /** The file's triangle count; absent for a preview drawn from pieces (kernel.ts, previewSolid). */
  triangles?: number;
  /** Size in mm: x, y, z for solids; x, y, 0 for flat designs. */
  size: [number, number, number];
  material?: MaterialEstimate;
  /** The print settings for these values (a stack changes the layer height), as the 3MF carries them. */
  print?: PrintSettings;
}

/** Width and height of 2D outlines, as [x, y, 0]. */
function outlineSize(polygons: [number, number][][]): [number, number, number] {
  const pts = polygons.flat();
  if (!pts.length) return [0, 0, 0];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0];
}

/**
 * A model's summary. A preview's pieces overlap where the file's mesh is joined: their size is the
 * file's, but not their triangles nor their volume, which come with the files.
 */
export function summarize(ctx: ExportContext | PreviewContext): PreviewSummary {
  const meshes = ctx.meshes.map((p) => p.mesh);
  const exact = !('draft' in ctx) && meshes.length > 0;
  return {
    values: ctx.values,
    parts: (ctx.meshes.length ? ctx.meshes : ctx.outlines).map(({ name, label }) => ({ name, label })),
    triangles: exact ? meshes.reduce((n, m) => n + m.indices.length / 3, 0) : undefined,
    size: meshes.length ? sizeOf(boundingBox(meshes)) : outlineSize(ctx.outlines.flatMap((o) => o.outline)),
    material: exact ? estimateMaterial(meshes, ctx.print) : undefined,
    print: ctx.print,
  };
}

