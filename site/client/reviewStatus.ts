// The Open Santé status of the values the customizer shows, told beside the preview in words:
// covered by the review, outside its envelope (naming each parameter and its reviewed range), or
// the design's own status; a recall of the very file made for them overrides it. The check is
// the build's and the CLI's (lib/openSante/envelope.ts); the words come from the page
// (Customizer.astro), in its language. Beside it: whether the values
// meet a chosen partner's acceptance profile, and the "label a batch" link.
import { describeReviewed, describeValue, describeVariant, taggedFileName, valueText, variantStatus, type Envelope, type VariantStatus, type VariantTexts } from '../lib/openSante/envelope';
import { acceptanceOf } from '../lib/openSante/acceptance';
import { labelsQuery } from '../lib/openSante/batchTrace';
import { HASH_PREFIX } from '../lib/openSante/batchLink';
import { isWritten, publishedFile } from './customizer/downloads';
import type { OfferedFile } from './customizer/workers';
import type { WrittenFile } from './protocol';
import { setAttr, setHidden, setText } from './dom';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** An offered file's SHA-256: of its bytes (crypto.subtle: https or localhost), or published with it. */
async function sha256Of(file: OfferedFile | null): Promise<string | undefined> {
  if (!file) return undefined;
  if (!isWritten(file)) return publishedFile(file.variant, file.format)?.sha256;
  return globalThis.crypto?.subtle ? hex(await crypto.subtle.digest('SHA-256', file.bytes as BufferSource)) : undefined;
}

/**
 * Keeps the "label a batch" link on the values shown and the file made for them: the hash of the
 * main format's file (crypto.subtle: https or localhost only), or of its published file; without
 * either (a flat design's file not written yet) the labels page asks for the hash. Hidden while
 * no file is offered.
 */
function followLabelLink(root: HTMLElement, slug: string) {
  const link = root.querySelector<HTMLAnchorElement>('[data-label-link]');
  let variant: { preset?: string; params: Record<string, string> } = { preset: 'defaut', params: {} };
  let file: OfferedFile | null = null;
  let hash = '';
  const write = () => {
    if (!link) return;
    setHidden(link, !file);
    setAttr(link, 'href', `${link.dataset.labelsPath}${labelsQuery(slug, hash, variant.preset, variant.params, link.dataset.generator)}`);
  };
  return {
    values(values: Record<string, unknown>, defaults: Record<string, unknown>, variants: string[]) {
      const params = Object.fromEntries(Object.entries(values).filter(([k, v]) => valueText(v) !== valueText(defaults[k])).map(([k, v]) => [k, valueText(v)]));
      variant = variants.length ? { preset: variants[0], params: {} } : { params };
      write();
    },
    async file(offered: OfferedFile | null) {
      file = offered;
      hash = '';
      write();
      const sha256 = await sha256Of(offered);
      if (file !== offered || !sha256) return; // newer files came in meanwhile
      hash = sha256.slice(0, HASH_PREFIX);
      write();
    },
  };
}

interface PartnerTexts {
  partners: { id: string; name: string; envelope: Envelope; materials: string[] }[];
  accepted: string;
  refused: string;
  item: string;
  materials: string;
}

/** Tells whether the values shown meet the acceptance profile of the partner chosen in the menu. */
function followPartnerCheck(root: HTMLElement, slug: string, texts: VariantTexts) {
  const json = root.querySelector('[data-partner-texts]')?.textContent;
  const select = root.querySelector<HTMLSelectElement>('[data-partner-select]');
  const out = root.querySelector<HTMLElement>('[data-partner-result]');
  if (!json || !select || !out) return () => undefined;
  const words = JSON.parse(json) as PartnerTexts;
  let last: { values: Record<string, unknown>; variants: string[] } = { values: texts.defaults, variants: ['defaut'] };
  const tell = () => {
    const partner = words.partners.find((p) => p.id === select.value);
    out.dataset.accepted = '';
    if (!partner) return void (out.textContent = '');
    const a = acceptanceOf({ designs: [{ design: slug, ...partner.envelope }], materials: partner.materials }, slug, texts.defaults, last.values, last.variants);
    const list = a.accepted || a.reason !== 'envelope' ? '' : a.outside.map((o) => {
      const p = texts.params[o.id];
      return words.item.replace('{label}', p.label).replace('{value}', describeValue(p, o.value, texts.words)).replace('{reviewed}', describeReviewed(p, o.reviewed, texts.words));
    }).join(texts.separator);
    const materials = partner.materials.length ? ` ${words.materials.replace('{list}', partner.materials.join(', '))}` : '';
    out.textContent = (a.accepted ? words.accepted : words.refused).replace('{name}', partner.name).replace('{list}', list) + materials;
    out.dataset.accepted = String(a.accepted);
  };
  select.addEventListener('change', tell);
  return (values: Record<string, unknown>, variants: string[]) => {
    last = { values, variants };
    tell();
  };
}

export interface ReviewStatusView {
  /** Tells the status of the values drawn now, and renames the downloads after it. */
  show(values: Record<string, unknown>, variants: string[]): void;
  /** A download's name, carrying the status of the values shown ("…--perso--hors-perimetre-revu.stl"). */
  fileName(name: string): string;
  /** The files offered for the values shown (main format first), or null while none is. */
  files(files: OfferedFile[] | null): void;
  /** A file written on demand for the values shown (a flat design's page): it may be recalled, and label a batch. */
  written(file: WrittenFile): void;
}

/**
 * The recall sentence of the first file made for the values shown whose SHA-256 a recall names,
 * or undefined. Hashes only when the design has recalled files (crypto.subtle: https or localhost).
 */
async function recalledSentence(texts: VariantTexts, files: OfferedFile[]): Promise<string | undefined> {
  if (!texts.recalledFiles.length) return undefined;
  for (const f of files) {
    const sha256 = await sha256Of(f);
    const recall = texts.recalledFiles.find((r) => r.sha256 === sha256);
    if (recall) return recall.sentence;
  }
  return undefined;
}

export function startReviewStatus(root: HTMLElement): ReviewStatusView {
  const json = root.querySelector('[data-review-texts]')?.textContent;
  const box = root.querySelector<HTMLElement>('[data-review-status]');
  const out = box?.querySelector<HTMLElement>('[data-review-text]');
  if (!json || !box || !out) return { show: () => undefined, fileName: (name) => name, files: () => undefined, written: () => undefined };
  const texts = JSON.parse(json) as VariantTexts;
  const labelLink = followLabelLink(root, root.dataset.slug!);
  const partnerCheck = followPartnerCheck(root, root.dataset.slug!, texts);
  let current: VariantStatus = variantStatus(texts.scope, texts.defaults, texts.defaults, ['defaut']);
  // A recall of the very file made for the values shown overrides their status, until the values change.
  let recalled: string | undefined;
  let latestFiles: OfferedFile[] | null = null;
  /** Overrides the status if one of `files` is recalled, unless newer files (than `of`) came in meanwhile. */
  const tellRecall = (files: OfferedFile[], of = files) =>
    void recalledSentence(texts, files).then((sentence) => {
      if (latestFiles !== of || !sentence) return;
      recalled = sentence;
      render();
    });
  const kind = () => (recalled ? 'rappele' : current.kind);
  const render = () => {
    setText(out, recalled ?? describeVariant(texts, current));
    setAttr(box, 'data-review-status', kind());
    setAttr(box, 'data-outside', current.outside.map((o) => o.id).join(' '));
    // Files may have come in before this preview: their names follow the status too.
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-download][data-file-name]')) setAttr(a, 'download', taggedFileName(a.dataset.fileName!, kind()));
  };
  return {
    show(values, variants) {
      current = variantStatus(texts.scope, texts.defaults, values, variants);
      render();
      labelLink.values(values, texts.defaults, variants);
      partnerCheck(values, variants);
    },
    fileName: (name) => taggedFileName(name, kind()),
    files: (files) => {
      void labelLink.file(files?.[0] ?? null);
      latestFiles = files;
      if (recalled) {
        recalled = undefined;
        render();
      }
      if (files) tellRecall(files);
    },
    written: (file) => {
      const files = latestFiles;
      if (files?.[0]?.format === file.format) void labelLink.file(file);
      if (files) tellRecall([file], files);
    },
  };
}
