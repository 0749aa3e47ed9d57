import { describe, expect, it } from 'vitest';
import { MIN_SCALE, QUICK_MS, REST_MS, SLOW_MS, movingDetail } from '../../../site/client/movingDetail';

/** A view's resolution policy on a clock the test moves by hand. */
function view() {
  let now = 0;
  const timers = new Map<number, { at: number; then: () => void }>();
  let nextHandle = 0;
  let rests = 0;
  const detail = movingDetail(() => rests++, {
    setTimeout: (then, ms) => (timers.set(++nextHandle, { at: now + ms, then }), nextHandle),
    clearTimeout: (h) => void timers.delete(h as number),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const [h, t] of [...timers]) if (t.at <= now) (timers.delete(h), t.then());
  };
  /** Draws a frame `gap` ms after the last, taking `took` ms; returns its scale. */
  const frame = (gap: number, took = 1) => {
    advance(gap);
    const scale = detail.frame(now);
    detail.took(took);
    return scale;
  };
  return { frame, advance, rests: () => rests };
}

describe('the view’s resolution while the model moves', () => {
  it('draws at full resolution at rest, and keeps it while frames are quick', () => {
    const v = view();
    expect(v.frame(1000)).toBe(1);
    for (let i = 0; i < 10; i++) expect(v.frame(30, QUICK_MS - 1)).toBe(1);
  });

  it('draws smaller while frames that follow each other are slow, down to the smallest scale', () => {
    const v = view();
    v.frame(1000);
    const scales = Array.from({ length: 8 }, () => v.frame(40, SLOW_MS + 30));
    expect(scales[0]).toBe(1); // the first moving frame has not yet been timed
    for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeLessThanOrEqual(scales[i - 1]);
    expect(scales[2]).toBeLessThan(1);
    expect(scales.at(-1)).toBe(MIN_SCALE);
  });

  it('grows back to full resolution when the frames get quick', () => {
    const v = view();
    v.frame(1000);
    for (let i = 0; i < 8; i++) v.frame(40, SLOW_MS + 30);
    const scales = Array.from({ length: 12 }, () => v.frame(40, 1));
    expect(scales[1]).toBeGreaterThan(MIN_SCALE);
    expect(scales.at(-1)).toBe(1);
  });

  it('ignores the time of a frame after a pause: it waited for nothing', () => {
    const v = view();
    v.frame(1000, SLOW_MS + 100);
    expect(v.frame(40)).toBe(1);
  });

  it('draws once more at full resolution once the frames have stopped, and only then', () => {
    const v = view();
    v.frame(1000);
    v.frame(40, SLOW_MS + 30);
    expect(v.frame(40, SLOW_MS + 30)).toBeLessThan(1);
    v.advance(REST_MS - 1);
    expect(v.rests()).toBe(0);
    v.advance(1);
    expect(v.rests()).toBe(1);
    // The frame drawn at rest is at full resolution, and nothing more follows it.
    expect(v.frame(0)).toBe(1);
    v.advance(10 * REST_MS);
    expect(v.rests()).toBe(1);
  });

  it('starts each movement at full resolution, and draws nothing more at rest when none was smaller', () => {
    const v = view();
    v.frame(1000);
    for (let i = 0; i < 8; i++) v.frame(40, SLOW_MS + 30);
    v.advance(REST_MS);
    expect(v.rests()).toBe(1);
    expect(v.frame(1000)).toBe(1);
    expect(v.frame(40, 1)).toBe(1);
    v.advance(10 * REST_MS);
    expect(v.rests()).toBe(1);
  });

  it('shrinks in proportion to how slow a frame was: a frame four times too slow halves the scale', () => {
    const v = view();
    v.frame(1000);
    v.frame(40, 4 * SLOW_MS);
    expect(v.frame(40)).toBeCloseTo(0.5, 6);
  });
});
