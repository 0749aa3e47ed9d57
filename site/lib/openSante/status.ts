// The displayed Open Santé status of a design, derived from its review records, the SHA-256 of
// the files built now and the hash of its generator. Pure: no I/O, so tests can feed it any
// records, files and generators.
import type { AnyDesign } from '../../../designs/_kit';
import type { CriteriaCatalogue, ReviewRecord } from '../../schemas/review';
import { stateOf } from '../../schemas/review';
import type { categories } from '../../schemas/design';
import { ContentError, type RecordFile } from './records';
import { envelopeProblems, outsideOf, type Envelope } from './envelope';
import { recallsFor, recallTarget, type RecallFile } from './recalls';
import { INITIAL_STATE, TRANSITIONS, canTransition, isValidated, STATE_LABELS, type Display, type State } from './states';

type Category = (typeof categories)[number];

/** A file as the site builds it now. */
export interface CurrentFile {
  fileName: string;
  sha256: string;
}

export interface Mismatch {
  name: string;
  reviewed: string;
  current: string;
}

export interface Step {
  file: RecordFile;
  from: State;
  to: State;
}

export interface DerivedStatus {
  /** The lifecycle state the records lead to. */
  state: State;
  /**
   * What the page shows: the state, or `modifie` when a reviewed file has changed since the
   * record that opened or concluded the current review. `modifie` is never a validation.
   */
  display: Display;
  /** The record that set the current state; absent while the design is only proposed. */
  decisive?: RecordFile;
  /** Reviewed files whose current hash differs from the one in the decisive record. */
  mismatches: Mismatch[];
  history: Step[];
  /**
   * What a validation covers: the record's envelope, or, for a record without one, exactly the
   * variants of the files it examined. Absent unless the design is validated.
   */
  envelope?: Envelope;
  /**
   * The decisive record names a generator and the current one differs. With no mismatch, the
   * change altered none of the reference files (a refactor): the review still holds.
   */
  generatorChanged: boolean;
  /** Recalls that concern the design, its current generator or one of its current files. */
  recalls: RecallFile[];
  /**
   * Every recall of one file of this design, published now or not: the customizer checks the
   * files it makes against them (a recalled file may come from custom values).
   */
  fileRecalls: RecallFile[];
}

/** The design a record is checked against: its parameters and presets. */
export type ReviewedDesign = Pick<AnyDesign, 'params' | 'presets' | 'defaults' | 'presetValues' | 'variantsOf'>;

/** The variant a published file is of: `slug--a4-2.stl` → `a4-2`. */
export const variantOfFile = (slug: string, name: string) => name.slice(slug.length + 2).split('.')[0];

/** Only these states bind to files: a changed file invalidates them. */
const bindsToFiles = (s: State) => s === 'en-revue' || isValidated(s);

function crossCheck(slug: string, category: Category, file: RecordFile, files: CurrentFile[], criteria: CriteriaCatalogue, design?: ReviewedDesign): string[] {
  const { path, record: r } = file;
  const problems: string[] = [];
  if (r.design !== slug) problems.push(`${path}: design: "${r.design}" does not match the folder of the design "${slug}"`);
  const checklist = criteria[category];
  const known = checklist.map((c) => c.id);
  r.criteria.forEach((c, i) => {
    if (!known.includes(c.id)) problems.push(`${path}: criteria.${i}.id: unknown criterion "${c.id}" for category ${category} (known: ${known.join(', ')})`);
  });
  if (r.decision === 'favorable') {
    const missing = known.filter((id) => !r.criteria.some((c) => c.id === id));
    if (missing.length) problems.push(`${path}: criteria: a favourable decision must answer every criterion of the ${category} checklist; missing: ${missing.join(', ')}`);
  }
  const built = files.map((f) => f.fileName);
  r.files.forEach((f, i) => {
    if (!built.includes(f.name)) problems.push(`${path}: files.${i}.name: no file "${f.name}" is built for ${slug} (built: ${built.join(', ')})`);
  });
  if (design && r.envelope) problems.push(...envelopeCheck(slug, file, design, r.envelope));
  return problems;
}

/** An envelope must fit the design's parameters and contain the files the review examined. */
function envelopeCheck(slug: string, { path, record: r }: RecordFile, design: ReviewedDesign, envelope: Envelope): string[] {
  const presets = Object.keys(design.presets);
  const problems = envelopeProblems(envelope, design.params, presets).map(([field, message]) => `${path}: ${field}: ${message}`);
  if (problems.length) return problems;
  r.files.forEach((f, i) => {
    const variant = variantOfFile(slug, f.name);
    if (variant !== 'defaut' && !presets.includes(variant)) return;
    const values = variant === 'defaut' ? design.defaults : design.presetValues(variant);
    const outside = outsideOf(envelope, design.defaults, values, design.variantsOf(values));
    if (outside.length) {
      problems.push(`${path}: files.${i}.name: the examined file "${f.name}" is outside the record's envelope (${outside.map((o) => `${o.id} = ${o.value}`).join(', ')}): widen envelope.parameters or add "${variant}" to envelope.presets`);
    }
  });
  return problems;
}

/** What a validation covers: its envelope, or the variants of the files it examined. */
const coverageOf = (slug: string, r: ReviewRecord): Envelope =>
  r.envelope ?? { parameters: [], presets: [...new Set(r.files.map((f) => variantOfFile(slug, f.name)))] };

function mismatchesOf(record: ReviewRecord, files: CurrentFile[]): Mismatch[] {
  return record.files.flatMap((f) => {
    const current = files.find((c) => c.fileName === f.name);
    return current && current.sha256 !== f.sha256 ? [{ name: f.name, reviewed: f.sha256, current: current.sha256 }] : [];
  });
}

/**
 * Replays the records through the state machine and compares the reviewed hashes with the
 * current files. Throws a ContentError naming file and field for any malformed or
 * contradictory record, so a bad record fails the build instead of showing a wrong status.
 * With `design`, envelopes are checked against its parameters; with `generator` (the current
 * hash), a changed generator is reported.
 */
export function deriveStatus(input: {
  slug: string;
  category: Category;
  records: RecordFile[];
  files: CurrentFile[];
  criteria: CriteriaCatalogue;
  design?: ReviewedDesign;
  generator?: string;
  /** Every recall; those of this design, generator or files apply. */
  recalls?: RecallFile[];
}): DerivedStatus {
  const { slug, category, records, files, criteria, design, generator } = input;
  const problems: string[] = [];
  const history: Step[] = [];
  let state: State = INITIAL_STATE;
  let decisive: RecordFile | undefined;
  for (const file of records) {
    problems.push(...crossCheck(slug, category, file, files, criteria, design));
    const to = stateOf(file.record);
    if (!canTransition(state, to)) {
      const allowed = TRANSITIONS[state].map((s) => STATE_LABELS[s].en).join(', ') || 'none, it is final';
      problems.push(`${file.path}: decision: illegal transition from "${STATE_LABELS[state].en}" to "${STATE_LABELS[to].en}" (allowed: ${allowed})`);
      continue;
    }
    history.push({ file, from: state, to });
    state = to;
    decisive = file;
  }
  if (problems.length) throw new ContentError(problems);
  // A changed generator keeps the review only if the reference files come out byte for byte
  // the same: the mismatches say whether they do.
  const mismatches = decisive && bindsToFiles(state) ? mismatchesOf(decisive.record, files) : [];
  const reviewed = decisive?.record.generator;
  const generatorChanged = bindsToFiles(state) && reviewed !== undefined && generator !== undefined && reviewed !== generator;
  const recalls = recallsFor(input.recalls ?? [], slug, generator, files.map((f) => f.sha256));
  // A recall of the design or of the generator it is built with overrides any review; one of a
  // single file shows beside that file.
  const recalled = recalls.some((r) => recallTarget(r.recall) !== 'file');
  const display: Display = recalled ? 'rappele' : mismatches.length ? 'modifie' : state;
  const envelope = decisive && display !== 'modifie' && display !== 'rappele' && isValidated(display) ? coverageOf(slug, decisive.record) : undefined;
  const fileRecalls = (input.recalls ?? []).filter((r) => r.recall.design === slug && recallTarget(r.recall) === 'file');
  return { state, display, decisive, mismatches, history, envelope, generatorChanged, recalls, fileRecalls };
}
