import { ConfigError } from '../core/errors.ts';
import type { LanguageModel, Usage } from '../core/models/types.ts';
import { answerWithModel } from './build/questions.ts';
import type { Question } from './build/questions.ts';
import { openQuestions } from './open-questions.ts';
import type { TransformService } from './service.ts';
import type { Example } from './service/types.ts';

/** The service has no model to ask (its spec is `local`, or `auto` without a configured provider). */
export class NoModelToAskError extends ConfigError {
  constructor(service: string, spec: string) {
    super(`Service "${service}" has no model to answer its questions (model: ${spec}).`, {
      hint: 'Answer them yourself, or set a model (e.g. auto:openai:<model-id>) with its API key, then try again.',
    });
  }
}

/** What {@link answerOpenQuestionsWithModel} did. */
export interface ModelAnswersResult {
  /** Open questions put to the model. */
  asked: number;
  /** The model-labeled examples appended to examples.json (`"source": "model"`), for review. */
  added: Example[];
  /** Questions the model gave no usable answer to, and why; they stay open. */
  unanswered: { input: unknown; reason: string }[];
  /** The model calls made. */
  usage: Usage[];
  /** The questions still open afterwards. */
  open: Question[];
}

/**
 * Lets the service's model answer the questions a build left open (questions.json): each answer
 * that satisfies the output schema becomes an example marked model-labeled (`"source": "model"`),
 * which a person can review, and a rebuild then uses. Questions it cannot answer stay open.
 * Publishes a `model-answers` event on `service.events`.
 * @param options.model overrides the service's model spec (or passes a model object)
 * @throws NoModelToAskError when there is no model to ask
 */
export async function answerOpenQuestionsWithModel(
  service: TransformService,
  options: { model?: string | LanguageModel; signal?: AbortSignal } = {},
): Promise<ModelAnswersResult> {
  const files = await service.reload();
  const engines = service.engines(options.model);
  if (!engines.model) throw new NoModelToAskError(service.name, engines.spec);
  const questions = await openQuestions(service.dir);
  const answered = await answerWithModel(engines.model, files, questions, options.signal);
  await service.reload();
  const result: ModelAnswersResult = {
    asked: questions.length,
    added: answered.examples,
    unanswered: answered.unanswered,
    usage: answered.usage,
    open: await openQuestions(service.dir),
  };
  service.events.publish({
    type: 'model-answers',
    service: service.name,
    asked: result.asked,
    added: result.added.length,
    unanswered: result.unanswered.length,
  });
  return result;
}
