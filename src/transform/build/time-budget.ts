/**
 * A build's total wall-time budget: one deadline for every attempt, retry and check, enforced by an
 * AbortSignal the whole build shares (so a hanging model call is cut off at the deadline, not at
 * the end of its own retries).
 */
import { ConfigError } from '../../core/errors.ts';

export interface TimeBudget {
  /** Aborts at the deadline or when the caller's signal aborts. */
  readonly signal: AbortSignal;
  /** Epoch ms. */
  readonly deadline: number;
  readonly budgetMs: number;
  /** True when the deadline (not the caller) stopped the build. */
  expired(): boolean;
  /** Clears the timer (call when the build ends). */
  stop(): void;
}

/**
 * How long after the deadline the shared signal aborts. Model calls know the deadline itself and
 * end there with a typed error the attempt keeps; the signal is the backstop for what does not
 * know it (checks, the synthesizer), and an abort loses the attempt in flight.
 */
const ABORT_GRACE_MS = 250;

/** Start the clock of a `budgetMs` budget, also following the caller's `signal`. */
export function startTimeBudget(budgetMs: number, signal?: AbortSignal): TimeBudget {
  const controller = new AbortController();
  const deadline = Date.now() + budgetMs;
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new Error(`the build's time budget of ${formatDuration(budgetMs)} is used up`));
  }, budgetMs + ABORT_GRACE_MS);
  const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  return {
    signal: combined,
    deadline,
    budgetMs,
    expired: () => (expired || Date.now() >= deadline) && !signal?.aborted,
    stop: () => clearTimeout(timer),
  };
}

/** `1.5 s`, `10 min`, `1 h 30 min`: how a budget reads in messages. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  if (minutes < 60) return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${minutes / 60} h`;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/**
 * Parse a duration flag: `90s`, `10m`, `10min`, `1h`, `1500ms`; a bare number is seconds.
 * @throws ConfigError naming `flag` when the text is not a positive duration.
 */
export function parseDuration(text: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/i.exec(text);
  const ms = match ? Math.round(Number(match[1]) * (UNITS[(match[2] ?? 's').toLowerCase()] ?? 1000)) : NaN;
  if (!Number.isSafeInteger(ms) || ms < 1) {
    throw new ConfigError(`${flag} must be a duration such as 90s, 10m or 1h, not "${text}".`, {
      hint: `A bare number is seconds. ${flag} bounds a whole build: every attempt, retry and check.`,
    });
  }
  return ms;
}
