// User-visible strings live in site/i18n/fr.ts and en.ts, reached through t(). This guards the
// components, layouts and pages against the patterns that bypassed it: a local tx(fr, en) helper
// and a ternary on the language that picks between two written strings.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['site/components', 'site/layouts', 'site/pages'];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

const quoted = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60`;
// A written string, or an array of them.
const literal = String.raw`${quoted}|\[(?:\s*(?:${quoted})\s*,?)+\s*\]`;
const pairHelper = /\(\s*fr\s*(?::\s*string)?\s*,\s*en\s*(?::\s*string)?\s*\)\s*=>|\btx\(/g;
const langTernary = new RegExp(String.raw`\blang\s*[!=]==?\s*['"](?:fr|en)['"]\s*\?\s*(${literal})\s*:\s*(${literal})`, 'g');
// Choosing a language tag or locale ('en', 'fr-FR') by language is not a translation.
const languageTag = /^['"][a-z]{2}(?:-[A-Z]{2})?['"]$/;

/** Each inline French/English pair in a source text, as "line: code". */
export function inlinePairs(source: string): string[] {
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const found = [...source.matchAll(pairHelper)].map((m) => ({ index: m.index, text: m[0] }));
  for (const m of source.matchAll(langTernary)) {
    if (!(languageTag.test(m[1]) && languageTag.test(m[2]))) found.push({ index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => `${lineOf(f.index)}: ${f.text}`);
}

describe('one translation path', () => {
  it('finds the patterns it guards against', () => {
    expect(inlinePairs(`const tx = (fr: string, en: string) => (lang === 'fr' ? fr : en);`)).toHaveLength(1);
    expect(inlinePairs(`<p>{tx('Bonjour', 'Hello')}</p>`)).toEqual([`1: tx(`]);
    expect(inlinePairs(`\n[lang === 'fr' ? 'Buse' : 'Nozzle', x]`)).toEqual([`2: lang === 'fr' ? 'Buse' : 'Nozzle'`]);
    expect(inlinePairs("`${n}${lang === 'fr' ? '\\u202f' : ''}%`")).toHaveLength(1);
    expect(inlinePairs(`const m = lang === 'fr'\n  ? ['Lavage', 'Air chaud']\n  : ['Washing', 'Hot air'];`)).toHaveLength(1);
  });

  it('lets a language tag, a locale or a non-literal be chosen by language', () => {
    expect(inlinePairs(`const other = lang === 'fr' ? 'en' : 'fr';`)).toEqual([]);
    expect(inlinePairs(`new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB')`)).toEqual([]);
    expect(inlinePairs(`<li lang={lang === 'en' ? 'fr' : undefined}>`)).toEqual([]);
    expect(inlinePairs(`const title = lang === 'fr' ? p.title : p.titleEn;`)).toEqual([]);
  });

  it('no component, layout or page writes a French/English pair inline', () => {
    const offenders = SCANNED.flatMap((dir) => filesUnder(join(ROOT, dir))).flatMap((file) =>
      inlinePairs(readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit}`),
    );
    expect(offenders, 'put these strings in site/i18n/fr.ts and en.ts and read them with t()').toEqual([]);
  });
});
