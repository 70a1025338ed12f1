import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceDir } from '../testing/fixtures.ts';
import { loadService } from '../service.ts';
import { startCodify } from '../../../test/support/codify-cli.ts';

/** A 100 MB single line through the real CLI: one `too-large` error, the run goes on, memory stays bounded. */
const MiB = 1024 * 1024;

/** Peak resident set size so far (VmHWM) of a process, or null when /proc cannot tell. */
async function peakRss(pid: number): Promise<number | null> {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null; // Exited between polls, or no /proc.
  }
}

async function codify(
  args: string[],
): Promise<{ code: number | null; stderr: string; peakRssBytes: number | null }> {
  const { child, done } = startCodify(args);
  let peak: number | null = null;
  // VmHWM only grows, so the last reading before the exit is the peak (to within one poll).
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    void peakRss(child.pid).then((value) => {
      if (value !== null) peak = Math.max(peak ?? 0, value);
    });
  }, 25);
  const { code, stderr } = await done.finally(() => clearInterval(poll));
  return { code, stderr, peakRssBytes: peak };
}

/** Writes good line, a line of `megabytes` MiB, good line, without holding the big line in memory. */
async function writeHugeLineFile(file: string, megabytes: number): Promise<void> {
  const stream = createWriteStream(file);
  const write = (text: string) =>
    new Promise<void>((resolve, reject) =>
      stream.write(text, (error) => (error ? reject(error) : resolve())),
    );
  await write(`${JSON.stringify({ id: 0, name: 'before' })}\n{"id": 1, "name": "`);
  const block = 'x'.repeat(MiB);
  for (let i = 0; i < megabytes; i++) await write(block);
  await write(`"}\n${JSON.stringify({ id: 2, name: 'after' })}\n`);
  await new Promise<void>((resolve) => stream.end(resolve));
}

const readLines = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('codify transform run: a 100 MB single line (real CLI)', { timeout: 120_000 }, () => {
  let dir: string;

  beforeAll(async () => {
    dir = await makeServiceDir({
      'svc/examples.json': [
        { input: { id: 1, name: 'ann' }, output: { id: 1, name: 'ann' } },
        { input: { id: 2, name: 'bob' }, output: { id: 2, name: 'bob' } },
      ],
    });
    const built = await (await loadService(path.join(dir, 'svc'))).build();
    expect(built.status, built.reason).toBe('passed');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips the line with one too-large error, goes on, and stays well under 1 GB of memory', async () => {
    const input = path.join(dir, 'huge.jsonl');
    await writeHugeLineFile(input, 100);
    const output = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    const service = path.join(dir, 'svc');
    const result = await codify([
      'transform',
      'run',
      service,
      '--input',
      input,
      '--output',
      output,
      '--errors',
      errors,
    ]);
    await rm(input);

    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('Records: 3 in = 2 out + 1 errors');
    expect(await readLines(output)).toEqual([
      { id: 0, name: 'before' },
      { id: 2, name: 'after' },
    ]);
    const failures = (await readLines(errors)) as {
      index: number;
      input: string;
      error: { message: string };
    }[];
    expect(failures).toHaveLength(1);
    expect(failures[0]?.index).toBe(1);
    expect(failures[0]?.error.message).toMatch(
      /^line 2: the line is 100\.0 Mi characters long, over the per-record limit of 16\.0 Mi characters/,
    );
    expect(failures[0]?.input.startsWith('{"id": 1, "name": "xxx')).toBe(true);
    expect(JSON.stringify(failures[0]).length).toBeLessThan(2000); // A preview, not 100 MB.
    // Loose on purpose (not a benchmark): the line must not be buffered, let alone parsed.
    if (result.peakRssBytes !== null) expect(result.peakRssBytes).toBeLessThan(1024 * MiB);
    console.log(`100 MB line through the CLI: peak RSS ${((result.peakRssBytes ?? 0) / MiB).toFixed(0)} MiB`);
  });
});
