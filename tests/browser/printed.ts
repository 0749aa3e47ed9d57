// What a page prints: Chromium lays it out for paper (A4, print stylesheet) and pdf.js reads
// the text of each sheet back, so a test sees the pages as a printer would get them.
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The page printed to A4 with its print stylesheet, opened with pdf.js. */
async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
  await page.emulateMedia({ media: 'screen' });
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
}

/** The text of each printed A4 sheet, lines joined by "\n". */
export async function printedPages(page: Page): Promise<string[]> {
  const pdf = await printed(page);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

/** One printed sheet: its text, and how far down its ink reaches (0 top, 1 bottom edge). */
export interface PrintedSheet {
  text: string;
  reach: number;
}

/**
 * Each printed A4 sheet with the lowest point its text reaches, as a fraction of the sheet's
 * height. A figure always has its caption under it, so the caption's line stands for it.
 */
export async function printedSheets(page: Page): Promise<PrintedSheet[]> {
  const pdf = await printed(page);
  const sheets: PrintedSheet[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const sheet = await pdf.getPage(n);
    const height = sheet.getViewport({ scale: 1 }).height;
    const items = (await sheet.getTextContent()).items.filter((i) => 'str' in i && i.str.trim());
    // transform[5] is the baseline's height above the sheet's bottom edge, in points.
    const lowest = Math.min(height, ...items.map((i) => ('transform' in i ? i.transform[5] : height)));
    sheets.push({ text: items.map((i) => ('str' in i ? i.str : '')).join(' '), reach: 1 - lowest / height });
  }
  await pdf.destroy();
  return sheets;
}
