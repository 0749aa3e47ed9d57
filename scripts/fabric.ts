// `npm run fabric -- <pattern> --quantity M=10,L=5 --width MM [--rotate yes|no] [--set key=value …] [--lang fr|en]`
// (or `--size M --quantity 10`). Fabric, elastic and ties for a mix of sizes: the same estimate
// as the pattern page (see estimate.ts). Bad input: a message naming the option, the value and
// what is allowed, exit status 2.
import { designs, designBySlug } from '../designs';
import { isPattern, fabricEstimate, parseQuantities, readWidth, FabricInputError, CUT_GAP } from '../designs/_kit/pattern';

import { languageOf, type Lang } from './lang';
import { exitWithUsage, keyValues, readArgs, usage, UsageError, type OptionSpec } from './cliArgs';
const SUPPLY = {
  elastic: { fr: 'élastique', en: 'elastic' },
  ties: { fr: 'liens', en: 'ties' },
  noseWire: { fr: 'barrette nasale', en: 'nose wire' },
  velcro: { fr: 'velcro', en: 'velcro' },
} as const;

const FABRIC_OPTIONS = {
  size: { type: 'string', takes: { fr: 'une taille du patron (voir --help)', en: 'a size of the pattern (see --help)' } },
  quantity: { type: 'string', multiple: true, takes: { fr: 'un nombre par taille (M=10,L=5), ou un nombre avec --size', en: 'how many of each size (M=10,L=5), or a number with --size' } },
  width: { type: 'string', takes: { fr: 'la laize du tissu en mm', en: 'the fabric width in mm' } },
  rotate: {
    type: 'string',
    allowed: {
      yes: { fr: 'pièces tournées d’un quart de tour permises', en: 'pieces may turn a quarter turn' },
      no: { fr: 'droit-fil dans la longueur', en: 'grain along the length' },
    },
  },
  set: { type: 'string', multiple: true, takes: { fr: 'clé=valeur', en: 'key=value' } },
  lang: { type: 'string', allowed: { fr: undefined, en: undefined } },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;

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
  const { values: opts, positionals } = readArgs(argv, FABRIC_OPTIONS, { max: 1, what: { fr: 'un seul patron', en: 'one pattern' } });
  if (opts.help) return helpText(lang);
  const fr = lang === 'fr';
  const patterns = designs.filter(isPattern);
  const sets = keyValues(opts.set);
  const quantities = opts.quantity ?? [];
  const slug = positionals[0];
  const list = patterns.map((p) => `${p.slug} (${Object.keys(p.pattern.sizes).join(', ')})`).join('; ');
  if (!slug) throw usage(`quel patron ? ${list} ; lancez avec --help pour les options`, `which pattern? ${list}; run with --help for the options`);
  const design = designBySlug(slug);
  if (!design || !isPattern(design)) throw usage(`« ${slug} » n’est pas un patron de couture ; patrons (tailles) : ${list}`, `"${slug}" is not a sewing pattern; patterns (sizes): ${list}`);
  const sizes = Object.keys(design.pattern.sizes);
  if (opts.size !== undefined && !sizes.includes(opts.size)) {
    throw usage(`--size : la taille « ${opts.size} » n’est pas une taille de ${slug} ; tailles : ${sizes.join(', ')}`, `--size: size "${opts.size}" is not a size of ${slug}; sizes: ${sizes.join(', ')}`);
  }
  const text = quantities.length ? quantities.join(',') : '1';
  if (opts.size !== undefined && text.includes('=')) {
    throw usage(`--size ${opts.size} et --quantity « ${text} » : donnez les tailles d’une seule façon`, `--size ${opts.size} and --quantity "${text}": give the sizes one way only`);
  }
  const rotate = opts.rotate ?? 'no';
  const parsed = design.parse(Object.fromEntries(sets));
  if (!parsed.ok) throw new UsageError({ fr: parsed.errors.map((e) => e.message.fr).join('\n'), en: parsed.errors.map((e) => e.message.en).join('\n') });
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
  const hint = { fr: '(lancez avec --help pour les options, les patrons et leurs tailles)', en: '(run with --help for the options, the patterns and their sizes)' };
  try {
    console.log(main(argv, lang));
  } catch (err) {
    if (err instanceof UsageError) exitWithUsage(err, lang, hint);
    if (err instanceof FabricInputError) exitWithUsage(new UsageError(err.messages), lang, hint);
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) run(process.argv.slice(2));
