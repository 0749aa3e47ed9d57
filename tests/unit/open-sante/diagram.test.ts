import { describe, expect, it } from 'vitest';
import { layout, segments, segmentsMeet, segmentHitsBox, overlaps, boxAround, BOX, type Diagram } from '../../../site/lib/openSante/diagram';
import { STATES, TRANSITIONS } from '../../../site/lib/openSante/states';

const LABELS = {
  fr: { 'en-revue': 'Début de revue', 'valide-communautaire': 'Avis favorable', 'valide-clinique': 'Avis favorable', 'a-revoir': 'Avis défavorable', retire: 'Retrait' },
  en: { 'en-revue': 'Review opened', 'valide-communautaire': 'Favourable', 'valide-clinique': 'Favourable', 'a-revoir': 'Unfavourable', retire: 'Withdrawal' },
} as const;

describe.each(['fr', 'en'] as const)('process diagram (%s)', (lang) => {
  const d: Diagram = layout(lang);
  const boxes = d.nodes.map((n) => ({ state: n.state, box: boxAround(n.x, n.y, BOX[0], BOX[1]) }));
  const boxOf = (s: string) => boxes.find((b) => b.state === s)!.box;

  it('draws one box per state and one arrow per legal transition, labelled by the decision that makes it', () => {
    expect(d.nodes.map((n) => n.state)).toEqual([...STATES]);
    const legal = STATES.flatMap((s) => TRANSITIONS[s].map((t) => `${s}>${t}`)).sort();
    expect(d.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(legal);
    for (const e of d.edges) expect(e.label.text, `${e.from}>${e.to}`).toBe(LABELS[lang][e.to as keyof (typeof LABELS)['fr']]);
  });

  it('lays the states out in rows from the initial state, within the drawing', () => {
    const y = Object.fromEntries(d.nodes.map((n) => [n.state, n.y]));
    expect(y.propose).toBeLessThan(y['en-revue']);
    expect(y['en-revue']).toBeLessThan(y['valide-communautaire']);
    expect(y['a-revoir']).toBeLessThan(y.retire);
    for (const { box } of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(d.width);
      expect(box.y + box.h).toBeLessThanOrEqual(d.height);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i].box, boxes[j].box)).toBe(false);
  });

  it('fits a 54rem column at its natural size, where its labels are readable (ProcessDiagram.astro)', () => {
    expect(d.width).toBeLessThanOrEqual(54 * 16);
  });

  it('starts each arrow on its own box and ends it on the other, crossing no other box', () => {
    const onBorder = ([x, y]: number[], b: ReturnType<typeof boxAround>) =>
      (Math.abs(y - b.y) < 0.2 || Math.abs(y - (b.y + b.h)) < 0.2) && x > b.x && x < b.x + b.w;
    for (const e of d.edges) {
      expect(onBorder(e.points[0], boxOf(e.from)), `${e.from}>${e.to} start`).toBe(true);
      expect(onBorder(e.points.at(-1)!, boxOf(e.to)), `${e.from}>${e.to} end`).toBe(true);
      for (const s of segments(e.points)) for (const b of boxes) expect(segmentHitsBox(s, b.box), `${e.from}>${e.to} through ${b.state}`).toBe(false);
    }
  });

  it('has no two arrows that cross or touch', () => {
    const met: string[] = [];
    for (let i = 0; i < d.edges.length; i++) for (let j = i + 1; j < d.edges.length; j++) {
      const [a, b] = [d.edges[i], d.edges[j]];
      if (segments(a.points).some((s) => segments(b.points).some((t) => segmentsMeet(s, t)))) met.push(`${a.from}>${a.to} × ${b.from}>${b.to}`);
    }
    expect(met).toEqual([]);
  });

  it('places each label clear of the boxes, the other labels and the other arrows', () => {
    for (const e of d.edges) {
      const where = `${e.from}>${e.to} "${e.label.text}"`;
      for (const b of boxes) expect(overlaps(e.label.box, b.box), `${where} on ${b.state}`).toBe(false);
      for (const o of d.edges.filter((o) => o !== e)) {
        expect(overlaps(e.label.box, o.label.box), `${where} on ${o.from}>${o.to}'s label`).toBe(false);
        for (const s of segments(o.points)) expect(segmentHitsBox(s, e.label.box), `${where} on ${o.from}>${o.to}`).toBe(false);
      }
      // Beside its own arrow: within a label's width of one of its links.
      const near = segments(e.points).some(([a, b]) => [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].some((t) =>
        Math.hypot(a[0] + (b[0] - a[0]) * t - e.label.x, a[1] + (b[1] - a[1]) * t - e.label.y) <= e.label.box.w / 2 + 4));
      expect(near, where).toBe(true);
    }
  });
});

describe('segmentsMeet', () => {
  it('tells crossing, touching and apart segments', () => {
    expect(segmentsMeet([[0, 0], [10, 10]], [[0, 10], [10, 0]])).toBe(true);
    expect(segmentsMeet([[0, 0], [10, 0]], [[10, 0], [10, 5]])).toBe(true);
    expect(segmentsMeet([[0, 0], [10, 0]], [[0, 1], [10, 1]])).toBe(false);
    expect(segmentsMeet([[0, 0], [4, 4]], [[5, 5], [9, 9]])).toBe(false);
  });
});
