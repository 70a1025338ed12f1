import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from './index.ts';

// Weights to kilograms where every example's exact value already has at most one decimal: the
// examples never show the field's precision ("to 1 decimal", "to 2 decimals" and "as computed" all
// fit), so a record that rounding to 1 decimal would change is a guess, for a person to settle.
const PARCELS = [
  { input: { weight: '2 kg' }, output: { kg: 2 } },
  { input: { weight: '3.5 kg' }, output: { kg: 3.5 } },
  { input: { weight: '1.2 kg' }, output: { kg: 1.2 } },
  { input: { weight: '500 g' }, output: { kg: 0.5 } },
  { input: { weight: '2200 g' }, output: { kg: 2.2 } },
];

describe('a rounding precision the examples never showed', () => {
  const result = synthesize(PARCELS, { timeoutMs: 3000 });

  it('sends a record the chosen rounding changes to review', () => {
    const disagreements = result.versionSpace?.disagreements({ weight: '1234 g' }) ?? [];
    expect(disagreements.map((d) => d.field)).toEqual(['kg']);
  });

  it('the rivals module says so too, as the run checks it', () => {
    const rivals = loadTransform(result.versionSpace?.module ?? '');
    const out = (rivals({ weight: '1234 g' }) as { rivals: Record<string, unknown[]> }).rivals;
    expect(out['kg']).toContainEqual({ cannotRead: expect.stringContaining('1.2') as unknown });
  });

  it('still settles records the rounding does not change', () => {
    expect(result.versionSpace?.disagreements({ weight: '4.7 kg' })).toEqual([]);
    expect(result.versionSpace?.disagreements({ weight: '800 g' })).toEqual([]);
  });
});

// Arithmetic of two fields whose examples all come out with at most one decimal: "as computed" is
// the cheapest reading, but "rounded to 1 decimal" fits as well, so a record where the two part is
// a guess too (a fee of 12.625: kept as is, or 12.6?).
const FEES = [
  { input: { hours: 2, rate: 12.5 }, output: { fee: 25 } },
  { input: { hours: 3, rate: 10.1 }, output: { fee: 30.3 } },
  { input: { hours: 1.5, rate: 20 }, output: { fee: 30 } },
];

describe('a computed value the examples never showed rounded or not', () => {
  const result = synthesize(FEES, { timeoutMs: 3000 });

  it('sends a record whose exact value has more decimals than any example to review', () => {
    const disagreements = result.versionSpace?.disagreements({ hours: 1.25, rate: 10.1 }) ?? [];
    expect(disagreements.map((d) => d.field)).toEqual(['fee']);
  });

  it('settles records whose exact value has no more decimals than the examples show', () => {
    expect(result.versionSpace?.disagreements({ hours: 4, rate: 10.1 })).toEqual([]);
    expect(result.versionSpace?.disagreements({ hours: 2.5, rate: 8 })).toEqual([]);
  });
});

// Distances in two formats ("8 km" and "7K"), each routed by its recognizer; the one mile example
// converts to 6.598 km, labelled 6.6: "to 1 decimal" and "to 2 decimals" both fit inside that
// branch, and the field's tolerance (0.1) must not pass 19.3 for 19.31.
const RUNS = [
  { input: { run: '8 km' }, output: { km: 8 } },
  { input: { run: '3.5 km' }, output: { km: 3.5 } },
  { input: { run: '10.2 km' }, output: { km: 10.2 } },
  { input: { run: '4.1 mi' }, output: { km: 6.6 } },
  { input: { run: '7K' }, output: { km: 7 } },
  { input: { run: '15K' }, output: { km: 15 } },
];

describe('a rounding precision the examples never showed, inside a branch', () => {
  const result = synthesize(RUNS, { timeoutMs: 4000 });

  it('sends a record the branch rounding changes to review', () => {
    const disagreements = result.versionSpace?.disagreements({ run: '12 mi' }) ?? [];
    expect(disagreements.map((d) => d.field)).toEqual(['km']);
  });

  it('still settles records the rounding does not change', () => {
    expect(result.versionSpace?.disagreements({ run: '9.4 km' })).toEqual([]);
    expect(result.versionSpace?.disagreements({ run: '21K' })).toEqual([]);
  });
});
