import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { ConfigError } from '../../core/errors.ts';
import {
  AnswerRejectedError,
  QuestionNotOpenError,
  answerQuestions,
  loadService,
  openQuestions,
  readServiceFiles,
} from '../../transform/index.ts';
import type { LoadServiceOptions, Question } from '../../transform/index.ts';
import type { ServerContext } from '../context.ts';
import { BadRequestError, ConflictError } from '../errors.ts';
import {
  ErrorBodySchema,
  LabelsBody,
  LabelsResponse,
  QuestionsResponse,
  SampleRefBody,
  ServiceNameParams,
  StartedRunResponse,
  type SampleRef,
  bodySchema,
  jsonSchema,
  type OpenQuestion,
} from '../schemas.ts';
import { TRANSFORM_BUILD_KIND } from '../transforms/jobs.ts';
import { requireServiceDir, serviceSubject } from '../transforms/service-dir.ts';
import { syncServiceRow } from '../transforms/service-index.ts';

const error = jsonSchema(ErrorBodySchema, 'output');

/**
 * The questions a build asks about inputs its examples do not settle, and the answers a person
 * gives in the web UI (or any client), saved as labeled examples. Registered with the transform
 * routes, so they need the token like every other API route.
 * @param assertIdle throws a 409 while a build or run of the service is live
 * @param loadOptions how the build jobs load a service (its model's keys from the server's environment)
 */
export function registerQuestionRoutes(
  app: FastifyInstance,
  context: ServerContext,
  assertIdle: (name: string) => void,
  loadOptions: LoadServiceOptions,
): void {
  const tags = ['transforms'];

  app.get(
    '/services/:name/questions',
    {
      schema: {
        tags,
        summary:
          'The questions the last build left open: inputs the examples do not settle (empty when none)',
        params: jsonSchema(ServiceNameParams),
        response: { 200: jsonSchema(QuestionsResponse, 'output'), 400: error, 404: error },
      },
    },
    async (request) => {
      const { name } = ServiceNameParams.parse(request.params);
      const dir = requireServiceDir(context, name);
      return { questions: (await openQuestions(dir)).map(wireQuestion) };
    },
  );

  app.post(
    '/services/:name/labels',
    {
      schema: {
        tags,
        summary: 'Answer open questions: each answer becomes a labeled example (examples.json)',
        description:
          'Each answer names its question by `input` and gives the right `output` (checked against the output schema) or `pick`, a candidate’s 1-based number. ' +
          'All or nothing: one bad answer is a 400 and nothing is saved. 409 while the service is locked or has a live run, or when a question is no longer open. Rebuild to use the new examples.',
        params: jsonSchema(ServiceNameParams),
        body: bodySchema(LabelsBody),
        response: { 200: jsonSchema(LabelsResponse, 'output'), 400: error, 404: error, 409: error },
      },
    },
    async (request) => {
      const { name } = ServiceNameParams.parse(request.params);
      const body = LabelsBody.parse(request.body ?? {});
      const dir = requireServiceDir(context, name);
      assertIdle(name);
      if ((await readServiceFiles(dir)).config.settings.locked) {
        throw new ConflictError(`Service "${name}" is locked: its examples and code stay as reviewed.`, {
          hint: `Unlock it (POST /api/v1/services/${name}/unlock) to answer questions, then rebuild.`,
        });
      }
      const result = await answerQuestions(dir, body.answers).catch((failure: unknown) => {
        if (failure instanceof AnswerRejectedError)
          throw new BadRequestError(failure.message, failure.hint ? { hint: failure.hint } : {});
        if (failure instanceof QuestionNotOpenError)
          throw new ConflictError(failure.message, failure.hint ? { hint: failure.hint } : {});
        throw failure;
      });
      await syncServiceRow(context, name);
      return { added: result.added, examples: result.examples, questions: result.open.map(wireQuestion) };
    },
  );

  app.post(
    '/services/:name/questions/model-answers',
    {
      schema: {
        tags,
        summary: `Let the service's model answer the open questions, then rebuild (a ${TRANSFORM_BUILD_KIND} run)`,
        description:
          'Each answer that satisfies the output schema becomes an example marked model-labeled ("source": "model") for a person to review; ' +
          'questions the model cannot answer stay open. The run’s summary lists the answers (`modelAnswers`). ' +
          'The rebuild checks the sample of the service’s latest build again, when it had one and the file is still there. ' +
          '409 when no question is open, the service is locked or has a live run, or its model is local (no model to ask).',
        params: jsonSchema(ServiceNameParams),
        response: { 202: jsonSchema(StartedRunResponse, 'output'), 400: error, 404: error, 409: error },
      },
    },
    async (request, reply) => {
      const { name } = ServiceNameParams.parse(request.params);
      const dir = requireServiceDir(context, name);
      assertIdle(name);
      const service = await loadService(dir, loadOptions);
      if (service.state.config.settings.locked) {
        throw new ConflictError(`Service "${name}" is locked: its examples and code stay as reviewed.`, {
          hint: `Unlock it (POST /api/v1/services/${name}/unlock) to let the model answer, then rebuild.`,
        });
      }
      const setModel =
        'Answer the questions yourself (POST …/labels), or set a model (e.g. auto:openai:<model-id>) with its API key in the server’s environment.';
      let engines: ReturnType<typeof service.engines>;
      try {
        engines = service.engines();
      } catch (failure) {
        // A model that cannot be made here (its key is not in the server's environment) is the
        // service's state, not a bad request; the CLI's hint (flags) does not apply.
        if (!(failure instanceof ConfigError)) throw failure;
        throw new ConflictError(failure.message, { hint: setModel });
      }
      if (!engines.model) {
        throw new ConflictError(`Service "${name}" has no model to ask (model: ${engines.spec}).`, {
          hint: setModel,
        });
      }
      if ((await openQuestions(dir)).length === 0) {
        throw new ConflictError(`Service "${name}" has no open questions.`, {
          hint: `Build it (with a sample of the input: POST /api/v1/services/${name}/build) to find inputs the examples do not settle.`,
        });
      }
      const sample = lastSampleOf(context, name);
      const run = context.runs.startKind(TRANSFORM_BUILD_KIND, {
        service: name,
        modelAnswers: true,
        ...(sample ? { sample } : {}),
      });
      return reply.code(202).send({ run });
    },
  );
}

/**
 * The sample of the service's latest build, if it had one and the upload is still there: the
 * questions came from it, so the rebuild after the model's answers checks it again.
 */
function lastSampleOf(context: ServerContext, name: string): SampleRef | null {
  const [latest] = context.store.listRuns({
    kind: TRANSFORM_BUILD_KIND,
    subjectId: serviceSubject(name),
    limit: 1,
  });
  const parsed = SampleRefBody.safeParse((latest?.input as { sample?: unknown } | null)?.sample);
  return parsed.success && existsSync(context.dataPath(parsed.data.upload)) ? parsed.data : null;
}

/** What a client needs of a question (questions.json's `output`/`pick` are for hand edits). */
function wireQuestion(question: Question): OpenQuestion {
  return {
    input: question.input,
    competing: question.competing,
    candidates: question.candidates,
    settles: question.settles,
    ...(question.reason !== undefined ? { reason: question.reason } : {}),
  };
}
