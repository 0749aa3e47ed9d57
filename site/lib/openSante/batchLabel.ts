// Batch label sheet for boxes leaving a micro-factory: checked input in, A4 PDF of eight
// identical labels out. Pure (no DOM), so the page and the tests run the same code.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { PAPER_MM, mmToPt } from '../../../designs/_kit/pdf/units';
import type { Lang } from '../../i18n';
import { longDate } from './format';

export const LABEL_FIELDS = ['batch', 'made', 'contents', 'method', 'disinfectedOn', 'group'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];
export type LabelInput = Record<LabelField, string>;
export interface LabelValues {
  batch: string;
  made: Date;
  contents: string;
  method: string;
  disinfectedOn: Date;
  group: string;
}

/** A problem with one field: a dictionary key and its variables, so the page words it in its language. */
export interface LabelError {
  field: LabelField;
  key: 'labels.required' | 'labels.tooLong' | 'labels.badChars' | 'labels.badBatch' | 'labels.badDate' | 'labels.futureDate' | 'labels.disinfectedBefore';
  vars: Record<string, string | number>;
}

const MAX_LENGTH: Record<LabelField, number> = { batch: 24, made: 10, contents: 90, method: 60, disinfectedOn: 10, group: 60 };
const BATCH = /^[A-Za-z0-9][A-Za-z0-9-]{1,22}[A-Za-z0-9]$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Helvetica, a PDF standard font (nothing embedded or fetched), encodes WinAnsi (Windows-1252) only.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const printable = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
};

// French typing puts narrow and thin no-break spaces before ":" or "%": print them as no-break spaces.
const normalise = (s: string) => s.replace(/[\u202f\u2009]/g, '\u00a0').replace(/\s+/g, (w) => (w.includes('\u00a0') ? '\u00a0' : ' ')).trim();

function parseDay(s: string): Date | undefined {
  const m = DAY.exec(s);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : undefined;
}

/** Checks every field at once; `today` is injectable so tests do not depend on the clock. */
export function checkLabel(input: Partial<LabelInput>, today = new Date()): { ok: true; values: LabelValues } | { ok: false; errors: LabelError[] } {
  const errors: LabelError[] = [];
  const v = Object.fromEntries(LABEL_FIELDS.map((f) => [f, normalise(String(input[f] ?? ''))])) as LabelInput;
  const dates: Partial<Record<'made' | 'disinfectedOn', Date>> = {};
  for (const field of LABEL_FIELDS) {
    const value = v[field];
    if (!value) {
      errors.push({ field, key: 'labels.required', vars: {} });
      continue;
    }
    if (value.length > MAX_LENGTH[field]) {
      errors.push({ field, key: 'labels.tooLong', vars: { n: value.length, max: MAX_LENGTH[field] } });
      continue;
    }
    const bad = [...new Set([...value].filter((ch) => !printable(ch)))];
    if (bad.length) {
      errors.push({ field, key: 'labels.badChars', vars: { chars: bad.join(' ') } });
      continue;
    }
    if (field === 'batch' && !BATCH.test(value)) errors.push({ field, key: 'labels.badBatch', vars: { value } });
    if (field === 'made' || field === 'disinfectedOn') {
      const d = parseDay(value);
      if (!d) errors.push({ field, key: 'labels.badDate', vars: { value } });
      else if (d.getTime() > today.getTime()) errors.push({ field, key: 'labels.futureDate', vars: { value } });
      else dates[field] = d;
    }
  }
  if (dates.made && dates.disinfectedOn && dates.disinfectedOn < dates.made) {
    errors.push({ field: 'disinfectedOn', key: 'labels.disinfectedBefore', vars: { value: v.disinfectedOn } });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, values: { ...v, made: dates.made!, disinfectedOn: dates.disinfectedOn! } };
}

/** The words printed on the label, in the page's language. */
export interface LabelWords {
  batch: string;
  made: string;
  contents: string;
  disinfection: string;
  on: string;
  group: string;
  warning: string;
}

const COLS = 2;
const ROWS = 4;
const MARGIN_MM = 10;

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  return line ? [...lines, line] : lines;
}

function drawLabel(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, v: LabelValues, w: LabelWords, lang: Lang, x: number, y: number, width: number, height: number) {
  const pad = mmToPt(5);
  page.drawRectangle({ x, y, width, height, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5, borderDashArray: [3, 3] });
  let cursor = y + height - pad - 16;
  page.drawText(`${w.batch} ${v.batch}`, { x: x + pad, y: cursor, size: 16, font: fonts.bold });
  const inner = width - 2 * pad;
  // French sets a no-break space before a colon.
  const pair = (label: string, value: string) => (lang === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`);
  const lines = [
    `${w.made} ${longDate(lang, v.made)}`,
    ...wrap(fonts.regular, pair(w.contents, v.contents), 10, inner),
    ...wrap(fonts.regular, pair(w.disinfection, `${v.method}, ${w.on} ${longDate(lang, v.disinfectedOn)}`), 10, inner),
    pair(w.group, v.group),
  ];
  cursor -= 8;
  for (const text of lines) {
    cursor -= 14;
    page.drawText(text, { x: x + pad, y: cursor, size: 10, font: fonts.regular });
  }
  page.drawText(w.warning, { x: x + pad, y: y + pad, size: 8, font: fonts.bold });
}

/** An A4 PDF of eight identical labels, cut lines dashed. Title and keywords carry the batch number. */
export async function labelSheetPdf(v: LabelValues, words: LabelWords, lang: Lang): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${words.batch} ${v.batch}`);
  doc.setKeywords([v.batch]);
  doc.setCreator('Usinette');
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const { width: wMm, height: hMm } = PAPER_MM.a4;
  const page = doc.addPage([mmToPt(wMm), mmToPt(hMm)]);
  const cellW = mmToPt((wMm - 2 * MARGIN_MM) / COLS);
  const cellH = mmToPt((hMm - 2 * MARGIN_MM) / ROWS);
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      drawLabel(page, fonts, v, words, lang, mmToPt(MARGIN_MM) + c * cellW, mmToPt(MARGIN_MM) + r * cellH, cellW, cellH);
    }
  }
  return doc.save();
}

export const labelFileName = (batch: string) => `etiquettes-lot-${batch}.pdf`;
