import { describe, expect, it } from 'vitest';
import blouse from '../../surblouse/design';
import { CUT_GAP, fabricEstimate } from './fabric';
import { fabricLayoutSvg, layoutKey } from './layoutSvg';

const figure = (gowns: number) => {
  const f = fabricEstimate(blouse.pattern, blouse.defaults, { S: gowns }, 1400).fabrics[0];
  const key = layoutKey(f.nesting.placements);
  const svg = fabricLayoutSvg({ length: f.length, width: 1400 + CUT_GAP, placements: f.nesting.placements, gap: CUT_GAP, numberOf: key.numberOf, label: 'x', metres: (mm) => `${mm / 1000} m` });
  const [, , w, h] = svg.match(/viewBox="([^"]+)"/)![1].split(' ').map(Number);
  return { f, key, svg, aspect: w / h };
};

describe('fabric layout figure', () => {
  it('runs the length left to right in rows, wide but never a sliver, for 1 gown as for 100', () => {
    for (const gowns of [1, 10, 100]) {
      const { aspect, svg, f } = figure(gowns);
      expect(aspect, `${gowns} gowns`).toBeGreaterThan(1);
      expect(aspect, `${gowns} gowns`).toBeLessThan(8);
      // Each row shows where it starts and ends on the fabric; the last ends at the length used.
      expect(svg).toContain(`– ${f.length / 1000} m</text>`);
    }
    const rows = (figure(100).svg.match(/<svg x=/g) ?? []).length;
    expect(rows).toBeGreaterThan(1);
    expect(rows).toBeLessThanOrEqual(8);
  });

  it('numbers every piece by its key, which counts each piece of each size', () => {
    const { key, f, svg } = figure(2);
    expect(key.entries.map((e) => [e.piece, e.count]).sort()).toEqual([['S:ceinture', 4], ['S:corps', 2], ['S:lien-encolure', 4], ['S:manche', 4]]);
    expect(key.entries.map((e) => e.n)).toEqual([1, 2, 3, 4]);
    expect(key.entries.reduce((n, e) => n + e.count, 0)).toBe(f.nesting.placements.length);
    const numbers = [...svg.matchAll(/text-anchor="middle" fill="#000">(\d+)</g)].map((m) => Number(m[1]));
    expect(new Set(numbers)).toEqual(new Set([1, 2, 3, 4]));
    expect(svg).toMatch(/class="scale-bar"/);
    expect(svg).not.toMatch(/style=/);
  });
});
