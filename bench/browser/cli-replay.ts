/** Replays a spec the way a person does, with `codify test replay` in its own process (artifacts included). */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { saveSpec, type Spec } from '../../src/browser/spec.ts';

export interface CliReplayRun {
  status: 'passed' | 'unverified' | 'failed';
  /** Wall time of the `codify test replay` process: Node start, Chromium launch, steps, trace and screenshots. */
  processMs: number;
  output: string;
}

/** Writes `spec` into `dir` and replays it with the CLI against `baseUrl`. */
export async function runCliReplay(
  spec: Spec,
  dir: string,
  baseUrl: string,
  variables: Record<string, string>,
): Promise<CliReplayRun> {
  await mkdir(dir, { recursive: true });
  const specPath = path.join(dir, 'flow.spec.json');
  await saveSpec(specPath, spec);
  const bin = path.resolve(import.meta.dirname, '../../bin/codify.js');
  const args = [bin, 'test', 'replay', specPath, '--base-url', baseUrl, '--runs-dir', path.join(dir, 'runs')];
  for (const [name, value] of Object.entries(variables)) args.push('--var', `${name}=${value}`);
  const started = performance.now();
  const { output, failed } = await new Promise<{ output: string; failed: boolean }>((resolve) => {
    // The same Node 24 that runs the benchmark.
    execFile(process.execPath, args, { timeout: 180_000 }, (error, stdout, stderr) =>
      resolve({ output: `${stdout}${stderr}`.slice(0, 4000), failed: error !== null }),
    );
  });
  return { status: failed ? 'failed' : 'passed', processMs: performance.now() - started, output };
}
