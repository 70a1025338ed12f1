import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectFormat, readRecords } from './readers.ts';
import type { InputFormat, InputItem } from './readers.ts';

async function read(text: string | string[], format: InputFormat): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readRecords(Readable.from(Array.isArray(text) ? text : [text]), format))
    items.push(item);
  return items;
}

describe('readRecords', () => {
  it('reads JSONL, skipping blank lines and reporting malformed lines with their line number', async () => {
    const items = await read('{"a":1}\n\n{"a":2\n{"a":3}\n', 'jsonl');
    expect(items.map((item) => item.index)).toEqual([0, 1, 2]);
    expect(items[0]).toEqual({ index: 0, ok: true, value: { a: 1 }, line: 1 });
    expect(items[1]?.ok).toBe(false);
    expect(items[1]).toMatchObject({ line: 3, raw: '{"a":2' });
    expect(items[1]?.ok === false && items[1].message).toMatch(/^line 3: /);
    expect(items[2]).toEqual({ index: 2, ok: true, value: { a: 3 }, line: 4 });
  });

  it('streams a JSON array split across arbitrary chunks, strings with brackets and escapes included', async () => {
    const text = '[\n  {"s": "a],[b\\"}", "n": [1, {"x": 2}]},\n  "plain",\n  42,\n  {"bad": },\n  null\n]\n';
    const whole = await read(text, 'json');
    const chunked = await read(text.split(''), 'json');
    for (const items of [whole, chunked]) {
      expect(items.filter((item) => item.ok).map((item) => item.ok && item.value)).toEqual([
        { s: 'a],[b"}', n: [1, { x: 2 }] },
        'plain',
        42,
        null,
      ]);
      const bad = items[3];
      expect(bad?.ok).toBe(false);
      expect(bad?.line).toBe(5);
      expect(bad?.index).toBe(3);
    }
  });

  it('reads concatenated JSON values when the input is not an array', async () => {
    const items = await read('{"a":1} {"a":2}\n{"a":3}', 'json');
    expect(items.map((item) => item.ok && item.value)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it('reports an unclosed array', async () => {
    const items = await read('[{"a":1}, {"a":2}', 'json');
    expect(items[0]?.ok).toBe(true);
    expect(items[1]?.ok).toBe(false);
  });

  it('reads CSV with a header into string records and flags rows with the wrong field count', async () => {
    const items = await read('name,phone\nAda,"+44 20, ext 1"\nBob\n"Cy","555"\n', 'csv');
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({ index: 0, ok: true, value: { name: 'Ada', phone: '+44 20, ext 1' }, line: 2 });
    expect(items[1]).toMatchObject({ index: 1, ok: false, line: 3 });
    expect(items[1]?.ok === false && items[1].message).toContain('expected 2 fields');
    expect(items[2]).toMatchObject({ index: 2, ok: true, value: { name: 'Cy', phone: '555' } });
  });

  it('detects the format from --format or the extension', () => {
    expect(detectFormat('a.csv')).toBe('csv');
    expect(detectFormat('a.JSON')).toBe('json');
    expect(detectFormat('a.jsonl')).toBe('jsonl');
    expect(detectFormat(undefined)).toBe('jsonl');
    expect(detectFormat('a.txt', 'csv')).toBe('csv');
    expect(() => detectFormat('a', 'xml')).toThrow(/Unknown input format/);
  });
});
