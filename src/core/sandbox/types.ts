/** Why a record failed inside the sandbox. */
export type SandboxErrorKind =
  | 'compile' // the module did not parse or has no default export function
  | 'throw' // the function threw (any value, Error or not)
  | 'timeout' // CPU time limit per record or per batch
  | 'memory' // memory limit
  | 'stack' // stack overflow (deep recursion)
  | 'output' // returned something that is not JSON data (function, cycle, BigInt, undefined, ...)
  | 'too-large' // the result's JSON is longer than `maxOutputChars`
  | 'too-deep' // the record, or the result, is nested deeper than MAX_JSON_DEPTH (1000) levels
  | 'input' // the record is not JSON data (BigInt, undefined, a cycle, ...), so it was not run
  | 'crash'; // the sandbox itself failed; it was restarted

export interface SandboxRecordError {
  kind: SandboxErrorKind;
  message: string;
  /** Position in the submitted source (TypeScript positions are preserved). */
  line?: number;
  column?: number;
}

export type SandboxRecordResult = { ok: true; value: unknown } | { ok: false; error: SandboxRecordError };

export interface SandboxLimits {
  /** CPU time per record, ms. Default 1000. */
  timeoutMsPerRecord?: number;
  /** CPU time per batch call, ms. Default 30000. */
  timeoutMsPerBatch?: number;
  /** Heap of the guest, bytes. Default 64 MiB. */
  memoryLimitBytes?: number;
  /** Max stack size of the guest, bytes. Default 512 KiB. */
  maxStackBytes?: number;
  /**
   * Largest result of one record, in characters of its JSON text (UTF-16 code units, so bytes
   * for ASCII). A larger result is a `too-large` error for that record. Default 4 Mi (4,194,304).
   */
  maxOutputChars?: number;
  /**
   * Results one batch may hand back before the worker stops it and the rest of its records go
   * out as a new batch, in characters of JSON. Bounds the host's memory for results in flight
   * (about workers × 2 batches × this) whatever the transform returns. Default 16 Mi.
   */
  maxBatchOutputChars?: number;
}
