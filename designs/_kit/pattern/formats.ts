import type { ExportContext } from '../evaluate';
import type { Format } from '../format';
import type { Block } from '../pdf/tile';
import { PAPER_MM, type PaperId } from '../pdf/units';
import { chartItems } from './chart';
import { cuttingDiagramItems, cuttingTableBlocks } from './cutting';
import { patternItems } from './drawing';
import { layoutPieces } from './layout';
import { measuredShape } from './measure';
import type { PatternSheet } from './sheet';
import { drawingSvg } from './svg';

/** The pattern sheet the model carries: these writers draw nothing else. */
function sheetOf(ctx: ExportContext): PatternSheet {
  if (!ctx.pattern) throw new Error(`${ctx.title.en} is not a sewing pattern`);
  return ctx.pattern;
}

const sizeNamer = (sheet: PatternSheet) => (s: string) => `${sheet.sizes[s].fr} / ${sheet.sizes[s].en}`.replace(/^(.+) \/ \1$/, '$1');

/** The drawing of a pattern for an export context: the same cut outlines the preview shows, every piece traced. */
export function contextItems(ctx: ExportContext) {
  const sheet = sheetOf(ctx);
  return patternItems(sheet.placed, ctx.outlines, sizeNamer(sheet));
}

/**
 * The traced part of the tiled PDFs: shaped pieces only (pieces given by a few dimensions are
 * in the cutting table and diagram instead), laid out again without the others, their kernel
 * outlines moved along.
 */
export function shapedItems(ctx: ExportContext) {
  const sheet = sheetOf(ctx);
  const shaped = layoutPieces(sheet, (p) => !measuredShape(p));
  const outlines = shaped.map((p) => {
    const was = sheet.placed.find((f) => f.part === p.part)!;
    const [dx, dy] = [p.piece.seam[0][0] - was.piece.seam[0][0], p.piece.seam[0][1] - was.piece.seam[0][1]];
    const o = ctx.outlines.find((x) => x.name === p.part)!;
    return { ...o, outline: o.outline.map((ring) => ring.map(([x, y]) => [x + dx, y + dy] as [number, number])) };
  });
  return patternItems(shaped, outlines, sizeNamer(sheet));
}

function title(ctx: ExportContext): string {
  const sheet = sheetOf(ctx);
  const sizes = sheet.selected.map(sizeNamer(sheet)).join(', ');
  return `${ctx.title.fr} / ${ctx.title.en} - ${sizes} - marge/allowance ${sheet.allowance} mm`;
}

/** The size chart as a block of a PDF's first page. */
const chartBlock = (sheet: PatternSheet): Block => (at, width) => chartItems(sheet.chart, sheet.sizes, at, width);

/** Margin of the tiled pages, mm (the tiler's default). */
const MARGIN = 8;

// pdf-lib is loaded on first use, so pages and workers that never write a PDF do not carry it.
const pdfKit = () => import('../pdf');

/**
 * Tiled A4 or US Letter: the size chart and the cutting table on the first page(s), the
 * cutting diagram of the largest size asked for, then the shaped pieces tiled at true scale.
 */
const tiled = (paper: PaperId) => async (ctx: ExportContext) => {
  const sheet = sheetOf(ctx);
  const name = sizeNamer(sheet);
  const sizes = sheet.selected;
  const { width, height } = PAPER_MM[paper];
  const diagram = cuttingDiagramItems(sheet, sizes[sizes.length - 1], { width, height, margin: MARGIN }, ctx.title.fr, name, sizes.length > 1);
  const { bytes } = await (await pdfKit()).tiledPdf(shapedItems(ctx), {
    paper,
    margin: MARGIN,
    title: title(ctx),
    front: [chartBlock(sheet), ...(diagram ? cuttingTableBlocks(sheet, name) : [])],
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
    write: async (ctx) => (await pdfKit()).singleSheetPdf(contextItems(ctx), { paper: 'a0', title: title(ctx), aside: chartBlock(sheetOf(ctx)) }),
  },
  {
    id: 'pdf-projector',
    label: 'PDF projecteur / projector',
    extension: 'projecteur.pdf',
    mime: 'application/pdf',
    write: async (ctx) => {
      const sheet = sheetOf(ctx);
      return (await pdfKit()).projectorPdf(contextItems(ctx), { title: title(ctx), grid: sheet.projectorGrid, aside: chartBlock(sheet) });
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

