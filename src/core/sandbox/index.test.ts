import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../errors.ts';
import { createSandbox, runOnce, SandboxClosedError, SandboxCompileError } from './index.ts';
import type { Sandbox, SandboxRecordResult } from './index.ts';

/** 1-based column of the first occurrence of `needle` on 1-based `line` of `source`. */
function columnOf(source: string, line: number, needle: string): number {
  const text = source.split('\n')[line - 1] ?? '';
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not on line ${line}`);
  return index + 1;
}

async function compileError(source: string, options: Parameters<typeof createSandbox>[1] = {}) {
  const outcome = await createSandbox(source, { workers: 1, ...options }).then(
    async (sandbox) => {
      await sandbox.close();
      return undefined;
    },
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(SandboxCompileError);
  return outcome as SandboxCompileError;
}

const values = (results: SandboxRecordResult[]) =>
  results.map((result) => (result.ok ? result.value : result.error));

describe('createSandbox / run', () => {
  const ECHO = `export default function transform(record: { i: number; pad?: string }): unknown {
  return { i: record.i, twice: record.i * 2, len: (record.pad ?? '').length };
}
`;
  let echo: Sandbox;
  beforeAll(async () => {
    echo = await createSandbox(ECHO, { workers: 2, batchSize: 7 });
  });
  afterAll(async () => {
    await echo.close();
  });

  it('preserves order across workers and batches, for any number of records', async () => {
    const records = Array.from({ length: 1001 }, (_, i) => ({ i, pad: 'x'.repeat(i % 13) }));
    const results = await echo.run(records);
    expect(results).toEqual(
      records.map(({ i, pad }) => ({ ok: true, value: { i, twice: i * 2, len: pad.length } })),
    );
    expect(await echo.run([])).toEqual([]);
    expect(await echo.run([{ i: 5 }])).toEqual([{ ok: true, value: { i: 5, twice: 10, len: 0 } }]);
  });

  it('runs concurrent calls on the same sandbox without mixing their results', async () => {
    const [a, b] = await Promise.all([
      echo.run(Array.from({ length: 50 }, (_, i) => ({ i }))),
      echo.run(Array.from({ length: 50 }, (_, i) => ({ i: 1000 + i }))),
    ]);
    expect(values(a).map((value) => (value as { i: number }).i)).toEqual(
      Array.from({ length: 50 }, (_, i) => i),
    );
    expect(values(b).map((value) => (value as { i: number }).i)).toEqual(
      Array.from({ length: 50 }, (_, i) => 1000 + i),
    );
  });

  it('turns records that are not JSON data into one input error each; the others run', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const results = await echo.run([{ i: 1 }, undefined, cyclic, 10n, () => 1, { i: 2 }]);
    expect(results[0]).toEqual({ ok: true, value: { i: 1, twice: 2, len: 0 } });
    for (const refused of results.slice(1, 5)) {
      expect(refused).toMatchObject({
        ok: false,
        error: {
          kind: 'input',
          message: expect.stringMatching(/cannot be sent to the sandbox: .*JSON data/),
        },
      });
    }
    expect(results[5]).toEqual({ ok: true, value: { i: 2, twice: 4, len: 0 } });
  });

  it('fails after close with a typed error', async () => {
    const sandbox = await createSandbox(ECHO, { workers: 1 });
    await sandbox.close();
    await expect(sandbox.run([{ i: 1 }])).rejects.toBeInstanceOf(SandboxClosedError);
  });

  it('runOnce compiles, runs and closes', async () => {
    const results = await runOnce('export default (x) => x.a + x.b;', [
      { a: 1, b: 2 },
      { a: 'a', b: 'b' },
    ]);
    expect(results).toEqual([
      { ok: true, value: 3 },
      { ok: true, value: 'ab' },
    ]);
  });
});

describe('results are JSON data', () => {
  it('omits undefined object properties but refuses undefined elsewhere; applies toJSON', async () => {
    const source = `export default function transform(r) {
  switch (r.case) {
    case 'prop': return { kept: 1, dropped: undefined };
    case 'array': return [1, undefined];
    case 'date': return { at: new Date(0) };
    case 'null-proto': return Object.assign(Object.create(null), { a: 1 });
    case 'class': return new (class Point { constructor() { this.x = 1; } })();
    case 'infinity': return [1 / 0];
    default: return null;
  }
}`;
    const results = await runOnce(
      source,
      ['prop', 'array', 'date', 'null-proto', 'class', 'infinity', 'other'].map((c) => ({ case: c })),
      { workers: 1 },
    );
    expect(values(results)).toEqual([
      { kept: 1 },
      { kind: 'output', message: 'key "1" is undefined, which JSON cannot represent' },
      { at: '1970-01-01T00:00:00.000Z' },
      { a: 1 },
      { kind: 'output', message: 'the result is an instance of Point; return plain objects and arrays only' },
      { kind: 'output', message: 'key "0" is Infinity, which JSON cannot represent' },
      null,
    ]);
  });

  it('enforces maxOutputChars per record', async () => {
    const results = await runOnce('export default (r) => "y".repeat(r.n);', [{ n: 50 }, { n: 5000 }], {
      workers: 1,
      maxOutputChars: 1000,
    });
    expect(results[0]).toEqual({ ok: true, value: 'y'.repeat(50) });
    expect(results[1]).toEqual({
      ok: false,
      error: {
        kind: 'too-large',
        message: 'the result is 5002 characters of JSON, above the per-record limit of 1000 (maxOutputChars)',
      },
    });
  });

  it('returns batches whose output exceeds one guest chunk (4 MiB) intact and in order', async () => {
    const records = Array.from({ length: 24 }, (_, i) => ({ i }));
    const results = await runOnce(
      'export default (r) => ({ i: r.i, blob: String(r.i % 10).repeat(512 * 1024) });',
      records,
      {
        workers: 1,
        batchSize: 24,
      },
    );
    expect(results).toHaveLength(24);
    results.forEach((result, i) => {
      expect(result.ok).toBe(true);
      const value = (result as { value: { i: number; blob: string } }).value;
      expect(value.i).toBe(i);
      expect(value.blob).toHaveLength(512 * 1024);
      expect(value.blob[0]).toBe(String(i % 10));
    });
  });

  it('lets Error subclasses set name and message despite frozen built-ins', async () => {
    const source = `class ValidationError extends Error {
  constructor(message) { super(message); this.name = 'ValidationError'; }
}
function Legacy() {}
Legacy.prototype.toString = function () { return 'legacy'; };
export default function transform(r) {
  if (r.fail) throw new ValidationError('bad phone');
  return String(new Legacy());
}`;
    const results = await runOnce(source, [{ fail: false }, { fail: true }], { workers: 1 });
    expect(results[0]).toEqual({ ok: true, value: 'legacy' });
    expect(results[1]).toMatchObject({
      ok: false,
      error: { kind: 'throw', message: 'ValidationError: bad phone' },
    });
  });
});

describe('positions', () => {
  it('reports line and column of a throw in TypeScript source (types stripped in place)', async () => {
    const source = `interface Row { name: string; phone?: string }

export default function transform(row: Row): { digits: string } {
  const phone: string | undefined = row.phone; if (!phone) throw new TypeError('missing phone');
  return { digits: (phone as string).replace(/\\D/g, '') };
}
`;
    const results = await runOnce(source, [{ name: 'a', phone: '+1 (555) 010' }, { name: 'b' }], {
      workers: 1,
    });
    expect(results[0]).toEqual({ ok: true, value: { digits: '1555010' } });
    expect(results[1]).toEqual({
      ok: false,
      error: {
        kind: 'throw',
        message: 'TypeError: missing phone',
        line: 4,
        column: columnOf(source, 4, "TypeError('missing") + 'TypeError'.length,
      },
    });
  });

  it('reports the position of a runtime TypeError inside a nested helper', async () => {
    const source = `const helper = (value: { deep?: { x: number } }): number =>
  value.deep!.x;
export default (record: object): number => helper(record);
`;
    const [result] = await runOnce(source, [{}], { workers: 1 });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'throw', line: 2, column: columnOf(source, 2, '.x') },
    });
  });

  it('maps positions back when TypeScript needs transpiling (enums)', async () => {
    const source = `enum Kind {
  A = 'a',
  B = 'b',
}
export default function transform(record: { kind: string }): Kind {
  if (record.kind !== Kind.A) throw new Error('not A');
  return Kind.A;
}
`;
    const results = await runOnce(source, [{ kind: 'a' }, { kind: 'b' }], { workers: 1 });
    expect(results[0]).toEqual({ ok: true, value: 'a' });
    expect(results[1]).toMatchObject({
      ok: false,
      error: { kind: 'throw', message: 'Error: not A', line: 6 },
    });
  });

  it('gives compile errors a position: QuickJS for JavaScript, TypeScript for invalid TypeScript', async () => {
    const js = `export default function transform(r) {\n  return r.a +* 2;\n}\n`;
    const jsError = await compileError(js, { filename: 'transform.js' });
    expect(jsError.message).toMatch(/^transform\.js:2:\d+: SyntaxError/);
    expect(jsError.line).toBe(2);

    const ts = `export default function transform(r: { a: number }): number {\n  const x: = r.a;\n  return x;\n}\n`;
    const tsError = await compileError(ts);
    expect(tsError.line).toBe(2);
    expect(tsError.column).toBe(columnOf(ts, 2, '= r.a'));
    expect(tsError.code).toBe('sandbox-compile');
  });

  it('refuses modules without a default export function, with a hint', async () => {
    const missing = await compileError('export const transform = (r) => r;', { filename: 't.js' });
    expect(missing.message).toMatch(/no default export/);
    expect(missing.describe()).toMatch(/default export is a synchronous function/);
    expect((await compileError('export default "nope";', { filename: 't.js' })).message).toMatch(
      /default export is a string/,
    );
    expect(
      (await compileError('throw new RangeError("at load");\nexport default (r) => r;')).message,
    ).toMatch(/RangeError: at load/);
    expect((await compileError('await 1;\nexport default (r) => r;')).message).toMatch(/top-level await/);
  });
});

describe('limits', () => {
  it('stops a record over its time limit and recreates the guest (module state resets)', async () => {
    const source = `let calls = 0;
export default function transform(r) {
  calls++;
  if (r.spin) for (;;) {}
  return calls;
}`;
    const sandbox = await createSandbox(source, { workers: 1, timeoutMsPerRecord: 500 });
    try {
      const results = await sandbox.run([{}, {}, { spin: true }, {}]);
      expect(values(results)).toEqual([
        1,
        2,
        { kind: 'timeout', message: 'the record took longer than 500 ms' },
        // The guest was recreated after the timeout: module state starts again.
        1,
      ]);
      expect(values(await sandbox.run([{}]))).toEqual([2]);
    } finally {
      await sandbox.close();
    }
  });

  it('stops a batch over its time limit and reports every unfinished record', async () => {
    const source = `export default function transform(r) {
  const until = Date.now() + r.ms;
  while (Date.now() < until) {}
  return r.ms;
}`;
    const records = Array.from({ length: 6 }, () => ({ ms: 400 }));
    const results = await runOnce(source, records, {
      workers: 1,
      batchSize: 6,
      timeoutMsPerRecord: 60_000,
      timeoutMsPerBatch: 1000,
    });
    expect(results).toHaveLength(6);
    expect(results[0]).toEqual({ ok: true, value: 400 });
    const firstTimeout = results.findIndex((result) => !result.ok);
    expect(firstTimeout).toBeGreaterThan(0);
    expect(firstTimeout).toBeLessThan(6);
    for (const result of results.slice(firstTimeout)) {
      expect(result).toMatchObject({
        ok: false,
        error: { kind: 'timeout', message: /batch time limit of 1000 ms/ },
      });
    }
  });

  it('keeps the batch limit in force after a record timeout in the same batch', async () => {
    const source = `export default function transform(r) {
  if (r.spin) for (;;) {}
  const until = Date.now() + r.ms;
  while (Date.now() < until) {}
  return r.ms;
}`;
    const records = [{ ms: 0 }, { spin: true }, ...Array.from({ length: 10 }, () => ({ ms: 300 }))];
    const results = await runOnce(source, records, {
      workers: 1,
      batchSize: records.length,
      timeoutMsPerRecord: 1000,
      timeoutMsPerBatch: 2500,
    });
    expect(results[0]).toEqual({ ok: true, value: 0 });
    expect(results[1]).toMatchObject({
      ok: false,
      error: { kind: 'timeout', message: /record took longer/ },
    });
    expect(results.at(-1)).toMatchObject({
      ok: false,
      error: { kind: 'timeout', message: /batch time limit/ },
    });
  });

  it('reports memory and stack errors and keeps going on a fresh guest', async () => {
    const source = `const keep = [];
export default function transform(r) {
  if (r.hoard) for (;;) keep.push(new Array(64).fill(keep.length));
  if (r.recurse) { const down = (n) => down(n + 1) + 1; return down(0); }
  return keep.length;
}`;
    const results = await runOnce(source, [{}, { hoard: true }, {}, { recurse: true }, {}], {
      workers: 1,
      memoryLimitBytes: 8 * 1024 * 1024,
      timeoutMsPerRecord: 20_000,
    });
    expect(values(results)).toEqual([
      0,
      expect.objectContaining({ kind: 'memory' }),
      // The hoard lived in module state; the guest was recreated, so it is empty again.
      0,
      expect.objectContaining({ kind: 'stack', line: 4 }),
      0,
    ]);
  });

  it('fails records too large for the guest heap without losing the worker', async () => {
    const sandbox = await createSandbox('export default (r) => r.text.length;', {
      workers: 1,
      memoryLimitBytes: 4 * 1024 * 1024,
    });
    try {
      const results = await sandbox.run([{ text: 'z'.repeat(6 * 1024 * 1024) }]);
      expect(results).toEqual([{ ok: false, error: expect.objectContaining({ kind: 'memory' }) }]);
      expect(await sandbox.run([{ text: 'ok' }])).toEqual([{ ok: true, value: 2 }]);
    } finally {
      await sandbox.close();
    }
  });

  it('validates options', async () => {
    await expect(createSandbox('export default (r) => r', { timeoutMsPerRecord: 0 })).rejects.toThrow(
      RangeError,
    );
    await expect(createSandbox('export default (r) => r', { workers: 1.5 })).rejects.toThrow(RangeError);
  });
});

describe('cancellation', () => {
  it('aborting stops a spinning guest promptly, and the same sandbox works afterwards', async () => {
    const source = `export default function transform(r) {
  if (r.spin) for (;;) {}
  return r.n;
}`;
    // Limits far beyond the test timeout: only cancellation can end the spin in time.
    const sandbox = await createSandbox(source, {
      workers: 1,
      timeoutMsPerRecord: 600_000,
      timeoutMsPerBatch: 600_000,
    });
    try {
      const controller = new AbortController();
      const running = sandbox.run([{ n: 1 }, { spin: true }, { n: 2 }], { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      await expect(running).rejects.toBeInstanceOf(CancelledError);
      // If the guest were still spinning, this would wait for the 10-minute limit.
      expect(await sandbox.run([{ n: 3 }, { n: 4 }])).toEqual([
        { ok: true, value: 3 },
        { ok: true, value: 4 },
      ]);
      const aborted = new AbortController();
      aborted.abort();
      await expect(sandbox.run([{ n: 5 }], { signal: aborted.signal })).rejects.toBeInstanceOf(
        CancelledError,
      );
    } finally {
      await sandbox.close();
    }
  });
});
