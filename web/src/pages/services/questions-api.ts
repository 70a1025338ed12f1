/**
 * Calls of the question routes (`GET /services/:name/questions`, `POST /services/:name/labels`,
 * `POST /services/:name/questions/model-answers`): what a build could not settle from the
 * examples, and a person's (or the model's) answers saved as examples.
 */
import { sendJson } from '../../lib/api.ts';
import type {
  LabelsAnswer,
  OpenQuestion,
  QuestionAnswerRequest,
  QuestionsAnswer,
  StartedRun,
} from '../../../../src/server/protocol/index.ts';

export type { LabelsAnswer, OpenQuestion, QuestionAnswerRequest, QuestionsAnswer };

export const questionsApi = {
  /** The path to GET (with `useApi`) for a service's open questions. */
  path: (name: string) => `/services/${encodeURIComponent(name)}/questions`,
  answer: (name: string, answers: QuestionAnswerRequest[]) =>
    sendJson<LabelsAnswer>(`/services/${encodeURIComponent(name)}/labels`, { answers }),
  /** The service's model answers the open questions (model-labeled examples), then a build runs. */
  letModelAnswer: (name: string) =>
    sendJson<StartedRun>(`/services/${encodeURIComponent(name)}/questions/model-answers`),
};
