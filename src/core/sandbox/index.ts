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
 * - A result above `maxOutputChars` (default 4 Mi characters of JSON) is a `too-large` error; a
 *   result nested deeper than {@link MAX_JSON_DEPTH} (1000) levels is a `too-deep` error.
 * - A record that cannot be sent in is one error result, never a rejection: `too-deep` when it
 *   is nested deeper than 1000 levels, `input` when it is not JSON data (BigInt, a cycle, …).
 * - Results come back in bounded pieces ({@link Sandbox.stream}): a batch stops handing back
 *   results at `maxBatchOutputChars` (16 Mi) and its other records run as a new batch, so the
 *   host holds a bounded amount of results whatever the transform returns.
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
import { SandboxClosedError, SandboxCompileError } from './errors.ts';
import { MAX_JSON_DEPTH, resolveLimits } from './limits.ts';
import { PoolCompileError, WorkerPool } from './pool.ts';
import { prepareSource } from './prepare-source.ts';
import type { PreparedSource } from './prepare-source.ts';
import type { SandboxLimits, SandboxRecordResult } from './types.ts';

export type { SandboxErrorKind, SandboxLimits, SandboxRecordError, SandboxRecordResult } from './types.ts';
export { SandboxClosedError, SandboxCompileError } from './errors.ts';
export { DEFAULT_LIMITS, MAX_JSON_DEPTH } from './limits.ts';

/** Options of {@link createSandbox}. */
export interface SandboxOptions extends SandboxLimits {
  /** Worker threads, each with its own guest. Default: one per core (`availableParallelism()`). */
  workers?: number;
  /**
   * Name used in positions and stack traces; `.js`/`.mjs` skips TypeScript stripping. The caller
   * names its file (core knows no product); default `module.ts`.
   */
  filename?: string;
  /** Records per guest call. Larger amortises the call; smaller spreads work. Default 256. */
  batchSize?: number;
}

/** A compiled transform, ready to run over records. */
export interface Sandbox {
  /**
   * Runs the transform over `records` (any number) and returns one result per record, in order.
   * Record failures are results, not rejections (a record that is not JSON data, or is nested
   * too deep, is an `input` or `too-deep` result). Holds every result at once: for many records
   * with large results use {@link Sandbox.stream}.
   * @throws CancelledError when `signal` aborts (the running guests are stopped promptly).
   * @throws SandboxClosedError after `close()`.
   */
  run(records: readonly unknown[], options?: { signal?: AbortSignal }): Promise<SandboxRecordResult[]>;
  /**
   * As {@link Sandbox.run}, but yields the results in order as consecutive pieces, as soon as
   * each is ready. Work starts at once and stays a few batches ahead of the consumer, so the
   * results in memory are bounded (about workers × 2 × `maxBatchOutputChars`) however many
   * records there are and however large their results. Stopping early (`break`) cancels the rest.
   * @throws CancelledError when `signal` aborts; SandboxClosedError after `close()`.
   */
  stream(
    records: readonly unknown[],
    options?: { signal?: AbortSignal },
  ): AsyncIterable<SandboxRecordResult[]>;
  /** Stops the workers. Pending runs reject with CancelledError. */
  close(): Promise<void>;
}

const DEFAULT_FILENAME = 'module.ts';
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

/** A record ready for the guest (its JSON text), or the result it gets without running. */
type Entry = string | SandboxRecordResult;

/** Consecutive records sent to one worker at once; refused records ride along in place. */
interface Batch {
  entries: Entry[];
  texts: string[];
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
    const results: SandboxRecordResult[] = [];
    for await (const piece of this.stream(records, options)) {
      for (const result of piece) results.push(result);
    }
    return results;
  }

  stream(
    records: readonly unknown[],
    options: { signal?: AbortSignal } = {},
  ): AsyncIterable<SandboxRecordResult[]> {
    if (this.closed) throw new SandboxClosedError();
    const { signal } = options;
    if (signal?.aborted) throw new CancelledError();
    const entries = records.map(encodeRecord);
    // Spread small inputs over every worker rather than filling one batch.
    const perBatch = Math.max(1, Math.min(this.batchSize, Math.ceil(entries.length / this.pool.size)));
    const batches = splitBatches(entries, perBatch, this.maxBatchChars);
    // Stopping early or closing must not leave batches running for nobody.
    const stop = new AbortController();
    const combined = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    const window = this.pool.size * 2;
    const pending: { batch: Batch; results: Promise<SandboxRecordResult[]> }[] = [];
    let next = 0;
    const submit = (batch: Batch, front = false) => {
      const results =
        batch.texts.length === 0 ? Promise.resolve([]) : this.pool.submit(batch.texts, combined, { front });
      results.catch(() => {}); // Awaited in order below; the rest are cancelled if we stop.
      return { batch, results };
    };
    const fill = (): void => {
      while (next < batches.length && pending.length < window) {
        const batch = batches[next++];
        if (batch) pending.push(submit(batch));
      }
    };
    fill();
    const mapPositions = (results: SandboxRecordResult[]): void => {
      if (this.prepared.method !== 'transpile') return;
      for (const result of results) {
        if (result.ok || result.error.line === undefined) continue;
        const position = this.prepared.toSource(result.error.line, result.error.column ?? 1);
        result.error.line = position.line;
        if (result.error.column !== undefined) result.error.column = position.column;
      }
    };
    async function* drain(): AsyncGenerator<SandboxRecordResult[]> {
      try {
        while (pending.length > 0) {
          const head = pending[0];
          if (!head) break;
          const results = await head.results;
          mapPositions(results);
          const { piece, rest } = mergeResults(head.batch, results);
          if (rest) pending[0] = submit(rest, true);
          else {
            pending.shift();
            fill();
          }
          yield piece;
        }
      } finally {
        stop.abort();
      }
    }
    return drain();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.close();
  }
}

/** A record's JSON text, or the error result of a record that cannot be sent into the guest. */
function encodeRecord(record: unknown): Entry {
  let text: string | undefined;
  try {
    text = JSON.stringify(record);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep();
    return refused(`it is not JSON data (${error instanceof Error ? error.message : String(error)})`);
  }
  if (text === undefined) return refused(`it is ${typeof record}, not JSON data`);
  return nestingExceeds(text, MAX_JSON_DEPTH) ? tooDeep() : text;
}

function refused(reason: string): SandboxRecordResult {
  return {
    ok: false,
    error: { kind: 'input', message: `the record cannot be sent to the sandbox: ${reason}` },
  };
}

function tooDeep(): SandboxRecordResult {
  return {
    ok: false,
    error: {
      kind: 'too-deep',
      message: `the record is nested more than ${MAX_JSON_DEPTH} levels deep, so it was not run`,
    },
  };
}

/**
 * Whether JSON text nests arrays and objects deeper than `limit`. Text shorter than 2 × (limit
 * + 1) cannot (each level takes an opening and a closing bracket), which skips nearly every
 * record; strings are skipped with indexOf.
 */
export function nestingExceeds(text: string, limit: number): boolean {
  if (text.length < 2 * (limit + 1)) return false;
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      // Find the closing quote: one not preceded by an odd number of backslashes.
      let end = at;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end === -1) return false;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
      }
      at = end;
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

/** Batches of at most `perBatch` records and about `maxChars` of JSON; refused records ride along. */
function splitBatches(entries: Entry[], perBatch: number, maxChars: number): Batch[] {
  const batches: Batch[] = [];
  let current: Batch = { entries: [], texts: [] };
  let chars = 0;
  for (const entry of entries) {
    if (typeof entry === 'string') {
      if (current.texts.length > 0 && (current.texts.length >= perBatch || chars + entry.length > maxChars)) {
        batches.push(current);
        current = { entries: [], texts: [] };
        chars = 0;
      }
      current.texts.push(entry);
      chars += entry.length + 1;
    }
    current.entries.push(entry);
  }
  if (current.entries.length > 0) batches.push(current);
  return batches;
}

/**
 * Puts a batch's results (one per text, possibly fewer when the batch stopped at its output
 * budget) back among its refused records. Returns the piece for the records covered and, when
 * some texts got no result yet, the batch of the records still to run.
 */
function mergeResults(
  batch: Batch,
  results: SandboxRecordResult[],
): { piece: SandboxRecordResult[]; rest?: Batch } {
  const piece: SandboxRecordResult[] = [];
  let used = 0;
  let at = 0;
  for (; at < batch.entries.length; at++) {
    const entry = batch.entries[at] as Entry;
    if (typeof entry !== 'string') {
      piece.push(entry);
      continue;
    }
    const result = results[used];
    if (result === undefined) break;
    piece.push(result);
    used++;
  }
  if (at >= batch.entries.length) return { piece };
  const entries = batch.entries.slice(at);
  return { piece, rest: { entries, texts: batch.texts.slice(used) } };
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`Sandbox option ${name} must be a positive integer.`);
  return value;
}
