// The Open Santé status of the values the customizer shows, told beside the preview in words:
// covered by the review, outside its envelope (naming each parameter and its reviewed range), or
// the design's own status. The check is the build's and the CLI's (lib/openSante/envelope.ts);
// the words come from the page (Customizer.astro), in its language.
import { describeVariant, taggedFileName, valueText, variantStatus, type VariantStatus, type VariantTexts } from '../lib/openSante/envelope';
import { labelsQuery } from '../lib/openSante/batchTrace';
import { HASH_PREFIX } from '../lib/openSante/batchLink';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Keeps the "label a batch" link on the values shown and the file made for them: the hash of the
 * main format's file (crypto.subtle: https or localhost only; without it the labels page asks
 * for the hash). Hidden while no file is ready.
 */
function followLabelLink(root: HTMLElement, slug: string) {
  const link = root.querySelector<HTMLAnchorElement>('[data-label-link]');
  let variant: { preset?: string; params: Record<string, string> } = { preset: 'defaut', params: {} };
  let file: Uint8Array | null = null;
  let hash = '';
  const write = () => {
    if (!link) return;
    link.hidden = !file;
    link.href = `${link.dataset.labelsPath}${labelsQuery(slug, hash, variant.preset, variant.params)}`;
  };
  return {
    values(values: Record<string, unknown>, defaults: Record<string, unknown>, variants: string[]) {
      const params = Object.fromEntries(Object.entries(values).filter(([k, v]) => valueText(v) !== valueText(defaults[k])).map(([k, v]) => [k, valueText(v)]));
      variant = variants.length ? { preset: variants[0], params: {} } : { params };
      write();
    },
    async file(bytes: Uint8Array | null) {
      file = bytes;
      hash = '';
      write();
      if (!bytes || !globalThis.crypto?.subtle) return;
      const digest = hex(await crypto.subtle.digest('SHA-256', bytes as BufferSource)).slice(0, HASH_PREFIX);
      if (file !== bytes) return; // newer files came in meanwhile
      hash = digest;
      write();
    },
  };
}

export interface ReviewStatusView {
  /** Tells the status of the values drawn now, and renames the downloads after it. */
  show(values: Record<string, unknown>, variants: string[]): void;
  /** A download's name, carrying the status of the values shown ("…--perso--hors-perimetre-revu.stl"). */
  fileName(name: string): string;
  /** The files made for the values shown (main format first), or null while none is ready. */
  files(files: { bytes: Uint8Array }[] | null): void;
}

export function startReviewStatus(root: HTMLElement): ReviewStatusView {
  const json = root.querySelector('[data-review-texts]')?.textContent;
  const box = root.querySelector<HTMLElement>('[data-review-status]');
  const out = box?.querySelector<HTMLElement>('[data-review-text]');
  if (!json || !box || !out) return { show: () => undefined, fileName: (name) => name, files: () => undefined };
  const texts = JSON.parse(json) as VariantTexts;
  const labelLink = followLabelLink(root, root.dataset.slug!);
  let current: VariantStatus = variantStatus(texts.scope, texts.defaults, texts.defaults, ['defaut']);
  return {
    show(values, variants) {
      current = variantStatus(texts.scope, texts.defaults, values, variants);
      out.textContent = describeVariant(texts, current);
      box.dataset.reviewStatus = current.kind;
      box.dataset.outside = current.outside.map((o) => o.id).join(' ');
      // Files may have come in before this preview: their names follow the status too.
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-download][data-file-name]')) a.download = taggedFileName(a.dataset.fileName!, current.kind);
      labelLink.values(values, texts.defaults, variants);
    },
    fileName: (name) => taggedFileName(name, current.kind),
    files: (files) => void labelLink.file(files?.[0]?.bytes ?? null),
  };
}
