// While frames follow each other closely (a value dragged, the model turned), the view may draw
// at a lower resolution so that the model keeps up with the hand; once the frames stop, it draws
// once more at full resolution. The resolution adapts to the machine: where a frame takes long to
// draw (software GL, as on many phones and in headless Chromium, where the time grows with the
// pixels), the next one is drawn smaller; where frames are quick, the movement keeps full
// resolution.

/** Frames closer together than this are a movement; this long after the last one, it is at rest. */
export const REST_MS = 150;
/** A frame that takes longer than this to draw makes the next one smaller… */
export const SLOW_MS = 16;
/** …and one quicker than this makes it larger, up to full resolution. */
export const QUICK_MS = 4;
/** The smallest scale of the resolution while moving (a third of the pixels' width is still legible). */
export const MIN_SCALE = 0.35;
const SHRINK = 0.7;
const GROW = 1.25;

export interface Timers {
  setTimeout(then: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * `frame(now)` gives the scale to draw a frame at: 1 at rest, the moving scale when it follows
 * another within REST_MS. `took(ms)` tells how long drawing it took, which sets the moving scale
 * for the next frames (kept from one movement to the next). A frame's drawing waits for the last
 * one to be shown, so its time says how long the last took. After a frame drawn while moving,
 * `atRest` is called once the frames have stopped for REST_MS, to draw again at full resolution.
 */
export function movingDetail(atRest: () => void, timers: Timers = globalThis) {
  let last = -Infinity;
  let pending: unknown;
  let movingScale = 1;
  let moving = false;
  return {
    frame(now: number): number {
      moving = now - last < REST_MS;
      last = now;
      if (pending !== undefined) timers.clearTimeout(pending);
      pending = undefined;
      if (!moving) return 1;
      pending = timers.setTimeout(() => {
        pending = undefined;
        atRest();
      }, REST_MS);
      return movingScale;
    },
    took(ms: number) {
      // A frame after a pause waits for nothing: only one drawn while moving, right behind
      // the last, says how quickly this machine draws.
      if (!moving) return;
      if (ms > SLOW_MS) movingScale = Math.max(MIN_SCALE, movingScale * SHRINK);
      else if (ms < QUICK_MS) movingScale = Math.min(1, movingScale * GROW);
    },
  };
}
