// While a value moves, models may come faster than the screen shows frames. The first is drawn
// at once; those that come before the next frame wait, and only the latest of them is drawn
// then. Models are numbered by the change they show and come by two roads (the page, the preview
// worker): one older than a model already taken is dropped. Each model's fate is told: drawn,
// dropped for a newer one, or failed.
import type { FromViewer } from './protocol';

type Outcome = Extract<FromViewer, { kind: 'drawn' }>;

export function latestPerFrame(nextFrame: (then: () => void) => unknown, tell: (outcome: Outcome) => void) {
  let waiting: { id: number; draw: () => Promise<void> } | undefined;
  let drewThisFrame = false;
  let newest = 0;

  async function drawWaiting() {
    const model = waiting;
    if (!model) return;
    waiting = undefined;
    drewThisFrame = true;
    nextFrame(() => {
      drewThisFrame = false;
      void drawWaiting();
    });
    try {
      await model.draw();
      tell({ kind: 'drawn', id: model.id });
    } catch (e) {
      tell({ kind: 'drawn', id: model.id, error: (e as Error).message });
    }
  }

  /** Draws the model now, or at the next frame unless a newer one comes first. */
  return function enqueue(id: number, draw: () => Promise<void>) {
    if (id < newest) return tell({ kind: 'drawn', id, dropped: true });
    newest = id;
    if (waiting) tell({ kind: 'drawn', id: waiting.id, dropped: true });
    waiting = { id, draw };
    if (!drewThisFrame) void drawWaiting();
  };
}
