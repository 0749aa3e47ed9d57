// User-visible strings live in site/i18n/fr.ts and en.ts, reached through t(). This guards the
// whole app (components, layouts, pages, the client scripts, the libraries behind them) against
// the patterns that bypassed it: a local tx(fr, en) helper and a ternary on the language that
// picks between two written strings. Client scripts get their few words from the page (a data
// attribute or a JSON block written with t()), not the whole dictionary.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = 'site';
// The dictionaries themselves.
const DICTIONARIES = 'site/i18n';
// Files allowed a pair for now: each must still hold one (else drop it from this list).
const KNOWN_EXCEPTIONS: string[] = [];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(astro|m?ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

// A template literal counts, placeholders included: `« ${title} »` is written words too.
const quoted = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$]|\\.|\$\{[^{}\x60]*\}|\$(?!\{))*\x60`;
// A written string, or an array of them.
const literal = String.raw`${quoted}|\[(?:\s*(?:${quoted})\s*,?)+\s*\]`;
const pairHelper = /\(\s*fr\s*(?::\s*string)?\s*,\s*en\s*(?::\s*string)?\s*\)\s*=>|\btx\(/g;
// The other branch may be markup: `lang === 'fr' ? '« …' : <>“…</>`.
const langTernary = new RegExp(String.raw`\blang\s*[!=]==?\s*['"](?:fr|en)['"]\s*\?\s*(${literal})\s*:\s*(${literal}|<)`, 'g');
// Choosing a language tag or locale ('en', 'fr-FR') or a path by language is not a translation.
const notWords = /^['"][a-z]{2}(?:-[A-Z]{2})?['"]$|^['"\x60]\//;

/** Each inline French/English pair in a source text, as "line: code". */
export function inlinePairs(source: string): string[] {
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const found = [...source.matchAll(pairHelper)].map((m) => ({ index: m.index, text: m[0] }));
  for (const m of source.matchAll(langTernary)) {
    if (!(notWords.test(m[1]) && notWords.test(m[2]))) found.push({ index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => `${lineOf(f.index)}: ${f.text}`);
}

// In a script the browser runs, a { fr: '…', en: '…' } table ships both languages to every reader.
const CLIENT = ['site/client/', 'site/offline/'];
const languageEntry = /\b(?:fr|en)\s*:\s*(?:['"\x60]|\([^()]*\)\s*=>)/g;

/** Each per-language entry holding written words (a string or a function making one), as "line: code". */
export function languageTables(source: string): string[] {
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  return [...source.matchAll(languageEntry)].map((m) => `${lineOf(m.index)}: ${m[0]}`);
}

describe('one translation path', () => {
  it('finds the patterns it guards against', () => {
    expect(inlinePairs(`const tx = (fr: string, en: string) => (lang === 'fr' ? fr : en);`)).toHaveLength(1);
    expect(inlinePairs(`<p>{tx('Bonjour', 'Hello')}</p>`)).toEqual([`1: tx(`]);
    expect(inlinePairs(`\n[lang === 'fr' ? 'Buse' : 'Nozzle', x]`)).toEqual([`2: lang === 'fr' ? 'Buse' : 'Nozzle'`]);
    expect(inlinePairs("`${n}${lang === 'fr' ? '\\u202f' : ''}%`")).toHaveLength(1);
    expect(inlinePairs(`const m = lang === 'fr'\n  ? ['Lavage', 'Air chaud']\n  : ['Washing', 'Hot air'];`)).toHaveLength(1);
    expect(inlinePairs("{lang === 'fr' ? `« ${s.title} »` : <>“<span lang=\"fr\">{s.title}</span>”</>}")).toHaveLength(1);
  });

  it('finds a per-language table of words', () => {
    expect(languageTables(`const LAYOUT: Record<Lang, string> = { fr: 'Placement calculé', en: 'Computed layout' };`)).toHaveLength(2);
    expect(languageTables(`const T = {\n  fr: (n) => \x60\${n} pièces\x60,\n  en: (n) => \x60\${n} pieces\x60,\n};`)).toEqual(['2: fr: (n) =>', '3: en: (n) =>']);
    expect(languageTables(`const label = s.label[lang]; const o = { lang, fr: words.fr };`)).toEqual([]);
  });

  it('lets a language tag, a locale, a path or a non-literal be chosen by language', () => {
    expect(inlinePairs(`const other = lang === 'fr' ? 'en' : 'fr';`)).toEqual([]);
    expect(inlinePairs(`new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB')`)).toEqual([]);
    expect(inlinePairs("lang === 'fr' ? `/open-sante/rappels/${id}/` : `/en/open-sante/recalls/${id}/`")).toEqual([]);
    expect(inlinePairs(`<li lang={lang === 'en' ? 'fr' : undefined}>`)).toEqual([]);
    expect(inlinePairs(`const title = lang === 'fr' ? p.title : p.titleEn;`)).toEqual([]);
  });

  it('no component, page, client script or library writes a French/English pair inline', () => {
    const files = filesUnder(join(ROOT, SCANNED)).map((file) => relative(ROOT, file)).filter((file) => !file.startsWith(`${DICTIONARIES}/`));
    const pairsIn = (file: string) => inlinePairs(readFileSync(join(ROOT, file), 'utf8')).map((hit) => `${file}:${hit}`);
    expect(files).toEqual(expect.arrayContaining(['site/client/fabric.ts', 'site/offline/save.ts', 'site/lib/network/productionCharts.ts']));
    const offenders = files.filter((file) => !KNOWN_EXCEPTIONS.includes(file)).flatMap(pairsIn);
    expect(offenders, 'put these strings in site/i18n/fr.ts and en.ts and read them with t()').toEqual([]);
    const tables = files.filter((file) => CLIENT.some((dir) => file.startsWith(dir))).flatMap((file) =>
      languageTables(readFileSync(join(ROOT, file), 'utf8')).map((hit) => `${file}:${hit}`),
    );
    expect(tables, 'a client script reads its words from the page (data attribute or JSON written with t())').toEqual([]);
    expect(KNOWN_EXCEPTIONS.filter((file) => pairsIn(file).length === 0), 'no pair left: remove from KNOWN_EXCEPTIONS').toEqual([]);
  });
});
