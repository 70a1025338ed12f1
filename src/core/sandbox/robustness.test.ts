import { describe, expect, it } from 'vitest';
import { createSandbox, MAX_JSON_DEPTH, nestingExceeds, runOnce } from './index.ts';
import type { SandboxRecordResult } from './index.ts';

/**
 * Issue 12's sandbox findings, each reproduced at a small size: results too large or too deep,
 * records too deep to send, `__proto__` keys, getters that change between reads, and a faked
 * engine error. Each case keeps the records around it.
 */

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

const values = (results: SandboxRecordResult[]) =>
  results.map((result) => (result.ok ? result.value : result.error));

describe('deep nesting', () => {
  const COUNT_KEYS = 'export default (r) => ({ keys: Object.keys(r).length });';

  it('a record nested 5,000 levels is one too-deep result; the records around it run', async () => {
    const results = await runOnce(COUNT_KEYS, [{ n: 1 }, nested(5000), { n: 2, m: 3 }], { workers: 1 });
    expect(values(results)).toEqual([
      { keys: 1 },
      {
        kind: 'too-deep',
        message: `the record is nested more than ${MAX_JSON_DEPTH} levels deep, so it was not run`,
      },
      { keys: 2 },
    ]);
  });

  it('draws the line at MAX_JSON_DEPTH levels for records, whatever the host stack', async () => {
    const results = await runOnce(
      COUNT_KEYS,
      [nested(MAX_JSON_DEPTH - 1), nested(MAX_JSON_DEPTH + 1), nested(100_000)],
      {
        workers: 1,
      },
    );
    expect(results.map((result) => (result.ok ? 'ok' : result.error.kind))).toEqual([
      'ok',
      'too-deep',
      'too-deep',
    ]);
  });

  it('a result nested deeper than the limit is a too-deep result, even 100,000 levels deep', async () => {
    const source = `export default function transform(r) {
  let value = 1;
  for (let i = 0; i < r.depth; i++) value = [value];
  return r.viaToJSON ? { toJSON: () => value } : value;
}`;
    const results = await runOnce(
      source,
      [{ depth: 3 }, { depth: 5000 }, { depth: 100_000 }, { depth: 5000, viaToJSON: true }, { depth: 1 }],
      // Generous time: building 100,000 levels must not time out on a loaded machine.
      { workers: 1, memoryLimitBytes: 128 * 1024 * 1024, timeoutMsPerRecord: 10_000 },
    );
    expect(values(results)).toEqual([
      [[[1]]],
      { kind: 'too-deep', message: `the result is nested more than ${MAX_JSON_DEPTH} levels deep` },
      { kind: 'too-deep', message: `the result is nested more than ${MAX_JSON_DEPTH} levels deep` },
      { kind: 'too-deep', message: `the result is nested more than ${MAX_JSON_DEPTH} levels deep` },
      [1],
    ]);
  });

  it('measures nesting outside strings only', () => {
    expect(nestingExceeds(JSON.stringify({ s: '['.repeat(5000) }), 10)).toBe(false);
    // The object is one level, its array four more; the escaped quote does not end the string.
    expect(nestingExceeds(JSON.stringify({ s: '\\"[[[[', t: [[[[1]]]] }), 5)).toBe(false);
    expect(nestingExceeds(JSON.stringify({ s: '\\"[[[[', t: [[[[1]]]] }), 4)).toBe(true);
    expect(nestingExceeds(JSON.stringify(nested(30)), 30)).toBe(false);
    expect(nestingExceeds(JSON.stringify(nested(31)), 30)).toBe(true);
  });
});

describe('large results', () => {
  it('an oversized result is one too-large result; the records around it are returned', async () => {
    const results = await runOnce(
      'export default (r) => ({ i: r.i, blob: "x".repeat(r.size) });',
      [
        { i: 0, size: 10 },
        { i: 1, size: 5 * 1024 * 1024 },
        { i: 2, size: 10 },
      ],
      { workers: 1, memoryLimitBytes: 64 * 1024 * 1024, timeoutMsPerRecord: 10_000 },
    );
    expect(results[0]).toEqual({ ok: true, value: { i: 0, blob: 'x'.repeat(10) } });
    expect(results[1]).toMatchObject({
      ok: false,
      error: { kind: 'too-large', message: expect.stringMatching(/above the per-record limit of 4194304/) },
    });
    expect(results[2]).toEqual({ ok: true, value: { i: 2, blob: 'x'.repeat(10) } });
  });

  it('hands a batch back in pieces no larger than the batch budget, in order, nothing lost', async () => {
    const sandbox = await createSandbox('export default (r) => ({ i: r.i, blob: "b".repeat(10_000) });', {
      workers: 2,
      batchSize: 50,
      maxBatchOutputChars: 30_000,
    });
    try {
      const records = Array.from({ length: 120 }, (_, i) => ({ i }));
      const pieces: number[] = [];
      const seen: number[] = [];
      for await (const piece of sandbox.stream(records)) {
        pieces.push(piece.length);
        for (const result of piece) {
          expect(result.ok).toBe(true);
          if (result.ok) seen.push((result.value as { i: number }).i);
        }
      }
      expect(seen).toEqual(records.map((record) => record.i));
      // 10 KB each against a 30 KB budget: a batch hands back at most 3 (it stops past the budget).
      expect(Math.max(...pieces)).toBeLessThanOrEqual(3);
    } finally {
      await sandbox.close();
    }
  });

  it('stopping a stream early cancels the rest, and the sandbox keeps working', async () => {
    const sandbox = await createSandbox('export default (r) => r.i;', { workers: 1, batchSize: 5 });
    try {
      const records = Array.from({ length: 100 }, (_, i) => ({ i }));
      for await (const piece of sandbox.stream(records)) {
        expect(piece).toHaveLength(5);
        break;
      }
      expect(await sandbox.run([{ i: 7 }])).toEqual([{ ok: true, value: 7 }]);
    } finally {
      await sandbox.close();
    }
  });
});

describe('results are read once, as data', () => {
  it('a getter that changes on a second read yields its first value, read exactly once', async () => {
    const source = `let reads = 0;
export default function transform(r) {
  if (r.report) return { reads };
  let calls = 0;
  return {
    get x() { reads++; calls++; return calls === 1 ? 1 : NaN; },
    get y() { reads++; return calls === 1 ? 'a' : function () {}; },
    nested: { get z() { reads++; return reads < 4 ? 'first' : undefined; } },
  };
}`;
    const sandbox = await createSandbox(source, { workers: 1 });
    try {
      const results = await sandbox.run([{}, { report: true }]);
      expect(values(results)).toEqual([{ x: 1, y: 'a', nested: { z: 'first' } }, { reads: 3 }]);
    } finally {
      await sandbox.close();
    }
  });

  it('writes __proto__, constructor and prototype keys as plain own data; nothing is polluted', async () => {
    const source = `export default function transform(r) {
  const made = { ['__proto__']: { polluted: 1 }, constructor: { prototype: { polluted: 2 } } };
  const parsed = JSON.parse('{"__proto__": {"polluted": 3}, "prototype": [1]}');
  return { made, parsed, flat: JSON.parse('{"__proto__": "x", "constructor": "y"}'), later: ({}).polluted ?? null };
}`;
    const [result] = await runOnce(source, [{}], { workers: 1 });
    expect(result?.ok).toBe(true);
    const value = (result as { value: Record<string, Record<string, unknown>> }).value;
    for (const key of ['made', 'parsed', 'flat'] as const) {
      expect(Object.getPrototypeOf(value[key])).toBe(Object.prototype);
      expect(Object.hasOwn(value[key] as object, '__proto__')).toBe(true);
    }
    expect(JSON.stringify(value)).toBe(
      '{"made":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}},' +
        '"parsed":{"__proto__":{"polluted":3},"prototype":[1]},"flat":{"__proto__":"x","constructor":"y"},"later":null}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('engine errors cannot be faked', () => {
  const source = `let calls = 0;
export default function transform(r) {
  calls++;
  if (r.fake === 'new') throw new InternalError('stack overflow');
  if (r.fake === 'call') throw InternalError('out of memory');
  if (r.fake === 'sub') { class E extends InternalError {} throw new E('stack overflow'); }
  if (r.fake === 'ctor') { try { (function f() { f(); })(); } catch (e) { throw new e.constructor('stack overflow'); } }
  if (r.fake === 'proxy') throw new Proxy({}, { getPrototypeOf() { throw new Error('trap'); } });
  if (r.recurse) { const down = (n) => down(n + 1) + 1; return down(0); }
  return calls;
}`;

  it('a thrown InternalError look-alike is an ordinary throw, and the guest is not rebuilt', async () => {
    const results = await runOnce(
      source,
      [{}, { fake: 'new' }, { fake: 'call' }, { fake: 'sub' }, { fake: 'ctor' }, { fake: 'proxy' }, {}],
      { workers: 1 },
    );
    expect(values(results)).toEqual([
      1,
      expect.objectContaining({ kind: 'throw', message: 'InternalError: stack overflow' }),
      expect.objectContaining({ kind: 'throw', message: 'InternalError: out of memory' }),
      expect.objectContaining({ kind: 'throw', message: 'InternalError: stack overflow' }),
      expect.objectContaining({ kind: 'throw', message: 'InternalError: stack overflow' }),
      expect.objectContaining({ kind: 'throw' }),
      // Module state survived every one of them: no rebuild.
      7,
    ]);
  });

  it('a real stack overflow is a stack error; the guest stays (the stack has unwound)', async () => {
    const results = await runOnce(source, [{}, { recurse: true }, {}], { workers: 1 });
    expect(values(results)).toEqual([1, expect.objectContaining({ kind: 'stack' }), 3]);
  });

  it('fakes cost no more than ordinary throws (no rebuild per record)', async () => {
    const records = Array.from({ length: 300 }, (_, i) => (i % 2 ? { fake: 'new' } : {}));
    const sandbox = await createSandbox(source, { workers: 1 });
    try {
      const results = await sandbox.run(records);
      // calls counts every record since the start: a rebuild would reset it.
      expect(results[299]).toMatchObject({ ok: false, error: { kind: 'throw' } });
      expect(results[298]).toEqual({ ok: true, value: 299 });
    } finally {
      await sandbox.close();
    }
  });
});
