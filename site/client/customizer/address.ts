// The page's address follows the values drawn, so that a link shares them. Browsers cap how
// often a page may replace its address: Safari throws past 100 times in 30 s, Chromium ignores
// the calls past 200 in 10 s. A slider dragged or an arrow key held down draws a dozen values a
// second, so the address is written at most once every ADDRESS_INTERVAL_MS, the last values
// always last. Replacing it also restyles every link of the page (their targets are resolved
// against it): once at rest rather than at each value moving by.

/** 100 writes in 30 s would take one every 300 ms: this leaves room for the page's other writes. */
export const ADDRESS_INTERVAL_MS = 400;

/**
 * The query that shares these values. A preset's values are shared as its name alone: a short
 * link, and one whose preview is prepared at build. Values are written as the design reads them:
 * trimmed, with a decimal point; only those that differ from the defaults.
 */
export function linkQuery(values: Record<string, string>, defaults: Record<string, string>, preset: string, isNumber: (name: string) => boolean, extra: Iterable<[string, string]> = []): string {
  const linkValue = (name: string, v: string) => (isNumber(name) ? v.trim().replace(',', '.') : v.trim());
  const q = new URLSearchParams();
  if (preset) q.set('preset', preset);
  else for (const [k, v] of Object.entries(values)) if (linkValue(k, v) !== linkValue(k, defaults[k])) q.set(k, linkValue(k, v));
  for (const [k, v] of extra) q.set(k, v);
  return q.size ? `?${q}` : '';
}

/** Whoever reads the address (the language switcher, copying the link) asks for it up to date with this event on window. */
export const ADDRESS_NEEDED = 'usinette:address-needed';

const replaceQuery = (query: string) => history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);

export interface AddressWriter {
  /** Writes this query now, or once the interval has passed unless a newer one comes first. */
  write(query: string): void;
  /** Writes the waiting query now (someone is about to read the address). */
  flush(): void;
  /** Whether a query waits to be written. */
  readonly pending: boolean;
}

/** `read` gives the query the address holds now, `replace` writes one. */
export function startAddress(read: () => string = () => location.search, replace: (query: string) => void = replaceQuery, now: () => number = () => performance.now()): AddressWriter {
  let waiting: string | undefined;
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (waiting === undefined) return;
    const query = waiting;
    waiting = undefined;
    if (query === read()) return;
    lastWrite = now();
    try {
      replace(query);
    } catch {
      // Refused (a browser's own cap): the next values write the address again.
    }
  };

  /** Writes once the interval has passed since the last write, by this clock: a timer may fire early. */
  const whenDue = () => {
    const wait = lastWrite + ADDRESS_INTERVAL_MS - now();
    if (wait <= 0) flush();
    else timer = setTimeout(whenDue, wait);
  };

  return {
    write(query) {
      waiting = query;
      if (timer === undefined) whenDue();
    },
    flush,
    get pending() {
      return waiting !== undefined;
    },
  };
}
