// The customizer's words, listed once: Customizer.astro reads each from the dictionaries
// (`design.<key>` in site/i18n/fr.ts and en.ts) and hands them to the page as JSON; the page's
// script types them from the same list.
export const MESSAGE_KEYS = [
  'busy', 'ready', 'failed', 'invalid', 'invalidUrl', 'invalidFile', 'unknownPreset', 'ignoredUrl', 'repeatedUrl',
  'presetDefault', 'presetCustom', 'previewAlt', 'previewAltDraft', 'pending', 'partsSeparator', 'previewStale', 'previewNone', 'triangles', 'linkCopied', 'linkNotCopied', 'noWebgl',
  'writing', 'written', 'writeFailed', 'fileSize',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];
export type Messages = Record<MessageKey, string>;

/** The messages Customizer.astro wrote in the page. */
export const readMessages = (root: HTMLElement) => JSON.parse(root.querySelector('[data-messages]')!.textContent!) as Messages;

/** Fills a message's `{name}` placeholders. */
export const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
