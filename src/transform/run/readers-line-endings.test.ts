import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords } from './readers.ts';
import type { InputFormat, InputItem } from './readers.ts';

/**
 * Line endings: LF, CRLF and a lone CR (old Mac files, some exports) all end a line, in any mix,
 * wherever the chunks are cut; line numbers count every kind of break the same way, so the line
 * in an error message is the line an editor shows.
 */

async function read(pieces: (string | Buffer)[], format: InputFormat): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readRecords(Readable.from(pieces), format)) items.push(item);
  return items;
}

/** The text whole, cut into single characters, and cut between every CR and LF. */
function cuts(text: string): string[][] {
  const pairs = text.split(/(?<=\r)/);
  return [[text], text.split(''), pairs];
}

const summary = (items: InputItem[]) =>
  items.map((item) => (item.ok ? [item.index, item.line, item.value] : [item.index, item.line, item.kind]));

describe('line endings', () => {
  it('reads a CR-only JSONL file as lines, with line numbers', async () => {
    const text = '{"a":1}\r{"a":2}\r{"a":\r{"a":4}\r';
    for (const pieces of cuts(text)) {
      expect(summary(await read(pieces, 'jsonl'))).toEqual([
        [0, 1, { a: 1 }],
        [1, 2, { a: 2 }],
        [2, 3, 'parse'],
        [3, 4, { a: 4 }],
      ]);
    }
  });

  it('reads mixed LF, CRLF and CR line endings, blank lines included, as the same lines', async () => {
    const text = '{"a":1}\r\n{"a":2}\n{"a":3}\r\r\n{"a":4}\n\r{"a":5}';
    for (const pieces of cuts(text)) {
      const items = await read(pieces, 'jsonl');
      expect(summary(items)).toEqual([
        [0, 1, { a: 1 }],
        [1, 2, { a: 2 }],
        [2, 3, { a: 3 }],
        [3, 5, { a: 4 }],
        [4, 7, { a: 5 }],
      ]);
    }
  });

  it('reads a CR-only CSV file row by row (quoted CRs stay in the value)', async () => {
    const text = 'name,note\rAda,first\rBob,"two\rlines"\rCy\rDee,last\r';
    for (const pieces of cuts(text)) {
      const items = await read(pieces, 'csv');
      expect(summary(items)).toEqual([
        [0, 2, { name: 'Ada', note: 'first' }],
        [1, 3, { name: 'Bob', note: 'two\rlines' }],
        [2, 5, 'parse'], // One field where the header has two; line 5 because the quoted CR is a line.
        [3, 6, { name: 'Dee', note: 'last' }],
      ]);
      expect(items[2]?.ok === false && items[2].message).toMatch(/^line 5: expected 2 fields/);
    }
  });

  it('reads mixed CRLF/LF/CR CSV rows', async () => {
    const text = 'id,v\r\n1,a\n2,b\r3,c\r\n';
    for (const pieces of cuts(text)) {
      expect(summary(await read(pieces, 'csv'))).toEqual([
        [0, 2, { id: '1', v: 'a' }],
        [1, 3, { id: '2', v: 'b' }],
        [2, 4, { id: '3', v: 'c' }],
      ]);
    }
  });

  it('counts CR-only lines in a JSON array, for the line of a bad element', async () => {
    const text = '[\r{"a":1},\r{"a": },\r{"a":3}\r]';
    for (const pieces of cuts(text)) {
      expect(summary(await read(pieces, 'json'))).toEqual([
        [0, 2, { a: 1 }],
        [1, 3, 'parse'],
        [2, 4, { a: 3 }],
      ]);
    }
  });

  it('puts an invalid UTF-8 byte on the right CR-only line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":1}\r{"a":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\r{"a":3}\r'),
    ]);
    for (const pieces of [[bytes], [...bytes].map((byte) => Buffer.from([byte]))]) {
      const items = await read(pieces, 'jsonl');
      expect(summary(items)).toEqual([
        [0, 1, { a: 1 }],
        [1, 2, 'encoding'],
        [2, 3, { a: 3 }],
      ]);
    }
  });
});

describe('CSV columns named like Object.prototype members', () => {
  it('keeps __proto__, constructor and prototype columns as data, without polluting any prototype', async () => {
    const text =
      'id,__proto__,constructor,prototype,toString,hasOwnProperty\n1,"{""polluted"":true}",c,p,t,h\n';
    const items = await read([text], 'csv');
    expect(items).toHaveLength(1);
    const item = items[0];
    if (!item?.ok) throw new Error('the record was not read');
    const value = item.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual([
      'id',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
    ]);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toBe('{"polluted":true}');
    expect(value['constructor']).toBe('c');
    expect(value['toString']).toBe('t');
    // It survives the trip every record takes: JSON to the sandbox and into the output files.
    expect(JSON.parse(JSON.stringify(value))).toEqual(
      JSON.parse(
        '{"id":"1","__proto__":"{\\"polluted\\":true}","constructor":"c","prototype":"p","toString":"t","hasOwnProperty":"h"}',
      ),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
