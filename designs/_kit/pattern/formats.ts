import type { ExportContext, Format } from '../export';
import type { Block } from '../pdf/tile';
import { PAPER_MM, type PaperId } from '../pdf/units';
import { chartItems } from './chart';
import { cuttingDiagramItems, cuttingTableBlocks } from './cutting';
import { isPattern, type PatternDesign } from './define';
import { patternItems } from './drawing';
import { measuredShape } from './measure';
import { drawingSvg } from './svg';

function patternOf(ctx: ExportContext): PatternDesign {
  if (!isPattern(ctx.design)) throw new Error(`${ctx.design.slug} is not a sewing pattern`);
  return ctx.design;
}

const sizeNamer = (d: PatternDesign) => (s: string) => `${d.pattern.sizes[s].fr} / ${d.pattern.sizes[s].en}`.replace(/^(.+) \/ \1$/, '$1');

/** The drawing of a pattern for an export context: the same cut outlines the preview shows, every piece traced. */
export function contextItems(ctx: ExportContext) {
  const d = patternOf(ctx);
  return patternItems(d.pattern, ctx.values, ctx.outlines, sizeNamer(d));
}

/**
 * The traced part of the tiled PDFs: shaped pieces only (pieces given by a few dimensions are
 * in the cutting table and diagram instead), laid out again without the others, their kernel
 * outlines moved along.
 */
export function shapedItems(ctx: ExportContext) {
  const d = patternOf(ctx);
  const full = d.pattern.layout(ctx.values);
  const shaped = d.pattern.layout(ctx.values, (p) => !measuredShape(p));
  const outlines = shaped.map((p) => {
    const was = full.find((f) => f.part === p.part)!;
    const [dx, dy] = [p.piece.seam[0][0] - was.piece.seam[0][0], p.piece.seam[0][1] - was.piece.seam[0][1]];
    const o = ctx.outlines.find((x) => x.name === p.part)!;
    return { ...o, outline: o.outline.map((ring) => ring.map(([x, y]) => [x + dx, y + dy] as [number, number])) };
  });
  return patternItems(d.pattern, ctx.values, outlines, sizeNamer(d), shaped);
}

function title(ctx: ExportContext): string {
  const d = patternOf(ctx);
  const sizes = d.pattern.selectedSizes(ctx.values).map(sizeNamer(d)).join(', ');
  return `${ctx.design.title.fr} / ${ctx.design.title.en} - ${sizes} - marge/allowance ${d.pattern.allowance(ctx.values)} mm`;
}

/** The size chart as a block of a PDF's first page. */
const chartBlock = (d: PatternDesign, values: Record<string, unknown>): Block => (at, width) => chartItems(d.pattern.chart(values), d.pattern.sizes, at, width);

/** Margin of the tiled pages, mm (the tiler's default). */
const MARGIN = 8;

// pdf-lib is loaded on first use, so pages and workers that never write a PDF do not carry it.
const pdfKit = () => import('../pdf');

/**
 * Tiled A4 or US Letter: the size chart and the cutting table on the first page(s), the
 * cutting diagram of the largest size asked for, then the shaped pieces tiled at true scale.
 */
const tiled = (paper: PaperId) => async (ctx: ExportContext) => {
  const d = patternOf(ctx);
  const name = sizeNamer(d);
  const sizes = d.pattern.selectedSizes(ctx.values);
  const { width, height } = PAPER_MM[paper];
  const diagram = cuttingDiagramItems(d.pattern, ctx.values, sizes[sizes.length - 1], { width, height, margin: MARGIN }, d.title.fr, name, sizes.length > 1);
  const { bytes } = await (await pdfKit()).tiledPdf(shapedItems(ctx), {
    paper,
    margin: MARGIN,
    title: title(ctx),
    front: [chartBlock(d, ctx.values), ...(diagram ? cuttingTableBlocks(d.pattern, ctx.values, name) : [])],
    extraPages: diagram ? [diagram.items] : [],
  });
  return bytes;
};

/** Sewing-pattern formats: tiled A4 and US Letter, single A0 sheet, one page for a projector, SVG in millimetres. */
export const PATTERN_FORMATS: Format[] = [
  { id: 'pdf-a4', label: 'PDF A4', extension: 'a4.pdf', mime: 'application/pdf', write: tiled('a4') },
  { id: 'pdf-letter', label: 'PDF US Letter', extension: 'letter.pdf', mime: 'application/pdf', write: tiled('letter') },
  {
    id: 'pdf-a0',
    label: 'PDF A0',
    extension: 'a0.pdf',
    mime: 'application/pdf',
    write: async (ctx) => {
      const d = patternOf(ctx);
      return (await pdfKit()).singleSheetPdf(contextItems(ctx), { paper: 'a0', title: title(ctx), aside: chartBlock(d, ctx.values) });
    },
  },
  {
    id: 'pdf-projector',
    label: 'PDF projecteur / projector',
    extension: 'projecteur.pdf',
    mime: 'application/pdf',
    write: async (ctx) => {
      const d = patternOf(ctx);
      const grid = ctx.values.projectorGrid === 'in' ? 'in' : 'cm';
      return (await pdfKit()).projectorPdf(contextItems(ctx), { title: title(ctx), grid, aside: chartBlock(d, ctx.values) });
    },
  },
  {
    id: 'svg-pattern',
    label: 'SVG (mm)',
    extension: 'patron.svg',
    mime: 'image/svg+xml',
    write: (ctx) => new TextEncoder().encode(drawingSvg(contextItems(ctx), title(ctx))),
  },
];

