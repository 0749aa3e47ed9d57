import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_INTERVAL_MS, linkQuery, startAddress } from '../../../site/client/customizer/address';

/** A writer on a fake address whose clock is vitest's: what it wrote, and when. */
function writer(refuse?: (query: string) => boolean) {
  vi.useFakeTimers();
  let address = '';
  const writes: { query: string; at: number }[] = [];
  const w = startAddress(
    () => address,
    (query) => {
      if (refuse?.(query)) throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
      address = query;
      writes.push({ query, at: Date.now() });
    },
    () => Date.now(),
  );
  return { w, writes, address: () => address };
}

afterEach(() => vi.useRealTimers());

describe('the page address', () => {
  it('writes the first values at once, then the latest of those that follow once the interval has passed', () => {
    const { w, writes } = writer();
    const start = Date.now();
    w.write('?a=1');
    expect(writes.map((x) => x.query)).toEqual(['?a=1']);
    w.write('?a=2');
    w.write('?a=3');
    expect(w.pending).toBe(true);
    vi.advanceTimersByTime(ADDRESS_INTERVAL_MS - 1);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([
      { query: '?a=1', at: start },
      { query: '?a=3', at: start + ADDRESS_INTERVAL_MS },
    ]);
    expect(w.pending).toBe(false);
    // At rest again: at once.
    vi.advanceTimersByTime(5 * ADDRESS_INTERVAL_MS);
    w.write('?a=4');
    expect(writes.at(-1)!.query).toBe('?a=4');
  });

  it('stays under Safari’s cap (100 in 30 s) while a value moves for a minute, and ends on the last value', () => {
    const { w, writes, address } = writer();
    for (let t = 0; t < 60_000; t += 16) {
      w.write(`?v=${t}`);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(ADDRESS_INTERVAL_MS);
    for (const { at } of writes) expect(writes.filter((x) => x.at >= at && x.at < at + 30_000).length).toBeLessThanOrEqual(100);
    expect(address()).toBe(`?v=${59_984}`);
    expect(w.pending).toBe(false);
  });

  it('writes what waits at once when someone needs the address', () => {
    const { w, writes, address } = writer();
    w.write('?a=1');
    w.write('?a=2');
    w.flush();
    expect(address()).toBe('?a=2');
    expect(w.pending).toBe(false);
    vi.advanceTimersByTime(ADDRESS_INTERVAL_MS);
    expect(writes).toHaveLength(2); // the cancelled timer writes nothing more
  });

  it('leaves the address alone when it already holds the values', () => {
    const { w, writes } = writer();
    w.write('');
    expect(writes).toHaveLength(0);
    w.write('?a=1');
    vi.advanceTimersByTime(ADDRESS_INTERVAL_MS);
    w.write('?a=1');
    expect(writes).toHaveLength(1);
  });

  it('waits on when its timer fires before the interval has passed by its own clock', () => {
    vi.useFakeTimers();
    let clock = 0; // a clock running behind the timers: they fire "early" by it
    const writes: number[] = [];
    const w = startAddress(() => '', () => writes.push(clock), () => clock);
    w.write('?a=1');
    w.write('?a=2');
    clock = ADDRESS_INTERVAL_MS - 10;
    vi.advanceTimersByTime(ADDRESS_INTERVAL_MS);
    expect(writes).toEqual([0]);
    clock = ADDRESS_INTERVAL_MS;
    vi.advanceTimersByTime(10);
    expect(writes).toEqual([0, ADDRESS_INTERVAL_MS]);
  });

  it('goes on when the browser refuses a write: the next values are written', () => {
    const { w, address } = writer((query) => query === '?a=1');
    expect(() => w.write('?a=1')).not.toThrow();
    expect(address()).toBe('');
    w.write('?a=2');
    vi.advanceTimersByTime(ADDRESS_INTERVAL_MS);
    expect(address()).toBe('?a=2');
  });
});

describe('the query that shares the values', () => {
  const isNumber = (name: string) => name === 'width';
  it('names only the values that differ from the defaults, as the design reads them', () => {
    expect(linkQuery({ width: ' 12,5 ', label: 'x', colour: 'blue' }, { width: '10', label: 'x', colour: 'red' }, '', isNumber)).toBe('?width=12.5&colour=blue');
    expect(linkQuery({ width: '10' }, { width: '10' }, '', isNumber)).toBe('');
  });
  it('shares a preset by its name alone, and adds the extra pairs', () => {
    expect(linkQuery({ width: '12' }, { width: '10' }, 'light', isNumber, [['printer', 'mk4']])).toBe('?preset=light&printer=mk4');
  });
});
