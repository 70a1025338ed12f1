import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSandboxFactory } from '../sandbox-adapter.ts';
import type { SandboxFactory, SandboxOptions } from '../sandbox-adapter.ts';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';

// Two-word names only, so the local engine keeps rival programs ("second word" vs "last word").
const SURNAMES = [
  { input: { id: 1, name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { id: 2, name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { id: 3, name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the rival programs sandbox', { timeout: 120_000 }, () => {
  it('gets half the workers of the transform, at least one (each worker holds a QuickJS guest)', async () => {
    const dir = await makeServiceDir({
      'examples.json': SURNAMES,
      'codify.json': { name: 'svc', model: 'local', settings: { qaRate: 0, qaMin: 0 } },
    });
    dirs.push(dir);
    const opened: { filename: string | undefined; workers: number | undefined }[] = [];
    const spy: SandboxFactory = (source, options?: SandboxOptions) => {
      opened.push({ filename: options?.filename, workers: options?.workers });
      return defaultSandboxFactory(source, options);
    };
    for (const workers of [2, 1]) {
      const svc = await loadService(dir, { sandboxFactory: spy, sandboxOptions: { workers } });
      if (workers === 2) expect((await svc.build()).status).toBe('passed');
      opened.length = 0;
      const handle = svc.run([{ id: 4, name: 'Di Roe' }], { frozen: true });
      for await (const result of handle) expect(result.ok).toBe(true);
      await handle.summary;
      expect(opened).toEqual([
        { filename: 'transform.ts', workers },
        { filename: 'rivals.ts', workers: Math.max(1, Math.floor(workers / 2)) },
      ]);
    }
  });
});
