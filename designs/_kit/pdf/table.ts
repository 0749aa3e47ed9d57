import { approxTextWidth, type Item, type Pt } from './drawing';

/**
 * A table as PDF items, from its top-left corner `at` (mm, y up): cells of one or more lines
 * (French above English), each row optionally followed by notes across the whole width. Columns
 * are as wide as their widest line, the type shrunk so the table fits `width` (tests check that
 * it does above the 2 mm floor). Returns the items and the height used.
 */
export function tableItems(head: string[][], rows: { cells: string[][]; notes: string[] }[], [x, top]: Pt, width: number, tag: string): { items: Item[]; height: number } {
  const GAP = 1.8;
  const all = [head, ...rows.map((r) => r.cells)];
  const natural = head.map((_, c) => Math.max(...all.flatMap((r) => r[c].map((t) => approxTextWidth(t, 1)))));
  const size = Math.max(2, Math.min(2.8, (width - GAP * (head.length - 1)) / natural.reduce((a, b) => a + b, 0)));
  const xs = natural.reduce<number[]>((acc, _, i) => [...acc, i === 0 ? x : acc[i - 1] + natural[i - 1] * size + GAP], []);
  const line = size * 1.3;
  const items: Item[] = [];
  let y = top;
  const rule = (yy: number) => items.push({ kind: 'path', tag: `${tag}-rule`, points: [[x, yy], [x + width, yy]], closed: false, stroke: { width: 0.15, color: [0.4, 0.4, 0.4] } });
  const row = (cells: string[][], head = false) => {
    const lines = Math.max(...cells.map((c) => c.length));
    cells.forEach((c, i) => c.forEach((t, k) => items.push({ kind: 'text', tag: head ? `${tag}-head` : tag, at: [xs[i], y - line * (k + 1)], text: t, size })));
    y -= line * lines + 0.5 * size;
  };
  row(head, true);
  rule(y + 0.4 * size);
  for (const r of rows) {
    row(r.cells);
    // Notes run the whole width under their row, a little indented, wrapped at spaces.
    for (const n of r.notes.flatMap((t) => wrap(t, size * 0.95, width - 4))) {
      items.push({ kind: 'text', tag: `${tag}-note`, at: [x + 4, y - line * 0.8], text: n, size: size * 0.95 });
      y -= line;
    }
    if (r.notes.length) y -= 0.6 * size;
    rule(y + 0.4 * size);
  }
  return { items, height: top - y };
}


/** A text cut at spaces into lines no wider than `width` mm (by the generous estimate). */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (line && approxTextWidth(joined, size) > width) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  return line ? [...lines, line] : lines;
}
