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
 * Text Helvetica can print: a character listed in `lookAlikes` becomes its stand-in (which may be
 * longer: "≥" → ">="), then any other character outside WinAnsi becomes "?".
 */
export function toWinAnsi(text: string, lookAlikes: Readonly<Record<string, string>> = {}): string {
  return [...text]
    .flatMap((ch) => [...(Object.hasOwn(lookAlikes, ch) ? lookAlikes[ch] : ch)])
    .map((ch) => (isWinAnsi(ch) ? ch : '?'))
    .join('');
}
