/**
 * Questions about inputs the examples do not settle (picked by `pickQuestions`), answered by a
 * person (questions.json, `codify transform label`) or a model.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { ConfigError } from '../../core/errors.ts';
import { readServiceFiles, writeJsonFile } from '../service/files.ts';
import { canonicalJson } from '../service/header.ts';
import { serviceLayout } from '../service/layout.ts';
import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { askModelDirectly } from '../run/qa.ts';
import { compileSchema, formatViolations } from '../schema/validate.ts';
import type { Example, ServiceFiles } from '../service/types.ts';
import type { ReviewReasons } from './review-reasons.ts';

/** One question: an input the examples do not settle, and the outputs that compete for it. */
export interface Question {
  input: unknown;
  /** Field → competing values, the current code's first. */
  competing: Record<string, unknown[]>;
  /** Whole outputs to choose from (the current code's first). */
  candidates: unknown[];
  /** Records seen that are unsettled the same way (see `reason`), which this answer likely settles. */
  settles: number;
  /**
   * Why it is asked: the rival programs disagree, no example had the input's shape, or the code's
   * output breaks a check the labels imply (see `pickQuestions`).
   */
  reason?: string;
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
  /**
   * Every reason the inputs checked would not be written by a run (rivals, an unseen input shape, an
   * unseen branch word, an unseen output shape, …), each input counted once (`reviewReasons`).
   */
  reasons?: ReviewReasons;
  /**
   * Branches of a field's program that fewer examples took than a run needs to trust them
   * (`BRANCH_EVIDENCE`): every record that takes one goes to review until more examples show it.
   */
  thinBranches?: ThinBranch[];
}

/** A branch of one field's program with too few examples behind it (see {@link Ambiguity}). */
export interface ThinBranch {
  /** The output field (`$` for the whole output). */
  field: string;
  /** How many examples took the branch. */
  examples: number;
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
): Promise<{ added: number; remaining: number; file: string; breaksSchema?: string[] }> {
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
  // A pick that names no candidate is a typo, not "unanswered": say so before merging anything.
  questions.forEach((question, i) => {
    const pick = question.pick;
    const count = Array.isArray(question.candidates) ? question.candidates.length : 0;
    if (
      (question.output === null || question.output === undefined) &&
      pick !== undefined &&
      pick !== null &&
      !(Number.isInteger(pick) && pick >= 1 && pick <= count)
    )
      throw new ConfigError(
        `${questionsFile}: question ${i + 1} has "pick": ${JSON.stringify(pick)}, which names no candidate (${count > 0 ? `pick 1 to ${count}` : 'it has none'}).`,
        { hint: 'Fix the pick, or write the right output in "output" instead; then run label again.' },
      );
  });
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
  // An answer may mean the schema is wrong (an empty weight is null, not a number), so it is kept;
  // but the person hears it now, not from the next build.
  const validator = compileSchema(files.schema);
  const breaksSchema = added.flatMap((example) => {
    const violations = validator.validate(example.output);
    return violations.length > 0
      ? [
          `${JSON.stringify(example.input)} → ${JSON.stringify(example.output)}: ${formatViolations(violations)}`,
        ]
      : [];
  });
  return {
    added: added.length,
    remaining: remaining.length,
    file: questionsFile,
    ...(breaksSchema.length > 0 ? { breaksSchema } : {}),
  };
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
