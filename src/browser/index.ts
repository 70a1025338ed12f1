/**
 * The browser-test product, as its adapters (the CLI, the server) see it: one function per use
 * case, each taking its dependencies explicitly, plus the types and the few helpers adapters
 * present results with. `src/cli` and `src/server` import the product only from here
 * (`test/architecture.test.ts` checks it).
 */

// Use cases.
export {
  recordTest,
  UNFINISHED_SPEC_FILE,
  type RecordTestDeps,
  type RecordTestRequest,
  type RecordTestResult,
} from './record-test.ts';
export {
  replayTest,
  type ReplayTestDeps,
  type ReplayTestRequest,
  type ReplayTestResult,
} from './replay-test.ts';
export {
  exportPathOf,
  exportRefusal,
  exportTest,
  type ExportTestRequest,
  type ExportTestResult,
} from './export-test.ts';
export { replayMany, type ReplayManyDeps, type SpecVerdict } from './replay-many.ts';
export {
  BROWSER_REPLAY_JOB,
  createBrowserJobHandlers,
  parseReplayJobResult,
  replayJobs,
  type BrowserJobHandlers,
  type ReplayJobData,
  type ReplayJobRequest,
  type ReplayJobResult,
} from './replay-job.ts';
export { choosePlanner, type ChoosePlannerOptions } from './choose-planner.ts';
export {
  BrowserTestFolder,
  CreateTestBody,
  TEST_NAME_PATTERN,
  TestConfigSchema,
  TestNameSchema,
  UpdateTestBody,
  declareVariables,
  isSecretVariable,
  type CreateTestInput,
  type TestConfig,
  type UpdateTestInput,
} from './test-folder.ts';
export { HEALED_SPEC_PATTERN, healedSpecPath, saveHealedSpec } from './healed-spec.ts';

// Events, results and specs.
export type { BrowserEvent, BrowserEventType } from './events.ts';
export type { RunEvidence, RunGoalResult } from './run.ts';
export { describeHeal, type HealedStep, type ReplayResult, type StepFailure } from './replay.ts';
export type { Planner } from './planner.ts';
export type { LimitName, RunLimits } from './session.ts';
export { loadSpec, looksSecret, saveSpec, type Spec } from './spec.ts';
export { exportPlaywrightTest, traceCommandFor } from './export.ts';
export { TestFolderError } from './errors.ts';

// The browser itself, for adapters that share one across runs.
export { findChromium, launchChromium } from './chromium.ts';

// The wire shapes (zod only): the spec format, test settings and bodies, verdict parts.
export * from './wire.ts';
