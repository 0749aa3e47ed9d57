// One printable notice per recall, in each language (none while no recall is recorded).
import { designEntries } from '../content';
import { allRecalls } from '.';

export async function recallPages() {
  const entries = await designEntries();
  return allRecalls().map((recall) => ({ params: { id: recall.id }, props: { recall, entry: entries.find((e) => e.design.slug === recall.recall.design)! } }));
}
