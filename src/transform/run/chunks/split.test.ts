import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitInput } from './split.ts';
import type { ChunkRange } from './split.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'codify-split-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text each chunk would be read as (header first for CSV). */
async function chunkTexts(chunks: ChunkRange[]): Promise<string[]> {
  const texts: string[] = [];
  for (const chunk of chunks) {
    const bytes = await readFile(chunk.file);
    texts.push(
      bytes.subarray(0, chunk.headerEnd).toString() + bytes.subarray(chunk.start, chunk.end).toString(),
    );
  }
  return texts;
}

describe('splitInput', () => {
  it('cuts JSONL after newlines only, covering every byte once, in order', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, pad: 'x'.repeat(i % 17) }));
    const file = path.join(dir, 'in.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    const chunks = await splitInput(file, { chunkBytes: 500 });
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0]?.start).toBe(0);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.start).toBe(chunks[i - 1]?.end);
    const texts = await chunkTexts(chunks);
    for (const text of texts) expect(text.endsWith('\n')).toBe(true);
    expect(texts.join('')).toBe(`${lines.join('\n')}\n`);
  });

  it('keeps a last line without a newline, and a file smaller than a chunk whole', async () => {
    const file = path.join(dir, 'in.jsonl');
    await writeFile(file, '{"a":1}\n{"a":2}\n{"a":3}');
    const small = await splitInput(file, { chunkBytes: 1000 });
    expect(small).toHaveLength(1);
    const cut = await splitInput(file, { chunkBytes: 3 });
    expect((await chunkTexts(cut)).join('')).toBe('{"a":1}\n{"a":2}\n{"a":3}');
    expect(cut.map((c) => c.end - c.start)).toEqual([8, 8, 7]);
  });

  it('never cuts CSV inside quotes, and gives every chunk the header', async () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 0 ? `${i},"multi\nline ""quoted"", with, commas\n\nand blank"` : `${i},plain ${i}`,
    );
    const file = path.join(dir, 'in.csv');
    const header = 'id,text\n';
    await writeFile(file, `${header}${rows.join('\r\n')}\r\n`);
    const chunks = await splitInput(file, { chunkBytes: 64 });
    expect(chunks.length).toBeGreaterThan(5);
    const texts = await chunkTexts(chunks);
    for (const text of texts) expect(text.startsWith(header)).toBe(true);
    const bodies = texts.map((text) => text.slice(header.length));
    expect(bodies.join('')).toBe(`${rows.join('\r\n')}\r\n`);
    // Every chunk holds whole rows: an even number of quotes.
    for (const body of bodies) expect((body.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('splits a folder into its files, sorted, skipping hidden ones', async () => {
    const folder = path.join(dir, 'parts');
    await mkdir(folder);
    await writeFile(path.join(folder, 'b.jsonl'), '{"x":2}\n');
    await writeFile(path.join(folder, 'a.jsonl'), '{"x":1}\n');
    await writeFile(path.join(folder, '.c.jsonl'), '{"x":3}\n');
    const chunks = await splitInput(folder);
    expect(chunks.map((c) => [c.index, path.basename(c.file)])).toEqual([
      [0, 'a.jsonl'],
      [1, 'b.jsonl'],
    ]);
  });

  it('keeps a JSON array and a UTF-16 file in one chunk', async () => {
    const json = path.join(dir, 'in.json');
    await writeFile(json, JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ i }))));
    expect(await splitInput(json, { chunkBytes: 10 })).toHaveLength(1);
    const utf16 = path.join(dir, 'in16.jsonl');
    await writeFile(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}\n{"a":2}\n', 'utf16le')]),
    );
    expect(await splitInput(utf16, { chunkBytes: 4 })).toHaveLength(1);
  });

  it('refuses a missing input with a typed error', async () => {
    await expect(splitInput(path.join(dir, 'nope.jsonl'))).rejects.toMatchObject({ code: 'config' });
  });
});

describe('shiftLineNumbers', () => {
  it("moves the file's line numbers and keeps JSON.parse's position inside a record", async () => {
    const { shiftLineNumbers } = await import('./merge.ts');
    expect(shiftLineNumbers('line 3: Unexpected token (line 1 column 22)', 100)).toBe(
      'line 103: Unexpected token (line 1 column 22)',
    );
    expect(shiftLineNumbers('line 12: bad (line 12 column 3)', 1)).toBe('line 13: bad (line 12 column 3)');
    expect(shiftLineNumbers('It spans lines 4–9: an unbalanced quote', 10)).toBe(
      'It spans lines 14–19: an unbalanced quote',
    );
    expect(shiftLineNumbers('the quote opened on line 2 is never closed', 5)).toBe(
      'the quote opened on line 7 is never closed',
    );
  });
});
