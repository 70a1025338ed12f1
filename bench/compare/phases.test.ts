import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadService } from '../../src/transform/service.ts';
import { runPhase } from './phases.ts';
import type { PhaseOptions } from './phases.ts';

let work = '';
let options: PhaseOptions;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'codify-compare-test-'));
  const serviceDir = path.join(work, 'customers');
  await mkdir(serviceDir);
  for (const file of ['examples.json', 'schema.json']) {
    await copyFile(path.join(import.meta.dirname, file), path.join(serviceDir, file));
  }
  await writeFile(
    path.join(serviceDir, 'codify.json'),
    JSON.stringify({ name: 'customers', model: 'local' }),
  );
  const built = await (await loadService(serviceDir, { model: 'local' })).build();
  expect(built.status).toBe('passed');
  options = {
    records: 3000,
    modelRecords: 12,
    latencyMs: 0,
    concurrency: 3,
    price: { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    serviceDir,
  };
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the comparison paths', () => {
  it('runs the generated code in the sandbox and as plain JS over the same records', async () => {
    const sandbox = await runPhase('sandbox', options);
    const plain = await runPhase('plain-js', options);
    expect(sandbox.ok + sandbox.errors).toBe(3000);
    expect(plain.ok + plain.errors).toBe(3000);
    // The sandbox also checks the schema, so it may reject what plain JS returns, never the reverse.
    expect(sandbox.ok).toBeLessThanOrEqual(plain.ok);
    expect(sandbox.ok).toBeGreaterThan(2900);
    expect(sandbox.modelCalls + plain.modelCalls).toBe(0);
  });

  it('makes one model call per record through the real provider code, priced per token', async () => {
    const model = await runPhase('model', options);
    expect(model.modelCalls).toBe(12);
    expect(model.ok).toBe(12);
    expect(model.matchesCode).toBe(12);
    expect(model.inputTokens).toBeGreaterThan(12 * 100);
    expect(model.outputTokens).toBeGreaterThan(12 * 10);
    const expectedCost = (model.inputTokens * 0.15 + model.outputTokens * 0.6) / 1_000_000;
    expect(model.costUsd).toBeCloseTo(expectedCost, 10);
  });

  it('refuses an unknown path', async () => {
    await expect(runPhase('gpu', options)).rejects.toThrow(/unknown phase/);
  });
});
