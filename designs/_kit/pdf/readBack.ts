import { PDFArray, PDFDocument, PDFRawStream, PDFStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import type { Pt } from './drawing';

/**
 * Reads a PDF's drawing back, independently of the code that wrote it: every path of every page
 * with the marked-content tag it was written under, in page millimetres (current transformation
 * applied) and in its own coordinates. Tests use it to measure what a printer would print.
 */
export interface ReadPath {
  tag: string;
  /** Points as written, before the transformation. */
  local: Pt[];
  /** Points on the page, mm from the lower-left corner. */
  page: Pt[];
}
export interface ReadPage {
  widthMm: number;
  heightMm: number;
  paths: ReadPath[];
  texts: { tag: string; text: string }[];
}

/** Points per millimetre, defined here rather than imported from the writer, so a wrong writer constant shows. */
const PT_PER_MM = 72 / 25.4;

type M = [number, number, number, number, number, number];
const mul = (a: M, b: M): M => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];
const apply = (m: M, [x, y]: Pt): Pt => [(m[0] * x + m[2] * y + m[4]) / PT_PER_MM, (m[1] * x + m[3] * y + m[5]) / PT_PER_MM];

function contentBytes(page: PDFPage): Uint8Array {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  const parts = streams.map((s) => (s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : (s as PDFStream).getContents()));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length + 1;
    out[o - 1] = 10;
  }
  return out;
}

// Tokens of a content stream: numbers, /Names, <hex> and (literal) strings, operators; arrays flattened.
function* tokens(src: string): Generator<string> {
  const re = /\s*(%[^\n]*|\/[^\s/[\]()<>{}]*|<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[^\s/[\]()<>{}]+)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) && m[1] !== undefined) {
    if (!m[1].startsWith('%')) yield m[1];
  }
}

export function readPage(page: PDFPage): ReadPage {
  const { width, height } = page.getSize();
  const src = new TextDecoder('latin1').decode(contentBytes(page));
  const out: ReadPage = { widthMm: width / PT_PER_MM, heightMm: height / PT_PER_MM, paths: [], texts: [] };
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const stack: M[] = [];
  const tags: string[] = [];
  let operands: string[] = [];
  let current: Pt[] = [];
  let pending: Pt[][] = [];
  const num = (i: number) => Number(operands[operands.length - i]);
  for (const t of tokens(src)) {
    if (/^[-+.\d]/.test(t) || t.startsWith('/') || t.startsWith('<') || t.startsWith('(') || t === '[' || t === ']') {
      operands.push(t);
      continue;
    }
    const tag = tags[tags.length - 1] ?? '';
    switch (t) {
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        break;
      case 'cm':
        ctm = mul([num(6), num(5), num(4), num(3), num(2), num(1)], ctm);
        break;
      case 'BMC':
      case 'BDC':
        tags.push(operands[0].slice(1));
        break;
      case 'EMC':
        tags.pop();
        break;
      case 'm':
        if (current.length) pending.push(current);
        current = [[num(2), num(1)]];
        break;
      case 'l':
        current.push([num(2), num(1)]);
        break;
      case 're': {
        const [x, y, w, h] = [num(4), num(3), num(2), num(1)];
        if (current.length) pending.push(current);
        pending.push([[x, y], [x + w, y], [x + w, y + h], [x, y + h]]);
        current = [];
        break;
      }
      case 'S':
      case 's':
      case 'W':
      case 'n':
      case 'f':
      case 'B': {
        if (current.length) pending.push(current);
        for (const p of pending) out.paths.push({ tag, local: p, page: p.map((v) => apply(ctm, v)) });
        pending = [];
        current = [];
        break;
      }
      case 'Tj': {
        const hex = operands[operands.length - 1];
        const text = hex.startsWith('<') ? hex.slice(1, -1).replace(/\s/g, '').replace(/../g, (h) => String.fromCharCode(parseInt(h, 16))) : hex.slice(1, -1);
        out.texts.push({ tag, text });
        break;
      }
    }
    operands = [];
  }
  return out;
}

/** Every page of a PDF, read back. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPage[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map(readPage);
}
