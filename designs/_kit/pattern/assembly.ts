// A sewing step's figure, drawn from the pattern's own pieces: each piece is its seam line and
// its kernel-made cut line, written in the piece's own millimetres and placed by a rigid
// transform, so a figure cannot drift from the pattern (the unit test reads the outlines back).
// A guide declares the figure as data (assemblyTerms.ts); this module checks it and draws it.
import { loadKernel, outlineOf } from '../kernel';
import { boxOfPoints, type Box, type Pt } from '../pdf/drawing';
import { sizeKey, type PatternDesign, type PatternValues } from './define';
import { cutShape, foldLine, type PieceSpec } from './piece';
import { EDGES, type Action, type AssemblyFigureSpec, type Direction, type EdgeName, type FigureAction, type FigureLayer } from './assemblyTerms';

/** [a, b, c, d, e, f]: (x, y) → (a x + c y + e, b x + d y + f), as SVG's matrix(). */
export type Matrix = [number, number, number, number, number, number];
const apply = (m: Matrix, [x, y]: Pt): Pt => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
/** Quarter turns clockwise, exact (no 1e-16 from sines). */
function turns(q: number): Matrix {
  const [c, s] = [[1, 0], [0, -1], [-1, 0], [0, 1]][((q % 4) + 4) % 4];
  return [c, s, -s, c, 0, 0];
}
const translated = (m: Matrix, [dx, dy]: Pt): Matrix => [m[0], m[1], m[2], m[3], m[4] + dx, m[5] + dy];
const boxCorners = (b: Box): Pt[] => [[b.minX, b.minY], [b.maxX, b.minY], [b.maxX, b.maxY], [b.minX, b.maxY]];
const boxCentre = (b: Box): Pt => [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];

/** A problem in a guide's figures, with the path of the field at fault (from `figures`). */
export interface FigureProblem {
  path: (string | number)[];
  message: string;
}

/** The values that draw one size of a pattern: its defaults, that size only. */
function valuesFor(design: PatternDesign, size: string): PatternValues {
  return { ...design.defaults, ...Object.fromEntries(Object.keys(design.pattern.sizes).map((s) => [sizeKey(s), s === size])) };
}

/** Which way an edge's outside faces (the seam line runs counter-clockwise). */
function facing([ax, ay]: Pt, [bx, by]: Pt): Exclude<EdgeName, 'outline'> {
  const [nx, ny] = [by - ay, ax - bx];
  if (ny > Math.abs(nx)) return 'top';
  if (-ny > Math.abs(nx)) return 'bottom';
  return nx > 0 ? 'right' : 'left';
}

/** The seam line along a named edge: consecutive seam edges facing that way; `outline` is all but the fold. */
export function edgeLine(p: PieceSpec, edge: EdgeName): Pt[] | undefined {
  const n = p.seam.length;
  const at = (i: number) => p.seam[((i % n) + n) % n];
  if (edge === 'outline') {
    if (p.foldEdge === undefined) return [...p.seam, p.seam[0]];
    return Array.from({ length: n }, (_, i) => at(p.foldEdge! + 1 + i));
  }
  const names = p.seam.map((v, i) => facing(v, at(i + 1)));
  const start = names.findIndex((name, i) => name === edge && names[(i - 1 + n) % n] !== edge);
  const first = start >= 0 ? start : names.every((name) => name === edge) ? 0 : -1;
  if (first < 0) return undefined;
  const line = [at(first)];
  for (let i = first; names[i % n] === edge && line.length <= n; i++) line.push(at(i + 1));
  return line;
}

/** Where along a polyline (length from its start) lies the point nearest to `q`. */
function along(line: Pt[], [qx, qy]: Pt): number {
  let best = { d: Infinity, t: 0 };
  let run = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const [[ax, ay], [bx, by]] = [line[i], line[i + 1]];
    const len = Math.hypot(bx - ax, by - ay);
    const u = len ? Math.max(0, Math.min(1, ((qx - ax) * (bx - ax) + (qy - ay) * (by - ay)) / (len * len))) : 0;
    const d = Math.hypot(ax + u * (bx - ax) - qx, ay + u * (by - ay) - qy);
    if (d < best.d) best = { d, t: run + u * len };
    run += len;
  }
  return best.t;
}

/** The part of a polyline between two lengths along it, running from t0 to t1. */
function slice(line: Pt[], t0: number, t1: number): Pt[] {
  if (t0 > t1) return slice(line, t1, t0).reverse();
  const [from, to] = [t0, t1];
  const out: Pt[] = [];
  let run = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const [[ax, ay], [bx, by]] = [line[i], line[i + 1]];
    const len = Math.hypot(bx - ax, by - ay);
    const point = (t: number): Pt => [ax + ((t - run) / len) * (bx - ax), ay + ((t - run) / len) * (by - ay)];
    if (run + len >= from && run <= to && len > 0) {
      if (!out.length) out.push(point(Math.max(from, run)));
      out.push(point(Math.min(to, run + len)));
    }
    run += len;
  }
  return out;
}

/** The lines an action acts on, in the piece's millimetres (several for marks of one style). */
export function actionLines(p: PieceSpec, a: Pick<FigureAction, 'edge' | 'mark' | 'from' | 'to'>): Pt[][] {
  const whole = a.edge ? [edgeLine(p, a.edge)].filter((l): l is Pt[] => !!l) : (p.marks ?? []).filter((m) => m.style === a.mark).map((m) => m.points);
  if (a.from === undefined && a.to === undefined) return whole;
  return whole.map((line) => {
    const length = along(line, line[line.length - 1]) || Infinity;
    const t0 = a.from === undefined ? 0 : along(line, p.notches![a.from]);
    const t1 = a.to === undefined ? length : along(line, p.notches![a.to]);
    return slice(line, t0, t1);
  });
}

/**
 * Every problem in a guide's figures for this pattern: unknown size, piece, edge, mark or notch,
 * a piece laid on one not yet drawn, a fold on a piece that has none. Paths start at `figures`.
 */
export function figureProblems(design: PatternDesign, size: string, steps: AssemblyFigureSpec[]): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const sizes = Object.keys(design.pattern.sizes);
  if (!sizes.includes(size)) return [{ path: ['size'], message: `"${size}" is not a size of ${design.slug} (${sizes.join(', ')})` }];
  const pieces = design.pattern.pieces(valuesFor(design, size), size);
  const names = pieces.map((p) => p.name).join(', ');
  const seen = new Set<number>();
  steps.forEach((f, s) => {
    const at = (...path: (string | number)[]) => ['steps', s, ...path];
    if (seen.has(f.step)) problems.push({ path: at('step'), message: `step ${f.step} has two figures` });
    seen.add(f.step);
    const drawn = new Map<string, PieceSpec>();
    const notchExists = (p: PieceSpec, i: number | undefined, path: (string | number)[]) => {
      if (i !== undefined && !(p.notches && i < p.notches.length)) problems.push({ path, message: `${p.name} has no notch ${i} (it has ${p.notches?.length ?? 0}, counted from 0)` });
    };
    f.pieces.forEach((layer, l) => {
      const piece = pieces.find((p) => p.name === layer.piece);
      if (!piece) return problems.push({ path: at('pieces', l, 'piece'), message: `"${layer.piece}" is not a piece of ${design.slug} (${names})` });
      if (drawn.has(layer.piece)) problems.push({ path: at('pieces', l, 'piece'), message: `"${layer.piece}" is drawn twice in one figure` });
      if (layer.unfold && piece.foldEdge === undefined) problems.push({ path: at('pieces', l, 'unfold'), message: `${piece.name} is not cut on the fold: nothing to unfold` });
      if (layer.unfold && layer.fold) problems.push({ path: at('pieces', l, 'fold'), message: 'a piece is either unfolded or folded, not both' });
      if (layer.onto) {
        const under = drawn.get(layer.onto.piece);
        if (!under) problems.push({ path: at('pieces', l, 'onto', 'piece'), message: `"${layer.onto.piece}" is not a piece drawn before this one in the figure` });
        notchExists(piece, layer.onto.notch, at('pieces', l, 'onto', 'notch'));
        if (under) notchExists(under, layer.onto.onNotch, at('pieces', l, 'onto', 'onNotch'));
      }
      drawn.set(layer.piece, piece);
    });
    f.actions.forEach((a, i) => {
      const piece = drawn.get(a.piece);
      if (!piece) return problems.push({ path: at('actions', i, 'piece'), message: `"${a.piece}" is not a piece of this figure (${[...drawn.keys()].join(', ')})` });
      if (a.do === 'turn') {
        if (a.edge || a.mark) problems.push({ path: at('actions', i, 'do'), message: 'turning acts on the whole piece: name no edge or mark' });
        return;
      }
      if (!a.edge === !a.mark) return problems.push({ path: at('actions', i, a.edge ? 'mark' : 'edge'), message: `name either an edge (${EDGES.join(', ')}) or a mark, not both nor none` });
      if (a.do === 'cut' && a.edge && a.edge !== 'outline') problems.push({ path: at('actions', i, 'edge'), message: 'a piece is cut along its whole cut line: edge "outline"' });
      if (a.edge && !edgeLine(piece, a.edge)) problems.push({ path: at('actions', i, 'edge'), message: `${piece.name} has no ${a.edge} edge` });
      if (a.mark && !piece.marks?.some((m) => m.style === a.mark)) problems.push({ path: at('actions', i, 'mark'), message: `${piece.name} has no "${a.mark}" mark (${[...new Set(piece.marks?.map((m) => m.style))].join(', ') || 'none'})` });
      notchExists(piece, a.from, at('actions', i, 'from'));
      notchExists(piece, a.to, at('actions', i, 'to'));
    });
  });
  return problems;
}

/** One piece as the figure draws it. */
export interface PlacedLayer {
  spec: FigureLayer;
  piece: PieceSpec;
  /** The cut line from the kernel, in the piece's millimetres. */
  cut: Pt[][];
  /** Piece millimetres → figure millimetres (a rotation and a shift). */
  matrix: Matrix;
  /** For a piece opened out: its mirror across the fold, drawn as well. */
  mirror?: Matrix;
  /** For a folded piece: the half left in view, in piece millimetres. */
  keep?: Box;
}

/** The part of the piece in view, in its own millimetres: mirrored if opened out, halved if folded. */
function visibleBox(l: Omit<PlacedLayer, 'matrix'>): Box {
  const points = l.cut.flat();
  const b = boxOfPoints(l.mirror ? [...points, ...points.map((p) => apply(l.mirror!, p))] : points);
  return l.keep ? { minX: Math.max(b.minX, l.keep.minX), minY: Math.max(b.minY, l.keep.minY), maxX: Math.min(b.maxX, l.keep.maxX), maxY: Math.min(b.maxY, l.keep.maxY) } : b;
}

function mirrorAcross([[ax, ay], [bx, by]]: [Pt, Pt]): Matrix {
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const [a, b, d] = [(dx * dx - dy * dy) / len2, (2 * dx * dy) / len2, (dy * dy - dx * dx) / len2];
  // Reflection about the line through (ax, ay): p' = R (p - a) + a.
  return [a, b, b, d, ax - (a * ax + b * ay), ay - (b * ax + d * ay)];
}

function keptHalf(seam: Pt[], fold: FigureLayer['fold'], cut: Box): Box | undefined {
  if (!fold) return undefined;
  const [cx, cy] = boxCentre(boxOfPoints(seam));
  const big = { minX: cut.minX - 1, minY: cut.minY - 1, maxX: cut.maxX + 1, maxY: cut.maxY + 1 };
  return {
    'left-over-right': { ...big, minX: cx },
    'right-over-left': { ...big, maxX: cx },
    'bottom-over-top': { ...big, minY: cy },
    'top-over-bottom': { ...big, maxY: cy },
  }[fold];
}

const transformBox = (m: Matrix, b: Box) => boxOfPoints(boxCorners(b).map((p) => apply(m, p)));

/** Lays the figure's pieces out: on each other where they say so, side by side otherwise. */
export async function placeFigure(design: PatternDesign, size: string, f: AssemblyFigureSpec): Promise<PlacedLayer[]> {
  const values = valuesFor(design, size);
  const pieces = design.pattern.pieces(values, size);
  const allowance = design.pattern.allowance(values);
  const k = await loadKernel();
  const local = f.pieces.map((spec) => {
    const piece = pieces.find((p) => p.name === spec.piece)!;
    const cut = outlineOf(k, cutShape(piece, allowance));
    const fold = foldLine(piece);
    const mirror = spec.unfold && fold ? mirrorAcross(fold) : undefined;
    const keep = keptHalf(piece.seam, spec.fold, boxOfPoints(cut.flat()));
    const turned = turns(spec.quarterTurns ?? 0);
    return { spec, piece, cut, mirror, keep, turned, box: transformBox(turned, visibleBox({ spec, piece, cut, mirror, keep })) };
  });
  const span = Math.max(...local.map((l) => Math.max(l.box.maxX - l.box.minX, l.box.maxY - l.box.minY)));
  const gap = span * 0.12;
  const placed: (PlacedLayer & { box: Box })[] = [];
  for (const l of local) {
    let shift: Pt;
    const under = l.spec.onto && placed.find((p) => p.spec.piece === l.spec.onto!.piece);
    const own = l.spec.onto?.notch;
    const other = l.spec.onto?.onNotch;
    if (under && own !== undefined && other !== undefined) {
      const target = apply(under.matrix, under.piece.notches![other]);
      const mine = apply(l.turned, l.piece.notches![own]);
      shift = [target[0] - mine[0], target[1] - mine[1]];
    } else if (under) {
      // Stacked layers are shown a little apart, down and to the right, so each one shows.
      const d = 0.04 * Math.max(under.box.maxX - under.box.minX, under.box.maxY - under.box.minY);
      shift = [under.box.minX + d - l.box.minX, under.box.maxY - d - l.box.maxY];
    } else if (!placed.length) shift = [-l.box.minX, -l.box.maxY];
    else if (f.arrange === 'column') shift = [-l.box.minX, Math.min(...placed.map((p) => p.box.minY)) - gap - l.box.maxY];
    else shift = [Math.max(...placed.map((p) => p.box.maxX)) + gap - l.box.minX, -l.box.maxY];
    const matrix = translated(l.turned, shift);
    placed.push({ spec: l.spec, piece: l.piece, cut: l.cut, mirror: l.mirror, keep: l.keep, matrix, box: transformBox(matrix, visibleBox(l)) });
  }
  return placed.map(({ box: _box, ...layer }) => layer);
}

/** What a figure's legend explains: the symbols it uses, in the order they are listed. */
export const LEGEND_KEYS = ['right', 'wrong', 'cut', 'mark', 'sew', 'fold', 'hem', 'turn', 'thread', 'check', 'notch', 'match'] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

export interface AssemblyFigure {
  svg: string;
  legend: LegendKey[];
  layers: PlacedLayer[];
}

const num = (x: number) => String(Math.round(x * 1000) / 1000 + 0);
const pathOf = (points: Pt[], closed = false) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('') + (closed ? 'Z' : '');
const matrixOf = (m: Matrix) => `matrix(${m.map(num).join(' ')})`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Line styles, in screen pixels whatever the figure's scale; black and grey only, told apart by width and dash. */
const LINE = {
  cut: 'stroke="#000" stroke-width="1.5"',
  seam: 'stroke="#777" stroke-width="1" stroke-dasharray="2 3"',
  fold: 'stroke="#000" stroke-width="2" stroke-dasharray="10 4 2 4"',
  folding: 'stroke="#000" stroke-width="3.5" stroke-dasharray="12 4 3 4"',
  mark: 'stroke="#000" stroke-width="1"',
  sew: 'stroke="#000" stroke-width="3.5" stroke-dasharray="9 5"',
  cutting: 'stroke="#000" stroke-width="3.5"',
  marking: 'stroke="#000" stroke-width="3" stroke-dasharray="1 4" stroke-linecap="round"',
  thread: 'stroke="#000" stroke-width="2.5"',
  arrow: 'stroke="#000" stroke-width="2"',
};
const line = (style: keyof typeof LINE, d: string, cls: string, extra = '') =>
  `<path class="${cls}" d="${d}" fill="none" ${LINE[style]} vector-effect="non-scaling-stroke"${extra}/>`;
const markStyle = { fold: 'fold', stitch: 'seam', slit: 'cut' } as const;
/** Actions drawn as a line along the edge or mark: how each looks. */
const ACTION_LINE: Partial<Record<Action, keyof typeof LINE>> = { cut: 'cutting', mark: 'marking', sew: 'sew', hem: 'folding', thread: 'thread', fold: 'folding' };

/** A direction's unit vector, y up. */
const DIR: Record<Direction, Pt> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };
const unit = ([x, y]: Pt): Pt => { const l = Math.hypot(x, y) || 1; return [x / l, y / l]; };
const add = ([ax, ay]: Pt, [bx, by]: Pt, k = 1): Pt => [ax + k * bx, ay + k * by];

/** Symbols, in figure millimetres; `u` is their size unit, a fraction of the figure. */
function arrowHead(tip: Pt, dir: Pt, u: number): string {
  const [dx, dy] = unit(dir);
  const back = add(tip, [dx, dy], -0.9 * u);
  const pts: Pt[] = [tip, add(back, [-dy, dx], 0.45 * u), add(back, [dy, -dx], 0.45 * u)];
  return `<path class="arrow-head" d="${pathOf(pts, true)}" fill="#000"/>`;
}
function curvedArrow(from: Pt, to: Pt, bulge: number, u: number, cls: string): string {
  const mid: Pt = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  const [dx, dy] = unit([to[0] - from[0], to[1] - from[1]]);
  const c = add(mid, [-dy, dx], bulge);
  const d = `M${num(from[0])} ${num(from[1])}Q${num(c[0])} ${num(c[1])} ${num(to[0])} ${num(to[1])}`;
  return `<g class="${cls}">${line('arrow', d, 'arrow-line')}${arrowHead(to, [to[0] - c[0], to[1] - c[1]], u)}</g>`;
}
function needle(at: Pt, u: number): string {
  // A needle coming down onto the start of the seam, its eye at the top.
  const top = add(at, [-0.9 * u, 2.2 * u]);
  const [dx, dy] = unit([at[0] - top[0], at[1] - top[1]]);
  const side: Pt = [-dy * 0.22 * u, dx * 0.22 * u];
  const body = pathOf([at, add(top, side), add(top, side, -1)], true);
  const eye = add(top, [dx, dy], 0.45 * u);
  return `<g class="needle"><path d="${body}" fill="#000"/><circle cx="${num(eye[0])}" cy="${num(eye[1])}" r="${num(0.09 * u)}" fill="#fff"/></g>`;
}
function scissors(at: Pt, dir: Pt, u: number): string {
  const [dx, dy] = unit(dir);
  const n: Pt = [-dy, dx];
  const pivot = add(at, [dx, dy], -1.2 * u);
  const rings = [1, -1].map((s) => add(add(pivot, [dx, dy], -0.9 * u), n, 0.5 * s * u));
  const blades = [1, -1].map((s) => pathOf([add(rings[s > 0 ? 1 : 0], [dx, dy], 0.3 * u), add(at, n, 0.25 * s * u)]));
  return `<g class="scissors">${blades.map((d) => line('cut', d, 'blade')).join('')}${rings.map(([x, y]) => `<circle cx="${num(x)}" cy="${num(y)}" r="${num(0.3 * u)}" fill="#fff" stroke="#000" stroke-width="1.5" vector-effect="non-scaling-stroke"/>`).join('')}</g>`;
}
function turnArrow(c: Pt, u: number): string {
  const r = 2 * u;
  const pts = Array.from({ length: 25 }, (_, i) => { const a = Math.PI / 2 + (i / 24) * 1.6 * Math.PI; return [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)] as Pt; });
  const [a, b] = [pts[pts.length - 2], pts[pts.length - 1]];
  return `<g class="turn">${line('arrow', pathOf(pts), 'arrow-line', ' stroke-width="3"')}${arrowHead(b, [b[0] - a[0], b[1] - a[1]], 1.4 * u)}</g>`;
}
function dimension(a: Pt, b: Pt, offset: Pt, u: number): string {
  const [p, q] = [add(a, offset), add(b, offset)];
  const ticks = [a, b].map((e) => pathOf([add(e, offset, 0.6), add(e, offset, 1.3)]));
  return `<g class="check">${line('arrow', pathOf([p, q]), 'arrow-line')}${arrowHead(q, [q[0] - p[0], q[1] - p[1]], u)}${arrowHead(p, [p[0] - q[0], p[1] - q[1]], u)}${ticks.map((d) => line('mark', d, 'tick')).join('')}</g>`;
}

/** The notch as a small wedge in the allowance, pointing into the piece. */
function notchWedge(p: PieceSpec, at: Pt, allowance: number): string {
  const n = p.seam.length;
  let best = { d: Infinity, normal: [0, 1] as Pt };
  for (let i = 0; i < n; i++) {
    const [a, b] = [p.seam[i], p.seam[(i + 1) % n]];
    const t = along([a, b], at);
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const q = add(a, [(b[0] - a[0]) / len, (b[1] - a[1]) / len], t);
    const d = Math.hypot(q[0] - at[0], q[1] - at[1]);
    if (d < best.d - 1e-6) best = { d, normal: unit([b[1] - a[1], a[0] - b[0]]) };
  }
  // A notch inside the piece (the bottom of a slit) is a dot: there is no edge to cut it in.
  if (best.d > 0.5) return `<circle class="notch" cx="${num(at[0])}" cy="${num(at[1])}" r="${num(allowance * 0.35)}" fill="#000"/>`;
  const [nx, ny] = best.normal;
  const out = add(at, [nx, ny], allowance);
  return `<path class="notch" d="${pathOf([at, add(out, [-ny, nx], allowance * 0.4), add(out, [ny, -nx], allowance * 0.4)], true)}" fill="#000"/>`;
}

/**
 * The figure of one step as inline SVG (1 unit = 1 mm, fluid width), with the symbols its legend
 * must explain. `id` makes the figure's pattern and clip ids unique on the page.
 */
export async function assemblyFigure(design: PatternDesign, size: string, f: AssemblyFigureSpec, o: { id: string }): Promise<AssemblyFigure> {
  const layers = await placeFigure(design, size, f);
  const allowance = design.pattern.allowance(valuesFor(design, size));
  const legend = new Set<LegendKey>(['right']);
  const toFigure = (l: PlacedLayer, p: Pt) => apply(l.matrix, p);
  const inView = layers.flatMap((l) => boxCorners(visibleBox(l)).map((p) => toFigure(l, p)));
  const extent = boxOfPoints(inView);
  const u = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY) / 28;
  const hatch = `hatch-${o.id}`;
  const defs = [`<pattern id="${hatch}" patternUnits="userSpaceOnUse" width="${num(0.45 * u)}" height="${num(0.45 * u)}" patternTransform="rotate(45)"><rect width="${num(0.45 * u)}" height="${num(0.45 * u)}" fill="#e6e6e6"/><path d="M0 0V${num(0.45 * u)}" stroke="#000" stroke-width="${num(0.1 * u)}"/></pattern>`];
  const symbols: string[] = [];
  const pieceGroups = layers.map((l, i) => {
    const { piece, spec } = l;
    const wrong = spec.face === 'wrong';
    legend.add(wrong ? 'wrong' : 'right');
    const cutD = l.cut.map((poly) => pathOf(poly, true)).join('');
    const body: string[] = [
      `<path class="face" d="${cutD}" fill="${wrong ? `url(#${hatch})` : '#fff'}" fill-rule="evenodd"/>`,
      line('cut', cutD, 'cut'),
      line('seam', pathOf(piece.seam, true), 'seam-line'),
      ...(piece.marks ?? []).map((m) => line(markStyle[m.style], pathOf(m.points), `mark mark-${m.style}`)),
      ...(piece.notches ?? []).map((n) => notchWedge(piece, n, Math.max(allowance, 0.6 * u))),
    ];
    if (piece.notches?.length) legend.add('notch');
    for (const a of f.actions.filter((a) => a.piece === piece.name)) {
      legend.add(a.do);
      if (a.do === 'cut' && a.edge) body.push(line('cutting', cutD, 'action action-cut'));
      else if (ACTION_LINE[a.do]) for (const pts of actionLines(piece, a)) body.push(line(ACTION_LINE[a.do]!, pathOf(pts), `action action-${a.do}`));
    }
    const fold = foldLine(piece);
    if (fold) {
      // The fold is no cut: a white underlay hides the flat cut line under its dashes.
      const d = pathOf(fold);
      body.push(`<path d="${d}" stroke="#fff" stroke-width="4" vector-effect="non-scaling-stroke"/>`, line('fold', d, 'fold-edge'));
      legend.add('fold');
    }
    let content = body.join('');
    if (l.mirror) content += `<g class="unfolded" transform="${matrixOf(l.mirror)}">${content}</g>`;
    if (l.keep) {
      const clip = `clip-${o.id}-${i}`;
      defs.push(`<clipPath id="${clip}"><path d="${pathOf(boxCorners(l.keep), true)}"/></clipPath>`);
      content = `<g clip-path="url(#${clip})">${content}</g>`;
      const edge: [Pt, Pt] = spec.fold!.endsWith('right') || spec.fold!.endsWith('left')
        ? [[spec.fold === 'left-over-right' ? l.keep.minX : l.keep.maxX, l.keep.minY + 1], [spec.fold === 'left-over-right' ? l.keep.minX : l.keep.maxX, l.keep.maxY - 1]]
        : [[l.keep.minX + 1, spec.fold === 'bottom-over-top' ? l.keep.minY : l.keep.maxY], [l.keep.maxX - 1, spec.fold === 'bottom-over-top' ? l.keep.minY : l.keep.maxY]];
      content += line('fold', pathOf(edge), 'fold-line');
      // The arrow comes from where the folded half was, over the fold, into the half in view.
      const kept = boxCentre(visibleBox(l));
      const mid: Pt = [(edge[0][0] + edge[1][0]) / 2, (edge[0][1] + edge[1][1]) / 2];
      const away: Pt = [2 * mid[0] - kept[0], 2 * mid[1] - kept[1]];
      const [from, to] = [toFigure(l, add(mid, [away[0] - mid[0], away[1] - mid[1]], 0.6)), toFigure(l, add(mid, [kept[0] - mid[0], kept[1] - mid[1]], 0.6))];
      symbols.push(curvedArrow(from, to, 2 * u, u, 'fold-arrow'));
      legend.add('fold');
    }
    const attrs = `class="piece" data-piece="${esc(piece.name)}" data-face="${spec.face}" transform="${matrixOf(l.matrix)}"`;
    return `<g ${attrs}>${content}</g>`;
  });

  // Symbols at the start and end of each action's line, and the matched notches.
  for (const l of layers) {
    for (const a of f.actions.filter((a) => a.piece === l.piece.name)) {
      if (a.do === 'turn') {
        symbols.push(turnArrow(boxCentre(transformBox(l.matrix, visibleBox(l))), u));
        continue;
      }
      const lines = a.do === 'cut' && a.edge ? [l.cut[0]] : actionLines(l.piece, a);
      for (const pts of lines.map((ps) => ps.map((p) => toFigure(l, p)))) {
        const [start, next, last, before] = [pts[0], pts[1], pts[pts.length - 1], pts[pts.length - 2]];
        const dir: Pt = [next[0] - start[0], next[1] - start[1]];
        const centre = boxCentre(transformBox(l.matrix, visibleBox(l)));
        const midT = Math.floor(pts.length / 2);
        const middle: Pt = pts.length === 2 ? [(start[0] + last[0]) / 2, (start[1] + last[1]) / 2] : pts[midT];
        const inward = unit([centre[0] - middle[0], centre[1] - middle[1]]);
        if (a.do === 'sew') symbols.push(needle(start, u), arrowHead(last, [last[0] - before[0], last[1] - before[1]], u));
        if (a.do === 'cut') symbols.push(scissors(start, dir, u));
        if (a.do === 'thread') for (const k of [0.25, 0.5, 0.75]) { const j = Math.min(pts.length - 2, Math.floor(k * (pts.length - 1))); symbols.push(arrowHead(pts[j + 1], [pts[j + 1][0] - pts[j][0], pts[j + 1][1] - pts[j][1]], 1.2 * u)); }
        if (a.do === 'hem') symbols.push(curvedArrow(add(middle, inward, -1.5 * u), add(middle, inward, 1.5 * u), 1.2 * u, u, 'fold-arrow'));
        if (a.do === 'fold') {
          const toward = a.toward ? DIR[a.toward] : inward;
          const from = add(last, unit(dir), 0.8 * u);
          symbols.push(curvedArrow(from, add(from, toward, 2.5 * u), 1.5 * u, u, 'fold-arrow'));
        }
        if (a.do === 'check') symbols.push(dimension(start, last, [-inward[0] * 1.6 * u, -inward[1] * 1.6 * u], u));
      }
    }
    if (l.spec.onto?.notch !== undefined) {
      const [x, y] = toFigure(l, l.piece.notches![l.spec.onto.notch]);
      symbols.push(`<circle class="match" cx="${num(x)}" cy="${num(y)}" r="${num(0.8 * u)}" fill="none" stroke="#000" stroke-width="2.5" vector-effect="non-scaling-stroke"/>`);
      legend.add('match');
    }
  }
  const pad = 3 * u;
  const [x0, y0, w, h] = [extent.minX - pad, -extent.maxY - pad, extent.maxX - extent.minX + 2 * pad, extent.maxY - extent.minY + 2 * pad];
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="assembly" viewBox="${num(x0)} ${num(y0)} ${num(w)} ${num(h)}" width="100%" role="img" aria-labelledby="${o.id}-caption">`,
    `<defs>${defs.join('')}</defs>`,
    // Drawn y up, like the pattern; SVG's y runs down.
    `<g transform="scale(1 -1)">`,
    ...pieceGroups,
    ...symbols,
    '</g></svg>',
  ].join('\n');
  return { svg, legend: LEGEND_KEYS.filter((k) => legend.has(k)), layers };
}
