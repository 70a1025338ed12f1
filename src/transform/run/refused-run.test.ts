import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../core/errors.ts';
import { runToFiles } from '../run-to-files.ts';
import { loadService } from '../service.ts';
import { makeServiceDir, removeServiceDirs } from '../testing/fixtures.ts';

afterAll(removeServiceDirs);

const LOCAL = { name: 'svc', model: 'local', settings: { qaRate: 0, qaMin: 0 } };
const EXAMPLES = [
  { input: { city: 'Paris' }, output: { upper: 'PARIS' } },
  { input: { city: 'Lyon' }, output: { upper: 'LYON' } },
];
const UPPER =
  'export default function transform(input: { city: string }) {\n  return { upper: input.city.toUpperCase() };\n}\n';
/** Code that fails its own examples ("Paris" gives "paris"). */
const LOWER =
  'export default function transform(input: { city: string }) {\n  return { upper: input.city.toLowerCase() };\n}\n';

async function service(code: string, inputName: string, inputText: string) {
  const dir = await makeServiceDir({ 'examples.json': EXAMPLES, 'codify.json': LOCAL });
  await writeFile(path.join(dir, 'transform.ts'), code);
  const input = path.join(dir, inputName);
  await writeFile(input, inputText);
  return {
    dir,
    input,
    outputPath: path.join(dir, 'out.jsonl'),
    errorsPath: path.join(dir, 'out.errors.jsonl'),
  };
}

// Issue 11 §2–3: a run refused at its start (exit 2) writes nothing. An empty output file beside a
// refusal looks like a run that found nothing to write, and a refusal must not wipe the output of
// an earlier run either.
describe('a refused run leaves no output behind', { timeout: 120_000 }, () => {
  it('writes no output or errors file when the CSV header renamed a column the examples need', async () => {
    const files = await service(UPPER, 'in.csv', 'City\nRome\nOslo\n');
    const run = runToFiles(await loadService(files.dir), { ...files, format: 'csv' });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(/every record lacks "city".*"City"/);
    expect(existsSync(files.outputPath)).toBe(false);
    expect(existsSync(files.errorsPath)).toBe(false);
  });

  it('writes no output or errors file when the code fails its own examples', async () => {
    const files = await service(LOWER, 'in.jsonl', '{"city":"Rome"}\n');
    const run = runToFiles(await loadService(files.dir), { ...files, format: 'jsonl' });
    await expect(run).rejects.toThrow(/fails its own examples/);
    expect(existsSync(files.outputPath)).toBe(false);
    expect(existsSync(files.errorsPath)).toBe(false);
  });

  it("keeps an earlier run's files as they were", async () => {
    const files = await service(UPPER, 'in.jsonl', '{"city":"Rome"}\n');
    await runToFiles(await loadService(files.dir), { ...files, format: 'jsonl' });
    const before = await readFile(files.outputPath, 'utf8');
    expect(before).toBe('{"upper":"ROME"}\n');
    await writeFile(path.join(files.dir, 'transform.ts'), LOWER);
    await expect(runToFiles(await loadService(files.dir), { ...files, format: 'jsonl' })).rejects.toThrow(
      /fails its own examples/,
    );
    expect(await readFile(files.outputPath, 'utf8')).toBe(before);
    expect(await readFile(files.errorsPath, 'utf8')).toBe('');
  });

  it('still writes empty files for an input with no records (a run that found nothing)', async () => {
    const files = await service(UPPER, 'in.jsonl', '');
    const summary = await runToFiles(await loadService(files.dir), { ...files, format: 'jsonl' });
    expect(summary.recordsIn).toBe(0);
    expect(await readFile(files.outputPath, 'utf8')).toBe('');
    expect(await readFile(files.errorsPath, 'utf8')).toBe('');
  });
});
