import { describe, expect, it } from 'vitest';
import { STATES, TRANSITIONS, canTransition, INITIAL_STATE, STATE_LABELS, DISPLAYS, DISPLAY_LABELS, type State } from '../../../site/lib/openSante/states';

// The lifecycle, written out by hand as the process page describes it: every pair of states
// is checked against it, so a change to the machine must be a deliberate change here too.
const legal: [State, State][] = [
  ['propose', 'en-revue'],
  ['propose', 'retire'],
  ['en-revue', 'valide-communautaire'],
  ['en-revue', 'valide-clinique'],
  ['en-revue', 'a-revoir'],
  ['en-revue', 'retire'],
  ['valide-communautaire', 'en-revue'],
  ['valide-communautaire', 'a-revoir'],
  ['valide-communautaire', 'retire'],
  ['valide-clinique', 'en-revue'],
  ['valide-clinique', 'a-revoir'],
  ['valide-clinique', 'retire'],
  ['a-revoir', 'en-revue'],
  ['a-revoir', 'retire'],
];
const isLegal = (from: State, to: State) => legal.some(([f, t]) => f === from && t === to);

describe('Open Santé state machine', () => {
  it('starts every design as proposed', () => {
    expect(INITIAL_STATE).toBe('propose');
  });

  for (const from of STATES) {
    for (const to of STATES) {
      const expected = isLegal(from, to);
      it(`${expected ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canTransition(from, to)).toBe(expected);
      });
    }
  }

  it('never validates without a review in progress', () => {
    for (const from of STATES) {
      if (from === 'en-revue') continue;
      expect(canTransition(from, 'valide-communautaire')).toBe(false);
      expect(canTransition(from, 'valide-clinique')).toBe(false);
    }
  });

  it('keeps a withdrawal final', () => {
    expect(TRANSITIONS.retire).toEqual([]);
  });

  it('labels every state in both languages', () => {
    for (const s of STATES) {
      expect(STATE_LABELS[s].fr.length).toBeGreaterThan(2);
      expect(STATE_LABELS[s].en.length).toBeGreaterThan(2);
    }
  });

  it('offers every state and "modifié" as displayed statuses, each labelled', () => {
    expect([...DISPLAYS].sort()).toEqual([...STATES, 'modifie', 'rappele'].sort());
    for (const d of DISPLAYS) expect(DISPLAY_LABELS[d].en.length).toBeGreaterThan(2);
  });
});
