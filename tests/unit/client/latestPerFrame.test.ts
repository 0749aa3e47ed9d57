import { describe, it, expect } from 'vitest';
import { latestPerFrame } from '../../../site/client/latestPerFrame';

/** A screen whose frames the test shows one by one. */
function screen() {
  const frames: (() => void)[] = [];
  const told: string[] = [];
  const drawn: number[] = [];
  const enqueue = latestPerFrame((then) => frames.push(then), (o) => told.push(`${o.id}:${o.error ? 'failed' : o.dropped ? 'dropped' : 'drawn'}`));
  const model = (id: number, fail = false) => enqueue(id, async () => {
    if (fail) throw new Error('unreadable');
    drawn.push(id);
  });
  const frame = async () => {
    frames.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { model, frame, told, drawn, frames };
}

describe('the view draws the latest model once a frame', () => {
  it('draws a model at once when nothing was drawn this frame', async () => {
    const s = screen();
    s.model(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.drawn).toEqual([1]);
    expect(s.told).toEqual(['1:drawn']);
  });

  it('keeps only the latest of the models that come within a frame, and draws it at the next one', async () => {
    const s = screen();
    s.model(1);
    s.model(2);
    s.model(3);
    s.model(4);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.drawn).toEqual([1]);
    expect([...s.told].sort()).toEqual(['1:drawn', '2:dropped', '3:dropped']);
    await s.frame();
    expect(s.drawn).toEqual([1, 4]);
    expect(s.told.at(-1)).toBe('4:drawn');
    // A quiet frame passes; the next model is drawn at once again.
    await s.frame();
    s.model(5);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.drawn).toEqual([1, 4, 5]);
  });

  it('drops a model older than one already taken: the two roads to the view may cross', async () => {
    const s = screen();
    s.model(5);
    s.model(3);
    await new Promise((r) => setTimeout(r, 0));
    await s.frame();
    expect(s.drawn).toEqual([5]);
    expect([...s.told].sort()).toEqual(['3:dropped', '5:drawn']);
  });

  it('says when a model could not be drawn, and goes on', async () => {
    const s = screen();
    s.model(1, true);
    s.model(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.told).toEqual(['1:failed']);
    await s.frame();
    expect(s.told).toEqual(['1:failed', '2:drawn']);
  });
});
