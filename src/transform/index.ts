/** Transforms: examples + output schema → a checked, reviewable transform.ts, run over many records. */
export { loadService, TransformService } from './service.ts';
export type {
  LoadServiceOptions,
  ServiceBuildOptions,
  ServiceBuildResult,
  ServiceRunOptions,
} from './service.ts';
export { buildTransform } from './build/build.ts';
export type { BuildOptions, BuildResult, BuildStatus } from './build/build.ts';
export { runService } from './run/run.ts';
export { runToFiles, checkRunResumable, DEFAULT_CHECKPOINT_EVERY } from './run-to-files.ts';
export type { RunFiles, RunToFilesRequest, RunToFilesSummary } from './run-to-files.ts';
export { RUN_JOB_KIND, runJobHandler } from './run-job.ts';
export type { RunJobData, RunJobProgress } from './run-job.ts';
/** The module of the transform job handlers, for runners that load it in a thread of their own. */
export const JOB_HANDLERS_URL = new URL('./job-handlers.ts', import.meta.url);
export { checkpointPath, readCheckpoint, CheckpointError, CodeChangedError } from './run/checkpoint.ts';
export type { RunCheckpoint } from './run/checkpoint.ts';
export type { RunHandle, RunOptions, RunRecordResult, RunSummary, QaDisagreement } from './run/run.ts';
export { readRecords, detectFormat, DEFAULT_MAX_RECORD_CHARS } from './run/readers.ts';
export type { InputFormat, InputItem } from './run/readers.ts';
export { fileSource, streamSource, valuesSource, guardRecordShapes } from './run/sources.ts';
export type { RecordSource } from './run/sources.ts';
export { TransformChecker } from './check/checker.ts';
export { typecheckModule } from './check/typecheck.ts';
export { inferSchema, inferInputSchema } from './schema/infer-schema.ts';
export type { InferSchemaOptions } from './schema/infer-schema.ts';
export { printTypeDeclaration } from './schema/print-types.ts';
export { compileSchema } from './schema/validate.ts';
export type { SchemaValidator, SchemaViolation } from './schema/validate.ts';
export { reviseSchemaForLabels } from './schema/revise.ts';
export { readServiceFiles } from './service/files.ts';
export { isHumanEdited, parseTransformFile } from './service/header.ts';
export { serviceLayout } from './service/layout.ts';
export type { Example, ServiceConfig, ServiceFiles, ServiceSettings } from './service/types.ts';
export { acceptTransform, acceptSchema } from './review/accept.ts';
export { commitToBranch } from './review/git.ts';
export type { CommitResult } from './review/git.ts';
export type { TransformEvent } from './events.ts';
export type { JsonSchema } from './schema/json-schema.ts';
