import { describe, expect, it } from 'vitest';
import { arrows, nodes, BOX } from '../../../site/lib/openSante/diagram';
import { STATES, TRANSITIONS } from '../../../site/lib/openSante/states';

describe('process diagram', () => {
  it('draws exactly one arrow per legal transition and one box per state', () => {
    const drawn = arrows().map((a) => `${a.from}>${a.to}`).sort();
    const legal = STATES.flatMap((s) => TRANSITIONS[s].map((t) => `${s}>${t}`)).sort();
    expect(drawn).toEqual(legal);
    expect(nodes('fr').map((n) => n.state)).toEqual([...STATES]);
  });

  it('starts and ends every arrow on the edge of its boxes', () => {
    const centre = Object.fromEntries(nodes('en').map((n) => [n.state, [n.x, n.y]]));
    const onEdge = ([x, y]: number[], [cx, cy]: number[]) => {
      const [dx, dy] = [Math.abs(x - cx), Math.abs(y - cy)];
      const near = (a: number, b: number) => Math.abs(a - b) < 0.2;
      return (near(dx, BOX[0] / 2) && dy <= BOX[1] / 2 + 0.2) || (near(dy, BOX[1] / 2) && dx <= BOX[0] / 2 + 0.2);
    };
    for (const a of arrows()) {
      const n = a.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(n).toHaveLength(6);
      expect(onEdge([n[0], n[1]], centre[a.from]), `${a.from}>${a.to} start`).toBe(true);
      expect(onEdge([n[4], n[5]], centre[a.to]), `${a.from}>${a.to} end`).toBe(true);
    }
  });
});
