// The hand-written number formatter writes what Intl.NumberFormat writes, in both languages,
// but for "-0".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from './lang';

const intl = (lang: 'fr' | 'en', n: number, digits: number) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(n);

describe('formatNumber', () => {
  it('writes French and English numbers', () => {
    expect(formatNumber('fr', 2250.5)).toBe('2\u202f250,5');
    expect(formatNumber('en', 2250.5)).toBe('2,250.5');
    expect(formatNumber('fr', 25000)).toBe('25\u202f000');
    expect(formatNumber('en', 0.3, 0)).toBe('0');
    expect(formatNumber('fr', -1234.567, 1)).toBe('-1\u202f234,6');
    expect(formatNumber('en', -0.001)).toBe('0');
  });

  it('agrees with Intl.NumberFormat for any number and precision', () => {
    fc.assert(
      fc.property(fc.constantFrom('fr' as const, 'en' as const), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (lang, n, digits) => {
        // One difference, on purpose: a value that rounds to zero is "0", never Intl's "-0".
        expect(formatNumber(lang, n, digits)).toBe(intl(lang, n, digits).replace(/^-0$/, '0'));
      }),
      { numRuns: 2000 },
    );
  });
});
