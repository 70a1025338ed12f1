/**
 * CPU per record of the sandbox machinery alone: bench:compare's records through a pool of two
 * workers running a trivial transform (it returns the phone), so what is measured is encoding,
 * messaging, loading into the guest, the batch loop and decoding. CPU time of the whole process
 * and of its main thread, per record; wall time too (noisy on a shared machine).
 *
 *   node bench/sandbox/overhead.ts [records] [--root DIR]
 *
 * `--root` points at another checkout's sources (for a before/after in one window); the records
 * always come from this one.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as SandboxModule from '../../src/core/sandbox/index.ts';
import { messyRecords } from '../compare/records.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string' } },
});
const count = Number(positionals[0] ?? 100_000);
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '../..'));
const { createSandbox } = (await import(
  path.join(root, 'src/core/sandbox/index.ts')
)) as typeof SandboxModule;

const records = [...messyRecords(count)];
const sandbox = await createSandbox('export default function t(r) { return { phone: r.phone }; }', {
  workers: 2,
  filename: 't.js',
});
await sandbox.run(records.slice(0, 2000)); // warm-up
const cpu = process.cpuUsage();
const main = process.threadCpuUsage();
const started = performance.now();
let results = 0;
for await (const piece of sandbox.stream(records)) results += piece.length;
const wallMs = performance.now() - started;
const perRecord = (usage: NodeJS.CpuUsage): number =>
  Number(((usage.user + usage.system) / count).toFixed(2));
const processCpu = perRecord(process.cpuUsage(cpu));
const mainCpu = perRecord(process.threadCpuUsage(main));
await sandbox.close();
console.log(
  JSON.stringify({
    root,
    records: count,
    results,
    processCpuUsPerRecord: processCpu,
    mainThreadCpuUsPerRecord: mainCpu,
    wallMs: Math.round(wallMs),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
  }),
);
