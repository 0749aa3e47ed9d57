// The one WinAnsi fallback: which characters Helvetica prints, checked against pdf-lib's own
// encoding of the standard font, and what is printed for the others.
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { isWinAnsi, toWinAnsi } from './winAnsi';
import { encodable } from './render';
import { readPdf } from './readBack';
import { loadKernel } from '../kernel';
import { evaluateModel, formatOf } from '../export';
import { formatNumber } from '../lang';
import cap from '../../charlotte/design';

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
    // One "?" per character, even outside the Basic Multilingual Plane.
    expect(toWinAnsi('a😷b\u2192c')).toBe('a?b?c');
  });

  it('prints the spaces WinAnsi lacks as the nearest it has: no-break ones stay no-break', () => {
    expect(toWinAnsi('1\u202f250\u2009mm, 12\u2007345, 10\u202f%, a\u2003b, non\u2011tissé')).toBe('1\u00a0250 mm, 12\u00a0345, 10\u00a0%, a b, non-tissé');
    expect(toWinAnsi('a\u202fb', { '\u202f': '_' })).toBe('a_b');
  });

  it('is what the pattern sheets print: ASCII look-alikes for a few signs', () => {
    expect(encodable('longueur ≥ 1,20 m, coupez ×2, à l’endroit…')).toBe("longueur >= 1,20 m, coupez ×2, à l'endroit...");
  });
});

describe('a pattern PDF read back with pdf.js', () => {
  it('prints a French number and spacing with no "?"', async () => {
    const run = cap.run({});
    if (!run.ok) throw new Error('the defaults must run');
    // formatNumber groups French thousands with a narrow no-break space (U+202F).
    const title = `Charlotte\u202f: ${formatNumber('fr', 1250)}\u2009mm`;
    const ctx = evaluateModel(await loadKernel(), { ...cap, title: { fr: title, en: 'Cap' } }, run.values, run.model);
    const bytes = await formatOf('pdf-a4').write(ctx);
    const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
    const first = await (await pdf.getPage(1)).getTextContent();
    const text = first.items.map((i) => ('str' in i ? i.str : '')).join('\n');
    await pdf.destroy();
    expect(title).toContain('1\u202f250');
    // pdf.js reports a no-break space as a space; the bytes written say which one it is.
    expect(text).toContain('Charlotte : 1 250 mm / Cap');
    const written = (await readPdf(bytes))[0].texts.map((t) => t.text);
    expect(written.find((t) => t.startsWith('Charlotte'))).toMatch(/^Charlotte\u00a0: 1\u00a0250 mm \/ Cap - /);
    expect(text).not.toContain('?');
  });
});
