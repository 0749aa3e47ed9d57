// `npm run fabric -- <pattern> --quantity M=10,L=5 --width MM [--rotate yes|no] [--set key=value …] [--lang fr|en]`
// (or `--size M --quantity 10`). Fabric, elastic and ties for a mix of sizes: the same estimate
// as the pattern page (see estimate.ts). Bad input: a message naming the option, the value and
// what is allowed, exit status 2.
import { designs, designBySlug } from '../designs';
import { isPattern, fabricEstimate, parseQuantities, readWidth, FabricInputError, CUT_GAP } from '../designs/_kit/pattern';

type Lang = 'fr' | 'en';
const SUPPLY = {
  elastic: { fr: 'élastique', en: 'elastic' },
  ties: { fr: 'liens', en: 'ties' },
  noseWire: { fr: 'barrette nasale', en: 'nose wire' },
  velcro: { fr: 'velcro', en: 'velcro' },
} as const;

class UsageError extends Error {}

const OPTIONS = ['--size', '--quantity', '--width', '--rotate', '--lang', '--set'];

function main(argv: string[], lang: Lang): string {
  const fr = lang === 'fr';
  const patterns = designs.filter(isPattern);
  const opts: Record<string, string> = {};
  const quantities: string[] = [];
  const sets: Record<string, string> = {};
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
        sets[v.slice(0, eq)] = v.slice(eq + 1);
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
  const parsed = design.parse(sets);
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => e.message[lang]).join('\n'));
  const width = opts.width === undefined ? 1400 : readWidth(opts.width);
  const e = fabricEstimate(design.pattern, parsed.values, parseQuantities(text, sizes, opts.size), width, { rotate: rotate === 'yes' });
  const m = (mm: number) => `${(mm / 1000).toFixed(2)} m`;
  const sizeName = (s: string) => design.pattern.sizes[s][lang];
  const mix = Object.entries(e.quantities).map(([s, n]) => `${n} × ${sizeName(s)}`).join(', ');
  return [
    fr ? `${design.title.fr} : ${mix} (${e.total} pièces), laize ${e.width} mm` : `${design.title.en}: ${mix} (${e.total} items), width ${e.width} mm`,
    ...e.fabrics.map((f) => {
      const turned = f.rotated ? (fr ? ` (${f.rotated} pièces tournées d’un quart de tour)` : ` (${f.rotated} pieces turned a quarter turn)`) : '';
      return `  ${f.fabric[lang]}: ${m(f.length)}${turned}`;
    }),
    ...e.supplies.map((s) => `  ${SUPPLY[s.name][lang]}: ${m(s.total)} (${s.bySize.map((l) => `${l.quantity} × ${l.count} × ${Math.round(l.length * 10) / 10} mm`).join(' + ')})`),
    fr
      ? `Méthode : rectangles des pièces coupées (+${CUT_GAP} mm), toutes tailles sur un même placement, le plus court entre rangées et placement en ligne d’horizon ; droit-fil dans la longueur${e.rotate ? ' sauf les pièces tournées' : ''}. Un maximum honnête.`
      : `Method: bounding boxes of the cut pieces (+${CUT_GAP} mm), every size on one layout, the shorter of rows and a skyline packing; grain along the length${e.rotate ? ' except for turned pieces' : ''}. An honest maximum.`,
  ].join('\n');
}

const argv = process.argv.slice(2);
const langArg = argv.indexOf('--lang');
const lang: Lang = langArg >= 0 ? (argv[langArg + 1] === 'fr' ? 'fr' : 'en') : process.env.LANG?.startsWith('fr') ? 'fr' : 'en';
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
