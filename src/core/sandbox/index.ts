/**
 * codify's sandbox for code nobody has reviewed: a generated `transform(input)` module runs in
 * QuickJS (compiled to WebAssembly) inside worker threads, over batches of JSON records.
 *
 * What the guest can do: the JavaScript language and its standard built-ins (including
 * `Date.now` and `Math.random`), nothing else — no file system, network, process, environment,
 * timers, modules, `eval`/`Function`, or host objects. Records go in and results come out as
 * JSON text.
 *
 * Semantics worth knowing:
 * - Results must be JSON data: plain objects, arrays, strings, finite numbers, booleans, null.
 *   Functions, symbols, BigInt, cycles, NaN/Infinity, class instances, Map/Set, and `undefined` as
 *   the result or an array element are `output` errors. An object property whose value is
 *   `undefined` is omitted, as `JSON.stringify` does. `toJSON` applies (a Date becomes a string).
 * - A result above `maxOutputChars` (default 16 Mi characters of JSON) is an `output` error.
 * - Returning a Promise (an async transform) is an `output` error: transforms are synchronous.
 * - All built-ins are frozen before the module runs: writing to `Object.prototype`, globals,
 *   etc. throws a TypeError (a `throw` error for that record) instead of affecting other records.
 * - The module is evaluated once per worker; its own module-level variables persist across
 *   records and calls on that worker, until a `timeout`, `memory` or `stack` error (or a crash)
 *   recreates the guest from scratch. Transforms should not rely on such state.
 * - Time limits are wall-clock time of the worker thread running the guest (it does nothing
 *   else, so this is its CPU time). `timeoutMsPerBatch` bounds one batch (at most `batchSize`
 *   records); a batch over it reports `timeout` for the record running and those not yet run.
 * - `line`/`column` are 1-based positions in the submitted source.
 */
import { availableParallelism } from 'node:os';
import { CancelledError } from '../errors.ts';
import { SandboxClosedError, SandboxCompileError, SandboxInputError } from './errors.ts';
import { resolveLimits } from './limits.ts';
import { PoolCompileError, WorkerPool } from './pool.ts';
import { prepareSource } from './prepare-source.ts';
import type { PreparedSource } from './prepare-source.ts';
import type { SandboxLimits, SandboxRecordResult } from './types.ts';

export type { SandboxErrorKind, SandboxLimits, SandboxRecordError, SandboxRecordResult } from './types.ts';
export { SandboxClosedError, SandboxCompileError, SandboxInputError } from './errors.ts';
export { DEFAULT_LIMITS } from './limits.ts';

/** Options of {@link createSandbox}. */
export interface SandboxOptions extends SandboxLimits {
  /** Worker threads, each with its own guest. Default: one per core (`availableParallelism()`). */
  workers?: number;
  /** Name used in positions and stack traces; `.js`/`.mjs` skips TypeScript stripping. Default `transform.ts`. */
  filename?: string;
  /** Records per guest call. Larger amortises the call; smaller spreads work. Default 256. */
  batchSize?: number;
}

/** A compiled transform, ready to run over records. */
export interface Sandbox {
  /**
   * Runs the transform over `records` (any number) and returns one result per record, in order.
   * Record failures are results, not rejections.
   * @throws CancelledError when `signal` aborts (the running guests are stopped promptly).
   * @throws SandboxInputError when a record is not JSON data.
   * @throws SandboxClosedError after `close()`.
   */
  run(records: readonly unknown[], options?: { signal?: AbortSignal }): Promise<SandboxRecordResult[]>;
  /** Stops the workers. Pending runs reject with CancelledError. */
  close(): Promise<void>;
}

const DEFAULT_FILENAME = 'transform.ts';
const DEFAULT_BATCH_SIZE = 256;
/** Input JSON per batch, characters; keeps a batch of large records well inside the guest heap. */
const MAX_BATCH_INPUT_FRACTION = 8;

/**
 * Compiles `source` (TypeScript or JavaScript ES module with a default export function) in
 * fresh workers and returns a sandbox to run it.
 * @throws SandboxCompileError when the module does not parse, imports anything, fails in its
 * top-level code, or has no default export function; `line`/`column` point into `source`.
 */
export async function createSandbox(source: string, options: SandboxOptions = {}): Promise<Sandbox> {
  const filename = options.filename ?? DEFAULT_FILENAME;
  const limits = resolveLimits(options);
  const workers = positiveInteger('workers', options.workers ?? availableParallelism());
  const batchSize = positiveInteger('batchSize', options.batchSize ?? DEFAULT_BATCH_SIZE);
  const prepared = await prepareSource(source, filename);
  let pool: WorkerPool;
  try {
    pool = await WorkerPool.start({ code: prepared.code, filename, limits, size: workers });
  } catch (error) {
    if (!(error instanceof PoolCompileError)) throw error;
    const { message, line, column } = error.failure;
    const position = line === undefined ? undefined : prepared.toSource(line, column ?? 1);
    throw new SandboxCompileError(message, {
      filename,
      ...(position
        ? { line: position.line, column: column === undefined ? undefined : position.column }
        : {}),
    });
  }
  const maxBatchChars = Math.max(1024, Math.floor(limits.memoryLimitBytes / MAX_BATCH_INPUT_FRACTION));
  return new PooledSandbox(pool, prepared, batchSize, maxBatchChars);
}

/** Compiles, runs once over `records`, and closes. */
export async function runOnce(
  source: string,
  records: readonly unknown[],
  options: SandboxOptions & { signal?: AbortSignal } = {},
): Promise<SandboxRecordResult[]> {
  const { signal, ...sandboxOptions } = options;
  if (signal?.aborted) throw new CancelledError();
  const sandbox = await createSandbox(source, {
    ...sandboxOptions,
    // Never start more workers than there is work for.
    workers: Math.max(
      1,
      Math.min(sandboxOptions.workers ?? availableParallelism(), Math.ceil(records.length / 64)),
    ),
  });
  try {
    return await sandbox.run(records, signal ? { signal } : {});
  } finally {
    await sandbox.close();
  }
}

class PooledSandbox implements Sandbox {
  private readonly pool: WorkerPool;
  private readonly prepared: PreparedSource;
  private readonly batchSize: number;
  private readonly maxBatchChars: number;
  private closed = false;

  constructor(pool: WorkerPool, prepared: PreparedSource, batchSize: number, maxBatchChars: number) {
    this.pool = pool;
    this.prepared = prepared;
    this.batchSize = batchSize;
    this.maxBatchChars = maxBatchChars;
  }

  async run(
    records: readonly unknown[],
    options: { signal?: AbortSignal } = {},
  ): Promise<SandboxRecordResult[]> {
    if (this.closed) throw new SandboxClosedError();
    const { signal } = options;
    if (signal?.aborted) throw new CancelledError();
    const texts = records.map(encodeRecord);
    // Spread small inputs over every worker rather than filling one batch.
    const perBatch = Math.max(1, Math.min(this.batchSize, Math.ceil(texts.length / this.pool.size)));
    const batches = splitBatches(texts, perBatch, this.maxBatchChars);
    const outcomes = await Promise.all(batches.map((batch) => this.pool.submit(batch, signal)));
    const results = outcomes.flat();
    if (this.prepared.method === 'transpile') {
      for (const result of results) {
        if (result.ok || result.error.line === undefined) continue;
        const position = this.prepared.toSource(result.error.line, result.error.column ?? 1);
        result.error.line = position.line;
        if (result.error.column !== undefined) result.error.column = position.column;
      }
    }
    return results;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.close();
  }
}

function encodeRecord(record: unknown, index: number): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(record);
  } catch (error) {
    throw new SandboxInputError(index, error instanceof Error ? error.message : String(error));
  }
  if (text === undefined) throw new SandboxInputError(index, `it is ${typeof record}`);
  return text;
}

function splitBatches(texts: string[], perBatch: number, maxChars: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (current.length > 0 && (current.length >= perBatch || chars + text.length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length + 1;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`Sandbox option ${name} must be a positive integer.`);
  return value;
}
