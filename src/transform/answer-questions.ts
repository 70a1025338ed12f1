import { ConfigError } from '../core/errors.ts';
import type { Question } from './build/questions.ts';
import { labelExamples } from './label-examples.ts';
import { openQuestions } from './open-questions.ts';
import { compileSchema, formatViolations } from './schema/validate.ts';
import { readServiceFiles } from './service/files.ts';
import { canonicalJson } from './service/header.ts';

/** A person's answer to one open question: the right output, typed or picked among the candidates. */
export interface QuestionAnswer {
  /** The question's input, as {@link openQuestions} gave it (it identifies the question). */
  input: unknown;
  /** The right output. Exactly one of `output` and `pick`. */
  output?: unknown;
  /** The 1-based number of the candidate that is right. */
  pick?: number;
}

/** What {@link answerQuestions} did. */
export interface AnswerQuestionsResult {
  /** Examples appended to examples.json. */
  added: number;
  /** Examples now in examples.json. */
  examples: number;
  /** The questions still open. */
  open: Question[];
}

/** An answer is not usable: no output, a pick out of range, or an output the schema refuses. */
export class AnswerRejectedError extends ConfigError {
  constructor(problems: readonly string[]) {
    super(problems.join(' '), {
      hint: 'Pick one of the candidates, or type the right output as JSON that satisfies the output schema (schema.json).',
    });
  }
}

/** An answer names an input that is not an open question (already answered, or a rebuild replaced it). */
export class QuestionNotOpenError extends ConfigError {
  constructor(inputs: readonly unknown[]) {
    super(
      `No open question has the input ${inputs.map((input) => JSON.stringify(input)).join(', ')}: it was answered already, or a rebuild asked other questions.`,
      { hint: 'Read the open questions again and answer those.' },
    );
  }
}

/**
 * Records a person's answers to a build's open questions as labeled examples (through
 * {@link labelExamples}), after checking every answer: it must name an open question, give exactly
 * one of `output` and `pick`, and its output must satisfy the output schema. All or nothing: one
 * bad answer rejects the lot, so a form is never half saved.
 * @throws AnswerRejectedError for an unusable answer; QuestionNotOpenError for a question not open
 */
export async function answerQuestions(
  dir: string,
  answers: readonly QuestionAnswer[],
): Promise<AnswerQuestionsResult> {
  const files = await readServiceFiles(dir);
  const open = new Map(
    (await openQuestions(dir)).map((question) => [canonicalJson(question.input), question]),
  );
  const validator = compileSchema(files.schema);
  const answered: Question[] = [];
  const problems: string[] = [];
  const notOpen: unknown[] = [];
  const seen = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    const where = `Answer ${index + 1} (input ${JSON.stringify(answer.input)})`;
    if (!Object.hasOwn(answer, 'input')) {
      problems.push(`Answer ${index + 1} has no "input".`);
      continue;
    }
    const id = canonicalJson(answer.input);
    const question = open.get(id);
    if (!question) {
      notOpen.push(answer.input);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`${where} answers the same question as an earlier answer.`);
      continue;
    }
    seen.add(id);
    const output = resolveOutput(answer, question, where, problems);
    if (output === undefined) continue;
    if (output === null) {
      // questions.json and labelExamples read a null output as "not answered yet".
      problems.push(`${where}: null cannot be recorded as an answer.`);
      continue;
    }
    const violations = validator.validate(output);
    if (violations.length > 0) {
      problems.push(
        `${where}: ${JSON.stringify(output)} does not satisfy the output schema: ${formatViolations(violations)}.`,
      );
      continue;
    }
    answered.push({ ...question, output });
  }
  if (problems.length > 0) throw new AnswerRejectedError(problems);
  if (notOpen.length > 0) throw new QuestionNotOpenError(notOpen);
  if (answered.length === 0) throw new AnswerRejectedError(['No answers were given.']);
  const { added } = await labelExamples(dir, { answers: answered });
  return { added, examples: files.examples.length + added, open: await openQuestions(dir) };
}

/** The output an answer gives, or undefined (with the problem noted) when it gives none usable. */
function resolveOutput(
  answer: QuestionAnswer,
  question: Question,
  where: string,
  problems: string[],
): unknown {
  const hasOutput = Object.hasOwn(answer, 'output') && answer.output !== undefined;
  const hasPick = answer.pick !== undefined;
  if (hasOutput === hasPick) {
    problems.push(
      `${where} must give exactly one of "output" (the right output) and "pick" (a candidate's number).`,
    );
    return undefined;
  }
  if (hasPick) {
    const pick = answer.pick as number;
    if (!Number.isInteger(pick) || pick < 1 || pick > question.candidates.length) {
      problems.push(
        `${where}: pick ${pick} is not a candidate's number (1 to ${question.candidates.length}).`,
      );
      return undefined;
    }
    return question.candidates[pick - 1];
  }
  return answer.output;
}
