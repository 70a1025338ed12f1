/** Runs a spec exported as a Playwright Test file (export.ts) with `npx playwright test` on the system Chromium. */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { envName, writeExport } from '../../src/browser/export.ts';
import type { Spec } from '../../src/browser/spec.ts';

export interface ExportedTestRun {
  status: 'passed' | 'failed';
  /** Wall time of the whole `npx playwright test` process (Node, Playwright, Chromium launch, test). */
  processMs: number;
  /** The test's own duration as Playwright reports it (page fixture and test body; no browser launch). */
  testMs: number;
  output: string;
}

interface JsonSuite {
  suites?: JsonSuite[];
  specs?: { tests?: { results?: { duration?: number; status?: string }[] }[] }[];
}

function results(suite: JsonSuite): { duration?: number; status?: string }[] {
  return [
    ...(suite.specs ?? []).flatMap((spec) => (spec.tests ?? []).flatMap((test) => test.results ?? [])),
    ...(suite.suites ?? []).flatMap(results),
  ];
}

/** Exports `spec` into `dir` (with a playwright.config.ts) and runs it once against `baseUrl`. */
export async function runExportedTest(
  spec: Spec,
  dir: string,
  baseUrl: string,
  variables: Record<string, string>,
): Promise<ExportedTestRun> {
  await mkdir(dir, { recursive: true });
  const testFile = path.join(dir, 'flow.spec.ts');
  await writeExport(spec, testFile);
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_URL: baseUrl, CI: '1' };
  for (const [name, value] of Object.entries(variables)) env[envName(name)] = value;
  const started = performance.now();
  const { stdout, stderr, failed } = await new Promise<{ stdout: string; stderr: string; failed: boolean }>(
    (resolve) => {
      execFile(
        'npx',
        ['playwright', 'test', '-c', path.join(dir, 'playwright.config.ts'), '--reporter=json'],
        { cwd: dir, env, timeout: 180_000, maxBuffer: 32 * 1024 * 1024 },
        (error, out, err) => resolve({ stdout: out, stderr: err, failed: error !== null }),
      );
    },
  );
  const processMs = performance.now() - started;
  let testMs = Number.NaN;
  let passed = false;
  try {
    const report = JSON.parse(stdout) as { suites?: JsonSuite[] };
    const all = (report.suites ?? []).flatMap(results);
    testMs = all.reduce((sum, r) => sum + (r.duration ?? 0), 0);
    passed = all.length > 0 && all.every((r) => r.status === 'passed');
  } catch {
    // Not JSON: Playwright failed before running tests; the output says why.
  }
  return {
    status: passed && !failed ? 'passed' : 'failed',
    processMs,
    testMs,
    output: `${stdout.slice(0, 4000)}${stderr.slice(0, 4000)}`,
  };
}
