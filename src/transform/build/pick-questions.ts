/**
 * The questions the build asks (questions.json, `build --sample`, the server and web, model
 * answers) and the trust benchmark measures: one place, so a figure never counts a question the
 * product does not ask. Three kinds of record the examples leave open are grouped so that one
 * answer settles a whole group, and the groups holding the most records are asked first:
 * records the retained rival programs disagree on, inputs of a shape no example had, and outputs
 * that break a check the labels imply.
 */
import { canonicalJson } from '../service/header.ts';
import {
  inputShapeKey,
  outputCheckProblem,
  outputDoubtKey,
  shapeQuestions,
  uncoveredShape,
  type InputProfile,
  type OutputCheck,
} from '../run/trust.ts';
import type { Ambiguity, Question } from './questions.ts';

/** What the build knows about where its code may be wrong. */
export interface QuestionSources {
  /** The retained programs per field (the version space); null when the engine kept none. */
  space: { disagreements(input: unknown): { field: string; outputs: unknown[] }[] } | null;
  /** The input contract the examples imply, for the code that was written (`profileInputs`). */
  profile: InputProfile;
  /** The output checks the labels imply (`inferOutputChecks`). */
  checks: readonly OutputCheck[];
  /** The written code's output for an input; null when it produces none (it threw, nothing loaded). */
  chosenOutput: (input: unknown) => unknown;
  /**
   * The input contract the examples would imply with these inputs answered too (`profileInputs`
   * over the examples and the answered inputs, for the same code). When given, a question about an
   * unseen shape counts the records its answer would actually cover, not every record of its kind
   * (five records of one shape, each with a word no example had, are settled one answer each).
   */
  reprofile?: (answered: readonly unknown[]) => InputProfile;
}

/** Unseen-shape kinds whose answers are simulated (the largest by their estimate): bounds the work. */
const SIMULATED_KINDS = 24;

interface Kind {
  input: unknown;
  settles: number;
  competing: Record<string, unknown[]>;
  reason: string;
}

/**
 * Picks up to `max` questions among `inputs` (the inputs seen so far and the sample; repeated
 * records count once), ordered by how many records one answer likely settles. Records the rivals
 * disagree on are grouped by how they disagree (fields, number of answers) and by the input's
 * shape ("2024/03/16" and "15.03.2024" may both part the rivals, but one answer settles only its
 * own format); unseen shapes by `uncoveredShapeKey`; doubtful outputs by `outputDoubtKey`. An input is asked once; on a tie, disagreeing rivals (the sharpest
 * question) come first, then unseen shapes.
 */
export function pickQuestions(sources: QuestionSources, inputs: readonly unknown[], max = 3): Ambiguity {
  const { space, profile, checks } = sources;
  const distinct = new Map<string, unknown>();
  for (const input of inputs) {
    const id = canonicalJson(input);
    if (!distinct.has(id)) distinct.set(id, input);
  }
  const records = [...distinct.values()];
  const byField: Record<string, number> = {};
  let ambiguous = 0;
  const disputes = new Map<string, Kind>();
  for (const input of space ? records : []) {
    const found = space?.disagreements(input) ?? [];
    if (found.length === 0) continue;
    ambiguous += 1;
    for (const d of found) byField[d.field] = (byField[d.field] ?? 0) + 1;
    const key = `${found.map((d) => `${d.field}:${d.outputs.length}`).join('|')}#${inputShapeKey(profile, input)}`;
    const kind = disputes.get(key);
    if (kind) kind.settles += 1;
    else
      disputes.set(key, {
        input,
        settles: 1,
        competing: Object.fromEntries(found.map((d) => [d.field, d.outputs])),
        reason: `the programs that fit every example disagree on ${found.map((d) => d.field).join(', ')}`,
      });
  }
  const shapes = shapeQuestions(profile, records, records.length).map(({ input, settles }): Kind => ({
    input,
    settles,
    competing: {},
    reason: `no example had this shape: ${uncoveredShape(profile, input) ?? 'unseen input'}`,
  }));
  if (sources.reprofile) {
    const unseen = records.filter((input) => uncoveredShape(profile, input) !== null);
    for (const kind of shapes.slice(0, SIMULATED_KINDS)) {
      const answered = sources.reprofile([kind.input]);
      kind.settles = unseen.filter((input) => uncoveredShape(answered, input) === null).length;
    }
  }
  const doubts = new Map<string, Kind>();
  for (const input of records) {
    if (uncoveredShape(profile, input)) continue;
    const output = outputOf(sources, input);
    if (output === null) continue;
    const key = outputDoubtKey(checks, output, input);
    if (key === null) continue;
    const kind = doubts.get(key);
    if (kind) kind.settles += 1;
    else
      doubts.set(key, {
        input,
        settles: 1,
        competing: {},
        reason: `the output breaks a check the examples imply: ${outputCheckProblem(checks, output, input) ?? key}`,
      });
  }
  const kinds = [...disputes.values(), ...shapes, ...doubts.values()].sort((a, b) => b.settles - a.settles);
  const questions: Question[] = [];
  const asked = new Set<string>();
  for (const kind of kinds) {
    if (questions.length >= max) break;
    const id = canonicalJson(kind.input);
    if (asked.has(id)) continue;
    asked.add(id);
    const base = outputOf(sources, kind.input);
    // A record asked about for its shape may also part the rivals: show what they offer too.
    const competing =
      Object.keys(kind.competing).length > 0
        ? kind.competing
        : Object.fromEntries((space?.disagreements(kind.input) ?? []).map((d) => [d.field, d.outputs]));
    questions.push({
      input: kind.input,
      competing,
      candidates: base === null && Object.keys(competing).length === 0 ? [] : candidatesOf(base, competing),
      settles: kind.settles,
      reason: kind.reason,
      output: null,
    });
  }
  return { checked: records.length, ambiguous, byField, questions };
}

/** The code's output as written to a file (a JSON round trip), or null when it produces none. */
function outputOf(sources: QuestionSources, input: unknown): unknown {
  let output: unknown;
  try {
    output = sources.chosenOutput(structuredClone(input));
  } catch {
    return null;
  }
  return output === undefined || output === null ? null : (JSON.parse(JSON.stringify(output)) as unknown);
}

/** Whole outputs: the code's, then one per competing value of each field. */
function candidatesOf(base: unknown, competing: Record<string, unknown[]>): unknown[] {
  const list: unknown[] = [base];
  for (const [field, values] of Object.entries(competing)) {
    for (const value of values.slice(1)) {
      const copy = structuredClone(base) as unknown;
      if (field === '$') list.push(value);
      else if (copy !== null && typeof copy === 'object') {
        const steps = field.split('.');
        let at = copy as Record<string, unknown>;
        for (const step of steps.slice(0, -1)) at = (at[step] ?? {}) as Record<string, unknown>;
        at[steps[steps.length - 1] ?? field] = value;
        list.push(copy);
      }
    }
  }
  return list;
}
