// The one WinAnsi fallback: which characters Helvetica prints, checked against pdf-lib's own
// encoding of the standard font, and what is printed for the others.
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { isWinAnsi, toWinAnsi } from './winAnsi';
import { encodable } from './render';

describe('isWinAnsi', () => {
  it('holds exactly the characters pdf-lib can encode in Helvetica, over the whole Basic Multilingual Plane', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const encodedByFont = new Set(font.getCharacterSet());
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isWinAnsi(String.fromCodePoint(c)) !== encodedByFont.has(c)) disagree.push(`U+${c.toString(16).padStart(4, '0')}`);
    }
    expect(disagree).toEqual([]);
  });
});

describe('toWinAnsi', () => {
  it('keeps WinAnsi text as it is, French letters, the euro sign and typographic quotes included', () => {
    expect(toWinAnsi('Œuvre à 5 € « déjà » l’été — ÿ')).toBe('Œuvre à 5 € « déjà » l’été — ÿ');
  });

  it('puts a stand-in for a listed character, longer ones too, and "?" for any other it lacks', () => {
    expect(toWinAnsi('≥ 2 → 3 ≤ 4', { '≥': '>=', '→': '->' })).toBe('>= 2 -> 3 ? 4');
    // One "?" per character, even outside the Basic Multilingual Plane; a narrow no-break space is not WinAnsi.
    expect(toWinAnsi('a😷b\u202fc')).toBe('a?b?c');
  });

  it('is what the pattern sheets print: ASCII look-alikes for a few signs', () => {
    expect(encodable('longueur ≥ 1,20 m, coupez ×2, à l’endroit…')).toBe("longueur >= 1,20 m, coupez ×2, à l'endroit...");
  });
});
