import { z } from 'zod';
import type { TestVariableSchema, ViewportSchema } from '../../browser/wire.ts';
import {
  FailedAssertionSchema,
  HealedStepSchema,
  RunCountsSchema,
  RunEvidenceSchema,
  RunOutcomeSchema,
  StepFailureSchema,
  TestConfigSchema,
  TestLimitsSchema,
  specSchema,
} from '../../browser/wire.ts';
import { RunBriefSchema, RunSchema } from './runs.ts';

// The browser-test product's own shapes (spec format, test settings, bodies, verdict parts).
export {
  CreateTestBody,
  FailedAssertionSchema,
  HealedStepSchema,
  RunCountsSchema,
  RunEvidenceSchema,
  StepFailureSchema,
  TestConfigSchema,
  TestLimitsSchema,
  TestVariableSchema,
  UpdateTestBody,
  ViewportSchema,
  specSchema as SpecSchema,
  type Assertion as SpecAssertion,
  type CreateTestInput,
  type FailedAssertion,
  type HealedStep,
  type RunCounts,
  type RunEvidence,
  type RunOutcome,
  type Spec,
  type SpecLocator,
  type SpecValue,
  type Step as SpecStep,
  type StepFailure,
  type TestConfig,
  type UpdateTestInput,
  type VariableDeclaration,
  type WaitCondition as SpecWaitCondition,
} from '../../browser/wire.ts';

export type TestVariable = z.infer<typeof TestVariableSchema>;
export type TestLimits = z.infer<typeof TestLimitsSchema>;
export type Viewport = z.infer<typeof ViewportSchema>;

/** `GET /browser-tests` rows: the settings, whether a spec is recorded, the live and latest run. */
export const TestListItemSchema = TestConfigSchema.extend({
  hasSpec: z.boolean(),
  liveRunId: z.string().nullable(),
  lastRun: RunBriefSchema.nullable(),
});
export type TestListItem = z.infer<typeof TestListItemSchema>;

export const TestListResponse = z.object({ tests: z.array(TestListItemSchema) });
export type TestList = z.infer<typeof TestListResponse>;

/** `POST /browser-tests`, `PUT /browser-tests/:name`. */
export const TestResponse = z.object({ test: TestConfigSchema });
export type TestAnswer = z.infer<typeof TestResponse>;

/** `GET /browser-tests/:name`: settings, the recorded spec (null before a pass) and healed specs. */
export const TestDetailResponse = z.object({
  test: TestConfigSchema,
  spec: specSchema.nullable(),
  healed: z.array(z.string()).describe('Healed spec files, relative to the test folder.'),
  liveRunId: z.string().nullable(),
});
export type TestDetail = z.infer<typeof TestDetailResponse>;

/** `GET /browser-tests/:name/history`: the test's runs, newest first. */
export const TestHistoryResponse = z.object({ runs: z.array(RunSchema) });
export type TestHistory = z.infer<typeof TestHistoryResponse>;

/** `POST /browser-tests/:name/files`: the files added and all of the test's files. */
export const UploadedFilesResponse = z.object({
  added: z.record(z.string(), z.string()),
  files: z.record(z.string(), z.string()),
});
export type UploadedFiles = z.infer<typeof UploadedFilesResponse>;

export const ArtifactSchema = z.object({
  path: z.string().describe('Relative to the run folder, with "/".'),
  bytes: z.number().int(),
  url: z.string().describe('Where to download it (API path).'),
  open: z
    .string()
    .optional()
    .describe(
      "trace.zip: a shell command that opens it in Playwright's trace viewer (served at the address it prints, for any browser), from any folder on the server's machine.",
    ),
});
export type Artifact = z.infer<typeof ArtifactSchema>;

/** `GET /runs/:id/artifacts`. */
export const ArtifactListResponse = z.object({ runId: z.string(), artifacts: z.array(ArtifactSchema) });
export type ArtifactList = z.infer<typeof ArtifactListResponse>;

const LimitNameSchema = TestLimitsSchema.keyof();

/** The summary of a `browser-run` (a recording); a failed one keeps the spec it got to. */
export const RecordRunSummarySchema = z.object({
  test: z.string(),
  status: RunOutcomeSchema,
  reason: z.string(),
  limit: LimitNameSchema.optional().describe('Which limit ended the run, when one did.'),
  planner: z.string(),
  counts: RunCountsSchema,
  steps: z.number().int().describe('Steps in the recorded spec.'),
  assertions: z.number().int(),
  specSaved: z.boolean().describe('True when the recording passed and spec.json was written.'),
  spec: specSchema.optional().describe('The unfinished spec, when the recording did not pass.'),
  unfinishedSpec: z.string().optional().describe('Its artifact file, relative to the run folder.'),
  evidence: RunEvidenceSchema.optional(),
});
export type RecordRunSummary = z.infer<typeof RecordRunSummarySchema>;

/** The summary of a `browser-replay`; `healed` names the files a healing replay saved. */
export const ReplayRunSummarySchema = z.object({
  test: z.string(),
  status: RunOutcomeSchema,
  reason: z.string(),
  failure: StepFailureSchema.optional(),
  failedAssertions: z.array(FailedAssertionSchema),
  healed: z
    .object({
      spec: z.string().describe('The healed spec, relative to the test folder.'),
      diff: z.string(),
      steps: z.array(HealedStepSchema),
    })
    .optional(),
});
export type ReplayRunSummary = z.infer<typeof ReplayRunSummarySchema>;
