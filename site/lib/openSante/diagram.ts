// The lifecycle diagram as SVG, drawn from STATES and TRANSITIONS: the published process is
// the code's process. Only the placement of the boxes is hand-set; every arrow comes from the
// transition table, and a state without a place fails the build.
import { STATES, TRANSITIONS, STATE_LABELS, type State } from './states';

type Pt = [number, number];
export const BOX: Pt = [210, 52];
export const SIZE: Pt = [900, 470];

const PLACES: Record<State, Pt> = {
  propose: [120, 70],
  'en-revue': [440, 70],
  'valide-communautaire': [770, 70],
  'valide-clinique': [770, 250],
  'a-revoir': [440, 250],
  retire: [440, 410],
};
// Arrows that would cross a box are bent further (signed, in px at the middle of the arrow).
const BEND: Partial<Record<`${State}>${State}`, number>> = { 'en-revue>retire': 150 };
const DEFAULT_BEND = 18;

export interface Arrow {
  from: State;
  to: State;
  d: string;
}

/** Where the ray from the box centre towards `toward` leaves the box. */
function boxExit([cx, cy]: Pt, [tx, ty]: Pt): Pt {
  const [dx, dy] = [tx - cx, ty - cy];
  const s = Math.min(Math.abs(BOX[0] / 2 / (dx || 1e-9)), Math.abs(BOX[1] / 2 / (dy || 1e-9)));
  return [cx + dx * s, cy + dy * s];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function arrows(): Arrow[] {
  return STATES.flatMap((from) =>
    TRANSITIONS[from].map((to) => {
      const a = PLACES[from];
      const b = PLACES[to];
      if (!a || !b) throw new Error(`diagram: state "${!a ? from : to}" has no place in the diagram`);
      const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const bend = BEND[`${from}>${to}`] ?? DEFAULT_BEND;
      // Control point twice the bend away, on the left of the direction of travel: A→B and B→A separate.
      const c: Pt = [mx + ((b[1] - a[1]) / len) * bend * 2, my - ((b[0] - a[0]) / len) * bend * 2];
      const start = boxExit(a, c);
      const end = boxExit(b, c);
      return { from, to, d: `M${r1(start[0])},${r1(start[1])} Q${r1(c[0])},${r1(c[1])} ${r1(end[0])},${r1(end[1])}` };
    }),
  );
}

export interface Node {
  state: State;
  x: number;
  y: number;
  lines: string[];
}

export function nodes(lang: 'fr' | 'en'): Node[] {
  return STATES.map((state) => {
    const [x, y] = PLACES[state];
    // "Validé – usage clinique" reads best on two lines.
    return { state, x, y, lines: STATE_LABELS[state][lang].split(' – ') };
  });
}
