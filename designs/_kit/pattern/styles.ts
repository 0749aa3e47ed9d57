import type { Stroke } from '../pdf/drawing';

/**
 * One line style per size, so layered sizes stay apart in black and white as well as colour:
 * the PDFs, the SVG and the page's preview draw sizes alike. A module of its own, so the page
 * takes the styles without the pattern engine.
 */
export const SIZE_STYLES: Stroke[] = [
  { width: 0.5, color: [0, 0, 0] },
  { width: 0.5, dash: [6, 2], color: [0.75, 0.1, 0.1] },
  { width: 0.5, dash: [6, 2, 1, 2], color: [0.1, 0.3, 0.75] },
  { width: 0.5, dash: [1.5, 1.5], color: [0.05, 0.5, 0.2] },
  { width: 0.5, dash: [10, 3, 2, 3], color: [0.55, 0.2, 0.6] },
];
export const sizeStyle = (i: number) => SIZE_STYLES[i % SIZE_STYLES.length];
