import { createWriteStream } from 'node:fs';

const FORMATS: ((area: number, exchange: number, line: string) => string)[] = [
  (a, e, l) => `(${a}) ${e}-${l}`,
  (a, e, l) => `${a}.${e}.${l}`,
  (a, e, l) => `+1 ${a} ${e} ${l}`,
  (a, e, l) => `1-${a}-${e}-${l}`,
  (a, e, l) => `${a}-${e}-${l}`,
  (a, e, l) => `  (${a})${e}-${l} `,
];
const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Radia', 'Leslie', 'Frances', 'Ken'];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Perlman',
  'Lamport',
  'Allen',
  'Thompson',
];

/** A deterministic generator (xorshift), so every bench run sees the same records. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

/** One customer record with a US phone number in one of several messy formats. */
export function* generateRecords(count: number, seed = 42): Generator<{ customer: string; phone: string }> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  for (let i = 0; i < count; i++) {
    const area = 201 + Math.floor(next() * 780);
    const exchange = 200 + Math.floor(next() * 799);
    const line = String(Math.floor(next() * 10000)).padStart(4, '0');
    // One record in a thousand has no area code: real exports have those, and they must end up in
    // the errors (the schema wants ten digits), not in the output.
    const phone = next() < 0.001 ? `${exchange}-${line}` : pick(FORMATS)(area, exchange, line);
    yield { customer: `${pick(FIRST)} ${pick(LAST)}`, phone };
  }
}

/**
 * Writes `count` records as JSONL, streaming (constant memory). With `padTo`, each record gets a
 * `note` field of filler text so its line is about that many bytes (for files of a given size
 * without tens of millions of records).
 */
export async function writeRecords(file: string, count: number, seed = 42, padTo = 0): Promise<void> {
  const out = createWriteStream(file);
  let buffer = '';
  const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit '.repeat(Math.ceil(padTo / 55) + 1);
  for (const record of generateRecords(count, seed)) {
    const line = JSON.stringify(record);
    const pad = padTo - line.length - 12;
    buffer += pad > 0 ? `${line.slice(0, -1)},"note":"${filler.slice(0, pad)}"}\n` : `${line}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve) => out.end(() => resolve()));
}
