import type { SandboxLimits } from './types.ts';

/** Every limit with its default filled in; what the worker actually enforces. */
export type ResolvedLimits = Required<SandboxLimits>;

const MiB = 1024 * 1024;

/** Defaults, documented on {@link SandboxLimits}. */
export const DEFAULT_LIMITS: ResolvedLimits = {
  timeoutMsPerRecord: 1000,
  timeoutMsPerBatch: 30_000,
  memoryLimitBytes: 64 * MiB,
  maxStackBytes: 512 * 1024,
  maxOutputChars: 4 * MiB,
  maxBatchOutputChars: 16 * MiB,
};

/**
 * Deepest nesting of arrays and objects in a record or a result. Deeper input is a `too-deep`
 * error for that record (the host's own JSON.stringify overflows its stack near 5,000 levels,
 * and QuickJS's JSON functions recurse natively); so is a deeper result.
 */
export const MAX_JSON_DEPTH = 1000;

/** Fills defaults and refuses values that would disable a limit by accident. */
export function resolveLimits(limits: SandboxLimits = {}): ResolvedLimits {
  const resolved: ResolvedLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ResolvedLimits)[]) {
    const value = limits[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`Sandbox limit ${key} must be a positive finite number, got ${String(value)}.`);
    }
    resolved[key] = value;
  }
  return resolved;
}

/**
 * Native stack for a worker thread. QuickJS in WebAssembly recurses on the host's native stack
 * too (each guest frame costs several wasm frames), so the thread gets several times the guest's
 * own stack limit; otherwise V8 would overflow first and kill the worker instead of QuickJS
 * raising a clean "stack overflow" inside the guest.
 */
export function workerStackSizeMb(limits: ResolvedLimits): number {
  return Math.max(8, Math.ceil((limits.maxStackBytes * 8) / MiB) + 4);
}
