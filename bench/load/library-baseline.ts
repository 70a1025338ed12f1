/**
 * The baseline for the server's transform runs: the same services over the same files through the
 * library in this process (`loadService` → `runSource`, frozen, outputs written to JSONL), one run
 * at a time and with no server, so the difference is what serving adds (upload, job, events, and
 * running several at once).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileSource } from '../../src/transform/run/sources.ts';
import { loadService } from '../../src/transform/service.ts';
import type { PreparedService } from './transform-runs.ts';

export interface LibraryBaselineResult {
  runs: number;
  recordsTotal: number;
  wallMs: number;
  recordsPerSecond: number;
  perRun: { service: string; ms: number; recordsIn: number }[];
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Runs each prepared service (its directory under `dataDir/services/`) over its file, sequentially. */
export async function runThroughLibrary(
  services: readonly PreparedService[],
  dataDir: string,
  workDir: string,
): Promise<LibraryBaselineResult> {
  const perRun: LibraryBaselineResult['perRun'] = [];
  const started = Date.now();
  for (const prepared of services) {
    const service = await loadService(path.join(dataDir, 'services', prepared.name));
    const output = createWriteStream(path.join(workDir, `${prepared.name}.baseline.jsonl`));
    const runStarted = Date.now();
    let recordsIn = 0;
    for await (const result of service.runSource(fileSource(prepared.file, 'jsonl'), { frozen: true })) {
      recordsIn += 1;
      await write(
        output,
        `${JSON.stringify(result.ok ? result.output : { index: result.index, error: result.error })}\n`,
      );
    }
    output.end();
    await once(output, 'finish');
    perRun.push({ service: prepared.name, ms: Date.now() - runStarted, recordsIn });
  }
  const wallMs = Date.now() - started;
  const recordsTotal = perRun.reduce((total, run) => total + run.recordsIn, 0);
  return {
    runs: perRun.length,
    recordsTotal,
    wallMs,
    recordsPerSecond: Math.round(recordsTotal / (wallMs / 1000)),
    perRun,
  };
}
