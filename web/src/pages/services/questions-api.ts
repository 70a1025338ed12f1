/**
 * Calls of the question routes (`GET /services/:name/questions`, `POST /services/:name/labels`):
 * what a build could not settle from the examples, and a person's answers saved as examples.
 */
import { sendJson } from '../../lib/api.ts';
import type {
  LabelsAnswer,
  OpenQuestion,
  QuestionAnswerRequest,
  QuestionsAnswer,
} from '../../../../src/server/protocol/index.ts';

export type { LabelsAnswer, OpenQuestion, QuestionAnswerRequest, QuestionsAnswer };

export const questionsApi = {
  /** The path to GET (with `useApi`) for a service's open questions. */
  path: (name: string) => `/services/${encodeURIComponent(name)}/questions`,
  answer: (name: string, answers: QuestionAnswerRequest[]) =>
    sendJson<LabelsAnswer>(`/services/${encodeURIComponent(name)}/labels`, { answers }),
};
