/**
 * Scenario: N transform services, N files uploaded at once, N runs started concurrently. Measures
 * wall time and records/s, then downloads every output and error file and proves each input id
 * came back exactly once.
 */
import path from 'node:path';
import type { ApiClient, RunRecord } from './client.ts';
import { checkExactlyOnce, type IdAccounting } from './exactly-once.ts';
import { watchRun, type ViewerResult } from './sse-viewer.ts';
import { SERVICE_KINDS, writeRecordsFile, type ServiceKind } from './workload.ts';

/** A built service and the input file prepared for it. */
export interface PreparedService {
  name: string;
  kind: ServiceKind;
  file: string;
  ids: string[];
}

/** Creates `count` services (kinds cycled), builds them all, and writes one input file each. */
export async function prepareServices(
  api: ApiClient,
  count: number,
  recordsEach: number,
  workDir: string,
): Promise<PreparedService[]> {
  const prepared: PreparedService[] = [];
  const builds: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const kind = SERVICE_KINDS[index % SERVICE_KINDS.length] as ServiceKind;
    const name = `${kind.kind}-${index + 1}`;
    await api.createService(name, kind.examples);
    builds.push(
      api.build(name).then(async (run) => {
        const ended = await api.waitForEnd(run.id);
        if (ended.run.status !== 'completed') {
          throw new Error(`build of ${name} ended ${ended.run.status}: ${JSON.stringify(ended.run.error)}`);
        }
      }),
    );
    const file = path.join(workDir, `${name}.jsonl`);
    const ids = await writeRecordsFile(file, kind, recordsEach, 1000 + index);
    prepared.push({ name, kind, file, ids });
  }
  await Promise.all(builds);
  return prepared;
}

export interface RunOutcome {
  service: string;
  runId: string;
  status: string;
  recordsIn: number;
  recordsOut: number;
  errors: number;
  /** From the run's own summary (time inside the job, excluding queueing). */
  jobMs: number | null;
  queuedMs: number | null;
  accounting: IdAccounting;
  events: { lastSeq: number; lost: number; ok: boolean };
}

export interface ConcurrentRunsResult {
  maxConcurrentRuns: number;
  runs: number;
  recordsTotal: number;
  /** From the first upload starting to the last run's `end` event. */
  wallMs: number;
  /** Until every upload was accepted (202). */
  uploadMs: number;
  recordsPerSecond: number;
  statuses: Record<string, number>;
  lost: number;
  duplicated: number;
  unexpected: number;
  allAccountedFor: boolean;
  perRun: RunOutcome[];
  serverPeakRssMb: number | null;
}

/** Id of a result line: an output carries it; an error line carries its input (object or raw text). */
export function idOfResultLine(line: string, idField: string, isError: boolean): string {
  const parsed = JSON.parse(line) as Record<string, unknown>;
  if (!isError) return String(parsed[idField]);
  const input = parsed['input'];
  if (input !== null && typeof input === 'object') return String((input as Record<string, unknown>)[idField]);
  // A line that was not valid JSON comes back as its text: find the id in it.
  const match = new RegExp(`"${idField}"\\s*:\\s*"([^"]*)"`).exec(String(input));
  return match ? (match[1] as string) : `<no id in ${String(input).slice(0, 60)}>`;
}

async function collectIds(api: ApiClient, runId: string, idField: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const line of api.lines(`/runs/${runId}/output`)) ids.push(idOfResultLine(line, idField, false));
  for await (const line of api.lines(`/runs/${runId}/errors`)) ids.push(idOfResultLine(line, idField, true));
  return ids;
}

/** Uploads every service's file at once, starts the runs, watches each to its end, and accounts. */
export async function runConcurrently(
  api: ApiClient,
  services: readonly PreparedService[],
  maxConcurrentRuns: number,
  serverMemory: () => Promise<{ peakRss: number }>,
): Promise<ConcurrentRunsResult> {
  await serverMemory();
  const started = Date.now();
  const runs: RunRecord[] = await Promise.all(
    services.map((service) => api.startRun(service.name, service.file, { frozen: 'true' })),
  );
  const uploadMs = Date.now() - started;
  const viewers: ViewerResult[] = await Promise.all(
    runs.map((run) => watchRun({ base: api.base, runId: run.id })),
  );
  const wallMs = Date.now() - started;
  const peak = await serverMemory();

  const perRun: RunOutcome[] = [];
  const statuses: Record<string, number> = {};
  for (const [index, service] of services.entries()) {
    const run = runs[index] as RunRecord;
    const viewer = viewers[index] as ViewerResult;
    const detail = await api.run(run.id);
    const final = detail.run;
    statuses[final.status] = (statuses[final.status] ?? 0) + 1;
    const summary = (final.summary ?? {}) as {
      recordsIn?: number;
      recordsOut?: number;
      errors?: number;
      durationMs?: number;
    };
    const accounting = checkExactlyOnce(service.ids, await collectIds(api, run.id, service.kind.idField));
    const seqs = new Set(viewer.seqs);
    perRun.push({
      service: service.name,
      runId: run.id,
      status: final.status,
      recordsIn: summary.recordsIn ?? 0,
      recordsOut: summary.recordsOut ?? 0,
      errors: summary.errors ?? 0,
      jobMs: summary.durationMs ?? null,
      queuedMs: final.startedAt ? Date.parse(final.startedAt) - Date.parse(final.createdAt) : null,
      accounting,
      events: {
        lastSeq: detail.lastSeq,
        lost: detail.lastSeq - seqs.size,
        ok:
          viewer.error === null && viewer.end?.lastSeq === detail.lastSeq && seqs.size === viewer.seqs.length,
      },
    });
  }
  const recordsTotal = services.reduce((total, service) => total + service.ids.length, 0);
  const sum = (pick: (outcome: RunOutcome) => number) =>
    perRun.reduce((total, outcome) => total + pick(outcome), 0);
  return {
    maxConcurrentRuns,
    runs: services.length,
    recordsTotal,
    wallMs,
    uploadMs,
    recordsPerSecond: Math.round(recordsTotal / (wallMs / 1000)),
    statuses,
    lost: sum((outcome) => outcome.accounting.missingCount),
    duplicated: sum((outcome) => outcome.accounting.duplicatedCount),
    unexpected: sum((outcome) => outcome.accounting.unexpectedCount),
    allAccountedFor: perRun.every((outcome) => outcome.accounting.ok && outcome.status === 'completed'),
    perRun,
    serverPeakRssMb: Math.round(peak.peakRss / 1024 / 1024),
  };
}
