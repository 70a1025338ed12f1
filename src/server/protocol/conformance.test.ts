import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CodifyServer } from '../app.ts';
import type { RunBrief as ServerRunBrief } from '../run-brief.ts';
import type { RunRecord } from '../store/types.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { transformRoutes } from '../routes/transforms.ts';
import type {
  ServiceDetail as ServerServiceDetail,
  ServiceListItem as ServerServiceListItem,
} from '../transforms/service-dir.ts';
import {
  CreatedServiceResponse,
  HealthResponse,
  HistoryResponse,
  InferredSchemaResponse,
  ListRunsResponse,
  LockResponse,
  RunDetailResponse,
  ServiceListResponse,
  ServiceResponse,
  StartedRunResponse,
  UsageResponse,
  type Run,
  type RunBrief,
  type ServiceDetail,
  type ServiceListItem,
} from './index.ts';

/**
 * The protocol is what the server really sends: each answer parses with its schema and parsing
 * loses nothing (zod drops keys a schema does not name, so a field the protocol forgot fails).
 */
function expectDescribedBy(schema: z.ZodType, body: string): void {
  const sent = JSON.parse(body) as unknown;
  expect(schema.parse(sent)).toEqual(sent);
}

let server: CodifyServer;
const examples = [
  { input: { first: 'Ada', last: 'Lovelace' }, output: 'Ada Lovelace' },
  { input: { first: 'Alan', last: 'Turing' }, output: 'Alan Turing' },
];

beforeAll(async () => {
  server = await startTestServer({ plugins: [transformRoutes] });
});
afterAll(closeTestServers);

const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
  const response = await server.app.inject({
    method,
    url: `/api/v1${url}`,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
  return response.body;
};

describe('the wire protocol describes what the server sends', () => {
  it('matches the server’s own types (checked by tsc)', () => {
    expectTypeOf<RunRecord>().toExtend<Run>();
    expectTypeOf<ServerRunBrief>().toExtend<RunBrief>();
    expectTypeOf<ServerServiceDetail>().toExtend<ServiceDetail>();
    // The route adds the live run and the index's times and latest run to the folder's item.
    expectTypeOf<ServerServiceListItem>().toExtend<
      Omit<ServiceListItem, 'liveRun' | 'createdAt' | 'updatedAt' | 'lastRun'>
    >();
  });

  it('describes every field of the service, run, health and usage answers', async () => {
    expectDescribedBy(CreatedServiceResponse, await call('POST', '/services', { name: 'names', examples }));
    expectDescribedBy(ServiceResponse, await call('GET', '/services/names'));
    expectDescribedBy(ServiceResponse, await call('PUT', '/services/names', { model: 'local' }));
    expectDescribedBy(ServiceListResponse, await call('GET', '/services'));
    expectDescribedBy(InferredSchemaResponse, await call('POST', '/services/names/infer-schema', {}));
    expectDescribedBy(LockResponse, await call('POST', '/services/names/lock'));
    expectDescribedBy(LockResponse, await call('POST', '/services/names/unlock'));

    const started = await call('POST', '/services/names/build', {});
    expectDescribedBy(StartedRunResponse, started);
    const runId = StartedRunResponse.parse(JSON.parse(started)).run.id;
    await server.runs.waitFor(runId);
    server.runs.flushEvents();
    expectDescribedBy(RunDetailResponse, await call('GET', `/runs/${runId}`));
    const history = await call('GET', `/runs/${runId}/history`);
    expectDescribedBy(HistoryResponse, history);
    expect(HistoryResponse.parse(JSON.parse(history)).events.length).toBeGreaterThan(1);
    expectDescribedBy(ListRunsResponse, await call('GET', '/runs'));
    // After a run, the list shows it in brief.
    expectDescribedBy(ServiceListResponse, await call('GET', '/services'));
    expectDescribedBy(HealthResponse, await call('GET', '/health'));
    expectDescribedBy(UsageResponse, await call('GET', '/usage?days=7'));
  });
});
