import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodifyServer } from '../app.ts';
import {
  BuildSummarySchema,
  ErrorLineSchema,
  SampleUploadResponse,
  StartedRunResponse,
  TransformRunSummarySchema,
  typedRunSchema,
} from '../protocol/index.ts';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';
import { transformRoutes } from './transforms.ts';

/**
 * What a build's summary says beyond pass or fail, through the real server: every reason the
 * inputs it saw would go to review (not only rival disagreements), and, when no program fits
 * every example, which answers the program that fits the most leaves out and why.
 */
const TOKEN = 'build-outcome-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const api = (url: string) => `/api/v1${url}`;

let server: CodifyServer;
beforeAll(async () => {
  server = await startTestServer({ token: TOKEN, plugins: [transformRoutes] });
});
afterAll(closeTestServers);

async function send(method: 'POST' | 'PUT', url: string, payload: object) {
  const response = await server.app.inject({ method, url: api(url), headers: auth, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return JSON.parse(response.body) as unknown;
}

/** Starts a build, waits for it, and returns its summary as the wire schema reads it (strictly). */
async function buildToEnd(name: string, payload: object = {}) {
  const started = StartedRunResponse.parse(await send('POST', `/services/${name}/build`, payload));
  await server.runs.waitFor(started.run.id);
  const detail = await server.app.inject({
    method: 'GET',
    url: api(`/runs/${started.run.id}`),
    headers: auth,
  });
  const run = typedRunSchema('transform-build').parse((JSON.parse(detail.body) as { run: unknown }).run);
  const sent = (JSON.parse(detail.body) as { run: { summary: unknown } }).run.summary;
  // Nothing the server sends is dropped by the schema: a field it forgot to declare fails here.
  expect(BuildSummarySchema.strict().parse(sent)).toEqual(sent);
  return { status: run.status, summary: BuildSummarySchema.parse(sent) };
}

describe('a build summary on the wire', () => {
  it(
    'counts every reason the inputs seen would go to review, as the CLI does',
    { timeout: 120_000 },
    async () => {
      await send('POST', '/services', {
        name: 'surnames',
        examples: [
          { input: { id: '1', name: 'Ann Lee' }, output: { family: 'Lee' } },
          { input: { id: '2', name: 'Bo Park' }, output: { family: 'Park' } },
          { input: { id: '3', name: 'Cy Dunn' }, output: { family: 'Dunn' } },
        ],
      });
      const form = new FormData();
      // A three-word name (the rivals "second word" and "last word" disagree) and an empty name
      // (no example had one): two reasons, only the first of them a disagreement.
      form.append('file', new Blob(['id,name\n9,Mary Ann Smith\n10,Di Roe\n11,\n']), 'people.csv');
      const stored = SampleUploadResponse.parse(
        JSON.parse(
          (
            await server.app.inject({
              method: 'POST',
              url: api('/services/surnames/samples'),
              headers: auth,
              payload: form,
            })
          ).body,
        ),
      );
      const { summary } = await buildToEnd('surnames', { sample: { upload: stored.sample.upload } });
      expect(summary.ambiguity).toMatchObject({ ambiguous: 1 });
      expect(summary.ambiguity?.reasons).toEqual({
        checked: 3,
        unsettled: 2,
        byReason: { 'rival programs disagree': 1, 'empty input field': 1 },
      });
    },
  );

  it(
    'names the answers the program that fits the most leaves out, by index, and why',
    { timeout: 240_000 },
    async () => {
      const prices = [
        { input: { price: '$12.50' }, output: { cents: 1250 } },
        { input: { price: '$3.99' }, output: { cents: 399 } },
        { input: { price: '$100.00' }, output: { cents: 10000 } },
      ];
      await send('POST', '/services', { name: 'prices', examples: prices });
      expect((await buildToEnd('prices')).summary.status).toBe('passed');
      // A slip in an answered question: 12,50 € is 1250 cents, not 1205.
      const slip = { input: { price: '12,50 €' }, output: { cents: 1205 }, note: 'answered question (web)' };
      await send('PUT', '/services/prices', { examples: [...prices, slip] });
      const { status, summary } = await buildToEnd('prices');
      expect(status).toBe('failed');
      expect(summary.unfit).toEqual([
        {
          index: 3,
          input: slip.input,
          output: slip.output,
          reason: expect.stringMatching(/cents is 1250, the answer says 1205/) as unknown as string,
          answer: true,
        },
      ]);
    },
  );
});

describe('a run summary on the wire', () => {
  it('counts review rows by reason, as its errors file names them', { timeout: 180_000 }, async () => {
    await send('POST', '/services', {
      name: 'review-reasons',
      examples: [
        { input: { id: '1', name: 'Ann Lee' }, output: { family: 'Lee' } },
        { input: { id: '2', name: 'Bo Park' }, output: { family: 'Park' } },
        { input: { id: '3', name: 'Cy Dunn' }, output: { family: 'Dunn' } },
      ],
    });
    expect((await buildToEnd('review-reasons')).summary.status).toBe('passed');
    const form = new FormData();
    form.append('frozen', 'true');
    form.append(
      'file',
      new Blob(['id,name\n9,Mary Ann Smith\n10,Di Roe\n11,\n12,Lee Jo Stone\n']),
      'people.csv',
    );
    const started = StartedRunResponse.parse(
      JSON.parse(
        (
          await server.app.inject({
            method: 'POST',
            url: api('/services/review-reasons/runs'),
            headers: auth,
            payload: form,
          })
        ).body,
      ),
    );
    await server.runs.waitFor(started.run.id);
    const detail = await server.app.inject({
      method: 'GET',
      url: api(`/runs/${started.run.id}`),
      headers: auth,
    });
    const sent = (JSON.parse(detail.body) as { run: { summary: unknown } }).run.summary;
    const summary = TransformRunSummarySchema.strict().parse(sent);
    expect(summary).toMatchObject({ recordsIn: 4, recordsOut: 1, errorsByKind: { review: 3 } });
    expect(summary.reviewByReason).toEqual({ 'rival programs disagree': 2, 'empty input field': 1 });
    const errors = await server.app.inject({
      method: 'GET',
      url: api(`/runs/${started.run.id}/errors`),
      headers: auth,
    });
    const rows = errors.body
      .split('\n')
      .filter(Boolean)
      .map((line) => ErrorLineSchema.parse(JSON.parse(line)));
    expect(rows.map((row) => row.error.reason)).toEqual([
      'rival programs disagree',
      'empty input field',
      'rival programs disagree',
    ]);
  });
});
