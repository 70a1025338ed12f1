/**
 * The state of the questions form, kept apart from the page so it can be tested without a browser:
 * per question, which candidate the person picked, or the output they typed, or nothing yet.
 */
import { parseJsonText, toJsonText } from '../../components/JsonEditor.tsx';
import type { OpenQuestion, QuestionAnswerRequest } from './questions-api.ts';

/** One question's draft answer: a candidate's index, the typed output, or skipped. */
export interface AnswerDraft {
  choice: 'skip' | 'typed' | number;
  /** The JSON text of a typed output (kept when the person switches back to a candidate). */
  typed: string;
}

/** A stable key of a question: its input (the server identifies questions the same way). */
export function questionKey(question: OpenQuestion): string {
  return JSON.stringify(question.input);
}

/**
 * A fresh draft: nothing chosen, the typing box prefilled with the current code's output to edit;
 * with no candidate (the code could not read the input), with the fields in question left `null`
 * to fill in, rather than a bare `{}` that hides which fields the question is about.
 */
export function freshDraft(question: OpenQuestion): AnswerDraft {
  return { choice: 'skip', typed: toJsonText(question.candidates[0] ?? outlineOf(question)) };
}

/** The output's shape as far as the question names it: each dotted field path set to `null`. */
function outlineOf(question: OpenQuestion): Record<string, unknown> {
  const outline: Record<string, unknown> = {};
  for (const field of Object.keys(question.competing)) {
    if (field === '$') continue;
    const parts = field.split('.');
    let at = outline;
    for (const part of parts.slice(0, -1)) {
      const next = at[part];
      at = next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : (at[part] = {});
    }
    at[parts.at(-1)!] = null;
  }
  return outline;
}

/**
 * The answers to send: a pick for a chosen candidate, the parsed output for a typed one; skipped
 * questions are left out. An `error` names the first typed output that is not JSON.
 */
export function answersOfDrafts(
  questions: readonly OpenQuestion[],
  drafts: ReadonlyMap<string, AnswerDraft>,
): { answers: QuestionAnswerRequest[] } | { error: string } {
  const answers: QuestionAnswerRequest[] = [];
  for (const [index, question] of questions.entries()) {
    const draft = drafts.get(questionKey(question));
    if (!draft || draft.choice === 'skip') continue;
    if (draft.choice === 'typed') {
      const parsed = parseJsonText(draft.typed);
      if (!parsed.ok)
        return { error: `Question ${index + 1}: the typed output is not JSON (${parsed.message}).` };
      answers.push({ input: question.input, output: parsed.value });
    } else {
      answers.push({ input: question.input, pick: draft.choice + 1 });
    }
  }
  return { answers };
}

/** "3 answers saved as examples; rebuild to use them." */
export function savedMessage(added: number): string {
  if (added === 0) return 'No new examples: those inputs were labelled already.';
  return `${added} answer${added === 1 ? '' : 's'} saved as example${added === 1 ? '' : 's'}; rebuild to use ${added === 1 ? 'it' : 'them'}.`;
}
