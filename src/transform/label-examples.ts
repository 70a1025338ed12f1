import path from 'node:path';
import { mergeLabels } from './build/questions.ts';
import type { Question } from './build/questions.ts';
import { writeJsonFile } from './service/files.ts';
import { serviceLayout } from './service/layout.ts';

/** What {@link labelExamples} merged. */
export interface LabelResult {
  /** Examples appended to examples.json. */
  added: number;
  /** Questions still without an answer. */
  remaining: number;
  /** The questions file read. */
  file: string;
  /**
   * Merged answers whose output breaks schema.json (input → output: the violations). They are kept:
   * the schema may be what is wrong, and the next build proposes a revision (accept-schema).
   */
  breaksSchema?: string[];
}

/**
 * Merges answered questions (each with an `output`, or a `pick` among its candidates) into
 * examples.json as labeled examples; unanswered ones are left for later.
 * @param from `{ file }`: a questions file (default `<dir>/questions.json`, written by a build);
 *   `{ answers }`: questions answered here and now (a terminal prompt, an API call)
 */
export async function labelExamples(
  dir: string,
  from: { file?: string } | { answers: Question[] } = {},
): Promise<LabelResult> {
  if (!('answers' in from)) return mergeLabels(dir, from.file);
  // Answers go through a file too, so they take the same checks and merge as a person's edits.
  const file = path.join(serviceLayout(dir).internal, 'answers.json');
  await writeJsonFile(file, from.answers);
  return mergeLabels(dir, file);
}
