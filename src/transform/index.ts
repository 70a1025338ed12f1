/**
 * Transforms: examples + output schema → a checked, reviewable transform.ts, run over many records.
 *
 * The CLI and the server reach the product only through this file. Its use cases, one function
 * (and one file, its test beside it) each, dependencies passed in:
 * {@link initService}, {@link buildService} (`TransformService.build`), {@link runToFiles} (with
 * {@link checkRunResumable}), {@link runChunked} (a file run as chunk jobs on a queue), {@link acceptTransform},
 * {@link acceptSchema}, {@link labelExamples}, {@link openQuestions}, {@link answerQuestions},
 * {@link answerOpenQuestionsWithModel} and {@link readSample} (a build's `--sample`).
 */
export { initService, readJsonInput } from './init-service.ts';
export { buildService } from './build-service.ts';
export type { InitServiceRequest, InitServiceResult } from './init-service.ts';
export { acceptTransform, NothingToAcceptError } from './accept-transform.ts';
export { acceptSchema, NoSchemaProposedError } from './accept-schema.ts';
export { labelExamples } from './label-examples.ts';
export type { LabelResult } from './label-examples.ts';
export type { Question } from './build/questions.ts';
export { formatReasonCounts, formatReviewReasons } from './build/review-reasons.ts';
export type { ReviewReasons } from './build/review-reasons.ts';
export { openQuestions } from './open-questions.ts';
export { answerQuestions, AnswerRejectedError, QuestionNotOpenError } from './answer-questions.ts';
export { answerOpenQuestionsWithModel, NoModelToAskError } from './model-answers.ts';
export type { ModelAnswersResult } from './model-answers.ts';
export { readSample, DEFAULT_SAMPLE_LIMIT } from './read-sample.ts';
export type { SampleRecords } from './read-sample.ts';
export type { AnswerQuestionsResult, QuestionAnswer } from './answer-questions.ts';
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
export { runChunked, transformJobHandlers } from './run/chunks/index.ts';
export type { ChunkedRunOptions } from './run/chunks/index.ts';
export { runToFiles, checkRunResumable, DEFAULT_CHECKPOINT_EVERY } from './run-to-files.ts';
export type { RunFiles, RunToFilesRequest, RunToFilesSummary } from './run-to-files.ts';
export {
  checkpointPath,
  errorRow,
  readCheckpoint,
  CheckpointError,
  CodeChangedError,
} from './run/checkpoint.ts';
export { parseDuration } from './build/time-budget.ts';
export { RUN_JOB_KIND, runJobHandler } from './run-job.ts';
export type { RunJobData, RunJobProgress } from './run-job.ts';
/** Every transform job handler (chunks and whole runs): what `codify worker` serves. */
export { jobHandlers as workerJobHandlers } from './job-handlers.ts';
/** The module of the transform job handlers, for runners that load it in a thread of their own. */
export const JOB_HANDLERS_URL = new URL('./job-handlers.ts', import.meta.url);
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
export { readServiceFiles, parseExamples, writeJsonFile } from './service/files.ts';
export { DEFAULT_SETTINGS } from './service/types.ts';
export { isHumanEdited, parseTransformFile } from './service/header.ts';
export { serviceLayout } from './service/layout.ts';
export type { Example, ServiceConfig, ServiceFiles, ServiceSettings } from './service/types.ts';
export { commitToBranch } from './review/git.ts';
export type { CommitResult } from './review/git.ts';
export type { TransformEvent } from './events.ts';
export type { JsonSchema } from './schema/json-schema.ts';
export { defaultSandboxFactory } from './sandbox-adapter.ts';
export type { SandboxFactory, SandboxOptions } from './sandbox-adapter.ts';
// The wire shapes (zod only): build and run summaries, check reports, error lines. The report's
// type is core's CheckReport (the schema describes it; the protocol test checks they agree).
export {
  BUILD_STATUSES,
  BuildSummarySchema,
  CheckFailureSchema,
  CheckReportSchema,
  ErrorLineSchema,
  QaDisagreementSchema,
  TransformRunSummarySchema,
  type BuildSummary,
  type ErrorLine,
  type TransformRunSummary,
} from './wire.ts';
