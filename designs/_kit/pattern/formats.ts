import type { ExportContext, Format } from '../export';
import type { PaperId } from '../pdf/units';
import { isPattern, type PatternDesign } from './define';
import { patternItems } from './drawing';
import { drawingSvg } from './svg';

function patternOf(ctx: ExportContext): PatternDesign {
  if (!isPattern(ctx.design)) throw new Error(`${ctx.design.slug} is not a sewing pattern`);
  return ctx.design;
}

const sizeNamer = (d: PatternDesign) => (s: string) => `${d.pattern.sizes[s].fr} / ${d.pattern.sizes[s].en}`.replace(/^(.+) \/ \1$/, '$1');

/** The drawing of a pattern for an export context: the same cut outlines the preview shows. */
export function contextItems(ctx: ExportContext) {
  const d = patternOf(ctx);
  return patternItems(d.pattern, ctx.values, ctx.outlines, sizeNamer(d));
}

function title(ctx: ExportContext): string {
  const d = patternOf(ctx);
  const sizes = d.pattern.selectedSizes(ctx.values).map(sizeNamer(d)).join(', ');
  return `${ctx.design.title.fr} / ${ctx.design.title.en} - ${sizes} - marge/allowance ${d.pattern.allowance(ctx.values)} mm`;
}

// pdf-lib is loaded on first use, so pages and workers that never write a PDF do not carry it.
const pdfKit = () => import('../pdf');

const tiled = (paper: PaperId) => async (ctx: ExportContext) => (await (await pdfKit()).tiledPdf(contextItems(ctx), { paper, title: title(ctx) })).bytes;

/** Sewing-pattern formats: tiled A4 and US Letter, single A0 sheet, SVG in millimetres. */
export const PATTERN_FORMATS: Format[] = [
  { id: 'pdf-a4', label: 'PDF A4', extension: 'a4.pdf', mime: 'application/pdf', write: tiled('a4') },
  { id: 'pdf-letter', label: 'PDF US Letter', extension: 'letter.pdf', mime: 'application/pdf', write: tiled('letter') },
  {
    id: 'pdf-a0',
    label: 'PDF A0',
    extension: 'a0.pdf',
    mime: 'application/pdf',
    write: async (ctx) => (await pdfKit()).singleSheetPdf(contextItems(ctx), { paper: 'a0', title: title(ctx) }),
  },
  {
    id: 'svg-pattern',
    label: 'SVG (mm)',
    extension: 'patron.svg',
    mime: 'image/svg+xml',
    write: (ctx) => new TextEncoder().encode(drawingSvg(contextItems(ctx), title(ctx))),
  },
];
