import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from './index.ts';

// One booking per room type, each of another length: a table of totals and a nightly rate per room
// type times the nights fit alike.
const STAYS = [
  { input: { room: 'suite', nights: 3 }, output: { charge: 540 } },
  { input: { room: 'double', nights: 2 }, output: { charge: 240 } },
  { input: { room: 'single', nights: 4 }, output: { charge: 320 } },
];

// The file the run will read: room types repeat, as categories do.
const FILE = ['suite', 'double', 'single', 'double', 'suite', 'single'].map((room, i) => ({
  room,
  nights: i + 1,
}));

describe('a rate per category times a quantity (rateTable)', () => {
  it('rivals a table of totals: a stay of another length is not settled', () => {
    const space = synthesize(STAYS, { timeoutMs: 3000, inputs: FILE }).versionSpace;
    const parted = space?.disagreements({ room: 'suite', nights: 5 }) ?? [];
    expect(parted).toHaveLength(1);
    expect(parted[0]?.outputs).toContain(900);
    expect(parted[0]?.outputs).toContain(540);
    // The same room and length as an example: both programs say the same.
    expect(space?.disagreements({ room: 'double', nights: 2 })).toEqual([]);
  });

  it('is the program once two examples of one category show the total follow the quantity', () => {
    const result = synthesize([...STAYS, { input: { room: 'suite', nights: 2 }, output: { charge: 360 } }], {
      timeoutMs: 3000,
      inputs: FILE,
    });
    expect(result.complete).toBe(true);
    const run = loadTransform(result.code ?? '');
    expect(run({ room: 'double', nights: 7 })).toEqual({ charge: 840 });
    expect(run({ room: 'Single', nights: 10 })).toEqual({ charge: 800 });
  });

  it('is not offered for rates no one would write (more than two decimals)', () => {
    const odd = [
      { input: { tier: 'gold', units: 3 }, output: { points: 100 } },
      { input: { tier: 'silver', units: 7 }, output: { points: 50 } },
      { input: { tier: 'gold', units: 9 }, output: { points: 100 } },
    ];
    const space = synthesize(odd, { timeoutMs: 3000, inputs: odd.map((e) => e.input) }).versionSpace;
    expect(space?.disagreements({ tier: 'silver', units: 11 })).toEqual([]);
  });
});

describe('small integers as table keys', () => {
  const FEES = [
    { input: { level: 2 }, output: { fee: 240 } },
    { input: { level: 3 }, output: { fee: 540 } },
    { input: { level: 4 }, output: { fee: 320 } },
  ];
  it('are a code when the data repeats them (a level 1–4)', () => {
    const inputs = [1, 2, 3, 4, 2, 3, 1, 4, 2, 2].map((level) => ({ level }));
    const result = synthesize(FEES, { timeoutMs: 3000, inputs });
    expect(result.code).toContain('lookup<number>(');
  });

  it('are a quantity when the data shows them mostly distinct: no table replays the examples', () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({ level: 10 + i * 7 }));
    const result = synthesize(FEES, { timeoutMs: 3000, inputs });
    expect(result.code ?? '').not.toContain('lookup<number>(');
  });
});

describe('small integers beside another number of the record', () => {
  // A price for four people written as text and the number of people: the cost follows both. Each
  // head count is seen once, so a table of costs by head count replays the examples whatever the price.
  const MEALS = [
    { input: { for4: '20 EUR', people: 6 }, output: { cost: 30 } },
    { input: { for4: '36 EUR', people: 2 }, output: { cost: 18 } },
    { input: { for4: '10 EUR', people: 8 }, output: { cost: 20 } },
  ];
  const schema = {
    type: 'object',
    properties: { cost: { type: 'integer' } },
    required: ['cost'],
    additionalProperties: false,
  };
  // Head counts repeat in the file, as codes would.
  const heads = [6, 2, 8, 5, 6, 2, 8, 10, 3, 5, 6, 2, 8, 2, 6, 3, 3, 5, 10, 2];
  const inputs = heads.map((people, i) => ({ for4: `${(i + 1) * 4} EUR`, people }));

  it('are no table key when each was seen once: the other number may be what the output follows', () => {
    const result = synthesize(MEALS, { timeoutMs: 3000, inputs, schema });
    expect(result.code ?? '').not.toContain('lookup<number>(');
  });

  it('are a table key when the examples repeat one with the same output whatever the other number', () => {
    const fees = [...MEALS, { input: { for4: '44 EUR', people: 6 }, output: { cost: 30 } }];
    const result = synthesize(fees, { timeoutMs: 3000, inputs, schema });
    expect(result.code).toContain('lookup<number>(');
  });

  it('are a table key when the record holds no other number', () => {
    const fees = MEALS.map((e) => ({ input: { name: 'table', people: e.input.people }, output: e.output }));
    const named = heads.map((people) => ({ name: 'table', people }));
    const result = synthesize(fees, { timeoutMs: 3000, inputs: named, schema });
    expect(result.code).toContain('lookup<number>(');
  });
});
