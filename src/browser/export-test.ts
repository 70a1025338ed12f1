import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { envName, runCommandFor, writeExport } from './export.ts';
import { loadSpec, type Spec } from './spec.ts';

/** Which spec to export, and where to. */
export interface ExportTestRequest {
  specPath: string;
  /** The spec already read from `specPath` (read from it when absent). */
  spec?: Spec;
  /** The test file (default `X.spec.ts` beside `X.spec.json`). */
  out?: string;
  /** Folder the returned commands are relative to (default `process.cwd()`). */
  cwd?: string;
}

export type ExportTestResult =
  | { exported: false; refusal: string }
  | {
      exported: true;
      /** The test file written. */
      test: string;
      /** The `playwright.config.ts` written beside it (null: the folder had one). */
      config: string | null;
      /**
       * The `package.json` written beside it, declaring `@playwright/test` at codify's version (null:
       * the folder had one, or `@playwright/test` already resolves from it).
       */
      packageJson: string | null;
      /** Environment variables the test reads its variables from. */
      env: string[];
      /** The command that runs this test, or null when no `@playwright/test` can be found. */
      runCommand: string | null;
      /**
       * The command that runs every exported test of the folder, to which each of N machines adds
       * Playwright Test's own `--shard=i/N` (null when no `@playwright/test` can be found).
       */
      shardCommand: string | null;
    };

/** Why a spec may not be exported as a test (its recording was not a pass), or null. */
export function exportRefusal(spec: Spec): string | null {
  const outcome = spec.recordedWith?.outcome;
  if (outcome && outcome !== 'passed')
    return `the recording ended ${outcome}, so a test from it would check nothing the goal asked for. Record it again until it passes (codify test run), or add assertions to the spec by hand and set recordedWith.outcome to "passed".`;
  if (!spec.assertions.length)
    return 'the spec has no assertions, so the test would pass whatever the app does. Add the assertions the goal implies.';
  return null;
}

/** The default test file of a spec: `X.spec.json` → `X.spec.ts`. */
export function exportPathOf(specPath: string): string {
  return specPath.replace(/\.spec\.json$|\.json$/, '') + '.spec.ts';
}

/**
 * Exports a spec as a Playwright Test file (plus a `playwright.config.ts` for the system Chromium
 * when its folder has none), unless the spec proves nothing ({@link exportRefusal}).
 */
export async function exportTest(request: ExportTestRequest): Promise<ExportTestResult> {
  const spec = request.spec ?? (await loadSpec(request.specPath));
  const refusal = exportRefusal(spec);
  if (refusal) return { exported: false, refusal };
  const out = request.out ?? exportPathOf(request.specPath);
  // `--out e2e/login.spec.ts` names where the test goes; its folder may not exist yet.
  await mkdir(dirname(resolve(out)), { recursive: true });
  const written = await writeExport(spec, out, { specDir: dirname(resolve(request.specPath)) });
  const config = written.config ?? join(dirname(resolve(written.test)), 'playwright.config.ts');
  const cwd = request.cwd ?? process.cwd();
  return {
    exported: true,
    test: written.test,
    config: written.config,
    packageJson: written.packageJson,
    env: Object.keys(spec.variables).map(envName),
    runCommand: runCommandFor(written.test, config, cwd),
    shardCommand: runCommandFor(written.test, config, cwd, { allTests: true }),
  };
}
