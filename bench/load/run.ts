/**
 * `npm run bench:load [-- --full]`: the server under concurrent clients on loopback (proof issue
 * §5). A real server (transform + browser-test routes) runs in a child process on a temp data
 * directory; this process is the load: concurrent transform runs (with the default
 * `maxConcurrentRuns` of 2 and with 8), the API under 200 connections (autocannon), and 100 SSE
 * viewers on live runs, some reconnecting. Every record and every event is accounted for; the
 * figures go to the terminal and `bench/results/load.json`. Exits 1 if anything was lost.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadRoute, type ApiLoadResult } from './api-load.ts';
import { ApiClient } from './client.ts';
import { runThroughLibrary } from './library-baseline.ts';
import { machineInfo } from './machine.ts';
import { startServerProcess } from './server-process.ts';
import { runSseScenario } from './sse-viewers.ts';
import { apiTable, runsTable, sseTable } from './table.ts';
import { prepareServices, runConcurrently, type ConcurrentRunsResult } from './transform-runs.ts';

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    records: { type: 'string' },
    'api-seconds': { type: 'string' },
    output: { type: 'string' },
  },
});
const full = values.full;
const settings = {
  size: full ? 'full' : 'small',
  services: 8,
  recordsPerRun: Number(values.records ?? (full ? 200_000 : 50_000)),
  apiConnections: 200,
  apiSeconds: Number(values['api-seconds'] ?? (full ? 30 : 10)),
  apiRoutes: ['/api/v1/health', '/api/v1/services', '/api/v1/runs'],
  sseViewers: 100,
  sseDemoRuns: 4,
  sseDemoSteps: full ? 1000 : 400,
  sseDemoDelayMs: 10,
  sseTransformRuns: 2,
  sseReconnectEvery: 5,
};
const root = path.resolve(import.meta.dirname, '../..');
const outputFile = values.output ?? path.join(root, 'bench/results/load.json');
const work = await mkdtemp(path.join(os.tmpdir(), 'codify-load-'));
const dataDir = path.join(work, 'data');
const machineAtStart = machineInfo();
console.log(
  `bench:load (${settings.size}): ${settings.services} services × ${settings.recordsPerRun.toLocaleString('en-US')} records; ` +
    `${machineAtStart.cpus} cpus, load ${machineAtStart.loadAverage.join(' / ')}`,
);

const runsResults: ConcurrentRunsResult[] = [];
const apiResults: ApiLoadResult[] = [];
try {
  // 1. Default concurrency (2): the other six runs wait queued.
  let server = await startServerProcess({ dataDir, maxConcurrentRuns: 2, enableDemoJobs: true });
  let api = new ApiClient(server.url);
  console.log(
    `server ${server.url} (pid ${server.pid}); creating and building ${settings.services} services…`,
  );
  const services = await prepareServices(api, settings.services, settings.recordsPerRun, work);
  console.log('8 concurrent runs, maxConcurrentRuns 2…');
  runsResults.push(await runConcurrently(api, services, 2, () => server.memory()));
  await server.stop();

  // One at a time: the server's own cost, against the library baseline below.
  server = await startServerProcess({ dataDir, maxConcurrentRuns: 1 });
  api = new ApiClient(server.url);
  console.log('8 concurrent runs, maxConcurrentRuns 1…');
  runsResults.push(await runConcurrently(api, services, 1, () => server.memory()));
  await server.stop();

  // The baseline, with no server running: the same eight files through the library, one at a time.
  console.log('baseline: the same 8 runs through the library in-process, one at a time, no server…');
  const baseline = await runThroughLibrary(services, dataDir, work);

  // 2. The same data directory, a server that runs all eight at once.
  server = await startServerProcess({ dataDir, maxConcurrentRuns: 8, enableDemoJobs: true });
  api = new ApiClient(server.url);
  console.log('8 concurrent runs, maxConcurrentRuns 8…');
  runsResults.push(await runConcurrently(api, services, 8, () => server.memory()));
  console.log(runsTable(runsResults, baseline));

  // 3. The API, idle server with history (8 services, 8 builds, 24 runs).
  for (const route of settings.apiRoutes) {
    console.log(`autocannon ${route}: ${settings.apiConnections} connections, ${settings.apiSeconds} s…`);
    apiResults.push(await loadRoute(server.url, route, settings.apiConnections, settings.apiSeconds));
  }
  // The API while the server is busy: the same eight runs again, with autocannon on each route in
  // turn meanwhile. A route whose load outlasted the runs is marked so: it was not all "during".
  const runsLive = runConcurrently(api, services, 8, () => server.memory());
  let runsEndedAt = Infinity;
  void runsLive.then(() => (runsEndedAt = Date.now()));
  for (const route of settings.apiRoutes) {
    console.log(`autocannon ${route} during 8 live runs…`);
    const result = await loadRoute(server.url, route, settings.apiConnections, settings.apiSeconds);
    const tail = runsEndedAt < Date.now() ? '; the runs ended before this load did' : '';
    apiResults.push({ ...result, route: `${route} (during 8 live runs${tail})` });
  }
  const runsUnderApiLoad = await runsLive;
  console.log(apiTable(apiResults));
  console.log(
    `(the runs under that load: ${(runsUnderApiLoad.wallMs / 1000).toFixed(1)} s wall, ` +
      `${runsUnderApiLoad.recordsPerSecond.toLocaleString('en-US')} records/s, ${runsUnderApiLoad.lost} lost, ${runsUnderApiLoad.duplicated} duplicated)`,
  );

  // 4. SSE viewers on live runs.
  console.log(`${settings.sseViewers} SSE viewers…`);
  const sse = await runSseScenario(api, {
    viewers: settings.sseViewers,
    demoRuns: settings.sseDemoRuns,
    demoSteps: settings.sseDemoSteps,
    demoDelayMs: settings.sseDemoDelayMs,
    transformServices: services.slice(0, settings.sseTransformRuns),
    reconnectEvery: settings.sseReconnectEvery,
  });
  console.log(sseTable(sse));
  const serverMemory = await server.memory();
  await server.stop();

  const failed =
    !sse.ok || !runsUnderApiLoad.allAccountedFor || runsResults.some((result) => !result.allAccountedFor);
  const report = {
    benchmark: 'load',
    settings,
    machine: { ...machineAtStart, loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))) },
    libraryBaseline: baseline,
    transformRuns: runsResults,
    transformRunsDuringApiLoad: runsUnderApiLoad,
    api: apiResults,
    sse,
    serverRssAtEndMb: Math.round(serverMemory.rss / 1024 / 1024),
    ok: !failed,
  };
  await writeFile(outputFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n${failed ? 'FAILED: something was lost — see' : 'Every record and event accounted for;'} ${path.relative(root, outputFile)}`,
  );
  process.exitCode = failed ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
// Keep-alive sockets of fetch and autocannon would hold the process open for a while.
process.exit(process.exitCode ?? 0);
