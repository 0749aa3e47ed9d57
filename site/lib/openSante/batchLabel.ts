// Batch label sheet for boxes leaving a micro-factory: checked input in, A4 PDF of eight
// identical labels out, each with a QR code of the batch's verify link when one is given.
// Pure (no DOM), so the page and the tests run the same code.
import { PDFDocument, StandardFonts, beginMarkedContent, endMarkedContent, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { PAPER_MM, mmToPt } from '../../../designs/_kit/pdf/units';
import { isWinAnsi, toWinAnsi } from '../../../designs/_kit/pdf/winAnsi';
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

/** Signs Helvetica lacks (winAnsi.ts) that the label draws itself: the glyph printed in their place, then a bar under it (≥ is > over a bar). */
const DRAWN_SIGNS: Record<string, string> = { '≥': '>', '≤': '<' };
const printable = (ch: string) => isWinAnsi(ch) || ch in DRAWN_SIGNS;

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
  /** punct.colon: French sets a no-break space before it. */
  colon: string;
}

const COLS = 2;
const ROWS = 4;
const MARGIN_MM = 10;
const PAD_MM = 5;
const TITLE_SIZE = 16;
const BODY_SIZE = 10;
const MIN_BODY_SIZE = 6;
const WARNING_SIZE = 8;

type FontName = 'regular' | 'bold';
interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** One line of text as printed: baseline origin, size and width in points. `bars` are the drawn ≥/≤ bars under it. */
export interface LabelRun {
  text: string;
  font: FontName;
  x: number;
  y: number;
  size: number;
  width: number;
}
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is handed to the font: the drawn signs replaced by the glyph printed in their place. */
const fontText = (text: string) => toWinAnsi(text, DRAWN_SIGNS);
const widthOf = (font: PDFFont, text: string, size: number) => font.widthOfTextAtSize(fontText(text), size);

/** Splits a word too wide for the line into pieces that fit (a batch number or a long name without spaces). */
function breakWord(font: PDFFont, word: string, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && widthOf(font, piece + ch, size) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  return piece ? [...pieces, piece] : pieces;
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').flatMap((w) => breakWord(font, w, size, width))) {
    const next = line ? `${line} ${word}` : word;
    if (widthOf(font, next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  return line ? [...lines, line] : lines;
}

/** Largest size ≤ `max` at which `text` fits on one line of `width`. */
const fitSize = (font: PDFFont, text: string, max: number, width: number) => Math.min(max, Math.floor((width / widthOf(font, text, 1)) * 10) / 10);

/**
 * Where every line of one label goes, in PDF points: the batch number shrunk to the label's
 * width, the fields wrapped (long words broken) at the largest size from 10 pt down that keeps
 * them between the title and the warning. Pure, so a test can check every run stays in its box.
 */
export function layoutLabel(fonts: Fonts, v: LabelValues, w: LabelWords, lang: Lang, box: LabelBox, qr?: LabelBox): LabelRun[] {
  const pad = mmToPt(PAD_MM);
  // Text keeps clear of the QR code by its quiet zone.
  const inner = box.width - 2 * pad - (qr ? qr.width + mmToPt(QR_GAP_MM) : 0);
  const runs: LabelRun[] = [];
  const run = (text: string, font: FontName, x: number, y: number, size: number) => runs.push({ text, font, x, y, size, width: widthOf(fonts[font], text, size) });
  const title = `${w.batch} ${v.batch}`;
  const titleSize = fitSize(fonts.bold, title, TITLE_SIZE, inner);
  const titleY = box.y + box.height - pad - titleSize;
  run(title, 'bold', box.x + pad, titleY, titleSize);
  const warningSize = fitSize(fonts.bold, w.warning, WARNING_SIZE, inner);
  run(w.warning, 'bold', box.x + pad, box.y + pad, warningSize);
  const pair = (label: string, value: string) => `${label}${w.colon} ${value}`;
  // A date is not split across lines.
  const day = (d: Date) => longDate(lang, d).replace(/ /g, '\u00a0');
  const paragraphs = [
    `${w.made} ${day(v.made)}`,
    pair(w.contents, v.contents),
    pair(w.disinfection, `${v.method}, ${w.on} ${day(v.disinfectedOn)}`),
    pair(w.group, v.group),
  ];
  // Body lines live between the title (with a gap) and the warning (with a gap).
  const top = titleY - 8;
  const bottom = box.y + pad + warningSize * 1.2 + 4;
  for (let size = BODY_SIZE; ; size -= 0.5) {
    const lead = size * 1.4;
    const lines = paragraphs.flatMap((p) => wrap(fonts.regular, p, size, inner));
    if (top - lines.length * lead >= bottom || size <= MIN_BODY_SIZE) {
      let cursor = top;
      for (const text of lines) {
        cursor -= lead;
        run(text, 'regular', box.x + pad, cursor, size);
      }
      return runs;
    }
  }
}

function drawRun(page: PDFPage, fonts: Fonts, r: LabelRun) {
  const font = fonts[r.font];
  page.drawText(fontText(r.text), { x: r.x, y: r.y, size: r.size, font });
  // ≥ and ≤: the > or < just printed, raised, over a bar of its width.
  let before = '';
  for (const ch of r.text) {
    if (ch in DRAWN_SIGNS) {
      const x0 = r.x + widthOf(font, before, r.size);
      const gw = widthOf(font, ch, r.size);
      page.drawRectangle({ x: x0 + gw * 0.12, y: r.y - r.size * 0.1, width: gw * 0.76, height: r.size * 0.07, color: rgb(0, 0, 0) });
    }
    before += ch;
  }
}

const QR_SIDE_MM = 32;
/** White around the code (4 modules of a version-6 code at this size) and between it and the text. */
const QR_GAP_MM = 4;

/** The dark modules of the QR code of `text`, row by row from the top (medium error correction). */
export function qrModules(text: string): { size: number; dark: boolean[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: Array.from(modules.data, (d) => d === 1) };
}

/** Where a label's QR code goes: on the right, under the batch number's line, centred in the rest. */
export function qrBox(box: LabelBox): LabelBox {
  const side = mmToPt(QR_SIDE_MM);
  const pad = mmToPt(PAD_MM);
  return { x: box.x + box.width - pad - side, y: box.y + (box.height - TITLE_SIZE - 8 - side) / 2, width: side, height: side };
}

/** Each row's runs of dark modules as one rectangle, tagged "QR" so a test can read the code back. */
function drawQr(page: PDFPage, qr: { size: number; dark: boolean[] }, at: LabelBox) {
  const m = at.width / qr.size;
  page.pushOperators(beginMarkedContent('QR'));
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; ) {
      if (!qr.dark[row * qr.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < qr.size && qr.dark[row * qr.size + col]) col++;
      page.drawRectangle({ x: at.x + start * m, y: at.y + at.height - (row + 1) * m, width: (col - start) * m, height: m, color: rgb(0, 0, 0) });
    }
  }
  page.pushOperators(endMarkedContent());
}

function drawLabel(page: PDFPage, fonts: Fonts, v: LabelValues, w: LabelWords, lang: Lang, box: LabelBox, qr?: { size: number; dark: boolean[] }) {
  page.drawRectangle({ ...box, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5, borderDashArray: [3, 3] });
  const at = qr ? qrBox(box) : undefined;
  for (const r of layoutLabel(fonts, v, w, lang, box, at)) drawRun(page, fonts, r);
  if (qr && at) drawQr(page, qr, at);
}

/** The eight label boxes of an A4 sheet, PDF points from the lower-left corner. */
export function labelBoxes(): LabelBox[] {
  const { width: wMm, height: hMm } = PAPER_MM.a4;
  const width = mmToPt((wMm - 2 * MARGIN_MM) / COLS);
  const height = mmToPt((hMm - 2 * MARGIN_MM) / ROWS);
  const boxes: LabelBox[] = [];
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) boxes.push({ x: mmToPt(MARGIN_MM) + c * width, y: mmToPt(MARGIN_MM) + r * height, width, height });
  }
  return boxes;
}

/** The fonts the label sheet prints with, embedded in `doc`. */
export async function labelFonts(doc: PDFDocument): Promise<Fonts> {
  return { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
}

/**
 * An A4 PDF of eight identical labels, cut lines dashed. Title and keywords carry the batch
 * number; with `link` (the batch's verify link, batchLink.ts), each label carries its QR code.
 */
export async function labelSheetPdf(v: LabelValues, words: LabelWords, lang: Lang, link?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${words.batch} ${v.batch}`);
  doc.setKeywords([v.batch]);
  doc.setCreator('Usinette');
  const fonts = await labelFonts(doc);
  const { width: wMm, height: hMm } = PAPER_MM.a4;
  const page = doc.addPage([mmToPt(wMm), mmToPt(hMm)]);
  const qr = link ? qrModules(link) : undefined;
  for (const box of labelBoxes()) drawLabel(page, fonts, v, words, lang, box, qr);
  return doc.save();
}

export const labelFileName = (batch: string) => `etiquettes-lot-${batch}.pdf`;
