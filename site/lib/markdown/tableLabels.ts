// Tables written in Markdown (a protocol's "by material" table) cannot take attributes, and on a
// phone four columns break words mid-word ("PE TG"). This rehype step gives each body cell its
// column's header as `data-label` and the table the class `stack`: global.css lays such a
// table out as one block per row on narrow screens, each cell introduced by its header.

/** The few hast shapes this step reads (hast's own types are not a direct dependency). */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const elements = (node: HastNode, tag: string): HastNode[] =>
  (node.children ?? []).flatMap((c) => (c.type === 'element' && c.tagName === tag ? [c] : c.type === 'element' ? elements(c, tag) : []));

const textOf = (node: HastNode): string => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join('')).replace(/\s+/g, ' ').trim();

function labelTable(table: HastNode) {
  const head = elements(table, 'thead')[0];
  if (!head) return;
  const headers = elements(head, 'th').map(textOf);
  for (const body of elements(table, 'tbody')) {
    for (const row of elements(body, 'tr')) {
      elements(row, 'td').forEach((cell, i) => {
        if (headers[i]) cell.properties = { ...cell.properties, dataLabel: headers[i] };
      });
    }
  }
  const classes = table.properties?.className;
  table.properties = { ...table.properties, className: [...(Array.isArray(classes) ? classes : []), 'stack'] };
}

/** rehype plugin: labels the cells of every table with a header row. */
export function rehypeTableLabels() {
  return (tree: HastNode) => {
    for (const table of elements(tree, 'table')) labelTable(table);
  };
}
