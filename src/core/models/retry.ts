/**
 * The one retry policy for model calls: exponential backoff with jitter on transient failures
 * (429, 5xx, timeouts, connection resets, malformed or truncated answers), honouring Retry-After,
 * with a per-attempt timeout and prompt cancellation. The AI SDK's own retries are disabled so
 * attempts are counted and timed in one place.
 */
import { CancelledError, CodifyError } from '../errors.ts';
import { ANSWER_TOO_LARGE_HINT, ModelCallError } from './errors.ts';
import type { ModelFailureKind } from './errors.ts';

export interface RetryPolicy {
  /** Retries after the first attempt (so `maxRetries + 1` attempts at most). */
  maxRetries: number;
  /** Time limit of one attempt, in ms. */
  timeoutMs: number;
  /** First backoff delay, in ms; it doubles with every retry. */
  retryBaseMs: number;
  /** Ceiling of the computed backoff delay, in ms. */
  retryMaxDelayMs: number;
  /** Ceiling of a server-requested Retry-After delay, in ms. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxRetries: 4,
  timeoutMs: 120_000,
  retryBaseMs: 500,
  retryMaxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

/** What went wrong in one attempt, as the retry loop needs to know it. */
export interface AttemptFailure {
  kind: ModelFailureKind;
  retryable: boolean;
  status?: number;
  /** Server-requested wait before the next attempt, in ms. */
  retryAfterMs?: number;
  message: string;
}

/** Told before each retry's wait. */
export interface RetryEvent {
  /** The attempt that failed (1-based). */
  attempt: number;
  failure: AttemptFailure;
  /** How long the loop waits before the next attempt. */
  delayMs: number;
}

export interface RetryOptions {
  /** Named in errors, e.g. `openai:gpt-4.1-mini`. */
  spec: string;
  policy: RetryPolicy;
  signal?: AbortSignal;
  classify: (error: unknown) => AttemptFailure;
  onRetry?: (event: RetryEvent) => void;
  /** Extra advice per failure kind (e.g. which variable holds the API key). */
  hints?: Partial<Record<ModelFailureKind, string>>;
  /**
   * Epoch ms after which no attempt runs: an attempt is cut short there (kind `deadline`) and a
   * retry whose backoff would end past it is not started (the last failure is thrown instead).
   */
  deadline?: number;
  /** Injectable randomness for the jitter (tests). */
  random?: () => number;
}

const DEFAULT_HINTS: Record<ModelFailureKind, string> = {
  'rate-limit':
    'The provider kept rate-limiting. Wait a little and rerun, lower the concurrency, or raise maxRetries.',
  'server-error':
    'The provider kept failing on its side. Try again later or pick another model with --model.',
  timeout: 'Calls kept exceeding the per-call time limit. Raise timeoutMs or choose a faster model.',
  network: 'Could not reach the provider. Check the base URL, the network and that the server is running.',
  'malformed-response':
    'The server answered with a body that is not valid JSON. Check that the base URL points at an OpenAI-compatible API (usually ending in /v1).',
  'truncated-stream':
    'The server ended the answer before it was complete. Check proxies in between or try again later.',
  'invalid-output':
    'The model did not answer with an object matching the requested JSON schema. Try a stronger model.',
  auth: 'The provider rejected the API key. Check the key and its variable, or use --model local.',
  'bad-request': 'The provider rejected the request. Check the model id and settings.',
  'not-found': 'The provider does not know this model or endpoint. Check the model id and the base URL.',
  'too-large': ANSWER_TOO_LARGE_HINT,
  deadline:
    "The caller's time budget ran out before the model answered. Give it more time (builds: --max-build-time or settings.maxBuildTimeMs in codify.json) or pick a faster model.",
  unknown: 'Rerun with the same settings; if it persists, report it with the message above.',
};

/** Marks an abort caused by the per-attempt timer, to tell it apart from the caller's cancel. */
class AttemptTimeout extends Error {
  /** True when the caller's deadline, not the per-attempt limit, set the timer. */
  readonly deadline: boolean;

  constructor(timeoutMs: number, deadline: boolean) {
    super(
      deadline
        ? `the time budget ran out ${timeoutMs} ms into the attempt, before an answer came`
        : `no answer within ${timeoutMs} ms`,
    );
    this.name = 'AttemptTimeout';
    this.deadline = deadline;
  }
}

/**
 * Run `attempt` until it succeeds, a failure is not retryable, or retries run out. Each attempt gets
 * its own AbortSignal, aborted on timeout or when the caller's `signal` aborts; the loop never waits
 * on an attempt past that moment, so a stuck connection cannot hang it.
 *
 * @throws CancelledError when `options.signal` aborts (during an attempt or a backoff wait).
 * @throws ModelCallError after a non-retryable failure or the last attempt.
 */
export async function callWithRetry<T>(
  attempt: (signal: AbortSignal, attemptNumber: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const { policy, signal } = options;
  const random = options.random ?? Math.random;
  const maxAttempts = Math.max(1, Math.floor(policy.maxRetries) + 1);
  const fail = (failure: AttemptFailure, attempts: number, cause?: unknown): ModelCallError =>
    new ModelCallError({
      spec: options.spec,
      kind: failure.kind,
      ...(failure.status === undefined ? {} : { status: failure.status }),
      attempts,
      detail: failure.message,
      hint: options.hints?.[failure.kind] ?? DEFAULT_HINTS[failure.kind],
      cause,
    });
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    throwIfCancelled(signal);
    const remainingMs = options.deadline === undefined ? Infinity : options.deadline - Date.now();
    if (remainingMs <= 0) {
      const message = 'the time budget ran out before the call could start';
      throw fail({ kind: 'deadline', retryable: false, message }, attemptNumber - 1);
    }
    let failure: AttemptFailure;
    let cause: unknown;
    try {
      const byDeadline = remainingMs < policy.timeoutMs;
      return await runAttempt(
        attempt,
        attemptNumber,
        Math.min(policy.timeoutMs, remainingMs),
        byDeadline,
        signal,
      );
    } catch (error) {
      if (signal?.aborted || error instanceof CancelledError) throw cancelled();
      cause = error;
      failure =
        error instanceof AttemptTimeout
          ? {
              kind: error.deadline ? 'deadline' : 'timeout',
              retryable: !error.deadline,
              message: error.message,
            }
          : options.classify(error);
    }
    if (!failure.retryable || attemptNumber >= maxAttempts) throw fail(failure, attemptNumber, cause);
    const delayMs = backoffDelay(policy, attemptNumber, failure.retryAfterMs, random);
    if (options.deadline !== undefined && Date.now() + delayMs >= options.deadline) {
      // Waiting would end past the deadline: say what actually failed rather than "out of time".
      const message = `${failure.message} (no time left for a retry before the deadline: the next one would start in ${delayMs} ms)`;
      throw fail({ ...failure, message }, attemptNumber, cause);
    }
    options.onRetry?.({ attempt: attemptNumber, failure, delayMs });
    await sleep(delayMs, signal);
  }
}

/** Delay before the retry that follows failed attempt `attemptNumber` (1-based). */
export function backoffDelay(
  policy: RetryPolicy,
  attemptNumber: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.retryMaxDelayMs, policy.retryBaseMs * 2 ** (attemptNumber - 1));
  // "Equal jitter": never less than half the ceiling, so retries still back off, but spread out
  // so many clients hit by the same outage do not retry in lockstep.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Parse a server's requested wait from response headers: `retry-after-ms` (OpenAI), or
 * `retry-after` as seconds or an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  headers: Record<string, string | undefined> | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const lower: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  const ms = lower['retry-after-ms'];
  if (ms !== undefined && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = lower['retry-after']?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function runAttempt<T>(
  attempt: (signal: AbortSignal, attemptNumber: number) => Promise<T>,
  attemptNumber: number,
  timeoutMs: number,
  byDeadline: boolean,
  outer: AbortSignal | undefined,
): Promise<T> {
  const controller = new AbortController();
  let rejectStop: (error: unknown) => void = () => {};
  const stopped = new Promise<never>((_resolve, reject) => {
    rejectStop = reject;
  });
  const onOuterAbort = () => {
    controller.abort(outer?.reason);
    rejectStop(cancelled());
  };
  const timer = setTimeout(() => {
    const timeout = new AttemptTimeout(Math.round(timeoutMs), byDeadline);
    // Stop first, so the race settles on the timeout, not on the error the abort makes the attempt throw.
    rejectStop(timeout);
    controller.abort(timeout);
  }, timeoutMs);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    const running = attempt(controller.signal, attemptNumber);
    // If the stop wins the race, the attempt's own later rejection has nobody to hear it.
    running.catch(() => {});
    return await Promise.race([running, stopped]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    if (!controller.signal.aborted) controller.abort(new CodifyError('attempt-over', 'attempt finished'));
  }
}

function cancelled(): CancelledError {
  return new CancelledError('The model call was cancelled.');
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}

/** Wait `ms`, or reject with CancelledError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelled());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
