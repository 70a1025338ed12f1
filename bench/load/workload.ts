/**
 * What the load benchmark feeds the server: a few kinds of transform service, each defined by
 * labeled examples the local synthesizer solves, and a deterministic generator of input records.
 * Every record carries an id that the transform copies to its output, so the benchmark can prove
 * that each input came back exactly once (in the output, or in the errors with its input).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface Example {
  input: Record<string, unknown>;
  output: Record<string, unknown>;
}

export interface ServiceKind {
  /** Prefix of the service names of this kind. */
  kind: string;
  examples: Example[];
  /** Input record number `index`; `next` is the run's deterministic random source. */
  record(index: number, next: () => number): Record<string, unknown>;
  /** Field holding the record id in both input and output. */
  idField: string;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Radia', 'Leslie', 'Frances', 'Ken'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Perlman', 'Lamport', 'Allen'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
const DOMAINS = ['Example.COM', 'Mail.Acme.org', 'gmail.com', 'Corp.Example.NET'];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function digits(next: () => number, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(Math.floor(next() * 10));
  return text;
}

const PHONE_FORMATS: ((area: string, exchange: string, line: string) => string)[] = [
  (a, e, l) => `(${a}) ${e}-${l}`,
  (a, e, l) => `${a}.${e}.${l}`,
  (a, e, l) => `+1 ${a} ${e} ${l}`,
  (a, e, l) => `1-${a}-${e}-${l}`,
];

/** The kinds of service the benchmark creates, cycled over the service count. */
export const SERVICE_KINDS: readonly ServiceKind[] = [
  {
    kind: 'phone',
    idField: 'id',
    examples: [
      { input: { id: 'c-101', phone: '(415) 555-2671' }, output: { id: 'c-101', phone: '+14155552671' } },
      { input: { id: 'c-102', phone: '212.555.0199' }, output: { id: 'c-102', phone: '+12125550199' } },
      { input: { id: 'c-103', phone: '+1 646 555 0123' }, output: { id: 'c-103', phone: '+16465550123' } },
      { input: { id: 'c-104', phone: '1-718-555-0147' }, output: { id: 'c-104', phone: '+17185550147' } },
    ],
    record: (index, next) => {
      const area = String(201 + Math.floor(next() * 780));
      const exchange = String(200 + Math.floor(next() * 799));
      const line = digits(next, 4);
      // One in a thousand has no area code: the schema refuses it, so it must land in the errors.
      const phone = next() < 0.001 ? `${exchange}-${line}` : pick(PHONE_FORMATS, next)(area, exchange, line);
      return { id: `c-${index}`, phone };
    },
  },
  {
    kind: 'dates',
    idField: 'order_id',
    examples: [
      {
        input: { order_id: 'A-1001', ordered: '03/14/2023' },
        output: { order_id: 'A-1001', ordered_on: '2023-03-14' },
      },
      {
        input: { order_id: 'A-1002', ordered: 'April 2, 2025' },
        output: { order_id: 'A-1002', ordered_on: '2025-04-02' },
      },
      {
        input: { order_id: 'A-1003', ordered: '2024-05-09T16:45:00Z' },
        output: { order_id: 'A-1003', ordered_on: '2024-05-09' },
      },
      {
        input: { order_id: 'A-1004', ordered: '7 Jun 2022' },
        output: { order_id: 'A-1004', ordered_on: '2022-06-07' },
      },
    ],
    record: (index, next) => {
      const year = 2015 + Math.floor(next() * 10);
      const month = 1 + Math.floor(next() * 9);
      const day = 1 + Math.floor(next() * 28);
      const pad = (n: number) => String(n).padStart(2, '0');
      const formats = [
        `${pad(month)}/${pad(day)}/${year}`,
        `${MONTHS[month - 1]} ${day}, ${year}`,
        `${year}-${pad(month)}-${pad(day)}T10:00:00Z`,
      ];
      return { order_id: `A-${index}`, ordered: pick(formats, next) };
    },
  },
  {
    kind: 'email',
    idField: 'id',
    examples: [
      { input: { id: 'u-1', email: 'john.doe@Example.COM' }, output: { id: 'u-1', domain: 'example.com' } },
      { input: { id: 'u-2', email: 'Jane@Mail.Acme.org' }, output: { id: 'u-2', domain: 'mail.acme.org' } },
      { input: { id: 'u-3', email: 'bob@GMAIL.com' }, output: { id: 'u-3', domain: 'gmail.com' } },
    ],
    record: (index, next) => ({
      id: `u-${index}`,
      email: `${pick(FIRST, next).toLowerCase()}.${index}@${pick(DOMAINS, next)}`,
    }),
  },
  {
    kind: 'names',
    idField: 'id',
    examples: [
      {
        input: { id: 'p-1', full_name: 'Ada Lovelace' },
        output: { id: 'p-1', first_name: 'Ada', last_name: 'Lovelace' },
      },
      {
        input: { id: 'p-2', full_name: '  grace hopper ' },
        output: { id: 'p-2', first_name: 'Grace', last_name: 'Hopper' },
      },
      {
        input: { id: 'p-3', full_name: 'Turing, Alan' },
        output: { id: 'p-3', first_name: 'Alan', last_name: 'Turing' },
      },
      {
        input: { id: 'p-4', full_name: 'BARBARA LISKOV' },
        output: { id: 'p-4', first_name: 'Barbara', last_name: 'Liskov' },
      },
    ],
    record: (index, next) => {
      const first = pick(FIRST, next);
      const last = pick(LAST, next);
      const styles = [`${first} ${last}`, `${last}, ${first}`, `${first} ${last}`.toUpperCase()];
      return { id: `p-${index}`, full_name: pick(styles, next) };
    },
  },
];

/** A deterministic generator (xorshift), so every bench run sees the same records. */
export function seededRandom(seed: number): () => number {
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

/**
 * Writes `count` records of `kind` as JSONL (streaming, constant memory) and returns their ids in
 * order, which is what the exactly-once check compares the results against. Every
 * `malformedEvery`-th line is cut short (invalid JSON), so the errors file is exercised too: such a
 * record must come back in the errors, with its text.
 */
export async function writeRecordsFile(
  file: string,
  kind: ServiceKind,
  count: number,
  seed: number,
  malformedEvery = 5000,
): Promise<string[]> {
  const next = seededRandom(seed);
  const out = createWriteStream(file);
  const ids: string[] = [];
  let buffer = '';
  for (let index = 0; index < count; index++) {
    const record = kind.record(index, next);
    ids.push(String(record[kind.idField]));
    const line = JSON.stringify(record);
    const malformed = malformedEvery > 0 && index % malformedEvery === malformedEvery - 1;
    buffer += `${malformed ? line.slice(0, -4) : line}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return ids;
}
