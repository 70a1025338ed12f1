import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodifyServer } from '../../src/server/app.ts';
import { closeTestServers, startTestServer } from '../../src/server/testing/temp-server.ts';
import { checkSequence } from './exactly-once.ts';
import { parseSseChunk, watchRun } from './sse-viewer.ts';

describe('parseSseChunk', () => {
  it('splits complete messages, skips comments and keeps the unfinished rest', () => {
    const text =
      'retry: 3000\n\nid: 1\ndata: {"seq":1}\n\n: heartbeat\n\nevent: end\ndata: {"a":\ndata: 1}\n\nid: 2\nda';
    const { messages, rest } = parseSseChunk(text);
    expect(messages).toEqual([
      { data: '' },
      { id: '1', data: '{"seq":1}' },
      { event: 'end', data: '{"a":\n1}' },
    ]);
    expect(rest).toBe('id: 2\nda');
  });
});

describe('watchRun against a real server', () => {
  let server: CodifyServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ enableDemoJobs: true, maxConcurrentRuns: 4 });
    base = `${await server.listen()}/api/v1`;
  });
  afterAll(closeTestServers);

  it('sees every event exactly once across planned drops and Last-Event-ID reconnects', async () => {
    const response = await fetch(`${base}/demo-runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ steps: 40, delayMs: 2 }),
    });
    const { run } = (await response.json()) as { run: { id: string } };
    const [steady, dropping] = await Promise.all([
      watchRun({ base, runId: run.id, timeoutMs: 60_000 }),
      watchRun({ base, runId: run.id, dropAfter: 5, drops: 3, timeoutMs: 60_000 }),
    ]);
    const lastSeq = server.store.lastEventSeq(run.id);
    // run-status queued + running, 40 steps, run-finished.
    expect(lastSeq).toBe(43);
    for (const viewer of [steady, dropping]) {
      expect(viewer.error).toBeNull();
      expect(viewer.end).toEqual({ status: 'completed', lastSeq });
      expect(checkSequence(viewer.seqs, lastSeq).ok).toBe(true);
    }
    expect(steady.connections).toBe(1);
    expect(dropping.connections).toBe(4);
  });

  it('reports a run that does not exist as an error, not as an empty success', async () => {
    const viewer = await watchRun({ base, runId: '00000000-0000-0000-0000-000000000000', timeoutMs: 10_000 });
    expect(viewer.error).toMatch(/404/);
    expect(viewer.end).toBeNull();
  });
});
