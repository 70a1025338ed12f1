import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords } from './readers.ts';
import type { InputFormat, InputItem, ReadOptions } from './readers.ts';
import { guardRecordShapes, valuesSource } from './sources.ts';

/** Reads bytes given as one buffer or as several chunks (to cut characters and records apart). */
async function read(
  data: Buffer | string | (Buffer | string)[],
  format: InputFormat,
  options: ReadOptions = {},
): Promise<InputItem[]> {
  const pieces = (Array.isArray(data) ? data : [data]).map((piece) =>
    typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece,
  );
  const items: InputItem[] = [];
  for await (const item of readRecords(Readable.from(pieces), format, options)) items.push(item);
  return items;
}

const values = (items: InputItem[]) => items.filter((item) => item.ok).map((item) => item.ok && item.value);
const failures = (items: InputItem[]) =>
  items.flatMap((item) => (item.ok ? [] : [{ index: item.index, line: item.line, kind: item.kind }]));

/** Every byte cut: 1-byte chunks break every multi-byte character and BOM apart. */
const bytewise = (bytes: Buffer) => [...bytes].map((byte) => Buffer.from([byte]));

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
};

const TEXT = '{"name":"Zoë"}\n{"name":"Łukasz"}\n{"name":"日本"}\n';
const EXPECTED = [{ name: 'Zoë' }, { name: 'Łukasz' }, { name: '日本' }];

describe('encodings', () => {
  it('drops a UTF-8 byte-order mark (JSONL, JSON, CSV)', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(values(await read(Buffer.concat([bom, Buffer.from(TEXT)]), 'jsonl'))).toEqual(EXPECTED);
    expect(values(await read(Buffer.concat([bom, Buffer.from('[{"a":1}]')]), 'json'))).toEqual([{ a: 1 }]);
    expect(values(await read(Buffer.concat([bom, Buffer.from('name\nAda\n')]), 'csv'))).toEqual([
      { name: 'Ada' },
    ]);
  });

  it('decodes UTF-16 LE and BE, with a byte-order mark or without one, even cut byte by byte', async () => {
    const inputs = {
      'le+bom': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      'be+bom': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]),
      le: Buffer.from(TEXT, 'utf16le'),
      be: utf16be(TEXT),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      expect(values(await read(bytes, 'jsonl')), name).toEqual(EXPECTED);
      expect(values(await read(bytewise(bytes), 'jsonl')), `${name}, bytewise`).toEqual(EXPECTED);
    }
    const csv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name,city\nZoë,Kraków\n', 'utf16le')]);
    expect(values(await read(csv, 'csv'))).toEqual([{ name: 'Zoë', city: 'Kraków' }]);
  });

  it('keeps multi-byte UTF-8 characters whole when chunks cut them apart', async () => {
    const items = await read(bytewise(Buffer.from(TEXT)), 'jsonl');
    expect(failures(items)).toEqual([]);
    expect(values(items)).toEqual(EXPECTED);
  });

  it('turns lines with Latin-1 bytes into per-record encoding errors and reads the rest (every format)', async () => {
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    const jsonl = Buffer.concat([
      Buffer.from('{"name":"Zoë"}\n'),
      latin1('{"name":"Ren\u00e9e"}\n'),
      Buffer.from('{"name":"Ann"}\n'),
    ]);
    for (const pieces of [[jsonl], bytewise(jsonl)]) {
      const items = await read(pieces, 'jsonl');
      expect(values(items)).toEqual([{ name: 'Zoë' }, { name: 'Ann' }]);
      expect(failures(items)).toEqual([{ index: 1, line: 2, kind: 'encoding' }]);
      const bad = items[1];
      expect(bad?.ok === false && bad.message).toMatch(/^line 2: not valid UTF-8 .*iconv/);
      expect(bad?.ok === false && bad.raw).toBe('{"name":"Ren\ufffde"}');
    }

    const json = Buffer.concat([
      Buffer.from('[\n{"a":"x"},\n'),
      latin1('{"a":"\u00e9"},\n'),
      Buffer.from('{"a":"y"}\n]'),
    ]);
    const jsonItems = await read(json, 'json');
    expect(values(jsonItems)).toEqual([{ a: 'x' }, { a: 'y' }]);
    expect(failures(jsonItems)).toEqual([{ index: 1, line: 3, kind: 'encoding' }]);

    const csv = Buffer.concat([Buffer.from('name\nAda\n'), latin1('Ren\u00e9e\n'), Buffer.from('Bob\n')]);
    const csvItems = await read(csv, 'csv');
    expect(values(csvItems)).toEqual([{ name: 'Ada' }, { name: 'Bob' }]);
    expect(failures(csvItems)).toEqual([{ index: 1, line: 3, kind: 'encoding' }]);
  });
});

describe('empty inputs', () => {
  it('reads no records from 0 bytes, whitespace only, or an empty array', async () => {
    for (const format of ['jsonl', 'json', 'csv'] as const) {
      expect(await read([], format), `${format}, no chunks`).toEqual([]);
      expect(await read('', format), `${format}, 0 bytes`).toEqual([]);
      expect(await read(' \n\r\n\t\n', format === 'csv' ? 'jsonl' : format), `${format}, whitespace`).toEqual(
        [],
      );
    }
    expect(await read('[]', 'json')).toEqual([]);
    expect(await read(' [ \n ] \n', 'json')).toEqual([]);
    expect(await read('name,phone\n', 'csv')).toEqual([]);
    // In JSONL, `[]` is one record that happens to be an array (the shape guard reports it).
    expect(values(await read('[]\n', 'jsonl'))).toEqual([[]]);
  });
});

describe('per-record size limit', () => {
  const options = { maxRecordChars: 1000 };
  const huge = `{"blob":"${'x'.repeat(5000)}"}`;

  it('skips an oversized JSONL line with one too-large error, in order, whatever the chunking', async () => {
    const text = `{"i":0}\n${huge}\n{"i":2}\n`;
    for (const pieces of [[text], text.match(/[\s\S]{1,700}/g) ?? []]) {
      const items = await read(pieces, 'jsonl', options);
      expect(values(items)).toEqual([{ i: 0 }, { i: 2 }]);
      expect(failures(items)).toEqual([{ index: 1, line: 2, kind: 'too-large' }]);
      const bad = items[1];
      expect(bad?.ok === false && bad.message).toMatch(
        /^line 2: the line is 4\.9 Ki characters long, over the per-record limit of 1000 characters/,
      );
      expect(bad?.ok === false && bad.raw.length).toBeLessThan(300);
    }
  });

  it('skips an oversized JSON array element and keeps reading the array', async () => {
    const text = `[{"i":0},\n${huge},\n{"i":2}]`;
    for (const pieces of [[text], text.match(/[\s\S]{1,300}/g) ?? []]) {
      const items = await read(pieces, 'json', options);
      expect(values(items)).toEqual([{ i: 0 }, { i: 2 }]);
      expect(failures(items)).toEqual([{ index: 1, line: 2, kind: 'too-large' }]);
    }
  });

  it('skips an oversized CSV record and keeps reading', async () => {
    const text = `a,b\n1,2\n3,${'x'.repeat(5000)}\n5,6\n`;
    const items = await read(text.match(/[\s\S]{1,300}/g) ?? [], 'csv', options);
    expect(values(items)).toEqual([
      { a: '1', b: '2' },
      { a: '5', b: '6' },
    ]);
    expect(failures(items)).toEqual([{ index: 1, line: 3, kind: 'too-large' }]);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => readRecords(Readable.from([]), 'jsonl', { maxRecordChars: 0 })).toThrow(/maxRecordChars/);
  });
});

describe('malformed records', () => {
  it('reports malformed JSONL lines (truncated, trailing commas, bare words, CRLF) with line numbers', async () => {
    const text = '{"a":1}\r\n{"a":2,}\r\n{"a":\r\nhello\r\n{"a":3}\r\n';
    const items = await read(text, 'jsonl');
    expect(values(items)).toEqual([{ a: 1 }, { a: 3 }]);
    expect(failures(items)).toEqual([
      { index: 1, line: 2, kind: 'parse' },
      { index: 2, line: 3, kind: 'parse' },
      { index: 3, line: 4, kind: 'parse' },
    ]);
    expect(items.map((item) => item.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('recovers from CSV quote errors and wrong field counts record by record', async () => {
    const text = [
      'name,phone',
      'Ada,1', // 2: fine
      'Bob,2"x', // 3: stray quote inside an unquoted field
      'Cy,"3"x', // 4: text after a closing quote
      'Dee', // 5: too few fields
      'Eve,5,extra', // 6: too many fields
      '"Fay ""the"" ace","6\nmore"', // 7–8: escaped quotes and a quoted newline: fine
      'Gus,7', // 9: fine
      'Hal,"8', // 10: a quote never closed runs to the end of the input
      'Ian,9',
      '',
    ].join('\n');
    for (const pieces of [[text], text.split('')]) {
      const items = await read(pieces, 'csv');
      expect(values(items)).toEqual([
        { name: 'Ada', phone: '1' },
        { name: 'Fay "the" ace', phone: '6\nmore' },
        { name: 'Gus', phone: '7' },
      ]);
      expect(failures(items)).toEqual([
        { index: 1, line: 3, kind: 'parse' },
        { index: 2, line: 4, kind: 'parse' },
        { index: 3, line: 5, kind: 'parse' },
        { index: 4, line: 6, kind: 'parse' },
        { index: 7, line: 10, kind: 'parse' },
      ]);
      const messages = items.flatMap((item) => (item.ok ? [] : [item.message]));
      expect(messages[2]).toMatch(/expected 2 fields \(name, phone\), got 1/);
      expect(messages[4]).toMatch(/never closed, so lines 10–11 were read as one record/);
    }
  });

  it('refuses a CSV whose header cannot be read', async () => {
    await expect(read('"name,phone\nAda,1\n', 'csv')).rejects.toThrow(/CSV header/);
  });
});

describe('guardRecordShapes', () => {
  it('turns numbers, strings, null, booleans and arrays into not-object errors when the examples take objects', async () => {
    const source = guardRecordShapes(valuesSource([{ a: 1 }, 42, 'text', null, [1, 2], true, { a: 2 }]), [
      { a: 0 },
    ]);
    const items: InputItem[] = [];
    for await (const item of source.open()) items.push(item);
    expect(values(items)).toEqual([{ a: 1 }, { a: 2 }]);
    expect(failures(items)).toEqual(
      [1, 2, 3, 4, 5].map((index) => ({ index, line: index + 1, kind: 'not-object' })),
    );
    const messages = items.flatMap((item) => (item.ok ? [] : [item.message]));
    expect(messages).toEqual([
      "line 2: the record is a number, not a JSON object like the examples' inputs",
      "line 3: the record is a string, not a JSON object like the examples' inputs",
      "line 4: the record is null, not a JSON object like the examples' inputs",
      "line 5: the record is an array (2 items), not a JSON object like the examples' inputs",
      "line 6: the record is a boolean, not a JSON object like the examples' inputs",
    ]);
  });

  it('leaves the source alone when the examples take other values', async () => {
    const inner = valuesSource(['a', 1]);
    expect(guardRecordShapes(inner, ['x', { a: 1 }])).toBe(inner);
  });
});
