import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { GUEST_PRELUDE } from './guest-prelude.ts';
import { MAX_JSON_DEPTH } from './limits.ts';
import type { ResolvedLimits } from './limits.ts';
import type { SandboxErrorKind } from './types.ts';

/** What a guest needs to start: plain JavaScript (types already stripped) and its limits. */
export interface GuestConfig {
  code: string;
  filename: string;
  limits: ResolvedLimits;
}

/** Why the submitted module could not be turned into a runnable transform. */
export interface GuestCompileFailure {
  message: string;
  line?: number;
  column?: number;
}

/**
 * Receives results in order: `json` is the comma-separated JSON text of `count`
 * {@link SandboxRecordResult}s (never empty).
 */
export type ResultSink = (json: string, count: number) => void;

/** A batch as the JSON text of an array of records (how the pool sends it), and its length. */
export interface BatchText {
  json: string;
  count: number;
}

/** Thrown by {@link GuestSession.create} when the module does not compile or has no transform. */
export class GuestCompileError extends Error {
  readonly failure: GuestCompileFailure;
  constructor(failure: GuestCompileFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

type InterruptReason = 'record' | 'batch' | 'cancel';

/** Handles that belong to one QuickJS runtime + context; disposed together on reset. */
interface Realm {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  runner: QuickJSHandle;
  begin: QuickJSHandle;
  next: QuickJSHandle;
  flush: QuickJSHandle;
  progress: QuickJSHandle;
}

/**
 * Output budget of one guest call; bigger batches are returned in several chunks (never more
 * than the batch's own budget).
 */
const CHUNK_CHARS = 4 * 1024 * 1024;

const PRELUDE_TIME_LIMIT_MS = 30_000;

let quickJS: Promise<QuickJSWASMModule> | undefined;

/**
 * One QuickJS guest running one submitted module, synchronously, on the current thread. The
 * worker wraps it; tests may drive it directly. Not safe against a runaway guest by itself: the
 * interrupt handler enforces time, but only a worker keeps the caller's event loop free.
 */
export class GuestSession {
  private readonly config: GuestConfig;
  private readonly wasm: QuickJSWASMModule;
  private realm: Realm | undefined;
  /** Record limit in force now, ms; Infinity outside guest calls. */
  private recordLimitMs = Infinity;
  private batchDeadline = Infinity;
  /** Guest record index seen by the last interrupt check, and when it was first seen. */
  private watchedRecord = -1;
  private watchedSince = 0;
  private interruptReason: InterruptReason | undefined;
  private isCancelled: () => boolean = () => false;

  private constructor(config: GuestConfig, wasm: QuickJSWASMModule) {
    this.config = config;
    this.wasm = wasm;
  }

  /** Loads QuickJS, evaluates the module once and checks its default export. */
  static async create(config: GuestConfig): Promise<GuestSession> {
    // Only the build the guest runs (release, synchronous: what `getQuickJS()` picks); the
    // `quickjs-emscripten` entry point would import all four, debug and asyncify ones too.
    quickJS ??= newQuickJSWASMModuleFromVariant(import('@jitl/quickjs-wasmfile-release-sync')).then(
      (wasm) => {
        useNativeUtf8(wasm);
        return wasm;
      },
    );
    const session = new GuestSession(config, await quickJS);
    session.realm = session.buildRealm();
    return session;
  }

  /**
   * Runs every record (each a JSON text) through the transform, delivering results in order to
   * `sink`. Returns 'cancelled' if `isCancelled` turned true; results already delivered stand.
   * Returns 'partial' when the results delivered reached `maxBatchOutputChars` before the last
   * record: the caller sends the records not yet delivered again as a new batch.
   */
  runBatch(
    records: readonly string[] | BatchText,
    deliver: ResultSink,
    isCancelled: () => boolean = () => false,
  ): 'done' | 'cancelled' | 'partial' {
    const { limits } = this.config;
    const batch = isBatchText(records) ? records : { json: `[${records.join(',')}]`, count: records.length };
    let deliveredChars = 0;
    const sink: ResultSink = (json, count) => {
      deliveredChars += json.length;
      deliver(json, count);
    };
    this.isCancelled = isCancelled;
    this.batchDeadline = performance.now() + limits.timeoutMsPerBatch;
    try {
      /** Records before `offset` have been delivered to the sink. */
      let offset = 0;
      /** Index in `records` of the guest's record 0 since the last begin(). */
      let base = 0;
      let needsBegin = true;
      while (offset < batch.count) {
        if (deliveredChars >= limits.maxBatchOutputChars) return 'partial';
        const realm = this.ensureRealm();
        if (needsBegin) {
          const refused = this.callBegin(realm, batch.json, offset);
          if (refused) {
            // Too big for the guest heap (or otherwise unloadable): fail these records, keep the worker.
            const remaining = batch.count - offset;
            sink(repeatFailure(refused.kind, refused.message, remaining), remaining);
            this.resetRealm();
            return 'done';
          }
          base = offset;
          needsBegin = false;
        }
        this.interruptReason = undefined;
        this.watch(this.config.limits.timeoutMsPerRecord);
        const result = realm.context.callFunction(realm.next, realm.runner);
        this.recordLimitMs = Infinity;
        if (!result.error) {
          const text = realm.context.getString(result.value);
          result.value.dispose();
          const { position, reset, body } = splitChunk(text);
          const delivered = base + position - offset;
          if (delivered > 0) sink(body, delivered);
          offset = base + position;
          if (reset) {
            this.resetRealm();
            needsBegin = true;
          }
          continue;
        }
        // Something escaped the guest's own try/catch: an interrupt (time, cancel) or a failure
        // in the runner itself. The guest's progress cell says which record was running.
        const escaped = realm.context.dump(result.error) as unknown;
        result.error.dispose();
        const reason = this.interruptReason;
        const current = this.readProgress(realm);
        const failedAt = current < 0 ? offset : base + current;
        offset += this.flushFinished(realm, sink, failedAt - offset, failedAt - base);
        this.resetRealm();
        needsBegin = true;
        if (reason === 'cancel') return 'cancelled';
        if (reason === 'batch') {
          const remaining = batch.count - offset;
          const message =
            `the batch time limit of ${limits.timeoutMsPerBatch} ms was used up` +
            (remaining > 1 ? '; records after it in the same batch were not run' : '');
          sink(repeatFailure('timeout', message, remaining), remaining);
          return 'done';
        }
        const failure =
          reason === 'record'
            ? {
                kind: 'timeout' as const,
                message: `the record took longer than ${limits.timeoutMsPerRecord} ms`,
              }
            : classifyEscaped(escaped);
        sink(repeatFailure(failure.kind, failure.message, 1), 1);
        offset += 1;
      }
      return 'done';
    } finally {
      this.recordLimitMs = Infinity;
      this.batchDeadline = Infinity;
      this.isCancelled = () => false;
    }
  }

  /** Frees the QuickJS runtime. */
  dispose(): void {
    this.disposeRealm();
  }

  private ensureRealm(): Realm {
    this.realm ??= this.buildRealm();
    return this.realm;
  }

  /**
   * Replaces the guest with a fresh one. Rebuilding is the sandbox's own work, so neither the
   * batch deadline nor a cancel may interrupt it (that would leave no guest at all).
   */
  private resetRealm(): void {
    this.disposeRealm();
    const { batchDeadline, isCancelled } = this;
    this.batchDeadline = Infinity;
    this.isCancelled = () => false;
    try {
      this.realm = this.buildRealm();
    } finally {
      this.batchDeadline = batchDeadline;
      this.isCancelled = isCancelled;
    }
  }

  private disposeRealm(): void {
    const realm = this.realm;
    this.realm = undefined;
    if (!realm) return;
    for (const handle of [realm.begin, realm.next, realm.flush, realm.progress, realm.runner])
      handle.dispose();
    realm.context.dispose();
    realm.runtime.dispose();
  }

  /**
   * Loads the batch's records from `offset` on into the guest (it parses the whole batch text and
   * drops the records before `offset`); on failure returns why (nothing loaded).
   */
  private callBegin(
    realm: Realm,
    json: string,
    offset: number,
  ): { kind: SandboxErrorKind; message: string } | undefined {
    const input = realm.context.newString(json);
    const skip = realm.context.newNumber(offset);
    this.watch(this.config.limits.timeoutMsPerRecord);
    const result = realm.context.callFunction(realm.begin, realm.runner, input, skip);
    this.recordLimitMs = Infinity;
    input.dispose();
    skip.dispose();
    if (result.error) {
      const escaped = realm.context.dump(result.error) as unknown;
      result.error.dispose();
      const failure = classifyEscaped(escaped);
      return {
        kind: failure.kind === 'throw' ? 'crash' : failure.kind,
        message: `the batch's records could not be loaded into the guest: ${failure.message}`,
      };
    }
    result.value.dispose();
    return undefined;
  }

  /** Delivers what the runner finished before it was stopped; returns how many records. */
  private flushFinished(realm: Realm, sink: ResultSink, failed: number, expectedPosition: number): number {
    if (failed <= 0) return 0;
    this.watch(this.config.limits.timeoutMsPerRecord);
    // Handing back finished work is not charged to the batch, nor stopped by a cancel.
    const savedDeadline = this.batchDeadline;
    const saved = this.isCancelled;
    this.batchDeadline = Infinity;
    this.isCancelled = () => false;
    let chunk: ReturnType<typeof splitChunk> | undefined;
    try {
      const result = realm.context.callFunction(realm.flush, realm.runner);
      if (result.error) result.error.dispose();
      else {
        chunk = splitChunk(realm.context.getString(result.value));
        result.value.dispose();
      }
    } finally {
      this.recordLimitMs = Infinity;
      this.batchDeadline = savedDeadline;
      this.isCancelled = saved;
    }
    // flush() reports the guest's position, which stops at the record that was interrupted.
    if (chunk === undefined || chunk.position !== expectedPosition) {
      // The guest could not hand back its finished work; say so rather than guess.
      sink(
        repeatFailure('crash', 'result lost when the guest was reset after a later record failed', failed),
        failed,
      );
    } else {
      sink(chunk.body, failed);
    }
    return failed;
  }

  private buildRealm(): Realm {
    const { limits, filename, code } = this.config;
    const runtime = this.wasm.newRuntime();
    runtime.setMemoryLimit(limits.memoryLimitBytes);
    runtime.setMaxStackSize(limits.maxStackBytes);
    runtime.setInterruptHandler(() => this.shouldInterrupt());
    // Errors made by the host get their message by assignment, which the frozen Error.prototype
    // would refuse; build the error inside the guest instead.
    runtime.setModuleLoader((name, loaderContext) => ({
      error: loaderContext.unwrapResult(
        loaderContext.evalCode(
          `new Error(${JSON.stringify(`cannot import '${name}': the sandbox provides no modules, so transforms must be self-contained`)})`,
        ),
      ),
    }));
    const context = runtime.newContext();
    const owned: QuickJSHandle[] = [];
    const fail = (failure: GuestCompileFailure): never => {
      for (const handle of owned) if (handle.alive) handle.dispose();
      context.dispose();
      runtime.dispose();
      throw new GuestCompileError(failure);
    };
    // The prelude is trusted and fixed; only the submitted module's top-level code gets the
    // per-record limit, so a loaded machine cannot fail the prelude's freeze walk.
    this.watch(PRELUDE_TIME_LIMIT_MS);
    try {
      const factory = context.evalCode(GUEST_PRELUDE, 'codify-prelude.js', { type: 'global', strict: true });
      if (factory.error) {
        const dumped = context.dump(factory.error) as unknown;
        factory.error.dispose();
        return fail({ message: `the sandbox prelude failed: ${classifyEscaped(dumped).message}` });
      }
      owned.push(factory.value);
      const options = context.newObject();
      owned.push(options);
      const setOption = (key: string, value: QuickJSHandle): void => {
        context.setProp(options, key, value);
        value.dispose();
      };
      setOption('filename', context.newString(filename));
      setOption('maxOutputChars', context.newNumber(limits.maxOutputChars));
      setOption('chunkChars', context.newNumber(Math.min(CHUNK_CHARS, limits.maxBatchOutputChars)));
      setOption('maxDepth', context.newNumber(MAX_JSON_DEPTH));
      const runner = context.callFunction(factory.value, context.undefined, options);
      if (runner.error) {
        const dumped = context.dump(runner.error) as unknown;
        runner.error.dispose();
        return fail({ message: `the sandbox prelude failed: ${classifyEscaped(dumped).message}` });
      }
      owned.push(runner.value);

      this.watch(limits.timeoutMsPerRecord);
      const evaluated = context.evalCode(code, filename, { type: 'module', strict: true });
      if (evaluated.error) {
        const dumped = context.dump(evaluated.error) as unknown;
        evaluated.error.dispose();
        return fail(this.describeModuleFailure(dumped));
      }
      owned.push(evaluated.value);
      let namespace = evaluated.value;
      const state = context.getPromiseState(namespace);
      if (state.type === 'pending') {
        return fail({
          message: 'the module uses top-level await, which the sandbox does not run; remove it',
        });
      }
      if (state.type === 'rejected') {
        const dumped = context.dump(state.error) as unknown;
        state.error.dispose();
        return fail(this.describeModuleFailure(dumped));
      }
      if (!state.notAPromise) {
        owned.push(state.value);
        namespace = state.value;
      }
      const defaultExport = context.getProp(namespace, 'default');
      owned.push(defaultExport);
      const installed = context.callMethod(runner.value, 'install', [defaultExport]);
      if (installed.error) {
        const dumped = context.dump(installed.error) as unknown;
        installed.error.dispose();
        return fail({ message: `could not install the transform: ${classifyEscaped(dumped).message}` });
      }
      const verdict = context.getString(installed.value);
      installed.value.dispose();
      if (verdict !== 'ok') {
        return fail({
          message:
            verdict === 'undefined'
              ? 'the module has no default export; write `export default function transform(input) { ... }`'
              : `the default export is a ${verdict}, not a function; write \`export default function transform(input) { ... }\``,
        });
      }
      const realm: Realm = {
        runtime,
        context,
        runner: runner.value,
        begin: context.getProp(runner.value, 'begin'),
        next: context.getProp(runner.value, 'next'),
        flush: context.getProp(runner.value, 'flush'),
        progress: context.getProp(runner.value, 'progress'),
      };
      for (const handle of owned) if (handle !== runner.value && handle.alive) handle.dispose();
      return realm;
    } finally {
      this.recordLimitMs = Infinity;
    }
  }

  private describeModuleFailure(dumped: unknown): GuestCompileFailure {
    const reason = this.interruptReason;
    this.interruptReason = undefined;
    if (reason === 'record') {
      return {
        message: `the module's top-level code did not finish within ${this.config.limits.timeoutMsPerRecord} ms`,
      };
    }
    const { kind, message } = classifyEscaped(dumped);
    const failure: GuestCompileFailure = {
      message: kind === 'throw' ? message : `the module's top-level code failed: ${message}`,
    };
    const position = positionIn(dumped, this.config.filename) ?? importPosition(message, this.config.code);
    if (position) Object.assign(failure, position);
    return failure;
  }

  /** Starts timing guest work against a per-record limit. */
  private watch(limitMs: number): void {
    this.recordLimitMs = limitMs;
    this.watchedRecord = -2;
    this.watchedSince = performance.now();
  }

  private readProgress(realm: Realm): number {
    const handle = realm.context.getProp(realm.progress, 0);
    const index = realm.context.getNumber(handle);
    handle.dispose();
    return index;
  }

  /**
   * QuickJS calls this every few thousand bytecodes. Rather than a host call per record (which
   * costs more than a small transform), the guest writes its record index to an array and this
   * check notices when it changes, so each record is timed from the first check that saw it:
   * the limit is exact to within one check interval (well under a millisecond of guest work).
   */
  private shouldInterrupt(): boolean {
    if (this.isCancelled()) {
      this.interruptReason = 'cancel';
      return true;
    }
    const now = performance.now();
    if (now > this.batchDeadline) {
      this.interruptReason = 'batch';
      return true;
    }
    if (this.recordLimitMs === Infinity) return false;
    const realm = this.realm;
    if (realm) {
      let index = this.watchedRecord;
      try {
        index = this.readProgress(realm);
      } catch {
        // Reading can only fail when the guest heap is exhausted; keep the previous timing.
      }
      if (index !== this.watchedRecord) {
        this.watchedRecord = index;
        this.watchedSince = now;
        return false;
      }
    }
    if (now - this.watchedSince > this.recordLimitMs) {
      this.interruptReason = 'record';
      return true;
    }
    return false;
  }
}

/** The string helpers of the Emscripten module inside quickjs-emscripten (not a public API). */
interface EmscriptenStrings {
  HEAPU8: Uint8Array;
  lengthBytesUTF8(text: string): number;
  stringToUTF8(text: string, pointer: number, capacity: number): number;
}

/** Below this many UTF-16 units the JavaScript loop is as quick as a native call. */
const NATIVE_UTF8_MIN_LENGTH = 256;

/**
 * Every string the host hands QuickJS (a batch's records above all) is copied into its memory as
 * UTF-8 by Emscripten's encoder, a JavaScript loop over code points: about a sixth of a worker's
 * time on records of 2 kB. For well-formed text, `TextEncoder.encodeInto` writes the same bytes
 * natively; other text (lone surrogates) keeps Emscripten's own encoding. Does nothing if a
 * future quickjs-emscripten stops exposing these helpers.
 */
function useNativeUtf8(wasm: QuickJSWASMModule): void {
  const module = (wasm as unknown as { module?: Partial<EmscriptenStrings> }).module;
  const length = module?.lengthBytesUTF8;
  const write = module?.stringToUTF8;
  if (!module || typeof length !== 'function' || typeof write !== 'function') return;
  if (!(module.HEAPU8 instanceof Uint8Array)) return;
  const encoder = new TextEncoder();
  const native = (text: string): boolean =>
    text.length >= NATIVE_UTF8_MIN_LENGTH && (text as string & { isWellFormed(): boolean }).isWellFormed();
  module.lengthBytesUTF8 = (text) => (native(text) ? Buffer.byteLength(text, 'utf8') : length(text));
  module.stringToUTF8 = (text, pointer, capacity) => {
    // HEAPU8 is replaced when the memory grows, so it is read on every call.
    const heap = module.HEAPU8;
    if (!native(text) || capacity <= 0 || !heap) return write(text, pointer, capacity);
    const { written } = encoder.encodeInto(text, heap.subarray(pointer, pointer + capacity - 1));
    heap[pointer + written] = 0;
    return written;
  };
}

function isBatchText(records: readonly string[] | BatchText): records is BatchText {
  return !Array.isArray(records);
}

function splitChunk(text: string): { position: number; reset: boolean; body: string } {
  const newline = text.indexOf('\n');
  const [position = '0', reset = '0'] = text.slice(0, newline).split(' ');
  return { position: Number(position), reset: reset === '1', body: text.slice(newline + 1) };
}

function repeatFailure(kind: SandboxErrorKind, message: string, count: number): string {
  const one = JSON.stringify({ ok: false, error: { kind, message } });
  return Array.from({ length: count }, () => one).join(',');
}

interface DumpedError {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
}

/** Turns an error that escaped the guest runner into a record error kind and message. */
function classifyEscaped(dumped: unknown): { kind: SandboxErrorKind; message: string } {
  if (typeof dumped !== 'object' || dumped === null) {
    return {
      kind: 'throw',
      message: `threw a non-Error value: ${typeof dumped === 'string' ? JSON.stringify(dumped) : String(dumped)}`,
    };
  }
  const error = dumped as DumpedError;
  const message = typeof error.message === 'string' ? error.message : String(dumped);
  const name = typeof error.name === 'string' ? error.name : 'Error';
  if (name === 'InternalError' && message === 'out of memory') {
    return { kind: 'memory', message: 'out of memory (guest memory limit reached)' };
  }
  if (name === 'InternalError' && message === 'stack overflow') {
    return { kind: 'stack', message: 'stack overflow (recursion too deep)' };
  }
  if (name === 'InternalError' && message === 'interrupted') {
    return { kind: 'timeout', message: 'interrupted' };
  }
  return { kind: 'throw', message: message === '' ? name : `${name}: ${message}` };
}

/** Innermost "filename:line:column" in a dumped error's stack. */
export function positionIn(dumped: unknown, filename: string): { line: number; column: number } | undefined {
  const stack = (dumped as DumpedError | null)?.stack;
  if (typeof stack !== 'string') return undefined;
  const marker = `${filename}:`;
  for (let at = stack.indexOf(marker); at !== -1; at = stack.indexOf(marker, at + 1)) {
    const match = /^(\d+):(\d+)/.exec(stack.slice(at + marker.length));
    if (match) return { line: Number(match[1]), column: Number(match[2]) };
  }
  return undefined;
}

/** QuickJS reports a failed static import without a position; find the specifier instead. */
function importPosition(message: string, code: string): { line: number; column: number } | undefined {
  const specifier = /cannot import '([^']*)'|could not load module '([^']*)'/.exec(message);
  const name = specifier?.[1] ?? specifier?.[2];
  if (name === undefined) return undefined;
  for (const quote of ["'", '"']) {
    const at = code.indexOf(`${quote}${name}${quote}`);
    if (at === -1) continue;
    const before = code.slice(0, at).split('\n');
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
  }
  return undefined;
}
