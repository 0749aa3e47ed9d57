import type { FormatId } from './define';
import type { Format } from './format';
import { toStl } from './stl';
import { TEMPLATE_FORMATS } from './template';
import { PATTERN_FORMATS } from './pattern/formats';

// The format registry: every writer by its format id. It sits above the writers.
export { evaluateModel, type ExportContext } from './evaluate';
export type { Format } from './format';

// Writers with heavy dependencies (fflate, JSCAD's serializers, pdf-lib) are imported on first
// use: the browser's files worker then loads only those of the formats its design offers.
export const FORMATS: Partial<Record<FormatId, Format>> = {
  stl: {
    id: 'stl',
    label: 'STL',
    extension: 'stl',
    mime: 'model/stl',
    write: (ctx) => toStl(ctx.meshes.map((p) => p.mesh)),
  },
  // Catalogue formats: 3MF for slicers (one named object per part), SVG and DXF for laser cutters.
  '3mf': {
    id: '3mf',
    label: '3MF',
    extension: '3mf',
    mime: 'model/3mf',
    write: async (ctx) => (await import('./threemf')).toThreeMf(ctx.meshes, ctx.print),
  },
  svg: {
    id: 'svg',
    label: 'SVG',
    extension: 'svg',
    mime: 'image/svg+xml',
    write: async (ctx) => (await import('./outline2d')).toSvg(ctx.outlines),
  },
  dxf: {
    id: 'dxf',
    label: 'DXF',
    extension: 'dxf',
    mime: 'image/vnd.dxf',
    write: async (ctx) => (await import('./outline2d')).toDxf(ctx.outlines),
  },
  // True-scale paper templates of the cut outlines (A4, US Letter) for cutting and punching by hand.
  ...Object.fromEntries(TEMPLATE_FORMATS.map((f) => [f.id, f])),
  // Sewing patterns: true-scale PDFs (tiled and single sheet) and an annotated SVG.
  ...Object.fromEntries(PATTERN_FORMATS.map((f) => [f.id, f])),
};

export function formatOf(id: FormatId): Format {
  const f = FORMATS[id];
  if (!f) throw new Error(`No exporter for format "${id}"`);
  return f;
}

/** File name of an export: `<slug>--<preset or "perso">.<ext>`. */
export const fileName = (slug: string, variant: string, format: FormatId) => `${slug}--${variant}.${formatOf(format).extension}`;
