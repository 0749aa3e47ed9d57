// A batch's verify link and its QR code on the label sheet: the link round-trips, and the QR code
// read back from the PDF decodes (jsQR, an independent reader) to that link.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { decodeBatchLink, encodeBatchLink, type BatchLink } from '../../../site/lib/openSante/batchLink';
import { checkLabel, labelBoxes, labelFonts, labelSheetPdf, layoutLabel, qrBox, type LabelWords } from '../../../site/lib/openSante/batchLabel';
import { readPdf, type ReadPath } from '../../../designs/_kit/pdf/readBack';
import { decodeQr } from '../../helpers/qr';

const batch: BatchLink = { design: 'visiere-serre-tete', file: '0123456789abcdef', generator: 'fedcba9876543210', params: { headCircumference: '580', reinforcement: 'false' }, material: 'PETG', batch: 'USN-2020-05-014', date: '2020-05-12' };
const words: LabelWords = { batch: 'Lot', made: 'Fabriqué le', contents: 'Contenu', disinfection: 'Désinfection', on: 'le', group: 'Groupe', warning: 'Équipement de protection non certifié', colon: '\u00a0:' };
const label = checkLabel({ batch: 'USN-2020-05-014', made: '2020-05-12', contents: '24 serre-têtes de visière', method: 'Éthanol 70–80 %, 5 min', disinfectedOn: '2020-05-13', group: 'Usinette du Loch' }, new Date('2020-06-01'));

describe('a batch’s verify link', () => {
  it('round-trips any batch, typed whole or from its "#"', () => {
    const link = fc.record({
      design: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
      file: fc.stringMatching(/^[0-9a-f]{16}$/),
      generator: fc.option(fc.stringMatching(/^[0-9a-f]{16}$/), { nil: undefined }),
      preset: fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: undefined }),
      params: fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,15}$/), fc.string({ maxLength: 20 }), { maxKeys: 5 }),
      material: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\n\r\u2028\u2029]/.test(s)),
      batch: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{1,22}[A-Za-z0-9]$/),
      date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    });
    fc.assert(
      fc.property(link, (b) => {
        const url = encodeBatchLink(b as BatchLink, 'https://usinette.example');
        expect(url.startsWith('https://usinette.example/open-sante/verifier/#v=1&')).toBe(true);
        const expected = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
        expect(decodeBatchLink(url)).toEqual({ ok: true, link: expected });
        expect(decodeBatchLink(url.slice(url.indexOf('#') + 1))).toEqual({ ok: true, link: expected });
      }),
    );
  });

  it('names what is missing or wrong in a code', () => {
    const url = encodeBatchLink(batch, '');
    expect(decodeBatchLink('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(decodeBatchLink('bonjour')).toEqual({ ok: false, error: { code: 'notALink' } });
    expect(decodeBatchLink(url.replace('v=1', 'v=9'))).toEqual({ ok: false, error: { code: 'version' } });
    expect(decodeBatchLink(url.replace(/&b=[^&]*/, ''))).toEqual({ ok: false, error: { code: 'missing', field: 'batch' } });
    expect(decodeBatchLink(url.replace(/h=[0-9a-f]+/, 'h=xyz'))).toEqual({ ok: false, error: { code: 'invalid', field: 'file' } });
    expect(decodeBatchLink(url.replace(/g=[0-9a-f]+/, 'g=G3'))).toEqual({ ok: false, error: { code: 'invalid', field: 'generator' } });
  });

  it('carries the start of the generator’s hash, and still reads a code printed without it', () => {
    const url = encodeBatchLink({ ...batch, generator: 'fedcba9876543210'.repeat(4) }, '');
    expect(new URLSearchParams(url.slice(url.indexOf('#') + 1)).get('g')).toBe('fedcba9876543210');
    const { generator: _, ...older } = batch;
    expect(decodeBatchLink(encodeBatchLink(older, ''))).toEqual({ ok: true, link: older });
  });
});

describe('the label sheet’s QR codes', () => {
  it('print on each of the eight labels and decode to the batch’s verify link', async () => {
    if (!label.ok) throw new Error('fixture invalid');
    const link = encodeBatchLink(batch, 'https://usinette.example');
    const [page] = await readPdf(await labelSheetPdf(label.values, words, 'fr', link));
    const modules = page.paths.filter((p) => p.tag === 'QR');
    const boxes = labelBoxes().map((b) => qrBox(b));
    const mm = 72 / 25.4;
    const inBox = (p: ReadPath, b: (typeof boxes)[number]) => p.page.every(([x, y]) => x * mm >= b.x - 0.01 && x * mm <= b.x + b.width + 0.01 && y * mm >= b.y - 0.01 && y * mm <= b.y + b.height + 0.01);
    for (const b of boxes) {
      const mine = modules.filter((p) => inBox(p, b));
      expect(mine.length).toBeGreaterThan(50);
      expect(decodeQr(mine)).toBe(link);
    }
    expect(modules.every((p) => boxes.some((b) => inBox(p, b)))).toBe(true);
  });

  it('leave the text clear of the code, and print none without a link', async () => {
    if (!label.ok) throw new Error('fixture invalid');
    const doc = await PDFDocument.create();
    const box = labelBoxes()[0];
    const qr = qrBox(box);
    for (const r of layoutLabel(await labelFonts(doc), label.values, words, 'fr', box, qr)) {
      expect(r.x + r.width, r.text).toBeLessThanOrEqual(qr.x);
    }
    const [plain] = await readPdf(await labelSheetPdf(label.values, words, 'fr'));
    expect(plain.paths.filter((p) => p.tag === 'QR')).toEqual([]);
  });
});
