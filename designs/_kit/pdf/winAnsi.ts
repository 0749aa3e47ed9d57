// Helvetica, a PDF standard font (nothing embedded or fetched), encodes WinAnsi (Windows-1252)
// only. The one place that says which characters those are and what a PDF prints for the others:
// the pattern sheets (render.ts) and the batch labels (site/lib/openSante/batchLabel.ts) share it.
// No import, so the labels page's script can check a field as the PDF will print it.

/** What Windows-1252 puts in 0x80–0x9f, where Latin-1 has control codes. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Whether Helvetica can print this character (one code point): printable ASCII, Latin-1 and the CP1252 additions. */
export function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
}

/**
 * The spaces and hyphen WinAnsi lacks, printed as the nearest it has. French sets a narrow
 * no-break space (U+202F) in numbers ("1 250", formatNumber) and some before ";" or "%": it
 * stays unbreakable as U+00A0, as does the figure space; the other widths are plain spaces.
 */
const SPACES: Readonly<Record<string, string>> = {
  '\u202f': '\u00a0', // narrow no-break space
  '\u2007': '\u00a0', // figure space (no-break)
  '\u2011': '-', // non-breaking hyphen
  ...Object.fromEntries([...'\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f'].map((ch) => [ch, ' '])),
};

/**
 * Text Helvetica can print: a character listed in `lookAlikes` becomes its stand-in (which may be
 * longer: "≥" → ">="), a space WinAnsi lacks its nearest one, then any other character outside
 * WinAnsi becomes "?".
 */
export function toWinAnsi(text: string, lookAlikes: Readonly<Record<string, string>> = {}): string {
  return [...text]
    .flatMap((ch) => [...(Object.hasOwn(lookAlikes, ch) ? lookAlikes[ch] : (SPACES[ch] ?? ch))])
    .map((ch) => (isWinAnsi(ch) ? ch : '?'))
    .join('');
}
