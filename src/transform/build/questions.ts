/**
 * Ambiguity: inputs on which the programs that fit every example disagree. The build lists them and
 * asks about the few whose answers settle the most records (one question per group of records that
 * disagree the same way), for a person (questions.json, `codify transform label`) or a model.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { ConfigError } from '../../core/errors.ts';
import { readServiceFiles, writeJsonFile } from '../service/files.ts';
import { canonicalJson } from '../service/header.ts';
import { serviceLayout } from '../service/layout.ts';
import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { askModelDirectly } from '../run/qa.ts';
import { compileSchema } from '../schema/validate.ts';
import type { Example, ServiceFiles } from '../service/types.ts';
import type { SynthVersionSpace } from './synth-adapter.ts';

/** One question: an input the examples do not settle, and the outputs that compete for it. */
export interface Question {
  input: unknown;
  /** Field → competing values, the current code's first. */
  competing: Record<string, unknown[]>;
  /** Whole outputs to choose from (the current code's first). */
  candidates: unknown[];
  /** Records seen that disagree the same way, which this answer likely settles. */
  settles: number;
  /** Fill in: the right output (or set `pick` to a candidate's 1-based number). */
  output: unknown;
  pick?: number;
}

/** What the build found about ambiguity among the inputs it could see. */
export interface Ambiguity {
  /** Inputs checked (potential inputs and the sample; the examples are settled by construction). */
  checked: number;
  ambiguous: number;
  /** Field → ambiguous inputs. */
  byField: Record<string, number>;
  questions: Question[];
}

/**
 * Runs the version space over the inputs and picks up to `max` questions: inputs are grouped by how
 * their programs disagree (fields, and which answers coincide), and each group's first input is a
 * question; the largest groups come first, since one answer settles a whole group.
 */
export function findAmbiguity(
  space: SynthVersionSpace,
  inputs: readonly unknown[],
  chosenOutput: (input: unknown) => unknown,
  max = 3,
): Ambiguity {
  const groups = new Map<string, { input: unknown; competing: Record<string, unknown[]>; size: number }>();
  const byField: Record<string, number> = {};
  const seen = new Set<string>();
  let checked = 0;
  let ambiguous = 0;
  for (const input of inputs) {
    const id = canonicalJson(input);
    if (seen.has(id)) continue;
    seen.add(id);
    checked += 1;
    const found = space.disagreements(input);
    if (found.length === 0) continue;
    ambiguous += 1;
    for (const d of found) byField[d.field] = (byField[d.field] ?? 0) + 1;
    const signature = found.map((d) => `${d.field}:${d.outputs.length}`).join('|');
    const group = groups.get(signature);
    if (group) group.size += 1;
    else
      groups.set(signature, {
        input,
        competing: Object.fromEntries(found.map((d) => [d.field, d.outputs])),
        size: 1,
      });
  }
  const questions = [...groups.values()]
    .sort((a, b) => b.size - a.size)
    .slice(0, max)
    .map((group): Question => {
      const base = chosenOutput(group.input);
      return {
        input: group.input,
        competing: group.competing,
        candidates: candidatesOf(base, group.competing),
        settles: group.size,
        output: null,
      };
    });
  return { checked, ambiguous, byField, questions };
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

/** The answer a filled-in question gives, or undefined when it is not answered yet. */
export function answerOf(question: Question): unknown {
  if (question.output !== null && question.output !== undefined) return question.output;
  if (typeof question.pick === 'number') return question.candidates[question.pick - 1];
  return undefined;
}

/**
 * Merges the answered questions of `file` (default: the service's questions.json) into
 * examples.json; unanswered ones stay in the file (which is removed once all are answered).
 */
export async function mergeLabels(
  dir: string,
  file?: string,
): Promise<{ added: number; remaining: number; file: string }> {
  const layout = serviceLayout(dir);
  const questionsFile = file ?? layout.questions;
  if (!existsSync(questionsFile))
    throw new ConfigError(`No questions to merge: ${questionsFile} does not exist.`, {
      hint: `Run codify transform build ${dir} --sample FILE to find inputs the examples do not settle.`,
    });
  let questions: Question[];
  try {
    const parsed = JSON.parse(await readFile(questionsFile, 'utf8')) as unknown;
    if (!Array.isArray(parsed)) throw new Error('not an array');
    questions = parsed as Question[];
  } catch (error) {
    throw new ConfigError(`${questionsFile} is not a JSON array of questions: ${String(error)}`, {
      hint: 'Fill in "output" (or "pick": the number of a candidate) for each question; keep the rest as written.',
    });
  }
  const files = await readServiceFiles(dir);
  const known = new Set(files.examples.map((example) => canonicalJson(example.input)));
  const added: Example[] = [];
  const remaining: Question[] = [];
  for (const question of questions) {
    const answer = answerOf(question);
    if (answer === undefined) {
      remaining.push(question);
      continue;
    }
    if (known.has(canonicalJson(question.input))) continue;
    known.add(canonicalJson(question.input));
    added.push({ input: question.input, output: answer, note: 'answered question (codify transform label)' });
  }
  if (added.length > 0) await writeJsonFile(layout.examples, [...files.examples, ...added]);
  if (remaining.length > 0) await writeJsonFile(questionsFile, remaining);
  else await rm(questionsFile, { force: true });
  return { added: added.length, remaining: remaining.length, file: questionsFile };
}

/**
 * Lets a model answer the questions (QA aimed where the examples leave the output open): each
 * usable answer (JSON that satisfies the output schema) becomes a model-labeled example
 * (`"source": "model"`) appended to examples.json, for a person to review.
 */
export async function answerWithModel(
  model: LanguageModel,
  files: ServiceFiles,
  questions: readonly Question[],
  signal?: AbortSignal,
): Promise<ModelAnswers> {
  const validator = compileSchema(files.schema);
  const known = new Set(files.examples.map((example) => canonicalJson(example.input)));
  const added: Example[] = [];
  const usage: Usage[] = [];
  const unanswered: ModelAnswers['unanswered'] = [];
  for (const question of questions) {
    if (known.has(canonicalJson(question.input))) continue;
    const answer = await askModelDirectly(
      model,
      { serviceName: files.config.name, schema: files.schema, examples: files.examples, validator },
      question.input,
      signal,
    );
    if (answer.usage) usage.push(answer.usage);
    if (!answer.ok) {
      unanswered.push({ input: question.input, reason: answer.reason });
      continue;
    }
    known.add(canonicalJson(question.input));
    added.push({
      input: question.input,
      output: answer.output,
      source: 'model',
      note: 'answered an ambiguity question',
    });
  }
  if (added.length > 0) await writeJsonFile(serviceLayout(files.dir).examples, [...files.examples, ...added]);
  return { added: added.length, examples: added, unanswered, usage };
}

/** What {@link answerWithModel} did. */
export interface ModelAnswers {
  /** How many model-labeled examples were appended to examples.json. */
  added: number;
  /** Those examples (`"source": "model"`), in question order. */
  examples: Example[];
  /** Questions the model gave no usable answer to (no JSON, the schema broken, a failed call), and why. */
  unanswered: { input: unknown; reason: string }[];
  usage: Usage[];
}
