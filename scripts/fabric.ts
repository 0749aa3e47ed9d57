// `npm run fabric -- <pattern> --size SIZE --quantity N --width MM [--set key=value …] [--lang fr|en]`
// Fabric, elastic and ties for N items: the same estimate as the pattern page (see estimate.ts).
import { designs, designBySlug } from '../designs';
import { isPattern, fabricEstimate, FabricInputError, CUT_GAP } from '../designs/_kit/pattern';

const SUPPLY = {
  elastic: { fr: 'élastique', en: 'elastic' },
  ties: { fr: 'liens', en: 'ties' },
  noseWire: { fr: 'barrette nasale', en: 'nose wire' },
  velcro: { fr: 'velcro', en: 'velcro' },
} as const;

class UsageError extends Error {}

function main(argv: string[], lang: 'fr' | 'en'): string {
  const patterns = designs.filter(isPattern);
  const opts: Record<string, string> = {};
  const sets: Record<string, string> = {};
  let slug: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--set') {
        const eq = v.indexOf('=');
        if (eq <= 0) throw new UsageError(`--set expects key=value, got "${v}"`);
        sets[v.slice(0, eq)] = v.slice(eq + 1);
      } else if (['--size', '--quantity', '--width', '--lang'].includes(a)) opts[a.slice(2)] = v;
      else throw new UsageError(`unknown option ${a}`);
    } else if (!slug) slug = a;
    else throw new UsageError(`unexpected argument "${a}"`);
  }
  const usage = `usage: npm run fabric -- <pattern> --size SIZE --quantity N --width MM\npatterns: ${patterns.map((p) => `${p.slug} (sizes: ${Object.keys(p.pattern.sizes).join(', ')})`).join('; ')}`;
  if (!slug) throw new UsageError(usage);
  const design = designBySlug(slug);
  if (!design || !isPattern(design)) throw new UsageError(`"${slug}" is not a sewing pattern\n${usage}`);
  const sizes = Object.keys(design.pattern.sizes);
  const size = opts.size ?? sizes[0];
  if (!sizes.includes(size)) throw new UsageError(`size "${size}" is not a size of ${slug}; sizes: ${sizes.join(', ')}`);
  const parsed = design.parse(sets);
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => e.message[lang]).join('\n'));
  const num = (s: string | undefined, fallback: number) => (s === undefined ? fallback : s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
  const e = fabricEstimate(design.pattern, parsed.values, size, num(opts.quantity, 1), num(opts.width, 1400));
  const m = (mm: number) => `${(mm / 1000).toFixed(2)} m`;
  const fr = lang === 'fr';
  return [
    fr
      ? `${design.title.fr}, taille ${design.pattern.sizes[size].fr}, ${e.quantity} pièces, laize ${e.width} mm`
      : `${design.title.en}, size ${design.pattern.sizes[size].en}, ${e.quantity} items, width ${e.width} mm`,
    ...e.fabrics.map((f) => `  ${f.fabric[lang]}: ${m(f.length)}`),
    ...e.supplies.map((s) => `  ${SUPPLY[s.name][lang]}: ${m(s.total)} (${e.quantity} × ${s.count} × ${s.length} mm)`),
    fr
      ? `Méthode : rectangles des pièces coupées (+${CUT_GAP} mm), rangés en rangées sur la laize, droit-fil dans la longueur ; un maximum honnête.`
      : `Method: bounding boxes of the cut pieces (+${CUT_GAP} mm), laid in rows across the width, grain along the length; an honest maximum.`,
  ].join('\n');
}

const argv = process.argv.slice(2);
const langArg = argv.indexOf('--lang');
const lang: 'fr' | 'en' = langArg >= 0 ? (argv[langArg + 1] === 'fr' ? 'fr' : 'en') : process.env.LANG?.startsWith('fr') ? 'fr' : 'en';
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
