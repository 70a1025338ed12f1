import { describe, expect, it } from 'vitest';
import { CancelledError } from '../errors.ts';
import { ModelCallError } from './errors.ts';
import { backoffDelay, callWithRetry, parseRetryAfter } from './retry.ts';
import type { AttemptFailure, RetryEvent, RetryPolicy } from './retry.ts';

const policy: RetryPolicy = {
  maxRetries: 3,
  timeoutMs: 1000,
  retryBaseMs: 1,
  retryMaxDelayMs: 5,
  maxRetryAfterMs: 50,
};

const transient = (): AttemptFailure => ({
  kind: 'server-error',
  retryable: true,
  status: 503,
  message: 'down',
});

describe('parseRetryAfter', () => {
  it('reads seconds, HTTP dates and retry-after-ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter({ 'retry-after': '2' }, now)).toBe(2000);
    expect(parseRetryAfter({ 'Retry-After': 'Thu, 01 Jan 2026 00:00:07 GMT' }, now)).toBe(7000);
    expect(parseRetryAfter({ 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' }, now)).toBe(0);
    expect(parseRetryAfter({ 'retry-after-ms': '250', 'retry-after': '9' }, now)).toBe(250);
    expect(parseRetryAfter({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const slow: RetryPolicy = { ...policy, retryBaseMs: 100, retryMaxDelayMs: 1000, maxRetryAfterMs: 3000 };
  it('doubles per attempt within equal-jitter bounds and stops at the ceiling', () => {
    expect(backoffDelay(slow, 1, undefined, () => 0)).toBe(50);
    expect(backoffDelay(slow, 1, undefined, () => 1)).toBe(100);
    expect(backoffDelay(slow, 3, undefined, () => 0)).toBe(200);
    expect(backoffDelay(slow, 3, undefined, () => 1)).toBe(400);
    expect(backoffDelay(slow, 10, undefined, () => 1)).toBe(1000);
  });
  it('uses Retry-After as given, capped', () => {
    expect(backoffDelay(slow, 1, 1500)).toBe(1500);
    expect(backoffDelay(slow, 1, 60_000)).toBe(3000);
  });
});

describe('callWithRetry', () => {
  it('retries transient failures and returns the first success', async () => {
    const events: RetryEvent[] = [];
    let calls = 0;
    const result = await callWithRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('boom');
        return 'ok';
      },
      { spec: 's', policy, classify: transient, onRetry: (e) => events.push(e) },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(events.map((e) => e.attempt)).toEqual([1, 2]);
  });

  it('gives up after maxRetries + 1 attempts with a ModelCallError', async () => {
    let calls = 0;
    const error = await callWithRetry(
      async () => {
        calls += 1;
        throw new Error('boom');
      },
      { spec: 'openai:x', policy, classify: transient },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(ModelCallError);
    expect(error).toMatchObject({ attempts: 4, status: 503, kind: 'server-error' });
    expect((error as ModelCallError).message).toContain('4 attempts');
    expect((error as ModelCallError).hint).toBeTruthy();
  });

  it('does not retry a non-retryable failure', async () => {
    let calls = 0;
    const error = await callWithRetry(
      async () => {
        calls += 1;
        throw new Error('bad key');
      },
      {
        spec: 's',
        policy,
        classify: () => ({ kind: 'auth', retryable: false, status: 401, message: 'bad key' }),
        hints: { auth: 'Check OPENAI_API_KEY.' },
      },
    ).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toMatchObject({ attempts: 1, kind: 'auth', hint: 'Check OPENAI_API_KEY.' });
  });

  it('times out an attempt that never settles, then retries', async () => {
    let calls = 0;
    const result = await callWithRetry(
      (signal) => {
        calls += 1;
        if (calls === 1) return new Promise<string>(() => {}); // ignores its signal entirely
        expect(signal.aborted).toBe(false);
        return Promise.resolve('second');
      },
      { spec: 's', policy: { ...policy, timeoutMs: 30 }, classify: transient },
    );
    expect(result).toBe('second');
    expect(calls).toBe(2);
  });

  it('cancels a hung attempt as soon as the caller aborts', async () => {
    const controller = new AbortController();
    let attemptSignal: AbortSignal | undefined;
    const pending = callWithRetry(
      (signal) => {
        attemptSignal = signal;
        setTimeout(() => controller.abort(), 5);
        return new Promise<string>(() => {});
      },
      { spec: 's', policy: { ...policy, timeoutMs: 60_000 }, signal: controller.signal, classify: transient },
    );
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(attemptSignal?.aborted).toBe(true);
  });

  it('cancels during the backoff wait without another attempt', async () => {
    const controller = new AbortController();
    let calls = 0;
    const pending = callWithRetry(
      async () => {
        calls += 1;
        throw new Error('boom');
      },
      {
        spec: 's',
        policy: { ...policy, retryBaseMs: 600_000, retryMaxDelayMs: 600_000 },
        signal: controller.signal,
        classify: transient,
        onRetry: () => setTimeout(() => controller.abort(), 5),
      },
    );
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toBe(1);
  });

  it('refuses to start when already cancelled', async () => {
    let calls = 0;
    await expect(
      callWithRetry(async () => ++calls, {
        spec: 's',
        policy,
        signal: AbortSignal.abort(),
        classify: transient,
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toBe(0);
  });
});

describe('callWithRetry with a deadline', () => {
  const hang = (signal: AbortSignal) =>
    new Promise<never>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });

  it('cuts an attempt short at the deadline and does not retry past it', async () => {
    const started = Date.now();
    let calls = 0;
    const error = await callWithRetry(
      (signal) => {
        calls += 1;
        return hang(signal);
      },
      {
        spec: 's',
        policy: { ...policy, timeoutMs: 60_000, maxRetries: 5 },
        classify: transient,
        deadline: started + 200,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelCallError);
    expect((error as ModelCallError).kind).toBe('deadline');
    expect((error as ModelCallError).message).toMatch(/time budget/);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('never starts a retry whose backoff would end past the deadline', async () => {
    let calls = 0;
    const started = Date.now();
    const error = await callWithRetry(
      async () => {
        calls += 1;
        throw new Error('boom');
      },
      {
        spec: 's',
        policy: { ...policy, retryBaseMs: 5_000, retryMaxDelayMs: 5_000 },
        classify: transient,
        deadline: started + 1_000,
      },
    ).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(500);
    expect((error as ModelCallError).kind).toBe('server-error');
    expect((error as ModelCallError).message).toMatch(/no time left .* before the deadline/);
  });

  it('makes no attempt at all once the deadline has passed', async () => {
    let calls = 0;
    const error = await callWithRetry(
      async () => {
        calls += 1;
        return 'ok';
      },
      { spec: 's', policy, classify: transient, deadline: Date.now() - 1 },
    ).catch((e: unknown) => e);
    expect(calls).toBe(0);
    expect((error as ModelCallError).kind).toBe('deadline');
  });
});
