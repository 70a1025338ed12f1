import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, SandboxCompileError } from './index.ts';
import type { Sandbox, SandboxErrorKind, SandboxOptions, SandboxRecordResult } from './index.ts';

/**
 * Every program in hostile/ behaves for ordinary records ({n}) and attacks on `{attack: true}`.
 * Each case runs good records, the attack, and more good records in one call, then a good call
 * on the same sandbox, then a good call on a fresh sandbox: the attack may only cost its own
 * record (or the compile), never the host or later work.
 */
const HOSTILE_DIR = new URL('./hostile/', import.meta.url);

type Expectation =
  | { compile: RegExp; line?: number; column?: number }
  | {
      kind: SandboxErrorKind;
      message: RegExp;
      options?: SandboxOptions;
      /** Extra fields merged into the attack record. */
      attack?: Record<string, unknown>;
      /** A crash loses the whole batch it happened in, good records included. */
      batchLost?: boolean;
      after?: (attack: SandboxRecordResult, attackRecord: Record<string, unknown>) => void;
    }
  | {
      ok: (value: unknown) => void;
      attack?: Record<string, unknown>;
      after?: (attackRecord: Record<string, unknown>) => void;
    };

const MiB = 1024 * 1024;
const escapePath = join(tmpdir(), `codify-sandbox-escape-${process.pid}`);

const HOST_NAMES = [
  'process',
  'require',
  'module',
  'fetch',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'XMLHttpRequest',
  'WebAssembly',
  'Atomics',
  'Buffer',
  'console',
  'global',
  'os',
  'std',
  'Deno',
  'Bun',
];

const CASES: Record<string, Expectation> = {
  'infinite-loop.js': { kind: 'timeout', message: /took longer than 1000 ms/ },
  'loop-after-good-records.js': { kind: 'timeout', message: /took longer than 1000 ms/ },
  'memory-array-growth.js': {
    kind: 'memory',
    message: /out of memory/,
    options: { memoryLimitBytes: 8 * MiB, timeoutMsPerRecord: 20_000 },
  },
  'memory-string-doubling.js': {
    kind: 'memory',
    message: /out of memory/,
    options: { memoryLimitBytes: 8 * MiB, timeoutMsPerRecord: 20_000 },
  },
  'deep-recursion.js': { kind: 'stack', message: /stack overflow/ },
  'process-exit.js': { kind: 'throw', message: /ReferenceError: 'process' is not defined/ },
  'require-fs.js': { kind: 'throw', message: /ReferenceError: 'require' is not defined/ },
  'dynamic-import.js': { kind: 'output', message: /returned a Promise/ },
  'dynamic-import-ignored.js': {
    ok: (value) => expect(value).toMatchObject({ fired: true }),
    attack: { path: escapePath },
    after: () => expect(existsSync(escapePath)).toBe(false),
  },
  'static-import-fs.js': { compile: /cannot import 'fs'/, line: 2, column: 16 },
  'constructor-escape.js': { kind: 'throw', message: /EvalError: the Function constructor is disabled/ },
  'globalthis-probe.js': {
    ok: (value) => {
      expect(Array.isArray(value)).toBe(true);
      const names = value as string[];
      expect(names).toContain('JSON');
      for (const name of HOST_NAMES) expect(names).not.toContain(name);
    },
  },
  'fetch.js': { kind: 'throw', message: /'fetch' is not defined/ },
  'set-timeout.js': { kind: 'throw', message: /'setTimeout' is not defined/ },
  'xhr-webassembly.js': { kind: 'throw', message: /'WebAssembly' is not defined/ },
  'prototype-pollution.js': { kind: 'throw', message: /TypeError/ },
  'array-prototype-tamper.js': { kind: 'throw', message: /TypeError/ },
  'global-mutation.js': { kind: 'throw', message: /TypeError/ },
  'throw-string.js': { kind: 'throw', message: /^threw a string: "plain string thrown"$/ },
  'throw-number.js': { kind: 'throw', message: /^threw a non-Error value: 42$/ },
  'throw-null.js': { kind: 'throw', message: /^threw a non-Error value: null$/ },
  'throw-object.js': {
    kind: 'throw',
    message: /^threw a non-Error value: \{"code":"E_HOSTILE","detail":\[1,2,3\]\}$/,
  },
  'return-function.js': { kind: 'output', message: /key "callback" is a function/ },
  'return-cycle.js': { kind: 'output', message: /cycle/ },
  'return-bigint.js': { kind: 'output', message: /key "big" is a BigInt/ },
  'return-undefined.js': { kind: 'output', message: /the result is undefined/ },
  'return-symbol.js': { kind: 'output', message: /is a symbol/ },
  'return-nan.js': { kind: 'output', message: /key "ratio" is NaN/ },
  'return-map.js': { kind: 'output', message: /the result is an instance of Map; return plain objects/ },
  'huge-string.js': {
    kind: 'too-large',
    message: /above the per-record limit of 4194304/,
    options: { memoryLimitBytes: 256 * MiB, timeoutMsPerRecord: 10_000 },
  },
  'deep-output.js': {
    kind: 'too-deep',
    message: /nested more than 1000 levels deep/,
    options: { memoryLimitBytes: 256 * MiB, timeoutMsPerRecord: 10_000 },
  },
  'native-hang.js': {
    kind: 'crash',
    message: /stopped responding .* its worker was terminated/,
    options: { timeoutMsPerBatch: 500 },
    batchLost: true,
  },
  'eval.js': { kind: 'throw', message: /EvalError: eval is disabled/ },
  'function-constructor.js': { kind: 'throw', message: /EvalError: the Function constructor is disabled/ },
  'atomics-wait.js': { kind: 'throw', message: /'Atomics' is not defined/ },
  'getter-bomb.js': { kind: 'timeout', message: /took longer than 1000 ms/ },
  'getter-throws.js': { kind: 'output', message: /reading the result failed: Error: gotcha/ },
  'async-function.js': { kind: 'output', message: /returned a Promise/ },
  'date-now.js': {
    ok: (value) => {
      const { now, timers } = value as { now: number; timers: string };
      expect(Math.abs(now - Date.now())).toBeLessThan(60 * 60 * 1000);
      expect(timers).toBe('undefined,undefined,undefined');
    },
  },
  'syntax-error.ts': {
    compile: /SyntaxError: invalid redefinition of lexical identifier/,
    line: 6,
    column: 23,
  },
  'missing-default-export.js': { compile: /no default export/ },
  'default-not-function.js': { compile: /default export is a object, not a function/ },
  'top-level-loop.js': { compile: /top-level code did not finish within 1000 ms/ },
};

const GOOD_SOURCE = `export default function transform(record: { n: number }): { n: number } {
  return { n: record.n };
}
`;

const goodRecords = (from: number) => [{ n: from }, { n: from + 1 }, { n: from + 2 }];
const expectGood = (results: SandboxRecordResult[], from: number) =>
  expect(results).toEqual(goodRecords(from).map((value) => ({ ok: true, value })));

describe('hostile corpus', () => {
  let fresh: Sandbox;
  beforeAll(async () => {
    fresh = await createSandbox(GOOD_SOURCE, { workers: 1 });
  });
  afterAll(async () => {
    await fresh.close();
  });

  it('has a case for every program and at least 25 programs', () => {
    const files = readdirSync(HOSTILE_DIR).filter((name) => /\.(js|ts)$/.test(name));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [file, expectation] of Object.entries(CASES)) {
    it(file, async () => {
      const source = readFileSync(new URL(file, HOSTILE_DIR), 'utf8');
      if ('compile' in expectation) {
        const error = await createSandbox(source, {
          filename: file,
          workers: 1,
          timeoutMsPerRecord: 1000,
        }).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(SandboxCompileError);
        const compileError = error as SandboxCompileError;
        expect(compileError.message).toMatch(expectation.compile);
        if (expectation.line !== undefined) expect(compileError.line).toBe(expectation.line);
        if (expectation.column !== undefined) expect(compileError.column).toBe(expectation.column);
      } else {
        const options = 'options' in expectation ? expectation.options : undefined;
        const sandbox = await createSandbox(source, {
          filename: file,
          workers: 1,
          timeoutMsPerRecord: 1000,
          ...options,
        });
        try {
          const attackRecord = { attack: true, n: 99, ...expectation.attack };
          const results = await sandbox.run([{ n: 1 }, { n: 2 }, attackRecord, { n: 3 }]);
          expect(results).toHaveLength(4);
          const attack = results[2] as SandboxRecordResult;
          if ('batchLost' in expectation && expectation.batchLost) {
            for (const result of results) expect(result).toEqual(attack);
          } else {
            expect(results[0]).toMatchObject({ ok: true, value: { n: 1 } });
            expect(results[1]).toMatchObject({ ok: true, value: { n: 2 } });
            expect(results[3]).toMatchObject({ ok: true, value: { n: 3 } });
          }
          if ('kind' in expectation) {
            expect(attack.ok, JSON.stringify(attack)).toBe(false);
            if (attack.ok) return;
            expect(attack.error.kind).toBe(expectation.kind);
            expect(attack.error.message).toMatch(expectation.message);
            expectation.after?.(attack, attackRecord);
          } else {
            expect(attack.ok, JSON.stringify(attack)).toBe(true);
            if (!attack.ok) return;
            expectation.ok(attack.value);
            expectation.after?.(attackRecord);
          }
          // The same sandbox still works, and nothing the attack did is visible.
          const again = await sandbox.run(goodRecords(10));
          expect(again.map((result) => (result.ok ? result.value : result))).toEqual(
            goodRecords(10).map((record) => expect.objectContaining(record)),
          );
          for (const result of again) {
            if (result.ok) expect(result.value).not.toMatchObject({ polluted: 1 });
          }
        } finally {
          await sandbox.close();
        }
      }
      // Nothing leaked into the host realm either.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((globalThis as Record<string, unknown>).leaked).toBeUndefined();
      expectGood(await fresh.run(goodRecords(20)), 20);
    });
  }

  it('keeps later records and calls free of prototype pollution and global state', async () => {
    for (const file of ['prototype-pollution.js', 'global-mutation.js', 'array-prototype-tamper.js']) {
      const source = readFileSync(new URL(file, HOSTILE_DIR), 'utf8');
      const sandbox = await createSandbox(source, { workers: 1 });
      try {
        await sandbox.run([{ attack: true }]);
        const later = await sandbox.run([{ n: 5 }]);
        expect(later[0]).toEqual({
          ok: true,
          value:
            file === 'prototype-pollution.js'
              ? { n: 5, polluted: null }
              : file === 'global-mutation.js'
                ? { n: 5, leaked: null }
                : { n: 5, doubled: [10] },
        });
      } finally {
        await sandbox.close();
      }
    }
  });

  it('keeps the host event loop running while a guest spins', async () => {
    const source = readFileSync(new URL('infinite-loop.js', HOSTILE_DIR), 'utf8');
    const sandbox = await createSandbox(source, { workers: 1, timeoutMsPerRecord: 1500 });
    let ticks = 0;
    const interval = setInterval(() => ticks++, 20);
    try {
      const results = await sandbox.run([{ attack: true }]);
      expect(results[0]).toMatchObject({ ok: false, error: { kind: 'timeout' } });
      // A guest on the main thread would have blocked every tick until it was stopped.
      expect(ticks).toBeGreaterThanOrEqual(5);
    } finally {
      clearInterval(interval);
      await sandbox.close();
    }
  });
});
