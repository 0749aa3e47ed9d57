// The Open Santé status of the values the customizer shows, told beside the preview in words:
// covered by the review, outside its envelope (naming each parameter and its reviewed range), or
// the design's own status. The check is the build's and the CLI's (lib/openSante/envelope.ts);
// the words come from the page (Customizer.astro), in its language.
import { describeVariant, taggedFileName, variantStatus, type VariantStatus, type VariantTexts } from '../lib/openSante/envelope';

export interface ReviewStatusView {
  /** Tells the status of the values drawn now, and renames the downloads after it. */
  show(values: Record<string, unknown>, variants: string[]): void;
  /** A download's name, carrying the status of the values shown ("…--perso--hors-perimetre-revu.stl"). */
  fileName(name: string): string;
}

export function startReviewStatus(root: HTMLElement): ReviewStatusView {
  const json = root.querySelector('[data-review-texts]')?.textContent;
  const box = root.querySelector<HTMLElement>('[data-review-status]');
  const out = box?.querySelector<HTMLElement>('[data-review-text]');
  if (!json || !box || !out) return { show: () => undefined, fileName: (name) => name };
  const texts = JSON.parse(json) as VariantTexts;
  let current: VariantStatus = variantStatus(texts.scope, texts.defaults, texts.defaults, ['defaut']);
  return {
    show(values, variants) {
      current = variantStatus(texts.scope, texts.defaults, values, variants);
      out.textContent = describeVariant(texts, current);
      box.dataset.reviewStatus = current.kind;
      box.dataset.outside = current.outside.map((o) => o.id).join(' ');
      // Files may have come in before this preview: their names follow the status too.
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-download][data-file-name]')) a.download = taggedFileName(a.dataset.fileName!, current.kind);
    },
    fileName: (name) => taggedFileName(name, current.kind),
  };
}
