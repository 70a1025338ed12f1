/** Why a record failed inside the sandbox. */
export type SandboxErrorKind =
  | 'compile' // the module did not parse or has no default export function
  | 'throw' // the function threw (any value, Error or not)
  | 'timeout' // CPU time limit per record or per batch
  | 'memory' // memory limit
  | 'stack' // stack overflow (deep recursion)
  | 'output' // returned something that is not JSON data (function, cycle, BigInt, undefined, ...)
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
   * for ASCII). Larger results become `output` errors. Default 16 MiB.
   */
  maxOutputChars?: number;
}
