// The schemas' messages in French, for the editor. The build keeps the schemas' own words
// (developers read them in CI logs); a contributor reads these. A message without a
// translation is shown as it is, so a new rule is never silent (the config test lists them).
import type { ZodIssue } from 'astro/zod';

const table: [RegExp, string | ((...m: string[]) => string)][] = [
  [/^date is in the future$/, 'la date est dans le futur'],
  [/^date must be YYYY, YYYY-MM or YYYY-MM-DD$/, 'la date doit s’écrire AAAA, AAAA-MM ou AAAA-MM-JJ'],
  [/^from is after to$/, 'le début de la période est après sa fin'],
  [/^give both notches \(notch and onNotch\), or neither$/, 'donnez les deux crans (celui de cette pièce et celui de l’autre), ou aucun'],
  [/^URL must be http or https$/, 'l’adresse doit commencer par http:// ou https://'],
  [/^INSEE code has 5 digits$/, 'le code INSEE a 5 chiffres'],
  [/^id must be kebab-case$/, 'des minuscules sans accent, des chiffres et des tirets seulement'],
  [/^version must look like 1\.2\.0$/, 'la version s’écrit comme 1.2.0'],
  [/^at least one source is required$/, 'il faut au moins une source'],
  [/^say in a few words why the date is unknown$/, 'dites en quelques mots pourquoi la date est inconnue'],
  [/^(\S+) is unknown: say why in (\S+)$/, 'la date est « unknown » : dites pourquoi dans le champ prévu'],
  [/^(\S+) is only for an unknown (\S+)$/, 'ne remplissez ce champ que si la date est « unknown »'],
  [/^added must be a day YYYY-MM-DD$/, 'la date d’ajout s’écrit AAAA-MM-JJ'],
  [/^each source of a place links to the page that names it/, 'chaque source d’un lieu donne l’adresse de la page qui le nomme (« La page exacte »), pas la page d’accueil d’un site'],
  [/^name a report by its id/, 'nommez un relevé par son identifiant (le nom de son fichier, sans .yaml)'],
  [/^latitude is (south|north) of Brittany$/, (_, d) => `la latitude est au ${d === 'south' ? 'sud' : 'nord'} de la Bretagne`],
  [/^longitude is (west|east) of Brittany$/, (_, d) => `la longitude est à l’${d === 'west' ? 'ouest' : 'est'} de la Bretagne`],
  [/^department must be one of Brittany's: (.*)$/, (_, l) => `le département doit être un des quatre bretons : ${l}`],
  [/^commune (\S+) is not in department (\S+)$/, (_, c, d) => `la commune ${c} n’est pas dans le département ${d}`],
  [/^a protocol applies to at least one design category$/, 'un protocole s’applique à au moins une catégorie de modèles'],
  [/^a protocol needs at least one step$/, 'un protocole a au moins une étape'],
  [/^alternatives: give at least two methods to choose from, or write a single step$/, 'au moins deux méthodes au choix, sinon une étape simple sans méthodes au choix'],
  [/^source (\S+) does not exist \((\S+) sources listed\)$/, (_, s, n) => `la source ${s} n’existe pas (${n} sources listées)`],
  [/^must be a SHA-256: 64 lowercase hexadecimal characters$/, 'une empreinte SHA-256 a 64 caractères hexadécimaux en minuscules'],
  [/^a favourable decision must state the use level/, 'un avis favorable indique le niveau d’usage (communautaire ou clinique)'],
  [/^a use level only goes with a favourable decision, not "(.*)"$/, (_, d) => `un niveau d’usage ne va qu’avec un avis favorable, pas « ${d} »`],
  [/^a clinical validation holds only for stated materials: list them$/, 'une validation clinique ne vaut que pour des matériaux précis : listez-les'],
  [/^a clinical validation holds only for stated machines: list them$/, 'une validation clinique ne vaut que pour des machines précises : listez-les'],
  [/^a review must list every file examined with its SHA-256$/, 'une revue liste chaque fichier examiné avec son empreinte SHA-256'],
  [/^the coordination may withdraw a design, not review it$/, 'la coordination peut retirer un modèle, pas le revoir'],
  [/^a withdrawal must give its reason$/, 'un retrait donne sa raison'],
  [/^a (\S+) decision needs the criteria checklist with each result$/, 'un avis favorable ou défavorable donne la grille des critères, avec chaque résultat'],
  [/^criterion "(.*)" failed: the decision cannot be favourable$/, (_, c) => `le critère « ${c} » n’est pas conforme : l’avis ne peut pas être favorable`],
  [/^criterion "(.*)" was not evaluated: the decision cannot be favourable$/, (_, c) => `le critère « ${c} » n’a pas été évalué : l’avis ne peut pas être favorable`],
  [/^criterion "(.*)" is (\S+): say why in a comment$/, (_, c, r) => `le critère « ${c} » est « ${r} » : dites pourquoi dans un commentaire`],
  [/^criterion "(.*)" appears twice$/, (_, c) => `le critère « ${c} » apparaît deux fois`],
  [/^an unfavourable decision must mark at least one criterion non-conforme$/, 'un avis défavorable marque au moins un critère « non-conforme »'],
  [/^file "(.*)" appears twice$/, (_, f) => `le fichier « ${f} » apparaît deux fois`],
  [/^must be a parameter id$/, 'l’identifiant d’un paramètre : des lettres et des chiffres, sans espace (ex. : headCircumference)'],
  [/^parameter "(.*)": give either min and max or values, not both$/, (_, p) => `paramètre « ${p} » : donnez un minimum et un maximum, ou des valeurs, pas les deux`],
  [/^parameter "(.*)": a range needs both min and max$/, (_, p) => `paramètre « ${p} » : une plage a un minimum et un maximum`],
  [/^parameter "(.*)": give min and max, or values$/, (_, p) => `paramètre « ${p} » : donnez un minimum et un maximum, ou des valeurs`],
  [/^parameter "(.*)": max (\S+) is below min (\S+)$/, (_, p, max, min) => `paramètre « ${p} » : le maximum ${max} est sous le minimum ${min}`],
  [/^only a favourable decision covers an envelope$/, 'seul un avis favorable couvre une plage de paramètres'],
  [/^a recall names a generator or a file, not both$/, 'un rappel vise un générateur ou un fichier, pas les deux'],
  [/^duplicate node id "(.*)"$/, (_, n) => `la case « ${n} » apparaît deux fois`],
  [/^unknown node "(.*)"; nodes are (.*)$/, (_, n, l) => `la case « ${n} » n’existe pas ; les cases sont ${l}`],
];

/** zod's own messages, by issue code. */
function builtIn(issue: ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? 'ce champ est obligatoire' : `valeur de type inattendu (${issue.received})`;
    case 'too_small':
      if (issue.type === 'array') return `il faut au moins ${issue.minimum} élément${Number(issue.minimum) > 1 ? 's' : ''}`;
      if (issue.type === 'string') return `il faut au moins ${issue.minimum} caractère${Number(issue.minimum) > 1 ? 's' : ''}`;
      return `la valeur doit être ${issue.inclusive ? 'au moins' : 'plus grande que'} ${issue.minimum}`;
    case 'too_big':
      if (issue.type === 'string') return `au plus ${issue.maximum} caractères`;
      if (issue.type === 'array') return `au plus ${issue.maximum} éléments`;
      return `la valeur doit être ${issue.inclusive ? 'au plus' : 'plus petite que'} ${issue.maximum}`;
    case 'invalid_enum_value':
      return `valeur « ${String(issue.received)} » inconnue ; choix possibles : ${issue.options.join(', ')}`;
    case 'invalid_string':
      return issue.validation === 'url' ? 'adresse web invalide' : 'format invalide';
    case 'invalid_date':
      return 'date invalide';
    case 'unrecognized_keys':
      return `champ inconnu : ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `doit être un multiple de ${issue.multipleOf}`;
    default:
      return undefined;
  }
}

/** One issue in French: the schema's custom message translated, else zod's code, else as is. */
export function frenchMessage(issue: ZodIssue): string {
  for (const [re, fr] of table) {
    const m = issue.message.match(re);
    if (m) return typeof fr === 'string' ? fr : fr(...m);
  }
  if (issue.code !== 'custom' && /^(Required|Invalid|Expected|String must|Number must|Array must|Unrecognized)/.test(issue.message)) {
    return builtIn(issue) ?? issue.message;
  }
  return issue.message;
}

/** Whether a message has a French translation (the config test checks every schema's). */
export const isTranslated = (message: string) => table.some(([re]) => re.test(message));
