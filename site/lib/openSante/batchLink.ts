// The link a batch label's QR code holds: /open-sante/verifier/#… with the design, the variant's
// file hash and its generator's hash (prefixes), its preset or parameters, the material, the batch
// and the date. All of it
// sits after "#", which the browser never sends: the verify page works offline and the batch stays
// private. Pure, so the labels page, the verify page and the tests share it.
import type { Lang } from '../../../designs/_kit/lang';

export const VERIFY_PATH = { fr: '/open-sante/verifier/', en: '/en/open-sante/verify/' } as const;
const VERSION = '1';
/** Enough of a SHA-256 to tell files apart on a label, short enough for a small QR code. */
export const HASH_PREFIX = 16;

export interface BatchLink {
  design: string;
  /** Start of the SHA-256 of the file the parts were printed from (lowercase hexadecimal). */
  file: string;
  /**
   * Start of the hash of the design's generator the file came out of (generator.ts). Optional:
   * labels printed before it was carried, or typed by hand, still decode.
   */
  generator?: string;
  /** A preset's name ("defaut" for the defaults), or the values that differ from the defaults. */
  preset?: string;
  params: Record<string, string>;
  material: string;
  batch: string;
  /** Day of manufacture, YYYY-MM-DD. */
  date: string;
}

export type BatchLinkError = { code: 'empty' | 'notALink' | 'version' } | { code: 'missing' | 'invalid'; field: keyof BatchLink };

const SLUG = /^[a-z0-9-]+$/;
const HEX = /^[0-9a-f]{8,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARAM = 'p.';

/** `origin` + the verify path + "#" + the batch, in a fixed order so one batch always gives one code. */
export function encodeBatchLink(b: BatchLink, origin: string, lang: Lang = 'fr'): string {
  const q = new URLSearchParams({ v: VERSION, d: b.design, h: b.file.slice(0, HASH_PREFIX) });
  if (b.generator) q.set('g', b.generator.slice(0, HASH_PREFIX));
  if (b.preset) q.set('s', b.preset);
  for (const [k, v] of Object.entries(b.params).sort(([a], [z]) => a.localeCompare(z))) q.set(PARAM + k, v);
  q.set('m', b.material);
  q.set('b', b.batch);
  q.set('t', b.date);
  return `${origin}${VERIFY_PATH[lang]}#${q}`;
}

/**
 * Reads a batch from a scanned or typed code: the whole link, or only what follows "#". Every
 * field is checked; an unknown design is the page's to tell (it knows the designs).
 */
export function decodeBatchLink(code: string): { ok: true; link: BatchLink } | { ok: false; error: BatchLinkError } {
  const text = code.trim();
  if (!text) return { ok: false, error: { code: 'empty' } };
  const hash = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const q = new URLSearchParams(hash);
  if (!q.has('v')) return { ok: false, error: { code: 'notALink' } };
  if (q.get('v') !== VERSION) return { ok: false, error: { code: 'version' } };
  const fields: [keyof BatchLink, string, RegExp][] = [
    ['design', 'd', SLUG],
    ['file', 'h', HEX],
    ['material', 'm', /^.{1,40}$/],
    ['batch', 'b', /^[A-Za-z0-9][A-Za-z0-9-]{1,22}[A-Za-z0-9]$/],
    ['date', 't', DAY],
  ];
  const link: Partial<BatchLink> = { params: {} };
  for (const [field, key, re] of fields) {
    const value = q.get(key);
    if (value === null || value === '') return { ok: false, error: { code: 'missing', field } };
    if (!re.test(value)) return { ok: false, error: { code: 'invalid', field } };
    (link as Record<string, unknown>)[field] = value;
  }
  const generator = q.get('g');
  if (generator !== null) {
    if (!HEX.test(generator)) return { ok: false, error: { code: 'invalid', field: 'generator' } };
    link.generator = generator;
  }
  const preset = q.get('s');
  if (preset !== null) {
    if (!SLUG.test(preset)) return { ok: false, error: { code: 'invalid', field: 'preset' } };
    link.preset = preset;
  }
  for (const [k, v] of q) if (k.startsWith(PARAM) && k.length > PARAM.length) link.params![k.slice(PARAM.length)] = v;
  return { ok: true, link: link as BatchLink };
}
