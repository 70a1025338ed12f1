/**
 * The questions the build asks (questions.json, `build --sample`, the server and web, model
 * answers) and the trust benchmark measures: one place, so a figure never counts a question the
 * product does not ask. Three kinds of record the examples leave open are grouped so that one
 * answer settles a whole group: records the retained rival programs disagree on, inputs of a
 * shape no example had, and outputs that break a check the labels imply. Up to `max` questions are
 * planned together, greedily by the records the plan decides (a record is decided when every
 * reason it was open for is settled by some answer), so a second question never repeats what the
 * first settles. A question covers the whole record: its candidates combine every field's
 * competing outputs.
 */
import { canonicalJson } from '../service/header.ts';
import {
  inputShapeKey,
  outputCheckProblem,
  outputDoubtKey,
  uncoveredShapeKey,
  uncoveredShape,
  type InputProfile,
  type OutputCheck,
} from '../run/trust.ts';
import { reviewMarkerReason } from '../run/review-marker.ts';
import { isCannotReadAnswer } from '../synth/expr.ts';
import type { Ambiguity, Question } from './questions.ts';

/** The outputs of every retained program of one field on one input. */
export interface ProgramOutputs {
  field: string;
  /** Per program, the chosen one's first; `undefined` where a program has no opinion (it throws). */
  outputs: unknown[];
  /** Numbers closer than this are the same answer. */
  tolerance?: number;
}

/** What the build knows about where its code may be wrong. */
export interface QuestionSources {
  /** The retained programs per field (the version space); null when the engine kept none. */
  space: {
    disagreements(input: unknown): { field: string; outputs: unknown[] }[];
    /**
     * Every retained program's output per field with rivals (the version space's `outputsOf`).
     * When given, a question about disagreeing rivals counts the records its answer would decide
     * whatever the answer (the rivals that give another output on the question are dropped), not
     * only the records of its own group.
     */
    outputsOf?(input: unknown): ProgramOutputs[];
  } | null;
  /** The input contract the examples imply, for the code that was written (`profileInputs`). */
  profile: InputProfile;
  /** The output checks the labels imply (`inferOutputChecks`). */
  checks: readonly OutputCheck[];
  /**
   * The written code's output for an input; null when it produces none (it threw, nothing loaded).
   * It throws on the code's review mark (see run/review-marker.ts): a record the code stops for a
   * person (a reader that cannot read it) is one to ask about.
   */
  chosenOutput: (input: unknown) => unknown;
  /**
   * The input contract the examples would imply with these inputs answered too (`profileInputs`
   * over the examples and the answered inputs, for the same code). When given, a question about an
   * unseen shape counts the records its answer would actually cover, not every record of its kind
   * (five records of one shape, each with a word no example had, are settled one answer each).
   */
  reprofile?: (answered: readonly unknown[]) => InputProfile;
}

/** Kinds considered per plan (the largest): bounds the work. */
const PLANNED_KINDS = 40;

/** Possible questions weighed per plan (one per value group of those kinds): bounds the work. */
const PLANNED_QUESTIONS = 60;

/** Whole-output candidates offered per question (the code's own output first). */
const MAX_CANDIDATES = 12;

/** A group of open records one answer is expected to settle together. */
interface Kind {
  /** Its first record (the one asked about). */
  at: number;
  members: number[];
  competing: Record<string, unknown[]>;
  reason: string;
}

/** Why each distinct record is open, and the kinds they group into. */
interface OpenRecords {
  records: unknown[];
  /** Record → the dispute group it belongs to (disagreeing rivals), if any. */
  dispute: Map<number, Kind>;
  /** Record → its unseen-shape group, if any. */
  shape: Map<number, Kind>;
  /** Record → its doubtful-output group, if any. */
  doubt: Map<number, Kind>;
  /** Record → disputed fields. */
  fields: Map<number, string[]>;
  kinds: Kind[];
  byField: Record<string, number>;
}

/**
 * Picks up to `max` questions among `inputs` (the inputs seen so far and the sample; repeated
 * records count once). Records the rivals disagree on are grouped by how they disagree (fields,
 * number of answers) and by the input's shape ("2024/03/16" and "15.03.2024" may both part the
 * rivals, but one answer settles only its own format); unseen shapes by `uncoveredShapeKey`;
 * doubtful outputs by `outputDoubtKey`. One record per value each group's parsed fields hold is a
 * possible question (see `candidateQuestions`); the plan takes, one at a time, the question that decides the most records not yet decided (`settles`
 * is that gain), on a tie the larger group, disagreeing rivals (the sharpest question) first, then
 * unseen shapes. A question that would decide nothing new is not asked.
 */
export function pickQuestions(sources: QuestionSources, inputs: readonly unknown[], max = 3): Ambiguity {
  const open = openRecords(sources, inputs);
  const { records, kinds } = open;
  const questions: Question[] = [];
  if (max <= 0 || kinds.length === 0) {
    return { checked: records.length, ambiguous: open.dispute.size, byField: open.byField, questions };
  }
  const candidates = candidateQuestions(sources.profile, open);
  const deciders = candidates.map((kind) => decidedBy(sources, open, kind.at));
  const decided = new Set<number>();
  const planned = new Set<number>();
  while (questions.length < max) {
    let best = -1;
    let bestGain = 0;
    candidates.forEach((kind, i) => {
      if (planned.has(i)) return;
      const gain = gainOf(open, decided, deciders, [...planned, i]);
      if (gain > bestGain) {
        best = i;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    planned.add(best);
    const before = decided.size;
    for (const r of decidedByPlan(open, deciders, [...planned])) decided.add(r);
    const kind = candidates[best] as Kind;
    const input = records[kind.at];
    const base = outputOf(sources, input);
    // The rivals' outputs on the record asked (not its kind's first record), also for a record
    // asked about for its shape: show what they offer too.
    const own = sources.space?.disagreements(input) ?? [];
    const competing =
      own.length > 0 ? Object.fromEntries(own.map((d) => [d.field, d.outputs])) : kind.competing;
    questions.push({
      input,
      competing,
      candidates: base === null && Object.keys(competing).length === 0 ? [] : candidatesOf(base, competing),
      settles: decided.size - before,
      reason: kind.reason,
      output: null,
    });
  }
  return { checked: records.length, ambiguous: open.dispute.size, byField: open.byField, questions };
}

/**
 * The possible questions: within each kind, one record per value its parsed fields hold (records
 * of one kind can each hold a value no example had, a table's key or a word, and an answer
 * settles only the records holding its own value), the largest value group first, so the plan
 * weighs an answer by the records it decides rather than asking the kind's first record. Every
 * kind has its largest value group considered (kinds largest first, as many as
 * {@link PLANNED_KINDS}); the further value groups held by more than one record fill up to
 * {@link PLANNED_QUESTIONS}, the largest first, ties toward the most typical record.
 */
function candidateQuestions(profile: InputProfile, open: OpenRecords): Kind[] {
  const { records } = open;
  const parsed = profile.keys.filter((k) => k.parsed).map((k) => k.key);
  // Which records hold each parsed field's value: how typical a record is among the open ones.
  const opened = new Set(open.kinds.flatMap((k) => k.members));
  const holders = new Map<string, number>();
  const valueOf = (input: unknown, key: string): string => {
    const value =
      input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : input;
    return `${key}=${canonicalJson(typeof value === 'string' ? value.trim() : (value ?? null))}`;
  };
  for (const r of opened)
    for (const key of parsed) {
      const v = valueOf(records[r], key);
      holders.set(v, (holders.get(v) ?? 0) + 1);
    }
  const typicality = (r: number) =>
    parsed.reduce((sum, key) => sum + (holders.get(valueOf(records[r], key)) ?? 0), 0);
  // Each kind's value groups, largest first, then the most typical, then input order.
  const split = (kind: Kind): Kind[] => {
    const groups = new Map<string, number[]>();
    for (const r of kind.members) {
      const key =
        parsed.length > 0 ? parsed.map((k) => valueOf(records[r], k)).join('|') : canonicalJson(records[r]);
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    return [...groups.values()]
      .map((members) => ({ ...kind, at: members[0] as number, members }))
      .sort((a, b) => b.members.length - a.members.length || typicality(b.at) - typicality(a.at));
  };
  // The kinds in the order they are worth asking about alone (stable: disputes, shapes, doubts).
  const ranked = [...open.kinds].sort((a, b) => b.members.length - a.members.length);
  const candidates: Kind[] = [];
  const seen = new Set<number>();
  const take = (group: Kind): boolean => {
    if (seen.has(group.at)) return false;
    seen.add(group.at);
    candidates.push(group);
    return true;
  };
  // Each kind's largest value group stands for it (its first record when all are as large).
  const weighed: Kind[] = [];
  for (const kind of ranked) {
    if (candidates.length >= PLANNED_KINDS) break;
    const [largest, ...further] = split(kind);
    if (largest && take(largest)) weighed.push(...further);
  }
  // Only a value several records hold earns a further question: among values held by one record
  // each (paths, names) the kind's first stands for all, as an answer's estimated reach over
  // many one-record candidates favours the one whose estimate is most wrong, not the best.
  const rest = weighed
    .filter((group) => group.members.length > 1)
    .sort((a, b) => b.members.length - a.members.length || typicality(b.at) - typicality(a.at));
  for (const group of rest) if (candidates.length < PLANNED_QUESTIONS) take(group);
  return candidates;
}

/** Groups the open records (see {@link pickQuestions}). */
function openRecords(sources: QuestionSources, inputs: readonly unknown[]): OpenRecords {
  const { space, profile, checks } = sources;
  const distinct = new Map<string, unknown>();
  for (const input of inputs) {
    const id = canonicalJson(input);
    if (!distinct.has(id)) distinct.set(id, input);
  }
  const records = [...distinct.values()];
  const byField: Record<string, number> = {};
  const dispute = new Map<number, Kind>();
  const shape = new Map<number, Kind>();
  const doubt = new Map<number, Kind>();
  const fields = new Map<number, string[]>();
  const disputes = new Map<string, Kind>();
  const shapes = new Map<string, Kind>();
  const doubts = new Map<string, Kind>();
  const join = (
    groups: Map<string, Kind>,
    into: Map<number, Kind>,
    key: string,
    r: number,
    make: () => Kind,
  ) => {
    const kind = groups.get(key);
    if (kind) kind.members.push(r);
    else groups.set(key, make());
    into.set(r, groups.get(key) as Kind);
  };
  records.forEach((input, r) => {
    const found = space?.disagreements(input) ?? [];
    if (found.length > 0) {
      for (const d of found) byField[d.field] = (byField[d.field] ?? 0) + 1;
      fields.set(
        r,
        found.map((d) => d.field),
      );
      const key = `${found.map((d) => `${d.field}:${d.outputs.length}`).join('|')}#${inputShapeKey(profile, input)}`;
      join(disputes, dispute, key, r, () => ({
        at: r,
        members: [r],
        competing: Object.fromEntries(found.map((d) => [d.field, d.outputs])),
        reason: `the programs that fit every example disagree on ${found.map((d) => d.field).join(', ')}`,
      }));
    }
    const shapeKey = uncoveredShapeKey(profile, input);
    if (shapeKey !== null) {
      join(shapes, shape, shapeKey, r, () => ({
        at: r,
        members: [r],
        competing: {},
        reason: `no example had this shape: ${uncoveredShape(profile, input) ?? 'unseen input'}`,
      }));
      return;
    }
    // A record the code stops for review (a reader that cannot read it) is worth asking about: its
    // answer is an example of what the code cannot read yet. Grouped by the reader and its reason.
    const ran = runChosen(sources, input);
    if ('marked' in ran) {
      const marked = ran.marked;
      join(doubts, doubt, `marked:${marked.replace(CANNOT_READ_TEXT, 'cannot read')}`, r, () => ({
        at: r,
        members: [r],
        competing: {},
        reason: `the code cannot read it: ${marked}`,
      }));
      return;
    }
    const output = ran.output;
    if (output === null) return;
    const doubtKey = outputDoubtKey(checks, output, input);
    if (doubtKey === null) return;
    join(doubts, doubt, doubtKey, r, () => ({
      at: r,
      members: [r],
      competing: {},
      reason: `the output breaks a check the examples imply: ${outputCheckProblem(checks, output, input) ?? doubtKey}`,
    }));
  });
  return {
    records,
    dispute,
    shape,
    doubt,
    fields,
    kinds: [...disputes.values(), ...shapes.values(), ...doubts.values()],
    byField,
  };
}

/** What one answer settles, per reason a record is open. */
interface Decider {
  at: number;
  /** Record → disputed fields this answer decides whatever it is. */
  fields: Map<number, Set<string>>;
  /** Records whose shape this answer covers. */
  shapes: Set<number>;
  /** The doubtful-output group this answer settles, if any. */
  doubt: Kind | null;
}

/** What answering the record at `q` settles (see {@link Decider}). */
function decidedBy(sources: QuestionSources, open: OpenRecords, q: number): Decider {
  const { records } = open;
  const fields = new Map<number, Set<string>>();
  const outputsOf = sources.space?.outputsOf?.bind(sources.space);
  if (outputsOf) {
    const asked = new Map(outputsOf(records[q]).map((p) => [p.field, p]));
    for (const [r, disputed] of open.fields) {
      const there = new Map(outputsOf(records[r]).map((p) => [p.field, p]));
      const settled = new Set(
        disputed.filter((field) => {
          const mine = asked.get(field);
          const theirs = there.get(field);
          return mine !== undefined && theirs !== undefined && decidesWhatever(mine, theirs);
        }),
      );
      if (settled.size > 0) fields.set(r, settled);
    }
  } else {
    // Without the programs' outputs, an answer is taken to settle the records of its own group.
    const group = open.dispute.get(q);
    for (const r of group?.members ?? []) fields.set(r, new Set(open.fields.get(r) ?? []));
  }
  let shapes: Set<number>;
  if (sources.reprofile && open.shape.size > 0) {
    const answered = sources.reprofile([records[q]]);
    shapes = new Set([...open.shape.keys()].filter((r) => uncoveredShape(answered, records[r]) === null));
  } else shapes = new Set(open.shape.get(q)?.members ?? []);
  return { at: q, fields, shapes, doubt: open.doubt.get(q) ?? null };
}

/**
 * Whether any answer to one field on the question decides it on another record: for every output a
 * retained program gives on the question, the programs that remain (those giving it, and those with
 * no opinion there) agree on the other record.
 */
function decidesWhatever(asked: ProgramOutputs, there: ProgramOutputs): boolean {
  const tolerance = asked.tolerance ?? 0;
  const answers: unknown[] = [];
  for (const out of asked.outputs)
    if (out !== undefined && !answers.some((a) => sameOutput(a, out, tolerance))) answers.push(out);
  return answers.every((answer) => {
    const remaining: unknown[] = [];
    asked.outputs.forEach((out, program) => {
      if (out !== undefined && !sameOutput(out, answer, tolerance)) return;
      const theirs = there.outputs[program];
      if (theirs !== undefined && !remaining.some((x) => sameOutput(x, theirs, tolerance)))
        remaining.push(theirs);
    });
    return remaining.length <= 1;
  });
}

function sameOutput(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance || Object.is(a, b);
  return canonicalJson(a) === canonicalJson(b);
}

/** The records a plan of answers decides: every reason each was open for is settled. */
function decidedByPlan(open: OpenRecords, deciders: Decider[], plan: number[]): number[] {
  const chosen = plan.map((i) => deciders[i] as Decider);
  const asked = new Set(chosen.map((d) => d.at));
  const decided: number[] = [];
  open.records.forEach((_input, r) => {
    const disputed = open.fields.get(r);
    const unseen = open.shape.has(r);
    const doubtful = open.doubt.get(r);
    if (!disputed && !unseen && !doubtful) return;
    if (asked.has(r)) {
      decided.push(r);
      return;
    }
    if (disputed && !disputed.every((field) => chosen.some((d) => d.fields.get(r)?.has(field)))) return;
    if (unseen && !chosen.some((d) => d.shapes.has(r))) return;
    if (doubtful && !chosen.some((d) => d.doubt === doubtful)) return;
    decided.push(r);
  });
  return decided;
}

function gainOf(
  open: OpenRecords,
  decided: ReadonlySet<number>,
  deciders: Decider[],
  plan: number[],
): number {
  return decidedByPlan(open, deciders, plan).filter((r) => !decided.has(r)).length;
}

/** The quoted text in a reader's review reason (`oneOf cannot read "Wrn x": …`), left out of its group key. */
const CANNOT_READ_TEXT = /cannot read (?:"(?:[^"\\]|\\.)*"|its input)/;

/**
 * The code's output as written to a file (a JSON round trip; null when it produces none), or the
 * reason it gives when it stops the record for review (its review mark).
 */
function runChosen(sources: QuestionSources, input: unknown): { output: unknown } | { marked: string } {
  let output: unknown;
  try {
    output = sources.chosenOutput(structuredClone(input));
  } catch (error) {
    const marked = reviewMarkerReason(error);
    return marked === null ? { output: null } : { marked };
  }
  // NaN or Infinity (an empty amount read as a number) is no output: JSON would write null, which no
  // one meant and the schema refuses, so the question offers no such candidate to pick.
  if (output === undefined || output === null || !finiteThroughout(output)) return { output: null };
  return { output: JSON.parse(JSON.stringify(output)) as unknown };
}

/** Whether every number in a value is finite. */
function finiteThroughout(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(finiteThroughout);
}

/** The code's output as written to a file (a JSON round trip), or null when it produces none. */
function outputOf(sources: QuestionSources, input: unknown): unknown {
  const ran = runChosen(sources, input);
  return 'output' in ran ? ran.output : null;
}

/**
 * Whole outputs to choose from: the code's first, then every combination of the fields' competing
 * values (fewest fields changed first), so a record whose right output mixes several rivals (a name
 * split first/middle/last one way for the first name and another for the last) has its candidate.
 */
function candidatesOf(base: unknown, offered: Record<string, unknown[]>): unknown[] {
  // A rival's "cannot read" makes the record worth asking about, but is no output to pick.
  const competing = Object.fromEntries(
    Object.entries(offered).map(([field, values]) => [field, values.filter((v) => !isCannotReadAnswer(v))]),
  );
  const entries = Object.entries(competing).filter(([, values]) => values.length > 1);
  if (entries.some(([field]) => field === '$')) {
    const values = competing['$'] ?? [];
    return [base, ...values.slice(1)].slice(0, MAX_CANDIDATES);
  }
  if (base === null || typeof base !== 'object') return [base];
  // Each combination as the index of each field's value (0: the code's own).
  let combos: number[][] = [[]];
  for (const [, values] of entries) {
    const next: number[][] = [];
    for (const combo of combos) for (let v = 0; v < values.length; v++) next.push([...combo, v]);
    combos = next;
    if (combos.length > 4 * MAX_CANDIDATES) break;
  }
  const changed = (combo: number[]) => combo.filter((v) => v > 0).length;
  // Among as many changes, the earlier fields changed first, then each field's values in order.
  const earlier = (a: number[], b: number[]): number => {
    for (let i = 0; i < a.length; i++) {
      const [x, y] = [a[i] ?? 0, b[i] ?? 0];
      if ((x === 0) !== (y === 0)) return x === 0 ? 1 : -1;
      if (x !== y) return x - y;
    }
    return 0;
  };
  const list: unknown[] = [base];
  const seen = new Set([canonicalJson(base)]);
  for (const combo of combos.sort((a, b) => changed(a) - changed(b) || earlier(a, b))) {
    if (list.length >= MAX_CANDIDATES) break;
    if (changed(combo) === 0) continue;
    const copy = structuredClone(base) as Record<string, unknown>;
    combo.forEach((v, i) => {
      const [field, values] = entries[i] ?? ['', []];
      if (v === 0) return;
      const steps = field.split('.');
      let at = copy;
      for (const step of steps.slice(0, -1)) {
        if (at[step] === null || typeof at[step] !== 'object') at[step] = {};
        at = at[step] as Record<string, unknown>;
      }
      at[steps[steps.length - 1] ?? field] = values[v];
    });
    const id = canonicalJson(copy);
    if (seen.has(id)) continue;
    seen.add(id);
    list.push(copy);
  }
  return list;
}
