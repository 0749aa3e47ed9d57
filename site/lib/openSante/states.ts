// The Open Santé lifecycle of a design. Every state and every legal move between states is
// declared here once: the status derivation, the build checks and the process diagram all
// read these tables, so the published process cannot drift from the code.

export const STATES = [
  'propose',
  'en-revue',
  'valide-communautaire',
  'valide-clinique',
  'a-revoir',
  'retire',
] as const;
export type State = (typeof STATES)[number];

/** Where every design starts: published, not reviewed by anyone. */
export const INITIAL_STATE: State = 'propose';

/**
 * Legal moves. A conclusion (validated or "to revise") always closes a review that was opened
 * publicly, so partners see who is reviewing what. Withdrawal is possible from anywhere and is
 * final: a corrected design is proposed again under a new name, so an old withdrawal cannot
 * be undone silently.
 */
export const TRANSITIONS: Readonly<Record<State, readonly State[]>> = {
  propose: ['en-revue', 'retire'],
  'en-revue': ['valide-communautaire', 'valide-clinique', 'a-revoir', 'retire'],
  'valide-communautaire': ['en-revue', 'a-revoir', 'retire'],
  'valide-clinique': ['en-revue', 'a-revoir', 'retire'],
  'a-revoir': ['en-revue', 'retire'],
  retire: [],
};

export function canTransition(from: State, to: State): boolean {
  return TRANSITIONS[from].includes(to);
}

export const isValidated = (s: State) => s === 'valide-communautaire' || s === 'valide-clinique';

export const STATE_LABELS: Readonly<Record<State, { fr: string; en: string }>> = {
  propose: { fr: 'Proposé', en: 'Proposed' },
  'en-revue': { fr: 'En revue', en: 'Under review' },
  'valide-communautaire': { fr: 'Validé – usage communautaire', en: 'Validated – community use' },
  'valide-clinique': { fr: 'Validé – usage clinique', en: 'Validated – clinical use' },
  'a-revoir': { fr: 'À revoir', en: 'Needs re-review' },
  retire: { fr: 'Retiré', en: 'Withdrawn' },
};

/** What each state means, in one sentence for the reader of a design page. */
export const STATE_MEANINGS: Readonly<Record<State, { fr: string; en: string }>> = {
  propose: {
    fr: 'Publié par ses auteurs, sans revue par un partenaire de santé.',
    en: 'Published by its authors, not reviewed by a health partner.',
  },
  'en-revue': {
    fr: 'Un partenaire de santé a annoncé qu’il examine les fichiers indiqués.',
    en: 'A health partner has announced that it is examining the listed files.',
  },
  'valide-communautaire': {
    fr: 'Revu par un partenaire de santé pour un usage hors contact direct avec des patients COVID, selon la grille de critères publiée.',
    en: 'Reviewed by a health partner for use without direct contact with COVID patients, against the published criteria.',
  },
  'valide-clinique': {
    fr: 'Évalué en situation clinique par un partenaire de santé ; valable seulement avec les matériaux et les machines indiqués.',
    en: 'Evaluated in clinical use by a health partner; valid only with the stated materials and machines.',
  },
  'a-revoir': {
    fr: 'Une revue a relevé un problème : le modèle doit être corrigé puis revu à nouveau.',
    en: 'A review found a problem: the design must be corrected and reviewed again.',
  },
  retire: {
    fr: 'Retiré : ne plus le fabriquer. La raison est indiquée.',
    en: 'Withdrawn: do not make it any more. The reason is given.',
  },
};

/**
 * What a page shows: a state, `modifie` when the reviewed files changed (never a validation), or
 * `rappele` when a recall concerns the design or its generator (over any state).
 */
export type Display = State | 'modifie' | 'rappele';
export const DISPLAYS: readonly Display[] = [...STATES.slice(0, 4), 'modifie', ...STATES.slice(4), 'rappele'];
export const DISPLAY_LABELS: Readonly<Record<Display, { fr: string; en: string }>> = {
  ...STATE_LABELS,
  modifie: { fr: 'Modifié depuis la revue', en: 'Changed since review' },
  rappele: { fr: 'Rappelé', en: 'Recalled' },
};
