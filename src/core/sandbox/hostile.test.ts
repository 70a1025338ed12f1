import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, checkHostileProgram, GOOD_SOURCE, HOSTILE_DIR, hostilePrograms } from './hostile-cases.ts';
import { createSandbox } from './index.ts';
import type { Sandbox } from './index.ts';

/**
 * The hostile corpus (see hostile-cases.ts for what each case proves); the slow programs run in
 * hostile.attack.test.ts.
 */
describe('hostile corpus', () => {
  let fresh: Sandbox;
  beforeAll(async () => {
    fresh = await createSandbox(GOOD_SOURCE, { workers: 1 });
  });
  afterAll(async () => {
    await fresh.close();
  });

  it('has a case for every program and at least 60 programs', () => {
    const files = hostilePrograms();
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [file, expectation] of Object.entries(CASES)) {
    if (expectation.slow) continue;
    it(file, () => checkHostileProgram(file, expectation, fresh));
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
