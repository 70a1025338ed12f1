import type { FastifyInstance } from 'fastify';
import { createModel } from '../../core/models/index.ts';
import type { ChatMessage } from '../../core/models/types.ts';
import type { ServerContext } from '../context.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { findExchange, listExchanges, readFollowUp, saveFollowUp } from '../exchanges/exchanges.ts';
import {
  ChatBody,
  ChatResponse,
  ErrorBodySchema,
  ExchangeParams,
  RunIdParams,
  bodySchema,
  jsonSchema,
} from '../schemas.ts';

const error = jsonSchema(ErrorBodySchema, 'output');

const LOCAL_ENGINE =
  'This run used the local engine, which made no model call: the local engine cannot be asked why; its notes are in GET /runs/:id/exchanges under "local".';

/** Where the run's files live. */
const runDirOf = (context: ServerContext, id: string) => context.dataPath(`runs/${id}`);

/**
 * `/runs/:id/exchanges`: every model call a run made (the debug view), and a follow-up chat with
 * the same model about one of them ("why did you decide this?").
 */
export function registerExchangeRoutes(app: FastifyInstance, context: ServerContext): void {
  const { runs, store } = context;

  app.get(
    '/runs/:id/exchanges',
    {
      schema: {
        tags: ['runs'],
        summary: 'The model calls a run made: messages sent, response, usage, and saved follow-up chats',
        description:
          'Builds record each model attempt; browser runs each planner decision. A run on the local engine has none: the answer then has a `note` and what the engine reported (`local`). Images sent to vision models are counted (`images`), not returned.',
        params: jsonSchema(RunIdParams),
        response: { 404: error },
      },
    },
    async (request) => {
      const { id } = RunIdParams.parse(request.params);
      const run = runs.get(id);
      // Prompts hold the user's examples, never keys by design; redaction makes sure of it.
      return context.redact(await listExchanges(run, runDirOf(context, id)));
    },
  );

  app.post(
    '/runs/:id/exchanges/:n/chat',
    {
      schema: {
        tags: ['runs'],
        summary: 'Ask the model of one exchange a follow-up question (e.g. why it decided something)',
        description:
          'Calls the same model spec with the original messages, the model’s response as an assistant message, then the follow-up messages. Provider keys come from the server’s environment (400 with a hint when missing). The conversation is saved with the run (`followUps` in GET /runs/:id/exchanges). 409 for a run on the local engine.',
        params: jsonSchema(ExchangeParams),
        body: bodySchema(ChatBody),
        response: {
          200: jsonSchema(ChatResponse, 'output'),
          400: error,
          404: error,
          409: error,
          502: error,
        },
      },
    },
    async (request) => {
      const { id, n } = ExchangeParams.parse(request.params);
      const body = ChatBody.parse(request.body);
      if (body.messages.at(-1)?.role !== 'user') {
        throw new BadRequestError('The last message must be the user’s question (role "user").');
      }
      const run = runs.get(id);
      const runDir = runDirOf(context, id);
      const { exchange, count } = await findExchange(run, runDir, n);
      if (!exchange) {
        if (count === 0)
          throw new ConflictError(LOCAL_ENGINE, { hint: 'Rebuild or rerun with a model to ask one.' });
        throw new NotFoundError(`Run ${id} has no exchange ${n} (it has ${count}).`, {
          hint: `Use 1–${count}; GET /api/v1/runs/${id}/exchanges lists them.`,
        });
      }
      // Keys and base URLs come from the server's environment; a missing one is a ConfigError (400).
      const model = createModel(exchange.model, { env: context.env });
      if (model === null) throw new ConflictError(LOCAL_ENGINE);
      const messages: ChatMessage[] = [
        ...exchange.messages,
        { role: 'assistant', content: exchange.response },
        ...body.messages,
      ];
      const result = await model.generate({ messages, signal: AbortSignal.timeout(300_000) });
      store.recordUsage(result.usage, { runId: id, attempt: exchange.attempt });
      const reply = { role: 'assistant' as const, content: context.redact(result.text) };
      const previous = await readFollowUp(runDir, n);
      await saveFollowUp(runDir, n, {
        messages: [...body.messages, reply],
        usage: [...(previous?.usage ?? []), result.usage],
        updatedAt: new Date().toISOString(),
      });
      return { reply, usage: result.usage, totals: store.usageTotals(id) };
    },
  );
}
