// French sets a no-break space before : ; ? ! and inside « », so a line never starts with the
// sign. The site uses one kind, U+00A0 (punct.colon, the existing strings, and Helvetica in the
// pattern PDFs has no U+202F). This reads every French UI string and the French MDX content
// (front matter included), code spans and code blocks left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../site/i18n/fr';

const ROOT = join(import.meta.dirname, '../..');
const NBSP = '\u00a0';

/** Each badly spaced sign in a French text, with a little context: "…sélectionné : flèches…". */
export function badFrenchSpacing(text: string): string[] {
  // A plain, narrow or thin space (or a tab) before a high sign or after «, or after « / before » none at all.
  const wrongSpace = /[ \t\n\u202f\u2009\u2007](?=[:;?!»])|(?<=«)[ \t\n\u202f\u2009\u2007]|«(?=[^\s\u00a0])|(?<=[^\s\u00a0])»/g;
  return [...text.matchAll(wrongSpace)].map((m) => text.slice(Math.max(0, m.index - 12), m.index + 12));
}

/** A MDX file's French prose: code fences, inline code and markdown table rules removed. */
const proseOf = (mdx: string) =>
  mdx
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/^(?=.*-)[ |:-]+$/gm, '');

const frenchMdx = () => {
  const mdxIn = (dir: string, name: (f: string) => boolean) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter(name).map((f) => join(dir, f));
  return [
    ...mdxIn('protocols', (f) => f.endsWith('.mdx')),
    ...mdxIn('guides', (f) => f.endsWith('/index.mdx')),
    ...mdxIn('designs', (f) => f.endsWith('/index.mdx')),
  ];
};

describe('French spacing', () => {
  it('finds what it guards against and lets the rest be', () => {
    expect(badFrenchSpacing('Source : page')).toEqual(['Source : page']);
    expect(badFrenchSpacing('Quoi\u202f? « Rien»')).toHaveLength(3);
    expect(badFrenchSpacing('a ; b ! c')).toHaveLength(2);
    expect(badFrenchSpacing(`Source${NBSP}: «${NBSP}page${NBSP}»${NBSP}; quoi${NBSP}?`)).toEqual([]);
    expect(badFrenchSpacing('https://localhost:8080/?q=1 12:30 {a}:{b}')).toEqual([]);
    expect(proseOf('a `x ? y : z` b\n```\nnpm run x -- --a :b\n```\n| a | b |\n| :-- | --: |\n')).not.toMatch(/ :|\?/);
  });

  it('every French UI string', () => {
    const bad = Object.entries(fr).flatMap(([key, text]) => badFrenchSpacing(text).map((hit) => `${key}: ${hit}`));
    expect(bad, 'use \\u00a0 in site/i18n/fr.ts').toEqual([]);
  });

  it('every French MDX document (protocols, guides, designs)', () => {
    const files = frenchMdx();
    expect(files.length).toBeGreaterThan(10);
    const bad = files.flatMap((file) => badFrenchSpacing(proseOf(readFileSync(join(ROOT, file), 'utf8'))).map((hit) => `${relative(ROOT, join(ROOT, file))}: ${hit}`));
    expect(bad, 'use a no-break space (U+00A0)').toEqual([]);
  });
});
