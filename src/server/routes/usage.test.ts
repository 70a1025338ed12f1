import { afterAll, describe, expect, it } from 'vitest';
import { closeTestServers, startTestServer } from '../testing/temp-server.ts';

afterAll(closeTestServers);

const usage = (overrides: Record<string, unknown> = {}) => ({
  provider: 'openai',
  model: 'gpt-4o-mini',
  inputTokens: 1000,
  outputTokens: 100,
  latencyMs: 5,
  costUsd: 0.01,
  source: 'scripted' as const,
  ...overrides,
});

describe('GET /usage', () => {
  it('totals usage per day (zeros for quiet days) and per model over the last N days', async () => {
    const server = await startTestServer();
    const run = server.store.createRun({ kind: 'k' });
    const now = Date.now();
    const daysAgo = (n: number) => new Date(now - n * 86_400_000).toISOString();
    server.store.recordUsage(usage(), { runId: run.id, attempt: 1, at: daysAgo(0) });
    server.store.recordUsage(usage({ costUsd: 0.02 }), { runId: run.id, attempt: 2, at: daysAgo(0) });
    server.store.recordUsage(usage({ provider: 'anthropic', model: 'claude', costUsd: null }), {
      at: daysAgo(2),
    });
    server.store.recordUsage(usage({ costUsd: 5 }), { at: daysAgo(40) }); // outside the default 30 days

    const response = await server.app.inject({ method: 'GET', url: '/api/v1/usage?days=3' });
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as {
      days: number;
      since: string;
      byDay: { day: string; calls: number; costUsd: number; costIncomplete: boolean }[];
      byModel: { provider: string; model: string; calls: number; costUsd: number }[];
      totals: { calls: number; costUsd: number; costIncomplete: boolean; inputTokens: number };
    };
    expect(body.days).toBe(3);
    expect(body.byDay.map((d) => d.day)).toEqual(
      [daysAgo(2), daysAgo(1), daysAgo(0)].map((t) => t.slice(0, 10)),
    );
    expect(body.byDay.map((d) => d.calls)).toEqual([1, 0, 2]);
    expect(body.byDay[2]?.costUsd).toBeCloseTo(0.03);
    expect(body.byDay[0]?.costIncomplete).toBe(true);
    expect(body.byModel.map((m) => [m.provider, m.model, m.calls])).toEqual([
      ['openai', 'gpt-4o-mini', 2],
      ['anthropic', 'claude', 1],
    ]);
    expect(body.totals).toMatchObject({ calls: 3, inputTokens: 3000, costIncomplete: true });
    expect(body.since.endsWith('T00:00:00.000Z')).toBe(true);

    const month = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/usage' })).body) as {
      byDay: unknown[];
      totals: { calls: number };
    };
    expect(month.byDay).toHaveLength(30);
    expect(month.totals.calls).toBe(3);
    const year = JSON.parse(
      (await server.app.inject({ method: 'GET', url: '/api/v1/usage?days=60' })).body,
    ) as {
      totals: { calls: number; costUsd: number };
    };
    expect(year.totals.calls).toBe(4);

    for (const query of ['days=0', 'days=abc', 'days=1.5', 'days=99999', 'other=1']) {
      const bad = await server.app.inject({ method: 'GET', url: `/api/v1/usage?${query}` });
      expect(bad.statusCode, query).toBe(400);
    }
  });
});
