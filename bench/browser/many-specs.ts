/**
 * N specs replayed by one `codify test replay a b … --workers W` process: the same recorded spec
 * copied N times, each copy with its own default values (the demo app refuses an email twice),
 * secret values passed with --var (never stored in the copies).
 */
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { saveSpec, type Spec } from '../../src/browser/spec.ts';

export interface ManySpecsRun {
  workers: number;
  specs: number;
  passed: number;
  /** Wall time of the whole process: Node start, one Chromium launch, every replay. */
  processMs: number;
  /** The per-spec wall times the CLI printed (each spec's own context), in seconds. */
  perSpecSeconds: number[];
  output: string;
}

export async function runManySpecs(
  spec: Spec,
  dir: string,
  baseUrl: string,
  variablesFor: () => Record<string, string>,
  count: number,
  workers: number,
): Promise<ManySpecsRun> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  let secrets: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const values = variablesFor();
    const variables = Object.fromEntries(
      Object.entries(spec.variables).map(([name, declared]) => [
        name,
        declared.secret || values[name] === undefined ? declared : { ...declared, default: values[name]! },
      ]),
    );
    secrets = Object.fromEntries(
      Object.entries(spec.variables)
        .filter(([name, declared]) => declared.secret && values[name] !== undefined)
        .map(([name]) => [name, values[name]!]),
    );
    const file = path.join(dir, `flow-${i}.spec.json`);
    await saveSpec(file, { ...spec, variables });
    paths.push(file);
  }
  const bin = path.resolve(import.meta.dirname, '../../bin/codify.js');
  const args = [bin, 'test', 'replay', ...paths, '--workers', String(workers), '--base-url', baseUrl];
  args.push('--runs-dir', path.join(dir, 'runs'));
  for (const [name, value] of Object.entries(secrets)) args.push('--var', `${name}=${value}`);
  const started = performance.now();
  const { output } = await new Promise<{ output: string }>((resolve) => {
    execFile(process.execPath, args, { timeout: 600_000 }, (_error, stdout, stderr) =>
      resolve({ output: `${stdout}${stderr}` }),
    );
  });
  const processMs = performance.now() - started;
  const verdicts = output.split('\n').filter((l) => /^[✓?✗] /.test(l));
  return {
    workers,
    specs: count,
    passed: verdicts.filter((l) => l.startsWith('✓ passed')).length,
    processMs,
    perSpecSeconds: verdicts.map((l) => Number(/\(([\d.]+) s/.exec(l)?.[1] ?? NaN)),
    output: output.slice(0, 4000),
  };
}
