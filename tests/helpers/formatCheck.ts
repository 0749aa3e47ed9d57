// Reads a written file back as its format says it is, so a test checks a real file of that
// format, not merely some bytes: a closed mesh for STL, a millimetre model for 3MF, a
// millimetre drawing for SVG and DXF, a PDF with pages.
import { expect } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { formatOf } from '../../designs/_kit/export';
import type { FormatId } from '../../designs/_kit';
import { edgeReport, isClosedManifold, readBinaryStl } from '../../designs/_kit/meshCheck';

export async function expectValidFile(format: FormatId, bytes: Uint8Array) {
  const text = () => new TextDecoder().decode(bytes);
  const { mime } = formatOf(format);
  if (format === 'stl') expect(isClosedManifold(edgeReport(readBinaryStl(bytes).vertices)), 'a closed, manifold STL').toBe(true);
  else if (format === '3mf') expect(strFromU8(unzipSync(bytes)['3D/3dmodel.model']), 'a 3MF model in millimetres').toMatch(/unit="millimeter"[\s\S]*<triangle /);
  else if (mime.startsWith('image/svg')) expect(text(), 'an SVG sized in millimetres').toMatch(/<svg[^>]*width="[\d.]+mm"[\s\S]*<path/);
  else if (format === 'dxf') expect(text(), 'a DXF in millimetres with polylines').toMatch(/\$INSUNITS\s+70\s+4[\s\S]*LWPOLYLINE/);
  else if (mime === 'application/pdf') expect((await PDFDocument.load(bytes)).getPageCount(), 'a PDF with pages').toBeGreaterThan(0);
  else throw new Error(`no read-back for the format ${format}`);
}
