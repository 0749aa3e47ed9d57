// Every PDF the kit writes starts the same way: a fixed date, so that a file's SHA-256 depends
// on its content only; Helvetica, a standard font that needs nothing embedded or fetched; and
// pages whose drawing unit is the millimetre.
import { concatTransformationMatrix, PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { mmToPt, PT_PER_MM } from './units';

export async function newPdf(title: string): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('Usinette');
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return { doc, font: await doc.embedFont(StandardFonts.Helvetica) };
}

/** A page of `width` × `height` mm, on which one drawing unit is one millimetre. */
export function addMmPage(doc: PDFDocument, width: number, height: number): PDFPage {
  const page = doc.addPage([mmToPt(width), mmToPt(height)]);
  page.pushOperators(concatTransformationMatrix(PT_PER_MM, 0, 0, PT_PER_MM, 0, 0));
  return page;
}
