import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../core/errors.ts';
import type { Question } from './build/questions.ts';
import { readServiceFiles } from './service/files.ts';
import { canonicalJson } from './service/header.ts';
import { serviceLayout } from './service/layout.ts';

/**
 * The questions a build left open: those of questions.json whose input is not an example yet.
 * A question stops being open once its input is labeled, however that happened (an answer in the
 * web UI, `codify transform label`, an example added by hand), so the list never repeats one.
 * @returns the open questions in the file's order; `[]` when the build wrote none
 * @throws ConfigError when questions.json is not a JSON array of questions with an `input` each
 */
export async function openQuestions(dir: string): Promise<Question[]> {
  const file = serviceLayout(dir).questions;
  if (!existsSync(file)) return [];
  const questions = parseQuestions(await readFile(file, 'utf8'), file);
  const files = await readServiceFiles(dir);
  const labeled = new Set(files.examples.map((example) => canonicalJson(example.input)));
  return questions.filter((question) => !labeled.has(canonicalJson(question.input)));
}

/** Reads questions.json leniently where a person may have edited it (missing lists, settles). */
function parseQuestions(text: string, file: string): Question[] {
  const hint = 'Rebuild the service to write it again, or fix the file by hand (a JSON array of questions).';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`, { hint });
  }
  if (!Array.isArray(parsed)) throw new ConfigError(`${file} must hold a JSON array of questions.`, { hint });
  return parsed.map((entry: unknown, index): Question => {
    if (typeof entry !== 'object' || entry === null || !Object.hasOwn(entry, 'input')) {
      throw new ConfigError(`${file}: question ${index + 1} has no "input".`, { hint });
    }
    const raw = entry as Partial<Question>;
    const competing =
      typeof raw.competing === 'object' && raw.competing !== null && !Array.isArray(raw.competing)
        ? Object.fromEntries(
            Object.entries(raw.competing).filter((pair): pair is [string, unknown[]] =>
              Array.isArray(pair[1]),
            ),
          )
        : {};
    return {
      input: raw.input,
      competing,
      candidates: Array.isArray(raw.candidates) ? raw.candidates : [],
      settles:
        typeof raw.settles === 'number' && Number.isInteger(raw.settles) && raw.settles > 0 ? raw.settles : 1,
      ...(typeof raw.reason === 'string' ? { reason: raw.reason } : {}),
      output: raw.output ?? null,
      ...(typeof raw.pick === 'number' ? { pick: raw.pick } : {}),
    };
  });
}
