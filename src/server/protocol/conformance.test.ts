import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CodifyServer } from '../app.ts';
import type { RunBrief as ServerRunBrief } from '../run-brief.ts';
import type { RunRecord } from '../store/types.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { transformRoutes } from '../routes/transforms.ts';
import { createBrowserTestRoutes } from '../routes/browser-tests.ts';
import { startDemoApp, type DemoApp } from '../../../examples/demo-app/server.ts';
import {
  launchChromium,
  type HealedStep as ProductHealedStep,
  type RunEvidence as ProductRunEvidence,
  type StepFailure as ProductStepFailure,
  type TestConfig as ProductTestConfig,
} from '../../browser/index.ts';
import type { RunSummary as ProductRunSummary, RunToFilesSummary } from '../../transform/index.ts';
import type { CheckReport as CoreCheckReport } from '../../core/loop/types.ts';
import type { buildSummary } from '../transforms/jobs.ts';
import type { recordRun, replayRun } from '../browser-tests/jobs.ts';
import type {
  ServiceDetail as ServerServiceDetail,
  ServiceListItem as ServerServiceListItem,
} from '../transforms/service-dir.ts';
import {
  CreatedServiceResponse,
  ArtifactListResponse,
  BuildSummarySchema,
  ErrorLineSchema,
  HealthResponse,
  RecordRunSummarySchema,
  ReplayRunSummarySchema,
  TestDetailResponse,
  TestHistoryResponse,
  TestListResponse,
  TestResponse,
  TransformRunSummarySchema,
  UploadedFilesResponse,
  typedRunSchema,
  type BuildSummary,
  type CheckReport,
  type HealedStep,
  type RunEvidence,
  type StepFailure,
  type TestConfig,
  type TransformRunSummary,
  HistoryResponse,
  InferredSchemaResponse,
  ListRunsResponse,
  LockResponse,
  RunDetailResponse,
  SampleUploadResponse,
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
    // The products' own types are what their wire schemas describe.
    expectTypeOf<RunToFilesSummary>().toExtend<TransformRunSummary>();
    expectTypeOf<TransformRunSummary>().toExtend<ProductRunSummary>();
    expectTypeOf<CoreCheckReport>().toExtend<CheckReport>();
    expectTypeOf<CheckReport>().toExtend<CoreCheckReport>();
    expectTypeOf<ReturnType<typeof buildSummary> & { exchanges: number }>().toExtend<BuildSummary>();
    expectTypeOf<ProductStepFailure>().toEqualTypeOf<StepFailure>();
    expectTypeOf<ProductHealedStep>().toEqualTypeOf<HealedStep>();
    expectTypeOf<ProductRunEvidence>().toEqualTypeOf<RunEvidence>();
    expectTypeOf<ProductTestConfig>().toEqualTypeOf<TestConfig>();
    // The browser jobs return `unknown` (a run's summary is any JSON); they build their summaries
    // with `satisfies RecordRunSummary / ReplayRunSummary`, and the answers are parsed below.
    expectTypeOf<ReturnType<typeof recordRun>>().toEqualTypeOf<Promise<unknown>>();
    expectTypeOf<ReturnType<typeof replayRun>>().toEqualTypeOf<Promise<unknown>>();
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
    const built = await call('GET', `/runs/${runId}`);
    expectDescribedBy(RunDetailResponse, built);
    expectDescribedBy(typedRunSchema('transform-build'), JSON.stringify(JSON.parse(built).run));
    expect(BuildSummarySchema.parse(JSON.parse(built).run.summary).status).toBe('passed');
    const history = await call('GET', `/runs/${runId}/history`);
    expectDescribedBy(HistoryResponse, history);
    expect(HistoryResponse.parse(JSON.parse(history)).events.length).toBeGreaterThan(1);
    expectDescribedBy(ListRunsResponse, await call('GET', '/runs'));
    // After a run, the list shows it in brief.
    expectDescribedBy(ServiceListResponse, await call('GET', '/services'));
    expectDescribedBy(HealthResponse, await call('GET', '/health'));
    expectDescribedBy(UsageResponse, await call('GET', '/usage?days=7'));
  });

  it('describes a sample upload and a build with a sample', async () => {
    const form = new FormData();
    form.append('file', new Blob(['first,last\nGrace,Hopper\nEdsger,Dijkstra\n']), 'people.csv');
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/services/names/samples',
      payload: form,
    });
    expect(response.statusCode, response.body).toBe(201);
    expectDescribedBy(SampleUploadResponse, response.body);
    const { sample } = SampleUploadResponse.parse(JSON.parse(response.body));
    const started = await call('POST', '/services/names/build', {
      sample: { upload: sample.upload, fileName: sample.fileName },
    });
    const runId = StartedRunResponse.parse(JSON.parse(started)).run.id;
    await server.runs.waitFor(runId);
    const run = JSON.stringify(JSON.parse(await call('GET', `/runs/${runId}`)).run);
    expectDescribedBy(typedRunSchema('transform-build'), run);
    expect(BuildSummarySchema.parse(JSON.parse(run).summary).sample?.records).toBe(2);
  });

  it('describes a transform run’s summary and its error lines', async () => {
    const form = new FormData();
    form.append('frozen', 'true');
    const records = [
      { first: 'Grace', last: 'Hopper' },
      'not an object',
      { first: 'Edsger', last: 'Dijkstra' },
    ];
    form.append('file', new Blob([records.map((r) => JSON.stringify(r)).join('\n') + '\n']), 'people.jsonl');
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/services/names/runs',
      payload: form,
    });
    expect(response.statusCode, response.body).toBe(202);
    const runId = StartedRunResponse.parse(JSON.parse(response.body)).run.id;
    await server.runs.waitFor(runId);
    const run = JSON.parse(await call('GET', `/runs/${runId}`)).run as { summary: unknown };
    expectDescribedBy(typedRunSchema('transform-run'), JSON.stringify(run));
    const summary = TransformRunSummarySchema.parse(run.summary);
    expect(summary.recordsIn).toBe(3);
    expect(summary.errors, 'the string record fails the transform').toBeGreaterThan(0);
    const errorLines = (await call('GET', `/runs/${runId}/errors`)).split('\n').filter((line) => line !== '');
    expect(errorLines).toHaveLength(summary.errors);
    for (const line of errorLines) expectDescribedBy(ErrorLineSchema, line);
  });
});

describe('the wire protocol describes the browser-test answers (local planner, real Chromium)', () => {
  let app: DemoApp;
  let browserServer: CodifyServer;

  beforeAll(async () => {
    app = await startDemoApp({ port: 0 });
    browserServer = await startTestServer({
      plugins: [createBrowserTestRoutes({ env: {}, launchBrowser: () => launchChromium() })],
    });
  });
  afterAll(async () => {
    await closeTestServers();
    await app?.close();
  });

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const response = await browserServer.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
    return response.body;
  };
  const runOf = async (started: string): Promise<string> => {
    const id = StartedRunResponse.parse(JSON.parse(started)).run.id;
    await browserServer.runs.waitFor(id);
    return send('GET', `/runs/${id}`);
  };
  const vars = (n: number) => ({ email: `ada${n}@example.com`, password: 'hunter22' });

  it(
    'describes tests, their runs’ summaries (passed and failed), history and artifacts',
    { timeout: 180_000 },
    async () => {
      expectDescribedBy(
        TestResponse,
        await send('POST', '/browser-tests', {
          name: 'signup',
          url: `${app.url}/`,
          goal: 'Sign up with my name, email and password and accept the terms',
          variables: { name: { default: 'Ada' }, email: {}, password: {} },
          model: 'local',
        }),
      );
      expectDescribedBy(
        TestResponse,
        await send('PUT', '/browser-tests/signup', { limits: { maxSteps: 30 } }),
      );
      const upload = await browserServer.app.inject({
        method: 'POST',
        url: '/api/v1/browser-tests/signup/files',
        payload: (() => {
          const form = new FormData();
          form.append('receipt', new Blob(['paid']), 'receipt.txt');
          return form;
        })(),
      });
      expect(upload.statusCode, upload.body).toBe(201);
      expectDescribedBy(UploadedFilesResponse, upload.body);

      const recorded = await runOf(await send('POST', '/browser-tests/signup/run', { variables: vars(1) }));
      expectDescribedBy(typedRunSchema('browser-run'), JSON.stringify(JSON.parse(recorded).run));
      expect(RecordRunSummarySchema.parse(JSON.parse(recorded).run.summary).specSaved).toBe(true);

      const replayed = await runOf(
        await send('POST', '/browser-tests/signup/replay', { variables: vars(2) }),
      );
      expectDescribedBy(typedRunSchema('browser-replay'), JSON.stringify(JSON.parse(replayed).run));
      // The app changes: a replay without healing fails at a step, and says where.
      app.setVariant('v2');
      const broken = await runOf(await send('POST', '/browser-tests/signup/replay', { variables: vars(3) }));
      expectDescribedBy(typedRunSchema('browser-replay'), JSON.stringify(JSON.parse(broken).run));
      const failed = ReplayRunSummarySchema.parse(JSON.parse(broken).run.summary);
      expect(failed.status).toBe('failed');
      expect(failed.failure ?? failed.failedAssertions[0]).toBeDefined();
      const healed = await runOf(
        await send('POST', '/browser-tests/signup/replay', { variables: vars(4), heal: true }),
      );
      expectDescribedBy(typedRunSchema('browser-replay'), JSON.stringify(JSON.parse(healed).run));
      expect(
        ReplayRunSummarySchema.parse(JSON.parse(healed).run.summary).healed?.steps.length,
      ).toBeGreaterThan(0);

      expectDescribedBy(TestDetailResponse, await send('GET', '/browser-tests/signup'));
      expectDescribedBy(TestListResponse, await send('GET', '/browser-tests'));
      const history = await send('GET', '/browser-tests/signup/history');
      expectDescribedBy(TestHistoryResponse, history);
      expect(TestHistoryResponse.parse(JSON.parse(history)).runs).toHaveLength(4);
      const runId = TestHistoryResponse.parse(JSON.parse(history)).runs.at(-1)!.id;
      const artifacts = await send('GET', `/runs/${runId}/artifacts`);
      expectDescribedBy(ArtifactListResponse, artifacts);
      expect(ArtifactListResponse.parse(JSON.parse(artifacts)).artifacts.length).toBeGreaterThan(2);
    },
  );

  it(
    'describes a recording that did not reach its goal (the unfinished spec and its evidence)',
    { timeout: 120_000 },
    async () => {
      await send('POST', '/browser-tests', {
        name: 'impossible',
        url: `${app.url}/`,
        goal: 'Open the page called Nowhere Land and see the text "unicorn 42"',
        limits: { maxSteps: 3 },
        model: 'local',
      });
      const run = await runOf(await send('POST', '/browser-tests/impossible/run', {}));
      expectDescribedBy(typedRunSchema('browser-run'), JSON.stringify(JSON.parse(run).run));
      const summary = RecordRunSummarySchema.parse(JSON.parse(run).run.summary);
      expect(summary.specSaved).toBe(false);
      expect(summary.spec).toBeDefined();
    },
  );
});
