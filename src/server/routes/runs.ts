import type { FastifyInstance } from 'fastify';
import { RUN_STATUSES, type RunStatus, type UsageEntry, type UsageTotals } from '../store/types.ts';
import type { ServerContext } from '../context.ts';
import { BadRequestError } from '../errors.ts';
import {
  ErrorBodySchema,
  EventsQuery,
  HistoryQuery,
  HistoryResponse,
  ListRunsQuery,
  ListRunsResponse,
  RunDetailResponse,
  RunIdParams,
  StartedRunResponse,
  StopRunResponse,
  jsonSchema,
} from '../schemas.ts';
import { streamRunEvents, type SseConnection } from '../sse.ts';

export interface RunRoutesOptions {
  heartbeatMs: number;
  /** How long `stop` waits for the job to return before answering 202. */
  stopGraceMs: number;
  /** Open SSE streams, so the server can end them when it closes. */
  streams: Set<SseConnection>;
}

const error = jsonSchema(ErrorBodySchema, 'output');

/** `/runs`: list, detail, stop, and the live event stream of runs of any kind. */
export function registerRunRoutes(
  app: FastifyInstance,
  context: ServerContext,
  options: RunRoutesOptions,
): void {
  const { store, runs } = context;

  app.get(
    '/runs',
    {
      schema: {
        tags: ['runs'],
        summary: 'List runs, newest first',
        querystring: jsonSchema(ListRunsQuery),
        response: { 200: jsonSchema(ListRunsResponse, 'output'), 400: error },
      },
    },
    async (request) => {
      const query = ListRunsQuery.parse(request.query);
      const statuses = query.status?.split(',').map((status) => {
        if (!RUN_STATUSES.includes(status as RunStatus)) {
          throw new BadRequestError(`Unknown run status "${status}".`, {
            hint: `Use one of: ${RUN_STATUSES.join(', ')}.`,
          });
        }
        return status as RunStatus;
      });
      if (query.before !== undefined && Number.isNaN(Date.parse(query.before))) {
        throw new BadRequestError(`"before" must be an ISO date-time, got "${query.before}".`);
      }
      const limit = query.limit ?? 50;
      const list = store.listRuns({
        kind: query.kind,
        subjectId: query.subjectId,
        status: statuses,
        createdBefore: query.before,
        limit,
      });
      // A full page may have more behind it; paging by created time is stable as runs are added.
      const nextBefore = list.length === limit ? (list.at(-1)?.createdAt ?? null) : null;
      return { runs: list, nextBefore };
    },
  );

  app.get(
    '/runs/:id',
    {
      schema: {
        tags: ['runs'],
        summary: 'One run with its attempts and usage totals',
        params: jsonSchema(RunIdParams),
        response: { 200: jsonSchema(RunDetailResponse, 'output'), 404: error },
      },
    },
    async (request) => {
      const { id } = RunIdParams.parse(request.params);
      const run = runs.get(id);
      runs.flushEvents();
      return {
        run,
        live: runs.isLive(id),
        lastSeq: store.lastEventSeq(id),
        attempts: store.listAttempts(id),
        usage: store.usageTotals(id),
        usageEntries: store.listUsage(id),
        usageByAttempt: totalsByAttempt(store.listUsage(id)),
      };
    },
  );

  app.post(
    '/runs/:id/stop',
    {
      schema: {
        tags: ['runs'],
        summary: 'Stop a queued or running run',
        description:
          'Aborts the job and waits briefly for it to return: 200 with the stopped run, or 202 when the job is still winding down.',
        params: jsonSchema(RunIdParams),
        response: {
          200: jsonSchema(StopRunResponse, 'output'),
          202: jsonSchema(StopRunResponse, 'output'),
          404: error,
          409: error,
        },
      },
    },
    async (request, reply) => {
      const { id } = RunIdParams.parse(request.params);
      const run = await runs.stop(id, { graceMs: options.stopGraceMs });
      const settled = !runs.isLive(id);
      return reply.code(settled ? 200 : 202).send({ run, settled });
    },
  );

  app.post(
    '/runs/:id/rerun',
    {
      schema: {
        tags: ['runs'],
        summary: 'Start a new run with the kind and input of an ended one',
        description:
          'For runs interrupted by a restart, stopped, or failed. The new run has `rerunOf` set. 409 while the run is live or when its kind is not registered.',
        params: jsonSchema(RunIdParams),
        response: { 202: jsonSchema(StartedRunResponse, 'output'), 404: error, 409: error },
      },
    },
    async (request, reply) => {
      const { id } = RunIdParams.parse(request.params);
      return reply.code(202).send({ run: runs.rerun(id) });
    },
  );

  app.post(
    '/runs/:id/resume',
    {
      schema: {
        tags: ['runs'],
        summary: 'Continue an interrupted or stopped run under the same id, from where it stopped',
        description:
          'The run goes back to queued/running and records a `run-resumed` event; its events continue after the last stored seq, so SSE `Last-Event-ID` keeps working. ' +
          'Transform runs continue from their checkpoint (every input record ends up exactly once in output + errors, in order). ' +
          '409 when the run is live, ended otherwise (completed, failed, awaiting-review), or its kind cannot resume (browser runs: rerun them).',
        params: jsonSchema(RunIdParams),
        response: { 202: jsonSchema(StartedRunResponse, 'output'), 404: error, 409: error },
      },
    },
    async (request, reply) => {
      const { id } = RunIdParams.parse(request.params);
      return reply.code(202).send({ run: await runs.resume(id) });
    },
  );

  app.get(
    '/runs/:id/history',
    {
      schema: {
        tags: ['runs'],
        summary: "A page of a run's stored events as JSON (the non-streaming twin of /events)",
        params: jsonSchema(RunIdParams),
        querystring: jsonSchema(HistoryQuery),
        response: { 200: jsonSchema(HistoryResponse, 'output'), 400: error, 404: error },
      },
    },
    async (request) => {
      const { id } = RunIdParams.parse(request.params);
      const query = HistoryQuery.parse(request.query);
      runs.get(id);
      runs.flushEvents();
      const events = store
        .listEvents(id, query.after ?? 0, query.limit ?? 1000)
        .map(({ seq, at, event }) => ({ seq, at, event }));
      return { events, lastSeq: store.lastEventSeq(id), live: runs.isLive(id) };
    },
  );

  app.get(
    '/runs/:id/events',
    {
      schema: {
        tags: ['runs'],
        summary: 'Live events of a run (Server-Sent Events)',
        description: [
          'Each event is `id: <seq>` plus `data: {"seq", "at", "event"}`. Stored events after `Last-Event-ID`',
          '(or `?after=`) are replayed first, then live ones follow. Comments (`: heartbeat`) keep the',
          'connection alive. When the run has ended the stream sends `event: end` and closes: close the',
          'EventSource then, or it will reconnect.',
        ].join(' '),
        params: jsonSchema(RunIdParams),
        querystring: jsonSchema(EventsQuery),
        headers: {
          type: 'object',
          properties: { 'last-event-id': { type: 'string', description: 'Resume after this seq.' } },
        },
        response: {
          200: {
            description: 'An event stream',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          400: error,
          404: error,
        },
      },
    },
    async (request, reply) => {
      const { id } = RunIdParams.parse(request.params);
      const query = EventsQuery.parse(request.query);
      runs.get(id); // 404 before the stream opens
      const afterSeq = parseLastEventId(request.headers['last-event-id']) ?? query.after ?? 0;
      reply.hijack();
      // The stream may end inside the call (a finished run is replayed at once), before it is known here.
      const open: { connection?: SseConnection; ended: boolean } = { ended: false };
      open.connection = streamRunEvents(reply.raw, {
        runId: id,
        afterSeq,
        store,
        runs,
        heartbeatMs: options.heartbeatMs,
        redact: (text) => context.redact(text),
        onClose: () => {
          open.ended = true;
          if (open.connection) options.streams.delete(open.connection);
        },
      });
      if (!open.ended) options.streams.add(open.connection);
    },
  );
}

/** Usage rows summed per attempt, in attempt order (calls outside any attempt last). */
function totalsByAttempt(entries: readonly UsageEntry[]) {
  const byAttempt = new Map<number | null, UsageTotals & { attempt: number | null }>();
  for (const entry of entries) {
    const sum = byAttempt.get(entry.attempt) ?? {
      attempt: entry.attempt,
      calls: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      costIncomplete: false,
    };
    sum.calls += 1;
    sum.inputTokens += entry.inputTokens;
    sum.outputTokens += entry.outputTokens;
    sum.costUsd += entry.costUsd ?? 0;
    sum.costIncomplete ||= entry.costUsd === null;
    byAttempt.set(entry.attempt, sum);
  }
  return [...byAttempt.values()].sort((a, b) => (a.attempt ?? Infinity) - (b.attempt ?? Infinity));
}

function parseLastEventId(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header.at(-1) : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new BadRequestError(`Last-Event-ID must be an event seq (a whole number), got "${value}".`);
  }
  return Number(value.trim());
}
