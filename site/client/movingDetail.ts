// While frames follow each other closely (a value dragged, the model turned), the view may draw
// at a lower resolution so that the model keeps up with the hand; once the frames stop, it draws
// once more at full resolution. The resolution adapts to the machine: where frames back up
// (software GL, as on many phones and in headless Chromium, where a frame's time grows with its
// pixels), the next ones are drawn smaller; where they are quick, a movement keeps full resolution.

/** Frames closer together than this are a movement; this long after the last one, it is at rest. */
export const REST_MS = 150;
/** A frame that takes longer than this to draw makes the next ones smaller, in proportion… */
export const SLOW_MS = 16;
/** …and one quicker than this makes them larger again, up to full resolution. */
export const QUICK_MS = 4;
/** The smallest scale of the resolution while moving (a third of the width is still legible). */
export const MIN_SCALE = 0.35;
const GROW = 1.25;

export interface Timers {
  setTimeout(then: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * `frame(now)` gives the scale to draw a frame at: 1 at rest and as each movement starts.
 * `took(ms)` tells how long drawing it took: a frame's drawing waits for the last one to be
 * shown, so while moving this says how long the last took, and sets the scale of the next ones.
 * If a frame was drawn smaller, `atRest` is called once the frames have stopped for REST_MS, to
 * draw again at full resolution.
 */
export function movingDetail(atRest: () => void, timers: Timers = globalThis) {
  let last = -Infinity;
  let moving = false;
  let scale = 1;
  let pending: unknown;
  return {
    frame(now: number): number {
      moving = now - last < REST_MS;
      last = now;
      if (pending !== undefined) timers.clearTimeout(pending);
      pending = undefined;
      if (!moving) scale = 1;
      else if (scale < 1) {
        pending = timers.setTimeout(() => {
          pending = undefined;
          atRest();
        }, REST_MS);
      }
      return scale;
    },
    took(ms: number) {
      // A frame after a pause waited for nothing: it says nothing of how quickly frames are drawn.
      if (!moving) return;
      // A frame's time grows with its pixels, the square of the scale.
      if (ms > SLOW_MS) scale = Math.max(MIN_SCALE, scale * Math.sqrt(SLOW_MS / ms));
      else if (ms < QUICK_MS) scale = Math.min(1, scale * GROW);
    },
  };
}
