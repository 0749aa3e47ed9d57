// What the customizer says about a model besides drawing it: values, part names, size, triangle
// count, material. The worker computes it for every preview; the build computes it for the
// default values (site/lib/defaultPreview.ts), so the page can show them before its worker runs.
import type { ExportContext } from '../../designs/_kit/evaluate';
import { estimateMaterial, type MaterialEstimate } from '../../designs/_kit/material';
import { boundingBox, sizeOf } from '../../designs/_kit/mesh';
import type { Localized } from '../../designs/_kit/params';
import type { PrintSettings } from '../../designs/_kit/printSettings';

export interface PreviewSummary {
  values: Record<string, unknown>;
  /** The parts the preview shows (the solids, or the outlines of a flat design), as the page names them. */
  parts: { name: string; label: Localized }[];
  triangles: number;
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

export function summarize(ctx: ExportContext): PreviewSummary {
  const meshes = ctx.meshes.map((p) => p.mesh);
  return {
    values: ctx.values,
    parts: (ctx.meshes.length ? ctx.meshes : ctx.outlines).map(({ name, label }) => ({ name, label })),
    triangles: meshes.reduce((n, m) => n + m.indices.length / 3, 0),
    size: meshes.length ? sizeOf(boundingBox(meshes)) : outlineSize(ctx.outlines.flatMap((o) => o.outline)),
    material: meshes.length ? estimateMaterial(meshes, ctx.print) : undefined,
    print: ctx.print,
  };
}

/**
 * A number as the page writes it: at most one decimal, grouped thousands ("2 250,5" in French,
 * "2,250.5" in English). Written by hand because the first `toLocaleString` on a page loads
 * the locale's data: a quarter of a second on a slow phone.
 */
export function formatNumber(n: number, lang: 'fr' | 'en'): string {
  const [int, dec] = (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
  return dec ? `${grouped}${lang === 'fr' ? ',' : '.'}${dec}` : grouped;
}
