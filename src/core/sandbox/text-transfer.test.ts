import { describe, expect, it } from 'vitest';
import { runOnce } from './index.ts';

// Records reach the guest as one UTF-8 copy of the batch's JSON; big batches take a native encoder.
// Whatever the path, the guest must see exactly the text the host had.
describe('text into and out of the guest', () => {
  const ECHO = `export default function transform(record) {
  return { text: record.text, length: record.text.length, codes: [...record.text].slice(0, 8).map((c) => c.codePointAt(0)) };
}
`;

  it('round-trips every kind of character, in small and large records', async () => {
    const pieces = [
      'plain ascii',
      'é ß Ж 中文',
      '😀 👩‍💻',
      '\u0000\u001f"\\/',
      '\u2028\u2029',
      '\ud800 lone \udfff',
    ];
    const records = [
      ...pieces.map((text) => ({ text })),
      // Long enough that the batch and each record take the native path.
      ...pieces.map((text) => ({ text: text.repeat(400) })),
    ];
    const results = await runOnce(ECHO, records, { workers: 1, filename: 'echo.js' });
    expect(results).toHaveLength(records.length);
    results.forEach((result, index) => {
      const text = records[index]?.text ?? '';
      expect(result).toEqual({
        ok: true,
        value: { text, length: text.length, codes: [...text].slice(0, 8).map((c) => c.codePointAt(0)) },
      });
    });
  });

  it('round-trips a batch big enough to grow the guest memory while it is copied in', async () => {
    // Two records of 3 Mi non-ASCII characters: 12 MB of UTF-8 in one batch, past the 16 MB the
    // guest starts with once its own copies are counted.
    const text = 'é'.repeat(3 * 1024 * 1024 - 1) + '😀';
    const records = [{ text }, { text: text.split('').reverse().join('') }];
    const results = await runOnce(LENGTHS, records, { workers: 1, filename: 'lengths.js' });
    expect(results).toEqual(
      records.map((record) => ({
        ok: true,
        value: {
          length: record.text.length,
          first: record.text.codePointAt(0),
          last: record.text.charCodeAt(record.text.length - 1),
        },
      })),
    );
  });
});

const LENGTHS = `export default function transform(record) {
  return { length: record.text.length, first: record.text.codePointAt(0), last: record.text.charCodeAt(record.text.length - 1) };
}
`;
