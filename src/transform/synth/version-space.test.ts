import { describe, expect, it } from 'vitest';
import type { Expr } from './expr.ts';
import { loadTransform, synthesize } from './index.ts';
import { leafAlternatives } from './leaf.ts';
import type { Node } from './structure.ts';
import { versionSpace } from './version-space.ts';

// Two-word names only: "the second word" and "the last word" fit every example equally well.
const SURNAMES = [
  { input: { name: 'Ann Lee' }, output: { family: 'Lee' } },
  { input: { name: 'Bo Park' }, output: { family: 'Park' } },
  { input: { name: 'Cy Dunn' }, output: { family: 'Dunn' } },
];

describe('version space', () => {
  it('keeps the rival programs and finds the inputs they disagree on', () => {
    const result = synthesize(SURNAMES, { timeoutMs: 3000 });
    expect(result.complete).toBe(true);
    const space = result.versionSpace;
    expect(space).toBeDefined();
    for (const example of SURNAMES) expect(space?.disagreements(example.input)).toEqual([]);
    const three = space?.disagreements({ name: 'Mary Ann Smith' }) ?? [];
    expect(three).toHaveLength(1);
    expect(three[0]?.field).toBe('family');
    expect(three[0]?.outputs.length).toBeGreaterThan(1);
    expect(three[0]?.outputs).toContain('Smith');
    expect(three[0]?.outputs).toContain('Ann');
    // Inputs shaped like the examples are settled.
    expect(space?.disagreements({ name: 'Di Roe' })).toEqual([]);
  });

  it('prints the rivals as a module that returns their outputs per field', () => {
    const space = synthesize(SURNAMES, { timeoutMs: 3000 }).versionSpace;
    expect(space?.module).toContain('export default function rivals(input: Input)');
    const rivals = loadTransform(space?.module ?? '');
    const out = (rivals({ name: 'Mary Ann Smith' }) as { rivals: Record<string, unknown[]> }).rivals;
    const chosen = loadTransform(synthesize(SURNAMES, { timeoutMs: 3000 }).code ?? '');
    const mine = (chosen({ name: 'Mary Ann Smith' }) as Record<string, unknown>)['family'];
    expect(out['family']?.some((value) => value !== mine)).toBe(true);
  });

  it('does not count a no-op rounding or a wrapped copy of the same program as a rival', () => {
    const prices = [
      { input: { price: '$12.50' }, output: { amount: 12.5 } },
      { input: { price: '$3.99' }, output: { amount: 3.99 } },
      { input: { price: '$100.00' }, output: { amount: 100 } },
    ];
    const space = synthesize(prices, { timeoutMs: 3000 }).versionSpace;
    expect(space?.disagreements({ price: '$0.999' })).toEqual([]);
    expect(space?.disagreements({ price: '$1,000,000.01' })).toEqual([]);
  });
});

describe('constants copied from the examples', () => {
  it('keeps a rival that reads a constant piece from the input, and flags the records where they part', () => {
    // Every training date is in March: "03" fits as a constant, and as the month of the date.
    const march = [
      { input: { d: '05/03/2024' }, output: { iso: '2024-03-05' } },
      { input: { d: '17/03/2023' }, output: { iso: '2023-03-17' } },
      { input: { d: '28/03/2022' }, output: { iso: '2022-03-28' } },
    ];
    const space = synthesize(march, { timeoutMs: 3000 }).versionSpace;
    for (const example of march) expect(space?.disagreements(example.input)).toEqual([]);
    expect(space?.disagreements({ d: '09/03/2021' })).toEqual([]);
    const july = space?.disagreements({ d: '09/07/2021' }) ?? [];
    expect(july).toHaveLength(1);
    // The ranking prefers reading the month to copying "03"; the copied constant stays a rival.
    expect(july[0]?.outputs).toEqual(['2021-07-09', '2021-03-09']);
    // The rival is printed into the run's rivals module too.
    const rivals = loadTransform(space?.module ?? '');
    const out = (rivals({ d: '09/07/2021' }) as { rivals: Record<string, unknown[]> }).rivals;
    expect(out['iso']).toContain('2021-03-09');
  });

  it('keeps a whole constant field as ambiguous when a piece of the input always held the same value', () => {
    const priced = [
      { input: { p: '12.00 USD' }, output: { currency: 'USD', amount: 12 } },
      { input: { p: '7.50 USD' }, output: { currency: 'USD', amount: 7.5 } },
      { input: { p: '130.25 USD' }, output: { currency: 'USD', amount: 130.25 } },
    ];
    const space = synthesize(priced, { timeoutMs: 3000 }).versionSpace;
    const euro = space?.disagreements({ p: '9.99 EUR' }) ?? [];
    expect(euro.map((d) => d.field)).toEqual(['currency']);
    expect(euro[0]?.outputs).toContain('EUR');
    expect(euro[0]?.outputs).toContain('USD');
    expect(space?.disagreements({ p: '9.99 USD' })).toEqual([]);
  });

  it('adds no rival for a constant the input never holds', () => {
    const labelled = [
      { input: { n: 'Ann' }, output: { greeting: 'Hello Ann' } },
      { input: { n: 'Bo' }, output: { greeting: 'Hello Bo' } },
      { input: { n: 'Cy' }, output: { greeting: 'Hello Cy' } },
    ];
    const space = synthesize(labelled, { timeoutMs: 3000 }).versionSpace;
    expect(space?.disagreements({ n: 'Hello' })).toEqual([]);
    expect(space?.disagreements({ n: 'Dee' })).toEqual([]);
  });
});

describe('branches of a program', () => {
  // No single conversion fits: the unit word picks the branch (°F converted, °C copied).
  const READINGS = [
    { input: { reading: '72°F' }, output: { celsius: 22.2 } },
    { input: { reading: '22 °C' }, output: { celsius: 22 } },
    { input: { reading: '98.6 F' }, output: { celsius: 37 } },
    { input: { reading: '-4 C' }, output: { celsius: -4 } },
  ];

  it('says which branch each input takes, in process and in the printed module alike', () => {
    const space = synthesize(READINGS, { timeoutMs: 5000 }).versionSpace;
    expect(space?.branches.map((b) => b.field)).toEqual(['celsius']);
    const routes = READINGS.map((e) => space?.routes(e.input)['celsius']);
    // The two °F examples take one branch, the two °C examples the other.
    expect(routes[0]).toBe(routes[2]);
    expect(routes[1]).toBe(routes[3]);
    expect(routes[0]).not.toBe(routes[1]);
    const module = loadTransform(space?.module ?? '');
    for (const input of [...READINGS.map((e) => e.input), { reading: '20.5C' }, { reading: '' }])
      expect((module(input) as { routes: Record<string, string> }).routes).toEqual(space?.routes(input));
  });

  it('gives no routes for a program without branches', () => {
    const space = synthesize(SURNAMES, { timeoutMs: 3000 }).versionSpace;
    expect(space?.branches).toEqual([]);
    expect(space?.routes({ name: 'Di Roe' })).toEqual({});
  });
});

describe('the rival search under time pressure', () => {
  it('still searches each field a little when the build used all its time (fails closed, not open)', () => {
    const roots = SURNAMES.map((e) => e.input);
    const outputs = SURNAMES.map((e) => e.output);
    const families = outputs.map((o) => o.family);
    const task = { roots, extraRoots: [], deadline: Date.now() + 5000, rootName: 'input' };
    const [chosen] = leafAlternatives(task, families, { nullable: false }, 1);
    expect(chosen).toBeDefined();
    const node: Node = {
      kind: 'object',
      fields: [{ name: 'family', node: { kind: 'leaf', expr: chosen as Expr } }],
    };
    // The build's deadline is already past when the rivals are looked for.
    const space = versionSpace(node, { ...task, deadline: Date.now() - 1 }, outputs, () => ({
      nullable: false,
    }));
    expect(space.disagreements({ name: 'Mary Ann Smith' })).toHaveLength(1);
  });
});
