/**
 * `npm run test:soak [-- --minutes 10]`: a long reliability run of the server under mixed load —
 * transform runs (some stopped part-way and rerun), demo runs with many SSE viewers (some
 * reconnecting, some runs stopped), and a steady API poller — asserting that no record and no event
 * is ever lost or repeated. Not part of `npm test` (it takes minutes). Prints a summary, writes
 * `bench/results/load-soak.json`, and exits 1 on any loss, duplicate or unexpected failure.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { ApiClient } from './client.ts';
import { checkExactlyOnce, checkSequence } from './exactly-once.ts';
import { machineInfo } from './machine.ts';
import { startServerProcess } from './server-process.ts';
import { watchRun, type ViewerResult } from './sse-viewer.ts';
import { summarize } from './stats.ts';
import { idOfResultLine, prepareServices, type PreparedService } from './transform-runs.ts';
import { seededRandom } from './workload.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    records: { type: 'string', default: '20000' },
    output: { type: 'string' },
  },
});
const minutes = Number(values.minutes);
const recordsPerRun = Number(values.records);
const root = path.resolve(import.meta.dirname, '../..');
const outputFile = values.output ?? path.join(root, 'bench/results/load-soak.json');
const random = seededRandom(20261126);

/** Everything the soak counts; any non-zero loss field fails it. */
const tally = {
  transformRuns: { completed: 0, stopped: 0, reruns: 0, otherStatus: 0 },
  recordsChecked: 0,
  recordsLost: 0,
  recordsDuplicated: 0,
  recordsUnexpected: 0,
  demoRuns: { completed: 0, stopped: 0 },
  viewers: 0,
  viewerReconnections: 0,
  eventsChecked: 0,
  eventsLost: 0,
  eventsDuplicated: 0,
  eventsOutOfOrder: 0,
  viewerErrors: [] as string[],
  api: { requests: 0, non2xx: 0, errors: 0 },
  problems: [] as string[],
};
const apiLatencies: Record<string, number[]> = {};
const eventLatencies: number[] = [];
const rssSamplesMb: { atS: number; rssMb: number }[] = [];

function account(viewers: readonly ViewerResult[], lastSeq: number): void {
  for (const viewer of viewers) {
    tally.viewers += 1;
    tally.viewerReconnections += viewer.connections - 1;
    const check = checkSequence(viewer.seqs, lastSeq);
    tally.eventsChecked += viewer.seqs.length;
    tally.eventsLost += check.lost;
    tally.eventsDuplicated += check.duplicated;
    tally.eventsOutOfOrder += check.outOfOrder;
    for (const latency of viewer.liveLatenciesMs) eventLatencies.push(latency);
    if (viewer.error !== null && tally.viewerErrors.length < 20) tally.viewerErrors.push(viewer.error);
    if (viewer.end === null || viewer.end.lastSeq !== lastSeq) {
      tally.problems.push(
        `viewer of ${viewer.runId} ended with ${JSON.stringify(viewer.end)}, server lastSeq ${lastSeq}`,
      );
    }
  }
}

function viewersOf(api: ApiClient, runId: string, count: number): Promise<ViewerResult[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      watchRun({
        base: api.base,
        runId,
        ...(index % 3 === 2 ? { dropAfter: 1 + Math.floor(random() * 20), drops: 2 } : {}),
      }),
    ),
  );
}

/** Collects ids from a run's output and errors; a stopped run's partial files must be a clean subset. */
async function resultIds(api: ApiClient, runId: string, idField: string, partial = false): Promise<string[]> {
  const ids: string[] = [];
  if (partial) {
    // A run stopped while still queued never opened its files.
    const probe = await fetch(`${api.base}/runs/${runId}/output`);
    await probe.body?.cancel();
    if (probe.status === 404) return ids;
  }
  for await (const line of api.lines(`/runs/${runId}/output`)) ids.push(idOfResultLine(line, idField, false));
  for await (const line of api.lines(`/runs/${runId}/errors`)) ids.push(idOfResultLine(line, idField, true));
  return ids;
}

async function checkCompletedRun(api: ApiClient, runId: string, service: PreparedService): Promise<void> {
  const accounting = checkExactlyOnce(service.ids, await resultIds(api, runId, service.kind.idField));
  tally.recordsChecked += accounting.expected;
  tally.recordsLost += accounting.missingCount;
  tally.recordsDuplicated += accounting.duplicatedCount;
  tally.recordsUnexpected += accounting.unexpectedCount;
  if (!accounting.ok) tally.problems.push(`run ${runId} of ${service.name}: ${JSON.stringify(accounting)}`);
}

/** One service's loop: run, sometimes stop part-way and rerun; every completed run is accounted. */
async function transformActor(api: ApiClient, service: PreparedService, until: number): Promise<void> {
  while (Date.now() < until) {
    const run = await api.startRun(service.name, service.file, { frozen: 'true' });
    const watching = viewersOf(api, run.id, 3);
    let finalId = run.id;
    if (random() < 0.3) {
      await delay(200 + Math.floor(random() * 1500));
      const stop = await api.stop(run.id);
      // 409: it had already finished, which is fine.
      if (![200, 202, 409].includes(stop.status))
        tally.problems.push(`stop ${run.id} answered ${stop.status}`);
    }
    const ended = await api.waitForEnd(run.id);
    account(await watching, ended.lastSeq);
    if (ended.run.status === 'stopped') {
      tally.transformRuns.stopped += 1;
      const partial = checkExactlyOnce(service.ids, await resultIds(api, run.id, service.kind.idField, true));
      if (partial.duplicatedCount > 0 || partial.unexpectedCount > 0) {
        tally.problems.push(
          `stopped run ${run.id} wrote duplicates or strangers: ${JSON.stringify(partial)}`,
        );
      }
      const rerun = await api.rerun(run.id);
      tally.transformRuns.reruns += 1;
      const rerunWatching = viewersOf(api, rerun.id, 2);
      const rerunEnded = await api.waitForEnd(rerun.id);
      account(await rerunWatching, rerunEnded.lastSeq);
      finalId = rerun.id;
      if (rerunEnded.run.status !== 'completed') {
        tally.transformRuns.otherStatus += 1;
        tally.problems.push(`rerun ${rerun.id} ended ${rerunEnded.run.status}`);
        continue;
      }
    } else if (ended.run.status !== 'completed') {
      tally.transformRuns.otherStatus += 1;
      tally.problems.push(`run ${run.id} ended ${ended.run.status}: ${JSON.stringify(ended.run.error)}`);
      continue;
    }
    tally.transformRuns.completed += 1;
    await checkCompletedRun(api, finalId, service);
  }
}

/** Demo runs with many viewers; a quarter are stopped part-way (their streams must still be whole). */
async function demoActor(api: ApiClient, until: number): Promise<void> {
  while (Date.now() < until) {
    const { run } = await api.startDemoRun(100 + Math.floor(random() * 300), 5);
    const watching = viewersOf(api, run.id, 10 + Math.floor(random() * 15));
    if (random() < 0.25) {
      await delay(300 + Math.floor(random() * 1000));
      await api.stop(run.id);
    }
    const ended = await api.waitForEnd(run.id);
    if (ended.run.status === 'stopped') tally.demoRuns.stopped += 1;
    else if (ended.run.status === 'completed') tally.demoRuns.completed += 1;
    else tally.problems.push(`demo run ${run.id} ended ${ended.run.status}`);
    account(await watching, ended.lastSeq);
  }
}

/** A steady poller of the read routes, as a dashboard would be. */
async function apiActor(api: ApiClient, until: number): Promise<void> {
  const routes = ['/health', '/runs?limit=20', '/services'];
  let turn = 0;
  while (Date.now() < until) {
    const route = routes[turn++ % routes.length] as string;
    const started = performance.now();
    try {
      const response = await fetch(`${api.base}${route}`);
      await response.arrayBuffer();
      tally.api.requests += 1;
      if (response.status >= 300) tally.api.non2xx += 1;
    } catch {
      tally.api.errors += 1;
    }
    (apiLatencies[route] ??= []).push(performance.now() - started);
    await delay(50);
  }
}

const work = await mkdtemp(path.join(os.tmpdir(), 'codify-soak-'));
const machineAtStart = machineInfo();
try {
  const server = await startServerProcess({
    dataDir: path.join(work, 'data'),
    maxConcurrentRuns: 4,
    enableDemoJobs: true,
  });
  const api = new ApiClient(server.url);
  console.log(
    `test:soak: ${minutes} min of mixed load on ${server.url}; load ${machineAtStart.loadAverage.join(' / ')}`,
  );
  const services = await prepareServices(api, 3, recordsPerRun, work);
  const started = Date.now();
  const until = started + minutes * 60_000;
  const sampler = setInterval(() => {
    void server.memory().then(({ rss }) => {
      rssSamplesMb.push({
        atS: Math.round((Date.now() - started) / 1000),
        rssMb: Math.round(rss / 1024 / 1024),
      });
    });
  }, 15_000);
  const progress = setInterval(() => {
    const elapsed = ((Date.now() - started) / 60_000).toFixed(1);
    console.log(
      `  ${elapsed} min: ${tally.transformRuns.completed} transform runs, ${tally.demoRuns.completed + tally.demoRuns.stopped} demo runs, ` +
        `${tally.eventsChecked.toLocaleString('en-US')} events to ${tally.viewers} viewers, ${tally.problems.length} problems`,
    );
  }, 60_000);
  await Promise.all([
    ...services.map((service) => transformActor(api, service, until)),
    demoActor(api, until),
    demoActor(api, until),
    apiActor(api, until),
  ]);
  clearInterval(sampler);
  clearInterval(progress);
  const durationS = Math.round((Date.now() - started) / 1000);
  await server.stop();

  const lossFree =
    tally.recordsLost === 0 &&
    tally.recordsDuplicated === 0 &&
    tally.recordsUnexpected === 0 &&
    tally.eventsLost === 0 &&
    tally.eventsDuplicated === 0 &&
    tally.eventsOutOfOrder === 0;
  const failed =
    !lossFree ||
    tally.problems.length > 0 ||
    tally.viewerErrors.length > 0 ||
    tally.api.errors > 0 ||
    tally.api.non2xx > 0;
  const report = {
    benchmark: 'load-soak',
    settings: { minutes, recordsPerRun, services: services.length, maxConcurrentRuns: 4 },
    machine: { ...machineAtStart, loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))) },
    durationS,
    tally: { ...tally, problems: tally.problems.slice(0, 50) },
    apiLatencyMs: Object.fromEntries(
      Object.entries(apiLatencies).map(([route, list]) => [route, summarize(list)]),
    ),
    eventLatencyMs: summarize(eventLatencies),
    serverRssMb: rssSamplesMb,
    ok: !failed,
  };
  await writeFile(outputFile, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = failed ? 1 : 0;
  const api99 = Object.entries(report.apiLatencyMs)
    .map(([route, summary]) => `${route} ${summary.p50.toFixed(0)}/${summary.p99.toFixed(0)}`)
    .join(', ');
  const ev99 = report.eventLatencyMs.p99.toFixed(0);
  console.log(
    [
      `soak ${failed ? 'FAILED' : 'passed'} after ${durationS} s:`,
      `  transform runs: ${tally.transformRuns.completed} completed (${tally.transformRuns.stopped} stopped part-way and rerun), ` +
        `${tally.recordsChecked.toLocaleString('en-US')} records checked: ${tally.recordsLost} lost, ${tally.recordsDuplicated} duplicated`,
      `  demo runs: ${tally.demoRuns.completed} completed, ${tally.demoRuns.stopped} stopped`,
      `  viewers: ${tally.viewers} (${tally.viewerReconnections} reconnections), ${tally.eventsChecked.toLocaleString('en-US')} events: ` +
        `${tally.eventsLost} lost, ${tally.eventsDuplicated} duplicated, ${tally.eventsOutOfOrder} out of order; p99 delivery ${ev99} ms`,
      `  API: ${tally.api.requests} requests, ${tally.api.non2xx} non-2xx, ${tally.api.errors} errors; p50/p99 ms: ${api99}`,
      `  server RSS (MB) every 15 s: ${rssSamplesMb.map((sample) => sample.rssMb).join(' ')}`,
      ...tally.problems.slice(0, 10).map((problem) => `  PROBLEM: ${problem}`),
      ...tally.viewerErrors.slice(0, 5).map((error) => `  VIEWER ERROR: ${error}`),
      `  → ${path.relative(root, outputFile)}`,
    ].join('\n'),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
// Keep-alive sockets would hold the process open for a while.
process.exit(process.exitCode ?? 0);
