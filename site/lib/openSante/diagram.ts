// The lifecycle diagram, computed from STATES and TRANSITIONS (nothing placed by hand), so the
// published process is the code's process. A layered layout: states go in rows by their longest
// path from the initial state (moves back up, such as a new review, are drawn upwards), a move
// spanning several rows passes through a bend point in each row between, the order within each
// row is chosen so that no two arrows cross, and every arrow leaves and enters its boxes at its
// own point. Each arrow is labelled by the decision that makes that move.
import { decisionLabels, decisions, stateOf, useLevels } from '../../schemas/review';
import { INITIAL_STATE, STATES, STATE_LABELS, TRANSITIONS, type State } from './states';
import type { Lang } from '../../../designs/_kit/lang';

export type Pt = [number, number];
export interface Box { x: number; y: number; w: number; h: number }

export const BOX: Pt = [190, 52];
const ROW_GAP = 120; // between a row's boxes and the next row's, room for labels
const ITEM_GAP = 72; // between neighbours in a row
const BEND_WIDTH = 16; // the room a bend point takes in its row
const MARGIN = 24;
const PORT_SPACING = 34;
export const LABEL_FONT = 12;
/** A generous width per character, so a label's box holds its text in any sans-serif font. */
const CHAR_WIDTH = 0.62 * LABEL_FONT;

export interface Node { state: State; x: number; y: number; lines: string[] }
export interface Edge {
  from: State;
  to: State;
  /** From the exit point on `from`'s box to the entry point on `to`'s box. */
  points: Pt[];
  d: string;
  label: { text: string; x: number; y: number; box: Box };
}
export interface Diagram { width: number; height: number; nodes: Node[]; edges: Edge[] }

/** The decision that makes a move, named as review records name it ("Avis défavorable"). */
export function transitionLabel(to: State, lang: Lang): string {
  for (const decision of decisions) {
    for (const useLevel of [undefined, ...useLevels]) {
      if (stateOf({ decision, useLevel }) === to) return decisionLabels[decision][lang];
    }
  }
  throw new Error(`diagram: no review decision leads to "${to}"`);
}

/** Rows from the longest path from the initial state, once moves back to an open state are turned around. */
function rows(): { row: Map<State, number>; upward: Set<string> } {
  const upward = new Set<string>();
  const onPath = new Set<State>();
  const seen = new Set<State>();
  const visit = (s: State) => {
    seen.add(s);
    onPath.add(s);
    for (const t of TRANSITIONS[s]) {
      if (onPath.has(t)) upward.add(`${s}>${t}`);
      else if (!seen.has(t)) visit(t);
    }
    onPath.delete(s);
  };
  visit(INITIAL_STATE);
  const unreachable = STATES.filter((s) => !seen.has(s));
  if (unreachable.length) throw new Error(`diagram: ${unreachable.join(', ')} cannot be reached from ${INITIAL_STATE}`);
  const row = new Map<State, number>(STATES.map((s) => [s, 0]));
  // Longest path by relaxation: the graph without upward moves has no cycle.
  for (let pass = 0; pass < STATES.length; pass++) {
    for (const s of STATES) for (const t of TRANSITIONS[s]) {
      const [a, b] = upward.has(`${s}>${t}`) ? [t, s] : [s, t];
      row.set(b, Math.max(row.get(b)!, row.get(a)! + 1));
    }
  }
  return { row, upward };
}

interface Item { id: string; state?: State }
interface Chain { from: State; to: State; upward: boolean; items: Item[] } // items top to bottom

/** Crossings between two rows: pairs of links whose ends are in opposite orders. */
function crossings(links: [number, number][]): number {
  let n = 0;
  for (let i = 0; i < links.length; i++) for (let j = i + 1; j < links.length; j++) {
    const [a, b] = [links[i], links[j]];
    if ((a[0] - b[0]) * (a[1] - b[1]) < 0) n++;
  }
  return n;
}

function permutations<T>(list: T[]): T[][] {
  if (list.length <= 1) return [list];
  return list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((p) => [x, ...p]));
}

export function layout(lang: Lang): Diagram {
  const { row, upward } = rows();
  const depth = Math.max(...row.values()) + 1;
  const layers: Item[][] = Array.from({ length: depth }, () => []);
  const itemOf = new Map<State, Item>();
  for (const s of STATES) {
    const item = { id: s, state: s };
    itemOf.set(s, item);
    layers[row.get(s)!].push(item);
  }
  const chains: Chain[] = STATES.flatMap((from) => TRANSITIONS[from].map((to) => {
    const up = upward.has(`${from}>${to}`);
    const [top, bottom] = up ? [to, from] : [from, to];
    const items = [itemOf.get(top)!];
    for (let r = row.get(top)! + 1; r < row.get(bottom)!; r++) {
      const bend = { id: `${from}>${to}@${r}` };
      layers[r].push(bend);
      items.push(bend);
    }
    items.push(itemOf.get(bottom)!);
    return { from, to, upward: up, items };
  }));

  // Every link between neighbouring rows as [upper, lower], grouped by the upper one's row.
  const rowOf = new Map<Item, number>(layers.flatMap((l, r) => l.map((it): [Item, number] => [it, r])));
  const links = chains.flatMap((c) => c.items.slice(1).map((it, i): [Item, Item] => [c.items[i], it]));
  const bands = layers.slice(0, -1).map((_, r) => links.filter(([u]) => rowOf.get(u) === r));
  const at = new Map<Item, number>();
  const place = (r: number, order: Item[]) => {
    layers[r] = order;
    order.forEach((it, i) => at.set(it, i));
  };
  layers.forEach((l, r) => place(r, l));
  const total = () => bands.reduce((n, band) => n + crossings(band.map(([u, l]) => [at.get(u)!, at.get(l)!])), 0);
  // Barycentre sweeps first: an item moves to the mean rank of its links in the row above (then
  // below), so a bend point follows its own arrow.
  for (let sweep = 0; sweep < 4; sweep++) {
    const down = sweep % 2 === 0;
    for (let r = down ? 1 : depth - 2; down ? r < depth : r >= 0; r += down ? 1 : -1) {
      const rank = new Map(layers[r].map((it): [Item, number] => {
        const ends = links.flatMap(([u, l]) => (down ? (l === it ? [at.get(u)!] : []) : u === it ? [at.get(l)!] : []));
        return [it, ends.length ? ends.reduce((a, b) => a + b, 0) / ends.length : at.get(it)!];
      }));
      place(r, [...layers[r]].sort((a, b) => rank.get(a)! - rank.get(b)!));
    }
  }
  // Then every order of each pair of neighbouring rows (rows of bend points untangle only
  // together), keeping the fewest crossings. Rows hold a few items: this stays small.
  for (let pass = 0; pass < 2 && total() > 0; pass++) {
    for (let r = 0; r < depth - 1 && total() > 0; r++) {
      let best = { upper: layers[r], lower: layers[r + 1], n: total() };
      for (const upper of permutations(best.upper)) {
        place(r, upper);
        for (const lower of permutations(best.lower)) {
          place(r + 1, lower);
          const n = total();
          if (n < best.n) best = { upper, lower, n };
        }
      }
      place(r, best.upper);
      place(r + 1, best.lower);
    }
  }

  // x: each item near the mean of its linked items, keeping the order and the gaps.
  const widthOf = (it: Item) => (it.state ? BOX[0] : BEND_WIDTH);
  const x = new Map<Item, number>();
  for (const layer of layers) {
    let at = 0;
    for (const it of layer) {
      x.set(it, at + widthOf(it) / 2);
      at += widthOf(it) + ITEM_GAP;
    }
  }
  const neighbours = (it: Item) => chains.flatMap((c) => c.items.flatMap((o, i) => (o === it ? [c.items[i - 1], c.items[i + 1]].filter(Boolean) : [])));
  for (let pass = 0; pass < 20; pass++) {
    for (const layer of layers) {
      const wanted = layer.map((it) => {
        const ns = neighbours(it);
        return ns.length ? ns.reduce((s, n) => s + x.get(n)!, 0) / ns.length : x.get(it)!;
      });
      // Keep the order: push right what overlaps its left neighbour, then centre the row on what it wanted.
      const placed: number[] = [];
      layer.forEach((it, i) => {
        const min = i === 0 ? -Infinity : placed[i - 1] + (widthOf(layer[i - 1]) + widthOf(it)) / 2 + ITEM_GAP;
        placed.push(Math.max(wanted[i], min));
      });
      const shift = (wanted.reduce((a, b) => a + b, 0) - placed.reduce((a, b) => a + b, 0)) / layer.length;
      layer.forEach((it, i) => x.set(it, placed[i] + shift));
    }
  }
  const left = Math.min(...layers.flatMap((l) => l.map((it) => x.get(it)! - widthOf(it) / 2)));
  const right = Math.max(...layers.flatMap((l) => l.map((it) => x.get(it)! + widthOf(it) / 2)));
  const X = (it: Item) => x.get(it)! - left + MARGIN;
  const Y = (r: number) => MARGIN + BOX[1] / 2 + r * (BOX[1] + ROW_GAP);

  // Ports: each link leaves and enters a box at its own point, in the order of the other ends,
  // so links sharing a box do not cross; a move and its opposite sort alike at both ends.
  const port = new Map<string, number>();
  const side = (it: Item, dir: 'top' | 'bottom') => {
    const links = chains.flatMap((c) => c.items.flatMap((o, i) => {
      const other = dir === 'top' ? c.items[i - 1] : c.items[i + 1];
      return o === it && other ? [{ key: `${c.from}>${c.to}`, other: X(other) }] : [];
    }));
    links.sort((a, b) => a.other - b.other || a.key.localeCompare(b.key));
    const spacing = Math.min(PORT_SPACING, (BOX[0] - 20) / Math.max(1, links.length));
    links.forEach((l, i) => port.set(`${it.id}|${dir}|${l.key}`, X(it) + (i - (links.length - 1) / 2) * spacing));
  };
  for (const it of itemOf.values()) (['top', 'bottom'] as const).forEach((d) => side(it, d));

  const edges = chains.map((c) => {
    const key = `${c.from}>${c.to}`;
    const down: Pt[] = c.items.flatMap((it, i): Pt[] => {
      const y = Y(rowOf.get(it)!);
      if (!it.state) return [[X(it), y - BOX[1] / 2], [X(it), y + BOX[1] / 2]];
      return i === 0 ? [[port.get(`${it.id}|bottom|${key}`)!, y + BOX[1] / 2]] : [[port.get(`${it.id}|top|${key}`)!, y - BOX[1] / 2]];
    });
    const points = c.upward ? down.reverse() : down;
    return { from: c.from, to: c.to, points, d: 'M' + points.map(([px, py]) => `${r1(px)},${r1(py)}`).join(' L') };
  });

  const nodes: Node[] = STATES.map((state) => ({ state, x: X(itemOf.get(state)!), y: Y(row.get(state)!), lines: STATE_LABELS[state][lang].split(' – ') }));
  const boxes = nodes.map((n) => boxAround(n.x, n.y, BOX[0], BOX[1]));
  const placedLabels: Box[] = [];
  const labelled = edges.map((e) => {
    const text = transitionLabel(e.to, lang);
    const [w, h] = [text.length * CHAR_WIDTH + 6, LABEL_FONT + 6];
    const others = edges.filter((o) => o !== e).flatMap((o) => segments(o.points));
    // Along the arrow's own links, the first spot where the label touches no box, no other label and no other arrow.
    // On the line, else beside it (to its left or right), so that a move and its opposite, drawn
    // side by side, each keep their label on their own side.
    const spots = segments(e.points).flatMap(([a, b]) => [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9].flatMap((t): Pt[] => {
      const [px, py] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      return [[px, py], [px - w / 2 - 3, py], [px + w / 2 + 3, py]];
    }));
    const clashes = ([px, py]: Pt) => {
      const box = boxAround(px, py, w, h);
      return [...boxes, ...placedLabels].filter((b) => overlaps(b, box)).length * 10 + others.filter((s) => segmentHitsBox(s, box)).length;
    };
    const best = spots.map((p) => ({ p, n: clashes(p) })).reduce((a, b) => (b.n < a.n ? b : a));
    const box = boxAround(best.p[0], best.p[1], w, h);
    placedLabels.push(box);
    return { ...e, label: { text, x: r1(best.p[0]), y: r1(best.p[1]), box } };
  });

  return { width: Math.ceil(right - left + 2 * MARGIN), height: Math.ceil(Y(depth - 1) + BOX[1] / 2 + MARGIN), nodes, edges: labelled };
}

const r1 = (n: number) => Math.round(n * 10) / 10;
export const boxAround = (cx: number, cy: number, w: number, h: number): Box => ({ x: cx - w / 2, y: cy - h / 2, w, h });
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
export const segments = (pts: Pt[]): [Pt, Pt][] => pts.slice(1).map((p, i) => [pts[i], p]);

/** Whether two segments share any point (touching counts). */
export function segmentsMeet([a, b]: [Pt, Pt], [c, d]: [Pt, Pt]): boolean {
  const cross = (o: Pt, p: Pt, q: Pt) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  const within = (o: Pt, p: Pt, q: Pt) => Math.min(o[0], p[0]) <= q[0] && q[0] <= Math.max(o[0], p[0]) && Math.min(o[1], p[1]) <= q[1] && q[1] <= Math.max(o[1], p[1]);
  const [d1, d2, d3, d4] = [cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)];
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && within(c, d, a)) || (d2 === 0 && within(c, d, b)) || (d3 === 0 && within(a, b, c)) || (d4 === 0 && within(a, b, d));
}

/** Whether a segment enters a box (its inside, not only its border). */
export function segmentHitsBox(s: [Pt, Pt], b: Box): boolean {
  // Sampled finely: boxes and labels here are far larger than the step.
  for (let i = 0; i <= 100; i++) {
    const [px, py] = [s[0][0] + ((s[1][0] - s[0][0]) * i) / 100, s[0][1] + ((s[1][1] - s[0][1]) * i) / 100];
    if (px > b.x + 0.5 && px < b.x + b.w - 0.5 && py > b.y + 0.5 && py < b.y + b.h - 0.5) return true;
  }
  return false;
}
