// `npm run fabric -- <pattern> --quantity M=10,L=5 --width MM [--rotate yes|no] [--set key=value …] [--lang fr|en]`
// (or `--size M --quantity 10`). Fabric, elastic and ties for a mix of sizes: the same estimate
// as the pattern page (see estimate.ts). Bad input: a message naming the option, the value and
// what is allowed, exit status 2.
import { designs, designBySlug } from '../designs';
import { isPattern, fabricEstimate, parseQuantities, readWidth, FabricInputError, CUT_GAP } from '../designs/_kit/pattern';

import { languageOf, type Lang } from './lang';
const SUPPLY = {
  elastic: { fr: 'élastique', en: 'elastic' },
  ties: { fr: 'liens', en: 'ties' },
  noseWire: { fr: 'barrette nasale', en: 'nose wire' },
  velcro: { fr: 'velcro', en: 'velcro' },
} as const;

class UsageError extends Error {}

const OPTIONS = ['--size', '--quantity', '--width', '--rotate', '--lang', '--set', '--help'];

/** `--help`: the options, what they take and the patterns with their sizes, like the export CLI's. */
export function helpText(lang: Lang): string {
  const patterns = designs.filter(isPattern);
  const fr = lang === 'fr';
  const lines = fr
    ? [
        'Usage : npm run fabric -- <patron> --quantity TAILLE=N[,TAILLE=N…] [--width MM] [--rotate yes|no] [--set clé=valeur …] [--lang fr|en]',
        '        npm run fabric -- <patron> --size TAILLE --quantity N [--width MM]',
        '',
        'Tissu, élastique et liens pour un lot de tailles mélangées : la même estimation que la page du patron.',
        '  --quantity   nombre par taille (M=10,L=5), ou un nombre seul avec --size ; 1 par défaut',
        '  --size       une seule taille, avec --quantity N',
        '  --width      laize du tissu en mm (1400 par défaut)',
        '  --rotate     yes : pièces tournées d’un quart de tour permises ; no (par défaut) : droit-fil dans la longueur',
        '  --set        un paramètre du patron (valeur de couture…), comme pour npm run export',
        '  --lang       langue des messages (sinon celle de LANG)',
        '',
        'Patrons :',
      ]
    : [
        'Usage: npm run fabric -- <pattern> --quantity SIZE=N[,SIZE=N…] [--width MM] [--rotate yes|no] [--set key=value …] [--lang fr|en]',
        '       npm run fabric -- <pattern> --size SIZE --quantity N [--width MM]',
        '',
        'Fabric, elastic and ties for a mix of sizes: the same estimate as the pattern page.',
        '  --quantity   how many of each size (M=10,L=5), or one number with --size; 1 by default',
        '  --size       a single size, with --quantity N',
        '  --width      fabric width in mm (1400 by default)',
        '  --rotate     yes: pieces may turn a quarter turn; no (default): grain along the length',
        '  --set        a parameter of the pattern (seam allowance…), as for npm run export',
        '  --lang       language of the messages (else from LANG)',
        '',
        'Patterns:',
      ];
  for (const p of patterns) {
    const sizes = Object.entries(p.pattern.sizes).map(([id, label]) => `${id} (${label[lang]})`).join(', ');
    lines.push(`  ${p.slug} — ${p.title[lang]}`, `    ${fr ? 'tailles :' : 'sizes:'} ${sizes}`, `    ${fr ? 'paramètres :' : 'parameters:'} ${Object.keys(p.params).join(', ')}`);
  }
  return lines.join('\n');
}

/** Metres with two decimals, a decimal comma in French. */
const metres = (mm: number, lang: Lang) => {
  const text = (mm / 1000).toFixed(2);
  return `${lang === 'fr' ? text.replace('.', ',') : text} m`;
};
const decimal = (n: number, lang: Lang) => (lang === 'fr' ? String(n).replace('.', ',') : String(n));
/** "name: value" with French typography: a (no-break) space before the colon. */
const line = (name: string, value: string, lang: Lang) => `  ${name}${lang === 'fr' ? '\u00a0' : ''}: ${value}`;

function main(argv: string[], lang: Lang): string {
  if (argv.includes('--help') || argv.includes('-h')) return helpText(lang);
  const fr = lang === 'fr';
  const patterns = designs.filter(isPattern);
  const opts: Record<string, string> = {};
  const quantities: string[] = [];
  // Entries, then an object: a key such as "__proto__" stays a key, and is refused as unknown.
  const sets: [string, string][] = [];
  let slug: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const v = argv[++i];
      if (!OPTIONS.includes(a)) throw new UsageError(fr ? `option inconnue ${a} ; options : ${OPTIONS.join(', ')}` : `unknown option ${a}; options: ${OPTIONS.join(', ')}`);
      if (v === undefined) throw new UsageError(fr ? `${a} attend une valeur` : `${a} needs a value`);
      if (a === '--set') {
        const eq = v.indexOf('=');
        if (eq <= 0) throw new UsageError(fr ? `--set attend clé=valeur, reçu « ${v} »` : `--set expects key=value, got "${v}"`);
        sets.push([v.slice(0, eq), v.slice(eq + 1)]);
      } else if (a === '--quantity') quantities.push(v);
      else opts[a.slice(2)] = v;
    } else if (!slug) slug = a;
    else throw new UsageError(fr ? `argument en trop « ${a} »` : `unexpected argument "${a}"`);
  }
  const usage = [
    'usage: npm run fabric -- <pattern> --quantity SIZE=N[,SIZE=N…] --width MM [--rotate yes|no]',
    '       npm run fabric -- <pattern> --size SIZE --quantity N --width MM',
    `patterns: ${patterns.map((p) => `${p.slug} (sizes: ${Object.keys(p.pattern.sizes).join(', ')})`).join('; ')}`,
  ].join('\n');
  if (!slug) throw new UsageError(usage);
  const design = designBySlug(slug);
  if (!design || !isPattern(design)) throw new UsageError(`${fr ? `« ${slug} » n’est pas un patron de couture` : `"${slug}" is not a sewing pattern`}\n${usage}`);
  const sizes = Object.keys(design.pattern.sizes);
  if (opts.size !== undefined && !sizes.includes(opts.size)) {
    throw new UsageError(fr ? `--size : la taille « ${opts.size} » n’est pas une taille de ${slug} ; tailles : ${sizes.join(', ')}` : `--size: size "${opts.size}" is not a size of ${slug}; sizes: ${sizes.join(', ')}`);
  }
  const text = quantities.length ? quantities.join(',') : '1';
  if (opts.size !== undefined && text.includes('=')) {
    throw new UsageError(fr ? `--size ${opts.size} et --quantity « ${text} » : donnez les tailles d’une seule façon` : `--size ${opts.size} and --quantity "${text}": give the sizes one way only`);
  }
  const rotate = opts.rotate ?? 'no';
  if (rotate !== 'yes' && rotate !== 'no') {
    throw new UsageError(fr ? `--rotate « ${rotate} » : valeurs possibles yes (pièces tournées d’un quart de tour permises) ou no` : `--rotate "${rotate}": allowed values are yes (pieces may turn a quarter turn) or no`);
  }
  const parsed = design.parse(Object.fromEntries(sets));
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => e.message[lang]).join('\n'));
  const width = opts.width === undefined ? 1400 : readWidth(opts.width);
  const e = fabricEstimate(design.pattern, parsed.values, parseQuantities(text, sizes, opts.size), width, { rotate: rotate === 'yes' });
  const m = (mm: number) => metres(mm, lang);
  const count = (n: number) => (fr ? `${n} exemplaire${n > 1 ? 's' : ''}` : `${n} item${n === 1 ? '' : 's'}`);
  const sizeName = (s: string) => design.pattern.sizes[s][lang];
  const mix = Object.entries(e.quantities).map(([s, n]) => `${n} × ${sizeName(s)}`).join(', ');
  return [
    fr ? `${design.title.fr} : ${mix} (${count(e.total)}), laize ${e.width} mm` : `${design.title.en}: ${mix} (${count(e.total)}), width ${e.width} mm`,
    ...e.fabrics.map((f) => {
      const n = f.rotated;
      const turned = n ? (fr ? ` (${n} pièce${n > 1 ? 's' : ''} tournée${n > 1 ? 's' : ''} d’un quart de tour)` : ` (${n} piece${n > 1 ? 's' : ''} turned a quarter turn)`) : '';
      return line(f.fabric[lang], `${m(f.length)}${turned}`, lang);
    }),
    ...e.supplies.map((s) => line(SUPPLY[s.name][lang], `${m(s.total)} (${s.bySize.map((l) => `${l.quantity} × ${l.count} × ${decimal(Math.round(l.length * 10) / 10, lang)} mm`).join(' + ')})`, lang)),
    fr
      ? `Méthode : rectangles des pièces coupées (+${CUT_GAP} mm), toutes tailles sur un même placement, le plus court entre rangées et placement en ligne d’horizon ; droit-fil dans la longueur${e.rotate ? ' sauf les pièces tournées' : ''}. Un maximum honnête.`
      : `Method: bounding boxes of the cut pieces (+${CUT_GAP} mm), every size on one layout, the shorter of rows and a skyline packing; grain along the length${e.rotate ? ' except for turned pieces' : ''}. An honest maximum.`,
  ].join('\n');
}

/** Prints the estimate, or says what is wrong with the command (exit status 2). */
function run(argv: string[]) {
  const lang = languageOf(argv);
  try {
    console.log(main(argv, lang));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      process.exit(2);
    }
    if (err instanceof FabricInputError) {
      console.error(err.messages[lang]);
      process.exit(2);
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) run(process.argv.slice(2));
