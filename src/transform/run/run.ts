import { createReadStream, createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CodifyError, ConfigError } from '../../core/errors.ts';
import type { LanguageModel, Usage } from '../../core/models/types.ts';
import { buildTransform } from '../build/build.ts';
import type { BuildResult } from '../build/build.ts';
import type { Synthesizer } from '../build/synth-adapter.ts';
import { RIVALS_REASON, inputReason, outputReason } from '../build/review-reasons.ts';
import { deepEqualJson } from '../check/deep-diff.ts';
import type { TransformEvent } from '../events.ts';
import { asCompileProblem, defaultSandboxFactory } from '../sandbox-adapter.ts';
import type { SandboxFactory, SandboxOptions, TransformSandbox } from '../sandbox-adapter.ts';
import type { SandboxRecordResult } from '../../core/sandbox/types.ts';
import { compileSchema, formatViolations } from '../schema/validate.ts';
import type { SchemaValidator } from '../schema/validate.ts';
import { appendPotentialInputs, readServiceFiles, writeJsonFile } from '../service/files.ts';
import { canonicalJson, hashJson, parseTransformFile } from '../service/header.ts';
import { serviceLayout } from '../service/layout.ts';
import type { Example, ServiceFiles } from '../service/types.ts';
import { QaSampler, askModelDirectly } from './qa.ts';
import type { InputItem } from './readers.ts';
import { guardRecordShapes } from './sources.ts';
import { MARKED_FOR_REVIEW_REASON, reviewMarkerReason } from './review-marker.ts';
import {
  competingOutputs,
  inferOutputChecks,
  inputContractProblem,
  loadRivals,
  missingEverywhere,
  outputCheckProblem,
  outputDoubtKey,
  profileInputs,
  rivalsResult,
  uncoveredShape,
} from './trust.ts';
import type { InputProfile, OutputCheck, RivalsFile } from './trust.ts';
import type { RecordSource } from './sources.ts';
import { tallyReview } from './review-tally.ts';
import type { ReviewTally } from './review-tally.ts';

/** One record's outcome. Every input record gets exactly one, in input order. */
export type RunRecordResult =
  | { index: number; ok: true; output: unknown }
  | {
      index: number;
      ok: false;
      input: unknown;
      error: RecordError;
      /** The 1-based line of the input file where the record starts (index is 0-based). */
      line?: number;
    };

/** Why a record is not in the output. `competing` (kind `review`): field → the answers that fit the examples, the code's first. */
export interface RecordError {
  kind: string;
  message: string;
  competing?: Record<string, unknown[]>;
  /** Kind `review`: why, in the words of the build's `Unsettled:` line (`rival programs disagree`, …). */
  reason?: string;
  /**
   * Kind `review` without rivals: what the code gives for the record, NOT written because the
   * examples do not settle it; shown so a person labelling it can confirm or correct it.
   */
  codeOutput?: unknown;
}

export interface QaDisagreement {
  index: number;
  input: unknown;
  code: unknown;
  model: unknown;
}

export interface RunSummary {
  service: string;
  recordsIn: number;
  recordsOut: number;
  errors: number;
  errorsByKind: Record<string, number>;
  /**
   * Review rows by reason (`rival programs disagree`, `empty input field`, …): why records went to
   * review. Every run counts them; optional because summaries stored before reasons were counted lack it.
   */
  reviewByReason?: Record<string, number>;
  /** Rebuilds the run triggered (failed ones included). */
  rebuilds: number;
  /** How many times the records were read (1 + restarts after rebuilds). */
  passes: number;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** Estimated; null when some model had no known price. */
  costUsd: number | null;
  durationMs: number;
  recordsPerSecond: number;
  regeneration: { enabled: boolean; reason: string };
  qa: {
    enabled: boolean;
    reason: string;
    checked: number;
    disagreements: QaDisagreement[];
    unusable: number;
  };
  /** transform.next.ts waiting for review, when a rebuild could not overwrite a hand-edited transform.ts. */
  reviewPending: string | null;
  /** Proposer that wrote the code used for the outputs. */
  codeBuiltBy: string | null;
  /**
   * Examples of the service the code sends to review instead of answering (it fits only the rest):
   * the code is partial, and records like those examples go to review. 0 when it answers them all
   * (or the run did not check, with --frozen).
   */
  examplesSentToReview?: number;
}

export interface RunOptions {
  files: ServiceFiles;
  source: RecordSource;
  /** Model for rebuilds and QA; null for the local engine only (no rebuilds, no QA). */
  model: LanguageModel | null;
  /** Whether the local synthesizer may build (spec `local` or `auto…`). */
  useLocal: boolean;
  /** Forbid regeneration during this run (as `"locked": true` does for every run). */
  frozen?: boolean;
  /** Write records the examples do not settle too (no `review` rows), as `"trust": true` does. */
  trust?: boolean;
  qaRate?: number;
  qaMin?: number;
  maxRebuilds?: number;
  maxAttempts?: number;
  /** Wall-time budget of each rebuild in ms (default: codify.json settings.maxBuildTimeMs). */
  maxBuildTimeMs?: number;
  /** Records per sandbox call (default 2000). */
  batchSize?: number;
  /** A pass stops early to rebuild once this many records failed (default 20). */
  failuresBeforeRebuild?: number;
  onEvent?: (event: TransformEvent) => void;
  signal?: AbortSignal;
  sandboxFactory?: SandboxFactory;
  sandboxOptions?: SandboxOptions;
  synthesizer?: Synthesizer;
  /** Source of randomness for QA sampling (tests pass a fixed one). */
  random?: () => number;
}

/** A run in progress: iterate it for results (that drives the run); `summary` settles at the end. */
export interface RunHandle extends AsyncIterable<RunRecordResult> {
  readonly summary: Promise<RunSummary>;
}

/** Sandbox failure kinds that mean the code is wrong for this record, so a rebuild may help. */
const REBUILD_KINDS = new Set(['throw', 'schema', 'output', 'stack', 'timeout']);
/**
 * Failures of the code on one record that an input shape no example had explains (see unseenShape):
 * a value JSON cannot hold (NaN from an empty amount). A throw stays a throw: the code said why.
 */
const REVIEWABLE_FAILURES = new Set(['output']);

/** Sandbox kinds for records it refused to run; their input may be too deep to write back. */
const UNSENDABLE_KINDS = new Set(['too-deep', 'input']);

/** The record as the errors file can hold it: itself, or a note when it cannot be serialized. */
function writableInput(item: Extract<InputItem, { ok: true }>): unknown {
  try {
    JSON.stringify(item.value);
    return item.value;
  } catch {
    return `(not included: the record is nested too deeply to write back; see line ${item.line} of the input)`;
  }
}

/** The sandbox's results in bounded pieces, started at once (a plain `run` is one piece). */
function streamResults(
  sandbox: TransformSandbox,
  records: unknown[],
  options: { signal?: AbortSignal },
): AsyncIterable<SandboxRecordResult[]> {
  if (records.length === 0) return (async function* () {})();
  if (sandbox.stream) return sandbox.stream(records, options);
  const all = sandbox.run(records, options);
  all.catch(() => {}); // Awaited when finished; a batch dropped by an early stop must not go unhandled.
  return (async function* () {
    yield await all;
  })();
}

/** The items from `from` on whose readable records are the next `readable` results. */
function itemsCovering(batch: InputItem[], from: number, readable: number): InputItem[] {
  let end = from;
  let left = readable;
  while (end < batch.length && (left > 0 || !batch[end]?.ok)) {
    if (batch[end]?.ok) left--;
    end++;
  }
  return batch.slice(from, end);
}

/**
 * Runs a service's transform over records, streaming, in bounded memory.
 *
 * Rebuild strategy: when a record throws or breaks the schema (or QA finds a wrong answer) and
 * regeneration is allowed, the pass stops, the failing inputs become potential inputs (and QA
 * disagreements become model-labeled examples), the code is rebuilt, and the run restarts from
 * the first record. Re-running only the failures would not be enough: the new code may change the
 * output of records the old code handled, and every output must come from the final code. While
 * regeneration is possible, results go to a temp spool and are streamed out only after the last
 * pass; when it is not (frozen, locked, no model), results stream straight through.
 */
export function runService(options: RunOptions): RunHandle {
  let resolveSummary!: (summary: RunSummary) => void;
  let rejectSummary!: (error: unknown) => void;
  const summary = new Promise<RunSummary>((resolve, reject) => {
    resolveSummary = resolve;
    rejectSummary = reject;
  });
  summary.catch(() => {}); // Surfaced through iteration; avoid an unhandled rejection.
  async function* iterate(): AsyncGenerator<RunRecordResult> {
    let runner: ServiceRun | null = null;
    let failed = false;
    try {
      runner = new ServiceRun(options);
      yield* runner.execute();
    } catch (error) {
      failed = true;
      rejectSummary(error);
      throw error;
    } finally {
      // Also when the consumer stops early: the summary then covers what was processed.
      if (!failed && runner) resolveSummary(runner.summary());
    }
  }
  return { summary, [Symbol.asyncIterator]: () => iterate() };
}

class ServiceRun {
  private readonly options: RunOptions;
  private files: ServiceFiles;
  private readonly emit: (event: TransformEvent) => void;
  private readonly usage: Usage[] = [];
  private readonly startedAt = Date.now();
  private rebuilds = 0;
  private passes = 0;
  private recordsIn = 0;
  private recordsOut = 0;
  private readonly errorsByKind: Record<string, number> = {};
  private readonly reviewByReason: ReviewTally = {};
  private regenerate: boolean;
  private readonly regenerationReason: string;
  private readonly qaEnabled: boolean;
  private readonly qaReason: string;
  private readonly sampler: QaSampler;
  private qaChecked = 0;
  private qaUnusable = 0;
  private readonly disagreements: QaDisagreement[] = [];
  private reviewPending: string | null = null;
  private codeBuiltBy: string | null = null;
  private examplesSentToReview = 0;
  /** Indices of the examples the code sends to review: no evidence of what it covers. */
  private examplesReviewedByCode = new Set<number>();
  /** QA disagreements of the current pass, to become model-labeled examples. */
  private newExamples: Example[] = [];

  constructor(options: RunOptions) {
    this.options = options;
    this.files = options.files;
    this.emit = options.onEvent ?? (() => {});
    const { settings } = options.files.config;
    if (options.frozen) {
      this.regenerate = false;
      this.regenerationReason = 'off: --frozen';
    } else if (settings.locked) {
      this.regenerate = false;
      this.regenerationReason = 'off: the service is locked (codify.json "locked": true)';
    } else if (!options.model) {
      this.regenerate = false;
      this.regenerationReason = 'off: no model configured (local engine); failures go to the errors file';
    } else {
      this.regenerate = (options.maxRebuilds ?? settings.maxRebuilds) > 0;
      this.regenerationReason = this.regenerate
        ? `on: up to ${options.maxRebuilds ?? settings.maxRebuilds} rebuild(s)`
        : 'off: maxRebuilds is 0';
    }
    const qaRate = options.qaRate ?? settings.qaRate;
    const qaMin = options.qaMin ?? settings.qaMin;
    this.qaEnabled = options.model !== null && (qaRate > 0 || qaMin > 0);
    this.qaReason = !options.model
      ? 'off: no oracle with the local engine (configure a model to sample records for QA)'
      : this.qaEnabled
        ? `on: rate ${qaRate}, at least ${qaMin} record(s)`
        : 'off: qaRate and qaMin are 0';
    this.sampler = new QaSampler(qaRate, qaMin, options.random);
  }

  private get maxRebuilds(): number {
    return this.options.maxRebuilds ?? this.files.config.settings.maxRebuilds;
  }

  async *execute(): AsyncGenerator<RunRecordResult> {
    await this.ensureCode();
    if (!this.options.frozen) await this.refuseCodeFailingExamples();
    const spool = this.regenerate ? await Spool.create() : null;
    try {
      while (true) {
        const outcome = yield* this.pass(spool);
        if (outcome === 'done') break;
        // 'restart': the code changed; read everything again.
      }
      if (spool) yield* spool.replay();
    } finally {
      await spool?.dispose();
      await this.options.source.close();
    }
    await this.writeRunRecord();
  }

  /** Builds first when there is no transform.ts, or when the examples changed since it was built. */
  private async ensureCode(): Promise<void> {
    const { transformSource } = this.files;
    const forbidden = this.options.frozen || this.files.config.settings.locked;
    if (transformSource === null) {
      if (forbidden) {
        throw new ConfigError(
          `${this.files.dir} has no transform.ts and regeneration is forbidden (${this.regenerationReason}).`,
          {
            hint: `Build it first: codify transform build ${this.files.dir}`,
          },
        );
      }
      const result = await this.build('run');
      if (result.status !== 'passed') {
        throw new CodifyError(
          'build-failed',
          `Could not build ${this.files.config.name} before running: ${result.reason}`,
          {
            hint: `Inspect ${serviceLayout(this.files.dir).attempts}, add examples or configure a model (--model), then retry.`,
          },
        );
      }
      return;
    }
    const { header } = parseTransformFile(transformSource);
    this.codeBuiltBy = header?.model ?? 'a person';
    const currentHash = hashJson({ examples: this.files.examples, schema: this.files.schema });
    if (
      !forbidden &&
      header &&
      header.examplesHash !== currentHash &&
      (this.options.model || this.options.useLocal)
    ) {
      // Examples or schema changed since the build: make sure the code still passes them.
      const result = await this.build('run');
      const fixed = result.status === 'passed' && result.wrote === serviceLayout(this.files.dir).transform;
      if (result.status !== 'up-to-date' && !fixed) {
        // Partial code (it sends the examples it does not fit to review and writes no wrong output
        // for any, as an accepted program that fits the most does) runs for the records it fits.
        if ((await this.ownExamplesFailing()).length === 0 && this.examplesSentToReview > 0) return;
        // Outputs of code that fails its own examples are known to be wrong somewhere.
        throw new ConfigError(
          `transform.ts of ${this.files.config.name} fails its own examples, and no passing rebuild replaced it (${result.status}${result.wrote ? `: the rebuild went to ${result.wrote} for review` : ''}).`,
          {
            hint: `Review the build (codify transform build ${this.files.dir}), accept or fix the code, or run with --frozen to use it anyway.`,
          },
        );
      }
    }
  }

  private async build(trigger: 'build' | 'run' | 'qa'): Promise<BuildResult> {
    const result = await buildTransform(this.files, {
      model: this.options.model,
      useLocal: this.options.useLocal,
      trigger,
      onEvent: this.emit,
      ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
      ...(this.options.maxBuildTimeMs !== undefined ? { maxBuildTimeMs: this.options.maxBuildTimeMs } : {}),
      ...(this.options.signal ? { signal: this.options.signal } : {}),
      ...(this.options.sandboxFactory ? { sandboxFactory: this.options.sandboxFactory } : {}),
      ...(this.options.sandboxOptions ? { sandboxOptions: this.options.sandboxOptions } : {}),
      ...(this.options.synthesizer ? { synthesizer: this.options.synthesizer } : {}),
    });
    this.usage.push(...result.usage);
    if (result.status === 'passed' && result.wrote === serviceLayout(this.files.dir).transformNext) {
      this.reviewPending = result.wrote;
    }
    this.files = await readServiceFiles(this.files.dir);
    if (result.status === 'passed' && result.wrote === serviceLayout(this.files.dir).transform)
      this.codeBuiltBy = result.builtBy;
    return result;
  }

  private async *pass(spool: Spool | null): AsyncGenerator<RunRecordResult, 'done' | 'restart'> {
    this.passes += 1;
    this.recordsIn = 0;
    this.recordsOut = 0;
    for (const key of Object.keys(this.errorsByKind)) delete this.errorsByKind[key];
    for (const key of Object.keys(this.reviewByReason)) delete this.reviewByReason[key];
    spool?.reset();
    const source = this.files.transformSource;
    if (source === null) throw new ConfigError(`${this.files.dir} has no transform.ts.`);
    this.emit({
      type: 'run-started',
      service: this.files.config.name,
      pass: this.passes,
      qa: this.qaEnabled,
      regenerate: this.regenerate,
    });

    const sandbox = await this.openSandbox(source);
    const gate = await this.trustGate(source);
    const validator = compileSchema(this.files.schema);
    const batchSize = this.options.batchSize ?? 2000;
    const failureLimit = this.options.failuresBeforeRebuild ?? 20;
    const failingInputs: unknown[] = [];
    const newExamples: Example[] = [];
    this.newExamples = newExamples;
    let stoppedEarly = false;

    // Pipelined: while the workers run one batch, the main thread reads the next and finishes
    // the previous (schema checks, QA, writing), so neither side waits for the other. Results
    // arrive in bounded pieces, so large results never pile up for a whole batch; the rival
    // programs' answers (kept only to find records the examples do not settle) come per batch.
    type Started = {
      batch: InputItem[];
      outputs: AsyncIterable<SandboxRecordResult[]>;
      rivals: Promise<SandboxRecordResult[]>;
    };
    const start = (batch: InputItem[]): Started => {
      const readable = batch.flatMap((item) => (item.ok ? [item.value] : []));
      const options = this.options.signal ? { signal: this.options.signal } : {};
      const rivals =
        gate.rivals && readable.length > 0 ? gate.rivals.box.run(readable, options) : Promise.resolve([]);
      rivals.catch(() => {}); // Awaited below; a batch dropped by an early stop must not go unhandled.
      return { batch, outputs: streamResults(sandbox, readable, options), rivals };
    };
    const finish = async function* (this: ServiceRun, started: Started): AsyncGenerator<RunRecordResult> {
      const rivals = await started.rivals.catch(() => [] as SandboxRecordResult[]);
      let cursor = 0;
      let readableCursor = 0;
      const settle = async function* (
        this: ServiceRun,
        items: InputItem[],
        outputs: SandboxRecordResult[],
        rivalOutputs: SandboxRecordResult[],
      ) {
        for (const result of await this.processBatch(
          items,
          outputs,
          validator,
          failingInputs,
          gate,
          rivalOutputs,
        )) {
          if (spool) await spool.write(result);
          else yield result;
        }
      }.bind(this);
      for await (const piece of started.outputs) {
        const items = itemsCovering(started.batch, cursor, piece.length);
        cursor += items.length;
        const rivalOutputs = rivals.slice(readableCursor, readableCursor + piece.length);
        readableCursor += piece.length;
        yield* settle(items, piece, rivalOutputs);
      }
      // Unreadable records after the last result (or a batch with no readable record at all).
      if (cursor < started.batch.length) yield* settle(started.batch.slice(cursor), [], []);
      this.emit({
        type: 'run-progress',
        processed: this.recordsIn,
        ok: this.recordsOut,
        errors: this.errorCount(),
        pass: this.passes,
      });
    }.bind(this);

    try {
      let batch: InputItem[] = [];
      let inflight: Started | null = null;
      // Records that are not objects when every example input is one cannot be what the code expects:
      // they become per-record errors instead of throws, schema failures or pointless rebuilds.
      const inputs = this.files.examples.map((example) => example.input);
      for await (const item of guardRecordShapes(this.options.source, inputs).open()) {
        batch.push(item);
        if (batch.length < batchSize) continue;
        const next = start(batch);
        batch = [];
        if (inflight) yield* finish(inflight);
        inflight = next;
        if (this.shouldRebuild(failingInputs, newExamples, failureLimit)) {
          stoppedEarly = true;
          break;
        }
      }
      if (!stoppedEarly) {
        const last = batch.length > 0 ? start(batch) : null;
        if (inflight) yield* finish(inflight);
        if (last) yield* finish(last);
      }
    } finally {
      await sandbox.close();
      await gate.rivals?.box.close();
    }

    if (this.shouldRebuild(failingInputs, newExamples, 1)) {
      this.rebuilds += 1;
      const reason = newExamples.length > 0 ? 'qa' : 'failures';
      this.emit({
        type: 'rebuild',
        reason,
        records: failingInputs.length + newExamples.length,
        rebuilds: this.rebuilds,
      });
      await appendPotentialInputs(this.files.dir, dedupe(failingInputs, this.files.potentialInputs));
      if (newExamples.length > 0) {
        await writeJsonFile(serviceLayout(this.files.dir).examples, [...this.files.examples, ...newExamples]);
      }
      this.files = await readServiceFiles(this.files.dir);
      const result = await this.build(reason === 'qa' ? 'qa' : 'run');
      if (result.status === 'passed' && result.wrote === serviceLayout(this.files.dir).transform)
        return 'restart';
      // No usable new code (budget spent, or it awaits review): finish with the code we have, and
      // stop regenerating: the same data would only spend the budget again.
      this.regenerate = false;
      return stoppedEarly ? 'restart' : 'done';
    }
    if (stoppedEarly) return 'restart';
    return 'done';
  }

  private shouldRebuild(failingInputs: unknown[], newExamples: Example[], threshold: number): boolean {
    if (!this.regenerate || this.rebuilds >= this.maxRebuilds) return false;
    return newExamples.length > 0 || failingInputs.length >= threshold;
  }

  /**
   * Outputs of code that fails its own examples are known to be wrong somewhere, whoever wrote it
   * (a hand-edited or hand-written transform.ts never went through a build's check), so the run
   * stops before writing anything unless --frozen says to use the code anyway.
   */
  private async refuseCodeFailingExamples(): Promise<void> {
    const examples = this.files.examples;
    const failing = await this.ownExamplesFailing();
    if (failing.length === 0) return;
    throw new ConfigError(
      `transform.ts of ${this.files.config.name} fails its own examples (${failing.length} of ${examples.length}): ${failing.slice(0, 3).join('; ')}${failing.length > 3 ? '; …' : ''}.`,
      {
        hint: `Fix transform.ts or the examples, rebuild (codify transform build ${this.files.dir}), or run with --frozen to use it anyway.`,
      },
    );
  }

  /**
   * The examples transform.ts gets wrong (a wrong output, or a throw other than the review mark),
   * one line each; counts those it sends to review in `examplesSentToReview` (when none is wrong).
   */
  private async ownExamplesFailing(): Promise<string[]> {
    const examples = this.files.examples;
    const source = this.files.transformSource;
    if (examples.length === 0 || source === null) return [];
    // A sandbox of its own, closed before the run opens its own, so the run is timed as before.
    const sandbox = await this.openSandbox(source);
    let results: SandboxRecordResult[];
    try {
      results = await sandbox.run(examples.map((example) => example.input));
    } finally {
      await sandbox.close();
    }
    let sentToReview = 0;
    const reviewed = new Set<number>();
    const failing = examples.flatMap((example, i) => {
      const result = results[i];
      if (result?.ok && deepEqualJson(result.value, example.output)) return [];
      // The code's review mark writes nothing, so nothing wrong: code that fits only some examples
      // and stops records like the others (a build's program that fits the most) runs, as partial.
      if (
        result &&
        !result.ok &&
        result.error.kind === 'throw' &&
        reviewMarkerReason(result.error.message) !== null
      ) {
        sentToReview++;
        reviewed.add(i);
        return [];
      }
      const got = result?.ok
        ? `gives ${clip(canonicalJson(result.value))}`
        : `throws: ${clip(result?.error.message ?? 'no result')}`;
      return [`example ${i + 1} expects ${clip(canonicalJson(example.output))} but ${got}`];
    });
    this.examplesSentToReview = failing.length === 0 ? sentToReview : 0;
    this.examplesReviewedByCode = failing.length === 0 ? reviewed : new Set();
    return failing;
  }

  private async openSandbox(source: string): Promise<TransformSandbox> {
    const factory = this.options.sandboxFactory ?? defaultSandboxFactory;
    try {
      return await factory(source, { ...this.options.sandboxOptions, filename: 'transform.ts' });
    } catch (error) {
      const problem = asCompileProblem(error);
      if (!problem) throw error;
      throw new ConfigError(
        `transform.ts of ${this.files.config.name} does not compile: ${problem.message}`,
        {
          hint: `Fix it, or rebuild: codify transform build ${this.files.dir}`,
        },
      );
    }
  }

  private async processBatch(
    batch: InputItem[],
    outputs: SandboxRecordResult[],
    validator: SchemaValidator,
    failingInputs: unknown[],
    gate: TrustGate,
    rivalOutputs: SandboxRecordResult[],
  ): Promise<RunRecordResult[]> {
    const readable = batch.filter((item): item is Extract<InputItem, { ok: true }> => item.ok);
    const byIndex = new Map<number, (typeof outputs)[number]>();
    const rivalsByIndex = new Map<number, SandboxRecordResult>();
    readable.forEach((item, i) => {
      const output = outputs[i];
      if (output) byIndex.set(item.index, output);
      const rival = rivalOutputs[i];
      if (rival) rivalsByIndex.set(item.index, rival);
    });
    if (!gate.checkedFirstBatch) {
      gate.checkedFirstBatch = true;
      // A key every record lacks is a renamed column, not bad records: stop before writing anything.
      const missing = missingEverywhere(
        gate.profile,
        readable.map((item) => item.value),
      );
      if (missing && readable.length > 0)
        throw new ConfigError(`The input does not match the examples: ${missing}.`, {
          hint: 'Fix the input (or its CSV header), or add examples with the new shape and rebuild.',
        });
    }
    const results: RunRecordResult[] = [];
    for (const item of batch) {
      this.recordsIn += 1;
      if (!item.ok) {
        results.push(this.failure(item, item.raw, item.kind ?? 'parse', item.message));
        continue;
      }
      const outcome = byIndex.get(item.index);
      // A record the sandbox could not even take (too deep, not JSON data) is reported as that
      // first: its input may be too deep to write back, and the contract check would say less.
      const refused = outcome && !outcome.ok && UNSENDABLE_KINDS.has(outcome.error.kind);
      const contract = refused ? null : inputContractProblem(gate.profile, item.value);
      if (contract) {
        results.push(this.failure(item, writableInput(item), 'input', contract));
        continue;
      }
      if (!outcome) {
        results.push(this.failure(item, item.value, 'crash', 'the sandbox returned no result'));
        continue;
      }
      // The code's own mark that a record needs a person (a reader that cannot read it, a record
      // like an answer the code does not fit): a review row with its reason, not a bug to rebuild for.
      const marked =
        !outcome.ok && outcome.error.kind === 'throw' ? reviewMarkerReason(outcome.error.message) : null;
      if (marked !== null && !gate.trusted) {
        results.push(this.failure(item, item.value, 'review', marked, undefined, MARKED_FOR_REVIEW_REASON));
        continue;
      }
      if (!outcome.ok) {
        const where = outcome.error.line !== undefined ? ` (transform.ts line ${outcome.error.line})` : '';
        const input = UNSENDABLE_KINDS.has(outcome.error.kind) ? writableInput(item) : item.value;
        const unseen = REVIEWABLE_FAILURES.has(outcome.error.kind)
          ? this.unseenShape(gate, item.value, rivalsByIndex.get(item.index))
          : null;
        results.push(
          unseen
            ? this.failure(
                item,
                input,
                'review',
                `${unseen.message} (the code failed on it: ${outcome.error.message}${where})`,
                undefined,
                unseen.reason,
              )
            : this.failure(item, input, outcome.error.kind, `${outcome.error.message}${where}`),
        );
        if (REBUILD_KINDS.has(outcome.error.kind)) failingInputs.push(item.value);
        continue;
      }
      const violations = validator.validate(outcome.value);
      if (violations.length > 0) {
        const broken = `output breaks the schema: ${formatViolations(violations)}`;
        const unseen = this.unseenShape(gate, item.value, rivalsByIndex.get(item.index));
        results.push(
          unseen
            ? this.failure(
                item,
                item.value,
                'review',
                `${unseen.message} (${broken})`,
                undefined,
                unseen.reason,
              )
            : this.failure(item, item.value, 'schema', broken),
        );
        failingInputs.push(item.value);
        continue;
      }
      const review = gate.trusted
        ? null
        : this.reviewOf(gate, item.value, outcome.value, rivalsByIndex.get(item.index));
      if (review) {
        results.push(
          this.failure(item, item.value, 'review', review.message, review.competing, review.reason, {
            codeOutput: outcome.value,
          }),
        );
        continue;
      }
      if (this.qaEnabled && this.options.model && this.sampler.pick(item.index)) {
        await this.qaCheck(item.index, item.value, outcome.value, this.newExamples, validator);
      }
      this.recordsOut += 1;
      results.push({ index: item.index, ok: true, output: outcome.value });
    }
    return results;
  }

  /** What this pass may believe: the Input profile and, for synthesized code, its rivals. */
  private async trustGate(source: string): Promise<TrustGate> {
    const trusted = this.options.trust === true || this.files.config.settings.trust;
    // Only the examples the code answers show what it covers: one it sends to review (partial
    // code) must not make records of its shape look covered.
    const evidence = this.files.examples.filter((_example, i) => !this.examplesReviewedByCode.has(i));
    // Code that sends some of its own examples to review is partial: it writes only records shaped
    // like the examples it answers (a shape none of them had may be one it is wrong for).
    const profile = profileInputs(evidence, parseTransformFile(source).moduleText, {
      strictShapes: this.examplesReviewedByCode.size > 0,
    });
    const checks = inferOutputChecks(evidence, this.files.schema);
    const gate: TrustGate = { profile, trusted, rivals: null, checkedFirstBatch: false, checks };
    if (trusted) return gate;
    const rivals = await loadRivals(this.files.dir, source);
    if (!rivals) return gate;
    const factory = this.options.sandboxFactory ?? defaultSandboxFactory;
    try {
      // Half the transform's workers: the rival programs do a fraction of the transform's work
      // per record, and each worker holds its own QuickJS guest (tens of MB).
      const workers = Math.max(
        1,
        Math.floor((this.options.sandboxOptions?.workers ?? os.availableParallelism()) / 2),
      );
      const box = await factory(rivals.source, {
        ...this.options.sandboxOptions,
        workers,
        filename: 'rivals.ts',
      });
      gate.rivals = { box, meta: rivals.meta };
      if (rivals.meta.branches?.length) gate.profile = { ...profile, branches: rivals.meta.branches };
    } catch {
      // Rivals that do not load only cost the disagreement check, never the run.
    }
    return gate;
  }

  /**
   * A record the code failed on (NaN for an empty amount, a throw, a schema break) whose input has a
   * shape no example had ("weight" empty where every example's had a number): the examples say
   * nothing about it, so it is a record for a person (`review`, with the shape as its reason), not a
   * bug in the code. Null when trusted or when the examples covered its shape.
   */
  private unseenShape(
    gate: TrustGate,
    input: unknown,
    rivals: SandboxRecordResult | undefined,
  ): { message: string; reason: string } | null {
    if (gate.trusted) return null;
    const given = gate.rivals && rivals?.ok ? rivalsResult(rivals.value, gate.rivals.meta) : null;
    const shape = uncoveredShape(gate.profile, input, given?.routes);
    return shape
      ? { message: `the examples never covered this input: ${shape}`, reason: inputReason(shape) }
      : null;
  }

  /** Why a record the code handled is not settled by the examples, or null. */
  private reviewOf(
    gate: TrustGate,
    input: unknown,
    output: unknown,
    rivals: SandboxRecordResult | undefined,
  ): { message: string; reason: string; competing?: Record<string, unknown[]> } | null {
    const given = gate.rivals && rivals?.ok ? rivalsResult(rivals.value, gate.rivals.meta) : null;
    if (gate.rivals && given) {
      const competing = competingOutputs(output, given.rivals, gate.rivals.meta);
      const fields = Object.keys(competing);
      if (fields.length > 0)
        return {
          message: `programs that fit every example disagree on ${fields.join(', ')}: label this input (codify transform label) or add an example like it`,
          reason: RIVALS_REASON,
          competing,
        };
    }
    // The branch each field's program took (from the rivals module) holds the record to the
    // examples that took the same branch.
    const shape = uncoveredShape(gate.profile, input, given?.routes);
    if (shape)
      return { message: `the examples never covered this input: ${shape}`, reason: inputReason(shape) };
    const doubt = outputCheckProblem(gate.checks, output, input);
    return doubt
      ? {
          message: `${doubt} (an output check inferred from the examples; in schema.json, via the build's proposal and codify transform accept-schema, it becomes an error)`,
          reason: outputReason(outputDoubtKey(gate.checks, output, input) ?? ''),
        }
      : null;
  }

  private async qaCheck(
    index: number,
    input: unknown,
    codeOutput: unknown,
    newExamples: Example[],
    validator: SchemaValidator,
  ): Promise<void> {
    const model = this.options.model;
    if (!model) return;
    this.qaChecked += 1;
    const answer = await askModelDirectly(
      model,
      {
        serviceName: this.files.config.name,
        schema: this.files.schema,
        examples: this.files.examples,
        validator,
      },
      input,
      this.options.signal,
    );
    if (answer.usage) {
      this.usage.push(answer.usage);
      this.emit({ type: 'qa-usage', usage: answer.usage });
    }
    if (!answer.ok) {
      this.qaUnusable += 1;
      return;
    }
    if (deepEqualJson(answer.output, codeOutput)) return;
    const disagreement = { index, input, code: codeOutput, model: answer.output };
    this.disagreements.push(disagreement);
    this.emit({ type: 'qa-disagreement', ...disagreement });
    const known = this.files.examples.some(
      (example) => canonicalJson(example.input) === canonicalJson(input),
    );
    if (!known)
      newExamples.push({
        input,
        output: answer.output,
        source: 'model',
        note: `QA disagreement at record ${index}`,
      });
  }

  private failure(
    item: InputItem,
    input: unknown,
    kind: string,
    message: string,
    competing?: Record<string, unknown[]>,
    reason?: string,
    unwritten?: { codeOutput: unknown },
  ): RunRecordResult {
    this.errorsByKind[kind] = (this.errorsByKind[kind] ?? 0) + 1;
    const error: RecordError = {
      kind,
      message,
      ...(competing ? { competing } : {}),
      ...(reason ? { reason } : {}),
      // The rivals' row already shows the code's answer first among the competing ones.
      ...(unwritten && !competing ? { codeOutput: unwritten.codeOutput } : {}),
    };
    tallyReview(this.reviewByReason, error);
    return { index: item.index, line: item.line, ok: false, input, error };
  }

  private errorCount(): number {
    return Object.values(this.errorsByKind).reduce((sum, n) => sum + n, 0);
  }

  summary(): RunSummary {
    const durationMs = Date.now() - this.startedAt;
    const costs = this.usage.map((u) => u.costUsd);
    return {
      service: this.files.config.name,
      recordsIn: this.recordsIn,
      recordsOut: this.recordsOut,
      errors: this.errorCount(),
      errorsByKind: { ...this.errorsByKind },
      reviewByReason: { ...this.reviewByReason },
      rebuilds: this.rebuilds,
      passes: this.passes,
      modelCalls: this.usage.length,
      inputTokens: this.usage.reduce((sum, u) => sum + u.inputTokens, 0),
      outputTokens: this.usage.reduce((sum, u) => sum + u.outputTokens, 0),
      costUsd: costs.some((c) => c === null) ? null : costs.reduce<number>((sum, c) => sum + (c ?? 0), 0),
      durationMs,
      recordsPerSecond: durationMs > 0 ? Math.round((this.recordsIn / durationMs) * 1000) : this.recordsIn,
      regeneration: { enabled: this.regenerationReason.startsWith('on'), reason: this.regenerationReason },
      qa: {
        enabled: this.qaEnabled,
        reason: this.qaReason,
        checked: this.qaChecked,
        disagreements: this.disagreements,
        unusable: this.qaUnusable,
      },
      reviewPending: this.reviewPending,
      codeBuiltBy: this.codeBuiltBy,
      examplesSentToReview: this.examplesSentToReview,
    };
  }

  private async writeRunRecord(): Promise<void> {
    const id = new Date(this.startedAt).toISOString().replace(/[:.]/g, '-');
    const summary = this.summary();
    await writeJsonFile(path.join(serviceLayout(this.files.dir).runs, `${id}.json`), {
      ...summary,
      qa: { ...summary.qa, disagreements: summary.qa.disagreements.slice(0, 100) },
    });
  }
}

function dedupe(inputs: readonly unknown[], known: readonly unknown[]): unknown[] {
  const seen = new Set(known.map(canonicalJson));
  const fresh: unknown[] = [];
  for (const input of inputs) {
    const key = canonicalJson(input);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(input);
  }
  return fresh;
}

/** Results of the current pass, on disk, so memory stays bounded however many records there are. */
class Spool {
  private readonly dir: string;
  private readonly file: string;
  private writer: WriteStream | null = null;

  private constructor(dir: string) {
    this.dir = dir;
    this.file = path.join(dir, 'results.jsonl');
  }

  static async create(): Promise<Spool> {
    return new Spool(await mkdtemp(path.join(os.tmpdir(), 'codify-run-')));
  }

  reset(): void {
    this.writer?.destroy();
    this.writer = createWriteStream(this.file, { flags: 'w' });
  }

  async write(result: RunRecordResult): Promise<void> {
    const writer = this.writer;
    if (!writer) throw new Error('spool not open');
    if (!writer.write(`${JSON.stringify(result)}\n`))
      await new Promise<void>((resolve) => writer.once('drain', () => resolve()));
  }

  async *replay(): AsyncGenerator<RunRecordResult> {
    const writer = this.writer;
    if (writer) await new Promise<void>((resolve) => writer.end(resolve));
    this.writer = null;
    const lines = createInterface({ input: createReadStream(this.file), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as RunRecordResult;
  }

  async dispose(): Promise<void> {
    this.writer?.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Per pass: what the run may believe (see trust.ts). */
interface TrustGate {
  profile: InputProfile;
  /** --trust or `"trust": true`: no review rows. */
  trusted: boolean;
  rivals: { box: TransformSandbox; meta: RivalsFile } | null;
  checkedFirstBatch: boolean;
  /** Output checks the examples imply that schema.json does not make yet (review flags). */
  checks: OutputCheck[];
}

/** A value short enough for an error message (an output may be megabytes). */
function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
