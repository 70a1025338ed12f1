import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodifyServer } from '../app.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { transformRoutes } from './transforms.ts';

/**
 * End to end through the server's API: a service built with the local engine whose program branches
 * (°F converted, °C copied, one example behind the °C branch), run over an upload whose °C records
 * take that branch. They are review rows (0-based index, reason), the run's summary counts them by
 * reason, and in = out + errors.
 */
const api = (url: string) => `/api/v1${url}`;
const PROBE_EXAMPLES = [
  { input: { probe: 'north-7', reading: '212', scale: 'F' }, output: { probe: 'north-7', celsius: 100 } },
  { input: { probe: 'dock', reading: '32', scale: 'F' }, output: { probe: 'dock', celsius: 0 } },
  {
    input: { probe: 'roof-east-12', reading: '50', scale: 'F' },
    output: { probe: 'roof-east-12', celsius: 10 },
  },
  { input: { probe: 'lab', reading: '37', scale: 'C' }, output: { probe: 'lab', celsius: 37 } },
];
const PROBE_CSV = 'probe,reading,scale\ngate-3,68,F\ncellar,20,C\nyard,104,F\nattic,31,C\n';

interface RunBody {
  run: { id: string };
}

let server: CodifyServer;
beforeAll(async () => {
  server = await startTestServer({ plugins: [transformRoutes] });
}, 60_000);
afterAll(closeTestServers);

const lines = (body: string) =>
  body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('branch review in a built service (server API)', { timeout: 300_000 }, () => {
  it('files the records of a branch one example took as review rows and counts them by reason', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: api('/services'),
      payload: { name: 'probes', examples: PROBE_EXAMPLES },
    });
    expect(created.statusCode, created.body).toBe(201);
    const build = await server.app.inject({
      method: 'POST',
      url: api('/services/probes/build'),
      payload: {},
    });
    const built = await server.runs.waitFor((JSON.parse(build.body) as RunBody).run.id);
    expect(built.status).toBe('completed');
    // The build summary says which branch rests on one example, before any run.
    expect(built.summary).toMatchObject({ ambiguity: { thinBranches: [{ field: 'celsius', examples: 1 }] } });

    const form = new FormData();
    form.append('file', new Blob([PROBE_CSV], { type: 'text/csv' }), 'probes.csv');
    const started = await server.app.inject({
      method: 'POST',
      url: api('/services/probes/runs'),
      payload: form,
    });
    expect(started.statusCode, started.body).toBe(202);
    const runId = (JSON.parse(started.body) as RunBody).run.id;
    const run = await server.runs.waitFor(runId);
    expect(run.summary).toMatchObject({
      recordsIn: 4,
      recordsOut: 2,
      errors: 2,
      errorsByKind: { review: 2 },
      reviewByReason: { 'branch its examples do not support': 2 },
    });
    const output = await server.app.inject({ method: 'GET', url: api(`/runs/${runId}/output`) });
    expect(lines(output.body)).toEqual([
      { probe: 'gate-3', celsius: 20 },
      { probe: 'yard', celsius: 40 },
    ]);
    const errors = await server.app.inject({ method: 'GET', url: api(`/runs/${runId}/errors`) });
    const rows = lines(errors.body);
    expect(rows.map((row) => row['index'])).toEqual([1, 3]);
    for (const row of rows)
      expect(row['error']).toMatchObject({
        kind: 'review',
        reason: 'branch its examples do not support',
        message: expect.stringMatching(/"celsius" takes a branch that only one example took/),
      });
  });
});
