import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLane, VIEW_PATIENCE_MS } from '../../../site/client/customizer/lane';

/** A lane whose workers record what they are sent, and views the test settles by hand. */
function lane() {
  const sent: string[] = [];
  const l = startLane<string>({ preview: (v) => sent.push(`preview ${v}`), files: (v) => sent.push(`files ${v}`) });
  const drawing = () => {
    let settle!: () => void;
    const p = new Promise<boolean>((resolve) => (settle = () => resolve(true)));
    l.inView(p);
    // Settles the drawing, then lets the lane hear of it (a few microtasks, no timer: some tests fake them).
    return async () => {
      settle();
      for (let i = 0; i < 3; i++) await Promise.resolve();
    };
  };
  return { l, sent, drawing };
}

describe('the requests lane', () => {
  it('builds one preview at a time; of the values that come meanwhile, only the latest is built', () => {
    const { l, sent } = lane();
    l.preview('500');
    l.preview('505');
    l.preview('510');
    expect(sent).toEqual(['preview 500']);
    l.answered();
    expect(sent).toEqual(['preview 500', 'preview 510']);
    l.answered();
    expect(sent).toEqual(['preview 500', 'preview 510']);
  });

  it('holds the next build while the view has a model waiting behind the one it draws', async () => {
    const { l, sent, drawing } = lane();
    l.preview('500');
    const first = drawing();
    l.answered();
    l.preview('505'); // built while 500 is drawn
    const second = drawing();
    l.answered();
    l.preview('510');
    l.preview('515');
    expect(sent).toEqual(['preview 500', 'preview 505']);
    await first(); // 500 drawn: 505 is drawn next, and the latest values are built meanwhile
    expect(sent).toEqual(['preview 500', 'preview 505', 'preview 515']);
    await second();
    expect(sent).toHaveLength(3);
  });

  it('counts a preview the view dropped or failed to draw as out of the view', async () => {
    const { l, sent } = lane();
    l.preview('500');
    l.inView(Promise.resolve(false));
    l.inView(Promise.reject(new Error('unreadable')));
    l.answered();
    l.preview('505');
    expect(sent).toEqual(['preview 500']);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['preview 500', 'preview 505']);
  });

  it('writes held files once the previews have caught up, and only the latest values’ files', async () => {
    const { l, sent, drawing } = lane();
    l.preview('500');
    l.files('500', true);
    l.preview('505');
    l.files('505', true);
    expect(sent).toEqual(['preview 500']);
    const drawn = drawing();
    l.answered(); // 505 goes to the preview worker; its files still wait
    expect(sent).toEqual(['preview 500', 'preview 505']);
    l.answered();
    expect(sent).toEqual(['preview 500', 'preview 505', 'files 505']);
    await drawn();
    expect(sent).toHaveLength(3);
  });

  it('writes files at once when not held, and says whether the preview worker is building', () => {
    const { l, sent } = lane();
    expect(l.building).toBe(false);
    l.preview('500');
    expect(l.building).toBe(true);
    l.files('500', false);
    expect(sent).toEqual(['preview 500', 'files 500']);
    l.answered();
    expect(l.building).toBe(false);
    expect(sent, 'files written once').toHaveLength(2);
  });

  describe('with a view that stops answering', () => {
    afterEach(() => vi.useRealTimers());

    it('builds again once the view has kept its previews for a second', async () => {
      vi.useFakeTimers();
      const { l, sent, drawing } = lane();
      l.preview('500');
      const late = [drawing()];
      l.answered();
      l.preview('505');
      late.push(drawing());
      l.answered();
      l.preview('510'); // an invalid value, say: only a build reports it
      vi.advanceTimersByTime(VIEW_PATIENCE_MS - 1);
      expect(sent).toEqual(['preview 500', 'preview 505']);
      vi.advanceTimersByTime(1);
      expect(sent).toEqual(['preview 500', 'preview 505', 'preview 510']);
      l.answered();
      // The late drawings are not counted out twice: the view's depth still holds.
      for (const settle of late) await settle();
      drawing();
      drawing();
      l.preview('515');
      expect(sent).toHaveLength(3);
    });
  });
});
