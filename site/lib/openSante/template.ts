// The YAML template a health partner fills in: pre-filled with the design, its version, the
// current files and their SHA-256, and every criterion of its category. Comments explain each field.
import { reviewerKinds, decisions, useLevels, criterionResults, type Criterion } from '../../schemas/review';
import type { CurrentFile } from './status';

export function reviewTemplate(o: { slug: string; version: string; files: CurrentFile[]; checklist: Criterion[] }): string {
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
    'summary: ""                 # optional / facultatif',
    '',
  ];
  return lines.join('\n');
}
