import type { SharedSandboxes } from '../core/sandbox/shared.ts';
import type { SandboxLimits, SandboxRecordResult } from '../core/sandbox/types.ts';

/** The part of core's sandbox a transform needs. */
export interface TransformSandbox {
  run(records: readonly unknown[], options?: { signal?: AbortSignal }): Promise<SandboxRecordResult[]>;
  /** Results in order, in bounded pieces, started at once; runs use it when present. */
  stream?(
    records: readonly unknown[],
    options?: { signal?: AbortSignal },
  ): AsyncIterable<SandboxRecordResult[]>;
  close(): Promise<void> | void;
}

export interface SandboxOptions extends SandboxLimits {
  workers?: number;
  filename?: string;
  batchSize?: number;
}

/** Creates a sandbox for a module; injectable so tests and the bench can size it. */
export type SandboxFactory = (source: string, options?: SandboxOptions) => Promise<TransformSandbox>;

/** The module did not compile in the sandbox; positions are in the submitted source. */
export interface CompileProblem {
  message: string;
  line?: number;
  column?: number;
}

/** core's sandbox, loaded on first use (it starts worker threads; most commands never need it). */
export const defaultSandboxFactory: SandboxFactory = withPreludeRetries(async (source, options) => {
  const { createSandbox } = await import('../core/sandbox/index.ts');
  return createSandbox(source, options);
});

/**
 * A factory whose sandboxes are shared by every run of this process that uses it: runs of the
 * same module share one pool, and all pools together are sized to the cores (core's
 * `SharedSandboxes`). Long-lived hosts of many runs (the server's job thread, `codify worker`)
 * use it; a one-run CLI gains nothing from it.
 */
export function sharedSandboxFactory(): SandboxFactory {
  let shared: Promise<SharedSandboxes> | null = null;
  return withPreludeRetries(async (source, options) => {
    shared ??= import('../core/sandbox/shared.ts').then(({ SharedSandboxes }) => new SharedSandboxes());
    return (await shared).acquire(source, options);
  });
}

/**
 * The sandbox's own prelude timing out says nothing about the candidate (it happens on a heavily
 * loaded machine): such a failure is tried again rather than blamed on the code.
 */
function withPreludeRetries(create: SandboxFactory): SandboxFactory {
  return async (source, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await create(source, options);
      } catch (error) {
        const infrastructure = error instanceof Error && /sandbox prelude failed/.test(error.message);
        if (!infrastructure || attempt >= PRELUDE_RETRIES) throw error;
      }
    }
  };
}

const PRELUDE_RETRIES = 3;

/** Reads a SandboxCompileError (or any error with a position) into a CompileProblem, else null. */
export function asCompileProblem(error: unknown): CompileProblem | null {
  if (!(error instanceof Error)) return null;
  if (error.name !== 'SandboxCompileError' && !('line' in error)) return null;
  const { line, column } = error as Error & { line?: unknown; column?: unknown };
  return {
    message: error.message,
    ...(typeof line === 'number' ? { line } : {}),
    ...(typeof column === 'number' ? { column } : {}),
  };
}
