import type { Localized } from '../params';
import { boxOfPoints, type Pt } from '../pdf/drawing';
import { foldLine, type PieceSpec } from './piece';
import type { Lang } from '../lang';

/**
 * A piece fully given by a few dimensions of its seam line, so a seamstress chalks it from
 * figures instead of printing and taping pages: an axis-aligned rectangle, a trapezoid whose
 * parallel sides are horizontal and whose slanted sides mirror each other (the gown's sleeve),
 * or a half circle on a fold (the cap), drawn with a pin and a string from the fold's middle.
 */
export type MeasuredShape =
  | { kind: 'rect'; width: number; height: number }
  | { kind: 'trapezoid'; top: number; bottom: number; height: number }
  | { kind: 'disc'; radius: number; centre: Pt };

/** A dimension to chalk: its letter on the diagram, its name, and its value on the seam line and as cut, mm. */
export interface Dimension {
  letter: string;
  label: Localized;
  seam: number;
  cut: number;
}

const EPS = 1e-6;
const near = (a: number, b: number) => Math.abs(a - b) < EPS * Math.max(1, Math.abs(a), Math.abs(b));

/** The piece's shape when a few dimensions give it whole; undefined for a shaped piece (a curve, an odd polygon). */
export function measuredShape(p: PieceSpec): MeasuredShape | undefined {
  const disc = halfDisc(p);
  if (disc) return disc;
  if (p.seam.length !== 4) return undefined;
  const edges = p.seam.map((a, i) => [a, p.seam[(i + 1) % 4]] as [Pt, Pt]);
  const horizontal = edges.map(([a, b]) => near(a[1], b[1]));
  const vertical = edges.map(([a, b]) => near(a[0], b[0]));
  const b = boxOfPoints(p.seam);
  if (edges.every((_, i) => horizontal[i] || vertical[i])) return { kind: 'rect', width: b.maxX - b.minX, height: b.maxY - b.minY };
  // Two horizontal edges facing each other, their midpoints on one vertical line.
  if (!(horizontal[0] && horizontal[2]) && !(horizontal[1] && horizontal[3])) return undefined;
  const [e0, e1] = horizontal[0] ? [edges[0], edges[2]] : [edges[1], edges[3]];
  const mid = ([a, c]: [Pt, Pt]) => (a[0] + c[0]) / 2;
  if (!near(mid(e0), mid(e1))) return undefined;
  const width = ([a, c]: [Pt, Pt]) => Math.abs(c[0] - a[0]);
  const [upper, lower] = e0[0][1] > e1[0][1] ? [e0, e1] : [e1, e0];
  return { kind: 'trapezoid', top: width(upper), bottom: width(lower), height: b.maxY - b.minY };
}

/** Segments per full turn of a chalked circle: its polygon stays within 0.01 mm of the circle on a cap. */
const CIRCLE_SEGMENTS = 512;

/** A half circle whose straight edge lies on the fold: every other seam point at one distance from the fold's middle. */
function halfDisc(p: PieceSpec): Extract<MeasuredShape, { kind: 'disc' }> | undefined {
  const fold = foldLine(p);
  if (!fold || p.seam.length < 8) return undefined;
  const centre: Pt = [(fold[0][0] + fold[1][0]) / 2, (fold[0][1] + fold[1][1]) / 2];
  const radius = Math.hypot(fold[0][0] - centre[0], fold[0][1] - centre[1]);
  return p.seam.every(([x, y]) => near(Math.hypot(x - centre[0], y - centre[1]), radius)) ? { kind: 'disc', radius, centre } : undefined;
}

/** Which seam edge lies on the fold, as seen on the piece: left, right, top or bottom. */
export function foldSide(p: PieceSpec): 'left' | 'right' | 'top' | 'bottom' | undefined {
  const fold = foldLine(p);
  if (!fold) return undefined;
  const b = boxOfPoints(p.seam);
  const [[ax, ay], [bx, by]] = fold;
  if (near(ax, bx)) return near(ax, b.minX) ? 'left' : 'right';
  return near(ay, b.maxY) ? 'top' : 'bottom';
}

/**
 * The cut line to chalk, as a polygon: each seam edge moved out by the allowance, corners
 * meeting square or mitred (as one draws with a ruler), none on the fold. Its box is the
 * seam's box plus the allowance on every side but the fold, widened at a trapezoid's sharp corners.
 */
export function measuredCut(p: PieceSpec, allowance: number): Pt[] {
  const disc = halfDisc(p);
  if (disc) return discCut(p, disc, allowance);
  const fold = p.foldEdge;
  const n = p.seam.length;
  // Counter-clockwise: the outside of edge a→b is on its right, (dy, -dx).
  const lines = p.seam.map((a, i) => {
    const b = p.seam[(i + 1) % n];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const d = i === fold ? 0 : allowance;
    const [nx, ny] = [(b[1] - a[1]) / len, -(b[0] - a[0]) / len];
    return [[a[0] + nx * d, a[1] + ny * d], [b[0] + nx * d, b[1] + ny * d]] as [Pt, Pt];
  });
  // Corner i is where the lines of edges i-1 and i meet.
  return lines.map((l, i) => intersect(lines[(i + n - 1) % n], l));
}

/**
 * The chalked half circle: the seam's radius plus the allowance, from one end of the fold round
 * to the other, as a polygon whose sides touch that circle (so it holds the kernel's cut line).
 */
function discCut(p: PieceSpec, { radius, centre }: { radius: number; centre: Pt }, allowance: number): Pt[] {
  const fold = foldLine(p)!;
  // The arc runs counter-clockwise from the fold's end point to its start.
  const angle = ([x, y]: Pt) => Math.atan2(y - centre[1], x - centre[0]);
  const [a0, a1] = [angle(fold[1]), angle(fold[1]) + Math.PI];
  const n = CIRCLE_SEGMENTS / 2;
  const r = (radius + allowance) / Math.cos(Math.PI / (2 * n));
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / n;
    return [centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)] as Pt;
  });
}

function intersect([a, b]: [Pt, Pt], [c, d]: [Pt, Pt]): Pt {
  const [r, s] = [[b[0] - a[0], b[1] - a[1]], [d[0] - c[0], d[1] - c[1]]];
  const den = r[0] * s[1] - r[1] * s[0];
  const t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / den;
  return [a[0] + t * r[0], a[1] + t * r[1]];
}

/**
 * The dimensions that give the piece, on the seam line and as cut: width and height of a
 * rectangle (from the fold when it is cut on one), top, bottom and height of a trapezoid.
 */
export function dimensions(p: PieceSpec, shape: MeasuredShape, allowance: number): Dimension[] {
  const cut = boxOfPoints(measuredCut(p, allowance));
  const side = foldSide(p);
  const fromFold = (l: Localized, across: boolean): Localized =>
    across ? { fr: `${l.fr} depuis la pliure`, en: `${l.en} from the fold` } : l;
  if (shape.kind === 'disc') {
    return [{ letter: 'A', label: { fr: 'rayon depuis le milieu de la pliure', en: 'radius from the middle of the fold' }, seam: shape.radius, cut: shape.radius + allowance }];
  }
  if (shape.kind === 'rect') {
    return [
      { letter: 'A', label: fromFold({ fr: 'largeur', en: 'width' }, side === 'left' || side === 'right'), seam: shape.width, cut: cut.maxX - cut.minX },
      { letter: 'B', label: fromFold({ fr: 'hauteur', en: 'height' }, side === 'top' || side === 'bottom'), seam: shape.height, cut: cut.maxY - cut.minY },
    ];
  }
  const poly = measuredCut(p, allowance);
  const widthAt = (y: number) => {
    const xs = poly.filter(([, py]) => near(py, y)).map(([x]) => x);
    return Math.max(...xs) - Math.min(...xs);
  };
  return [
    { letter: 'A', label: { fr: 'bord du haut', en: 'top edge' }, seam: shape.top, cut: widthAt(cut.maxY) },
    { letter: 'B', label: { fr: 'bord du bas', en: 'bottom edge' }, seam: shape.bottom, cut: widthAt(cut.minY) },
    { letter: 'C', label: { fr: 'hauteur', en: 'height' }, seam: shape.height, cut: cut.maxY - cut.minY },
  ];
}

const cm = (mm: number, lang: Lang) => {
  const s = String(Math.round(mm) / 10);
  return lang === 'fr' ? s.replace('.', ',') : s;
};
const list = (mms: number[], lang: Lang) => `${mms.map((v) => cm(v, lang)).join(lang === 'fr' ? ' ; ' : ', ')} cm`;

/**
 * Where the marks and notches of a measured piece go, in words a seamstress chalks from: each
 * straight mark by its distance to the nearest parallel edge (its length when shorter than the
 * piece), each notch not at the end of a mark by its edge and its distance along it.
 */
export function markNotes(p: PieceSpec): Localized[] {
  const disc = halfDisc(p);
  if (disc) return discNotes(p, disc);
  const b = boxOfPoints(p.seam);
  const side = foldSide(p);
  const out: Localized[] = [];
  const edgeName = (e: string): Localized =>
    e === side
      ? { fr: 'la pliure', en: 'the fold' }
      : ({ top: { fr: 'haut', en: 'top' }, bottom: { fr: 'bas', en: 'bottom' }, left: { fr: 'bord gauche', en: 'left edge' }, right: { fr: 'bord droit', en: 'right edge' } } as Record<string, Localized>)[e];
  const from = (e: string, lang: Lang) => {
    const n = edgeName(e)[lang];
    return lang === 'fr' ? (n.startsWith('la ') ? `de ${n}` : `du ${n}`) : `from the ${n.replace(/^the /, '')}`;
  };
  // Straight marks grouped by name, direction and length: one line of text each.
  const groups = new Map<string, { label: Localized; flat: boolean; at: number[]; length?: number; centred: boolean; fromEdge: boolean }>();
  const ends: Pt[] = [];
  for (const m of p.marks ?? []) {
    ends.push(m.points[0], m.points[m.points.length - 1]);
    const mb = boxOfPoints(m.points);
    const flat = near(mb.minY, mb.maxY);
    if (!flat && !near(mb.minX, mb.maxX)) continue;
    const label = m.label ?? { fr: 'repère', en: 'mark' };
    const [span, lo, hi] = flat ? [b.maxX - b.minX, mb.minX, mb.maxX] : [b.maxY - b.minY, mb.minY, mb.maxY];
    // A trapezoid's line runs between its slanted sides: shorter than the box, yet whole.
    const whole = hi - lo >= span - EPS || m.style === 'fold';
    const key = `${label.en}|${flat}|${whole ? '' : Math.round(hi - lo)}`;
    const mid = flat ? (b.minX + b.maxX) / 2 : (b.minY + b.maxY) / 2;
    const g = groups.get(key) ?? { label, flat, at: [], length: whole ? undefined : hi - lo, centred: near((lo + hi) / 2, mid), fromEdge: !flat && near(hi, b.maxY) };
    g.at.push(flat ? mb.minY : mb.minX);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    // From the top (or the fold, or the left) unless every line is nearer the opposite edge.
    const [lo, hi] = g.flat ? [b.minY, b.maxY] : [b.minX, b.maxX];
    const far = g.at.every((v) => v - lo < hi - v);
    const edge = g.flat ? (far ? 'bottom' : 'top') : side === 'right' || (side !== 'left' && !g.at.some((v) => v - lo <= hi - v)) ? 'right' : 'left';
    const dist = g.at.map((v) => (edge === 'top' || edge === 'right' ? hi - v : v - lo)).sort((x, y) => x - y);
    const len = (lang: Lang) =>
      g.length === undefined
        ? ''
        : lang === 'fr'
          ? `, longueur ${cm(g.length, 'fr')} cm${g.centred ? ', centrée' : g.fromEdge ? ' depuis le haut' : ''}`
          : `, ${cm(g.length, 'en')} cm long${g.centred ? ', centred' : g.fromEdge ? ' from the top' : ''}`;
    out.push({
      fr: `${g.label.fr} : à ${list(dist, 'fr')} ${from(edge, 'fr')}${len('fr')}`,
      en: `${g.label.en}: ${list(dist, 'en')} ${from(edge, 'en')}${len('en')}`,
    });
  }
  // Notches on horizontal edges, measured from the edge's left end (or the fold); on vertical ones, from the top.
  const notches = new Map<string, number[]>();
  for (const n of p.notches ?? []) {
    if (ends.some((e) => near(e[0], n[0]) && near(e[1], n[1]))) continue;
    const edge = p.seam.findIndex((a, i) => {
      const c = p.seam[(i + 1) % p.seam.length];
      return Math.abs((c[0] - a[0]) * (n[1] - a[1]) - (c[1] - a[1]) * (n[0] - a[0])) < 1e-6 * Math.hypot(c[0] - a[0], c[1] - a[1]);
    });
    if (edge < 0) continue;
    const a = p.seam[edge];
    const c = p.seam[(edge + 1) % p.seam.length];
    const flat = near(a[1], c[1]);
    const name = flat ? (near(a[1], b.maxY) ? 'top' : 'bottom') : a[0] + c[0] < b.minX + b.maxX ? 'left' : 'right';
    const start = flat ? (side === 'right' ? Math.max(a[0], c[0]) : Math.min(a[0], c[0])) : Math.max(a[1], c[1]);
    const length = flat ? Math.abs(c[0] - a[0]) : Math.abs(c[1] - a[1]);
    const d = flat ? Math.abs(n[0] - start) : start - n[1];
    notches.set(name, [...(notches.get(name) ?? []), near(d, length / 2) ? -1 : d]);
  }
  // Edges whose notches read alike share one line: "notches in the middle: top, left edge".
  const lines = new Map<string, { parts: Localized; edges: Localized[] }>();
  for (const [edge, ds] of notches) {
    const middle = ds.includes(-1);
    const at = ds.filter((d) => d >= 0).sort((x, y) => x - y);
    const ref = edge === 'top' || edge === 'bottom' ? (side === 'left' || side === 'right' ? 'fold' : 'left') : 'top';
    const refName: Localized = ref === 'fold' ? { fr: 'de la pliure', en: 'from the fold' } : ref === 'left' ? { fr: 'du bord gauche', en: 'from the left edge' } : { fr: 'du haut', en: 'from the top' };
    const parts = (lang: Lang) => [middle ? (lang === 'fr' ? 'au milieu' : 'in the middle') : '', at.length ? `${lang === 'fr' ? 'à ' : ''}${list(at, lang)} ${refName[lang]}` : ''].filter(Boolean).join(lang === 'fr' ? ' et ' : ' and ');
    const key = parts('en');
    const line = lines.get(key) ?? { parts: { fr: parts('fr'), en: parts('en') }, edges: [] };
    line.edges.push(edgeName(edge));
    lines.set(key, line);
  }
  for (const { parts, edges } of lines.values()) {
    out.push({ fr: `crans (${edges.map((e) => e.fr).join(', ')}) : ${parts.fr}`, en: `notches (${edges.map((e) => e.en).join(', ')}): ${parts.en}` });
  }
  return out;
}

/**
 * Where the marks and notches of a half circle go: a mark at one distance from the centre by its
 * radius, each notch by its distance along the edge from the lower end of the fold.
 */
function discNotes(p: PieceSpec, { radius, centre }: { radius: number; centre: Pt }): Localized[] {
  const out: Localized[] = [];
  const dist = ([x, y]: Pt) => Math.hypot(x - centre[0], y - centre[1]);
  for (const m of p.marks ?? []) {
    const r = dist(m.points[0]);
    if (!m.points.every((q) => Math.abs(dist(q) - r) < 1e-6 * radius)) continue;
    const label = m.label ?? { fr: 'repère', en: 'mark' };
    out.push({ fr: `${label.fr} : rayon ${cm(r, 'fr')} cm depuis le milieu de la pliure`, en: `${label.en}: radius ${cm(r, 'en')} cm from the middle of the fold` });
  }
  const fold = foldLine(p)!;
  const low = fold[0][1] <= fold[1][1] ? fold[0] : fold[1];
  const angleOf = ([x, y]: Pt) => Math.atan2(y - centre[1], x - centre[0]);
  const along = (p.notches ?? []).map((n) => radius * Math.abs(angleOf(n) - angleOf(low))).sort((a, b) => a - b);
  if (along.length) {
    const atEnd = near(along[0], 0) || along[0] < 0.5;
    const rest = along.filter((d) => d >= 0.5);
    const fr = [atEnd ? 'au bas de la pliure' : '', rest.length ? `à ${list(rest, 'fr')} ${atEnd ? 'de là' : 'du bas de la pliure'}, le long du bord` : ''].filter(Boolean).join(' et ');
    const en = [atEnd ? 'at the bottom of the fold' : '', rest.length ? `${list(rest, 'en')} ${atEnd ? 'from there' : 'from the bottom of the fold'}, along the edge` : ''].filter(Boolean).join(' and ');
    out.push({ fr: `crans : ${fr}`, en: `notches: ${en}` });
  }
  return out;
}
