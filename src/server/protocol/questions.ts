import { z } from 'zod';

/**
 * An input the examples do not settle: the programs that fit every example disagree on it, no example
 * had its shape, or the code's output for it breaks a check the labels imply.
 */
export const QuestionSchema = z.object({
  input: z.unknown(),
  /** Field (a dotted path, `$` for the whole output) → its competing values, the current code's first. */
  competing: z.record(z.string(), z.array(z.unknown())),
  /** Whole outputs to choose from, the current code's first; `pick` numbers them from 1. */
  candidates: z.array(z.unknown()),
  /** Records seen that are unsettled the same way (see `reason`), which this answer likely settles. */
  settles: z.number().int(),
  /** Why it is asked: the rival programs disagree, an input shape no example had, or a broken output check. */
  reason: z.string().optional(),
});
export type OpenQuestion = z.infer<typeof QuestionSchema>;

/** `GET /services/:name/questions`: the questions the last build left open (empty when none). */
export const QuestionsResponse = z.object({ questions: z.array(QuestionSchema) });
export type QuestionsAnswer = z.infer<typeof QuestionsResponse>;

/** One answer: the question's input, and the right output typed in or picked among the candidates. */
export const QuestionAnswerBody = z
  .object({
    input: z.unknown().describe('The open question’s input, as GET …/questions gave it.'),
    output: z.unknown().optional().describe('The right output; it must satisfy the output schema.'),
    pick: z.number().int().min(1).optional().describe('Or: the 1-based number of the right candidate.'),
  })
  .strict();
export type QuestionAnswerRequest = z.infer<typeof QuestionAnswerBody>;

/** `POST /services/:name/labels`. */
export const LabelsBody = z.object({ answers: z.array(QuestionAnswerBody).min(1).max(1000) }).strict();
export type LabelsRequest = z.infer<typeof LabelsBody>;

/** `POST /services/:name/labels`: what was saved, and the questions still open. */
export const LabelsResponse = z.object({
  /** Examples appended to examples.json. */
  added: z.number().int(),
  /** Examples now in examples.json. */
  examples: z.number().int(),
  questions: z.array(QuestionSchema),
});
export type LabelsAnswer = z.infer<typeof LabelsResponse>;
