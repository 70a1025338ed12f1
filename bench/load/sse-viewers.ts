/**
 * Scenario: many SSE viewers on live runs. Starts demo runs (many events at a steady pace) and
 * transform runs (real progress events), spreads the viewers over them, lets some drop mid-stream
 * and reconnect with Last-Event-ID, and checks that every viewer saw seq 1..N exactly once, in
 * order, ending with `end`.
 */
import type { ApiClient, RunRecord } from './client.ts';
import { checkSequence } from './exactly-once.ts';
import { summarize, type Summary } from './stats.ts';
import { watchRun, type ViewerResult } from './sse-viewer.ts';
import type { PreparedService } from './transform-runs.ts';

export interface SseScenarioOptions {
  viewers: number;
  demoRuns: number;
  demoSteps: number;
  demoDelayMs: number;
  /** Transform runs to watch besides the demo runs (their services must be built). */
  transformServices: readonly PreparedService[];
  /** Every `reconnectEvery`-th viewer drops its connection (twice) and reconnects. */
  reconnectEvery: number;
}

export interface SseScenarioResult {
  viewers: number;
  runs: number;
  eventsPerRun: Record<string, number>;
  eventsDelivered: number;
  liveEvents: number;
  replayedEvents: number;
  latencyMs: Summary;
  reconnectingViewers: number;
  reconnections: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  viewersWithoutEnd: number;
  viewerErrors: string[];
  endMatchesServer: boolean;
  ok: boolean;
  wallMs: number;
}

export async function runSseScenario(
  api: ApiClient,
  options: SseScenarioOptions,
): Promise<SseScenarioResult> {
  const started = Date.now();
  const runs: RunRecord[] = [];
  // Viewers first watch runs as they start, so most events reach them live.
  for (const service of options.transformServices) {
    runs.push(await api.startRun(service.name, service.file, { frozen: 'true' }));
  }
  for (let index = 0; index < options.demoRuns; index++) {
    runs.push((await api.startDemoRun(options.demoSteps, options.demoDelayMs)).run);
  }
  const watching: Promise<ViewerResult>[] = [];
  let reconnectingViewers = 0;
  for (let index = 0; index < options.viewers; index++) {
    const run = runs[index % runs.length] as RunRecord;
    const reconnects =
      options.reconnectEvery > 0 && index % options.reconnectEvery === options.reconnectEvery - 1;
    if (reconnects) reconnectingViewers += 1;
    watching.push(
      watchRun({
        base: api.base,
        runId: run.id,
        // Different drop points, small enough to land mid-stream in short runs too.
        ...(reconnects ? { dropAfter: 2 + (index % 7), drops: 2 } : {}),
      }),
    );
  }
  const results = await Promise.all(watching);
  const wallMs = Date.now() - started;

  const serverLastSeq = new Map<string, number>();
  for (const run of runs) serverLastSeq.set(run.id, (await api.run(run.id)).lastSeq);

  let lost = 0;
  let duplicated = 0;
  let outOfOrder = 0;
  let viewersWithoutEnd = 0;
  let endMatchesServer = true;
  const latencies: number[] = [];
  const viewerErrors: string[] = [];
  let replayedEvents = 0;
  let eventsDelivered = 0;
  let reconnections = 0;
  for (const result of results) {
    const expectedLast = serverLastSeq.get(result.runId) ?? 0;
    if (result.end === null) viewersWithoutEnd += 1;
    else if (result.end.lastSeq !== expectedLast) endMatchesServer = false;
    const accounting = checkSequence(result.seqs, expectedLast);
    lost += accounting.lost;
    duplicated += accounting.duplicated;
    outOfOrder += accounting.outOfOrder;
    latencies.push(...result.liveLatenciesMs);
    replayedEvents += result.replayed;
    eventsDelivered += result.seqs.length;
    reconnections += result.connections - 1;
    if (result.error) viewerErrors.push(`${result.runId}: ${result.error}`);
  }
  const eventsPerRun: Record<string, number> = {};
  for (const run of runs) eventsPerRun[`${run.kind}:${run.id.slice(0, 8)}`] = serverLastSeq.get(run.id) ?? 0;
  return {
    viewers: options.viewers,
    runs: runs.length,
    eventsPerRun,
    eventsDelivered,
    liveEvents: latencies.length,
    replayedEvents,
    latencyMs: summarize(latencies),
    reconnectingViewers,
    reconnections,
    lost,
    duplicated,
    outOfOrder,
    viewersWithoutEnd,
    viewerErrors: viewerErrors.slice(0, 10),
    endMatchesServer,
    ok:
      lost === 0 &&
      duplicated === 0 &&
      outOfOrder === 0 &&
      viewersWithoutEnd === 0 &&
      endMatchesServer &&
      viewerErrors.length === 0,
    wallMs,
  };
}
