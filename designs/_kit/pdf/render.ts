import {
  beginMarkedContent,
  closePath,
  degrees,
  endMarkedContent,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setLineJoin,
  LineJoinStyle,
  setLineWidth,
  setStrokingRgbColor,
  setFillingRgbColor,
  fill,
  stroke,
  rgb,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { Item } from './drawing';
import { toWinAnsi } from './winAnsi';

// Pattern sheets print a few signs in plain ASCII (they read the same on any printer).
const ASCII_LOOK_ALIKES: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '’': "'", '–': '-', '…': '...' };

/** Text the standard font can encode: known look-alikes replaced, anything else outside WinAnsi becomes "?". */
export const encodable = (text: string) => toWinAnsi(text, ASCII_LOOK_ALIKES);

const r4 = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * Draws items in the page's current coordinate system (the caller sets it up, e.g. mm with
 * `cm`). Each item is wrapped in marked content named by its tag, so it can be read back.
 */
export function drawItems(page: PDFPage, font: PDFFont, items: Iterable<Item>) {
  for (const it of items) {
    page.pushOperators(beginMarkedContent(it.tag));
    if (it.kind === 'path') {
      const [r, g, b] = it.stroke.color ?? [0, 0, 0];
      page.pushOperators(
        pushGraphicsState(),
        setLineWidth(it.stroke.width),
        setLineJoin(LineJoinStyle.Round),
        setStrokingRgbColor(r, g, b),
        setDashPattern(it.stroke.dash ?? [], 0),
        moveTo(r4(it.points[0][0]), r4(it.points[0][1])),
        ...it.points.slice(1).map(([x, y]) => lineTo(r4(x), r4(y))),
        ...(it.closed ? [closePath()] : []),
        stroke(),
        popGraphicsState(),
      );
    } else {
      const text = encodable(it.text);
      const width = font.widthOfTextAtSize(text, it.size);
      const a = ((it.angle ?? 0) * Math.PI) / 180;
      const dx = it.align === 'center' ? -width / 2 : it.align === 'right' ? -width : 0;
      if (it.halo) {
        // White ground from the descender to the cap height, a little wider than the text.
        const [c, sn] = [Math.cos(a), Math.sin(a)];
        const corner = (u: number, v: number) => [it.at[0] + (dx + u) * c - v * sn, it.at[1] + (dx + u) * sn + v * c] as const;
        const pts = [corner(-0.4, -0.3 * it.size), corner(width + 0.4, -0.3 * it.size), corner(width + 0.4, 0.85 * it.size), corner(-0.4, 0.85 * it.size)];
        page.pushOperators(
          pushGraphicsState(),
          setFillingRgbColor(1, 1, 1),
          moveTo(r4(pts[0][0]), r4(pts[0][1])),
          ...pts.slice(1).map(([x, y]) => lineTo(r4(x), r4(y))),
          closePath(),
          fill(),
          popGraphicsState(),
        );
      }
      page.drawText(text, {
        x: it.at[0] + dx * Math.cos(a),
        y: it.at[1] + dx * Math.sin(a),
        size: it.size,
        font,
        color: rgb(0, 0, 0),
        rotate: degrees(it.angle ?? 0),
      });
    }
    page.pushOperators(endMarkedContent());
  }
}
