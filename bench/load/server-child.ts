/**
 * The server under test, in its own process so the load generator does not share its event loop:
 * a real `createServer` with the transform and browser-test routes on 127.0.0.1, port 0. Settings
 * come as one JSON argument; the URL goes back over IPC. Also answers `{type: 'memory'}` requests
 * with its RSS, and closes cleanly on `{type: 'close'}` or when the parent goes away.
 */
import { createServer } from '../../src/server/app.ts';
import { browserTestRoutes } from '../../src/server/routes/browser-tests.ts';
import { transformRoutes } from '../../src/server/routes/transforms.ts';

interface ChildSettings {
  dataDir: string;
  maxConcurrentRuns: number;
  maxUploadBytes: number;
  enableDemoJobs: boolean;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as ChildSettings;
const server = await createServer({
  dataDir: settings.dataDir,
  host: '127.0.0.1',
  port: 0,
  env: {},
  logger: false,
  maxConcurrentRuns: settings.maxConcurrentRuns,
  maxUploadBytes: settings.maxUploadBytes,
  enableDemoJobs: settings.enableDemoJobs,
  plugins: [transformRoutes, browserTestRoutes],
});
const url = await server.listen();

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  clearInterval(sampler);
  await server.close();
  process.disconnect?.();
}

process.on('message', (message: { type?: string }) => {
  if (message.type === 'memory') {
    process.send?.({ type: 'memory', rss: process.memoryUsage().rss, peakRss });
    peakRss = process.memoryUsage().rss;
  } else if (message.type === 'close') {
    void close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => void close().then(() => process.exit(0)));
process.send?.({ type: 'ready', url });
