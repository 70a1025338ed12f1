import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadService } from '../service.ts';
import { makeServiceDir } from '../testing/fixtures.ts';

const LOCAL = { name: 'svc', model: 'local', settings: { qaRate: 0, qaMin: 0 } };
const EXAMPLES = [
  { input: { name: 'Ada Lovelace' }, output: { first: 'Ada' } },
  { input: { name: 'Alan Turing' }, output: { first: 'Alan' } },
];

const dirs: string[] = [];

// Issue 11 §3: every run whose current code fails its own examples refuses to run unless
// --frozen, whoever wrote the code (a hand-written transform.ts has no codify header).
describe('a run checks the current code against its own examples', { timeout: 120_000 }, () => {
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  async function serviceWithCode(code: string) {
    const dir = await makeServiceDir({ 'examples.json': EXAMPLES, 'codify.json': LOCAL });
    dirs.push(dir);
    await writeFile(path.join(dir, 'transform.ts'), code);
    const service = await loadService(dir);
    const drain = async (frozen: boolean) => {
      const out: unknown[] = [];
      for await (const result of service.run([{ name: 'Edsger Dijkstra' }], { frozen })) out.push(result);
      return out;
    };
    return drain;
  }

  it('refuses hand-written code that fails an example, naming it, unless frozen', async () => {
    const drain = await serviceWithCode(
      'export default function transform(input: { name: string }) {\n  return { first: input.name.toUpperCase() };\n}\n',
    );
    await expect(drain(false)).rejects.toThrow(/fails its own examples.*example 1.*"Ada"/s);
    expect(await drain(true)).toHaveLength(1);
  });

  it('keeps the message short when an output is huge', async () => {
    const drain = await serviceWithCode(
      "export default function transform(input: { name: string }) {\n  return { first: 'x'.repeat(1_000_000) };\n}\n",
    );
    const error = await drain(false).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/fails its own examples/);
    expect(error?.message.length).toBeLessThan(2000);
  });

  it('runs hand-written code that passes its examples', async () => {
    const drain = await serviceWithCode(
      'export default function transform(input: { name: string }) {\n  return { first: input.name.split(" ")[0] ?? "" };\n}\n',
    );
    const out = await drain(false);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ ok: true, output: { first: 'Edsger' } });
  });
});
