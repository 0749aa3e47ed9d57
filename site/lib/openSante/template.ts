// The YAML template a health partner fills in: pre-filled with the design, its version, the
// current files and their SHA-256, its generator, and every criterion of its category; the
// envelope is sketched in comments. Comments explain each field.
import type { ParamSpecs } from '../../../designs/_kit';
import { reviewerKinds, decisions, useLevels, criterionResults, type Criterion } from '../../schemas/review';
import type { CurrentFile } from './status';

export function reviewTemplate(o: { slug: string; version: string; files: CurrentFile[]; checklist: Criterion[]; generator: string; params: ParamSpecs; presets: string[] }): string {
  const numeric = Object.entries(o.params).find(([, p]) => p.kind === 'number');
  const lines = [
    `# Open Santé review record for "${o.slug}" — save as designs/${o.slug}/reviews/YYYY-MM-DD-organisation-decision.yaml`,
    '# and propose it in a pull request. Every field is checked when the site is built.',
    '# Fiche de revue Open Santé — enregistrez-la sous le nom ci-dessus et proposez-la dans une pull request.',
    `design: ${o.slug}`,
    `designVersion: ${o.version}`,
    'date: AAAA-MM-JJ            # date of the decision / date de la décision (YYYY-MM-DD)',
    'reviewer:',
    '  organisation: ""          # as you choose to publish it / tel que vous souhaitez le publier',
    `  kind: ""                  # one of / au choix : ${reviewerKinds.filter((k) => k !== 'coordination').join(', ')}`,
    '  role: ""                  # role, no name needed / fonction, sans nom',
    `decision: ""                # ${decisions.join(' | ')}`,
    `useLevel: ""                # favorable only / seulement si favorable : ${useLevels.join(' | ')}`,
    'conditions:                 # required for clinical use / obligatoire pour l’usage clinique',
    '  materials: []             # e.g. [PETG]',
    '  printers: []              # e.g. ["Prusa i3 MK3S"]',
    '  sheet: ""                 # transparent sheet used, if any / feuille utilisée',
    `criteria:                   # result: ${criterionResults.join(' | ')}; comment required for non-conforme and sans-objet`,
    ...o.checklist.flatMap((c) => [`  - id: ${c.id}              # ${c.label.fr} / ${c.label.en}`, '    result: ""', '    comment: ""']),
    'files:                      # keep only the files you examined / ne gardez que les fichiers examinés',
    ...o.files.flatMap((f) => [`  - name: ${f.fileName}`, `    sha256: "${f.sha256}"`]),
    `generator: "${o.generator}"  # the generator built now / le générateur publié aujourd’hui`,
    '# envelope:                 # favorable only: what the review covers beyond the files / seulement si favorable : ce que la revue couvre',
    `#   parameters:             # one line per parameter reviewed over a range / une ligne par paramètre revu sur une plage (${Object.keys(o.params).join(', ')})`,
    ...(numeric && numeric[1].kind === 'number' ? [`#     - { id: ${numeric[0]}, min: ${numeric[1].min}, max: ${numeric[1].max} }`] : []),
    `#   presets: [defaut]       # presets covered as they are / préréglages couverts tels quels (defaut, ${o.presets.join(', ')})`,
    'summary: ""                 # optional / facultatif',
    '',
  ];
  return lines.join('\n');
}
