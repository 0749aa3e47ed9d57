// Kinds of search result: each page tells pagefind its kind through a filter in <head>
// (layouts/Base.astro), so the search page can group and filter results by kind.
import type { Section } from '../i18n';

export const searchTypes = ['design', 'guide', 'protocol', 'place', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The kind of a page from its section, unless the page says otherwise (a place, a catalogue). */
export function searchTypeOf(section: Section | undefined): SearchType {
  if (section === 'designs') return 'design';
  if (section === 'guides') return 'guide';
  if (section === 'protocols') return 'protocol';
  return 'page';
}
