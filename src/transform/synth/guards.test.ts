import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from './index.ts';

// Dates written both day-first and month-first, beside a free-text field that happens to tell the
// examples apart: no honest program fits, and a guard on a word of the free text is an accident.
const MIXED_ORDERS = [
  {
    input: { customer: 'Ines Duarte', signup: '03/04/2021' },
    output: { customer: 'Ines Duarte', signup: '2021-04-03' },
  },
  {
    input: { customer: 'Olek Nowak', signup: '12/25/2019' },
    output: { customer: 'Olek Nowak', signup: '2019-12-25' },
  },
  {
    input: { customer: 'Priya Rao', signup: '07/11/2020' },
    output: { customer: 'Priya Rao', signup: '2020-11-07' },
  },
  {
    input: { customer: 'Tomas Berg', signup: '1/2/2022' },
    output: { customer: 'Tomas Berg', signup: '2022-02-01' },
  },
];

describe('branch guards', () => {
  it('never chooses a branch by words of a free-text field the output does not read', () => {
    const result = synthesize(MIXED_ORDERS, { timeoutMs: 3000 });
    const signup = result.programs['signup'] ?? '';
    expect(signup).not.toMatch(/customer/);
    for (const branch of result.versionSpace?.branches ?? []) expect(branch.code).not.toMatch(/customer/);
    // A new customer's date is read by no accident of a name.
    if (result.code) {
      const run = loadTransform(result.code);
      const out = (() => {
        try {
          return run({ customer: 'Olek Smith', signup: '05/06/2023' }) as Record<string, unknown>;
        } catch {
          return null;
        }
      })();
      expect(out?.['signup']).not.toBe('2023-12-06');
    }
  });

  it('still branches on a field of categories (a unit code) that the branches do not read', () => {
    const temps = [
      { input: { reading: 212, scale: 'F' }, output: { celsius: 100 } },
      { input: { reading: 32, scale: 'F' }, output: { celsius: 0 } },
      { input: { reading: 37, scale: 'C' }, output: { celsius: 37 } },
      { input: { reading: 15, scale: 'C' }, output: { celsius: 15 } },
    ];
    const result = synthesize(temps, { timeoutMs: 3000 });
    expect(result.complete).toBe(true);
    const run = loadTransform(result.code ?? '');
    expect(run({ reading: 50, scale: 'F' })).toEqual({ celsius: 10 });
    expect(run({ reading: 50, scale: 'C' })).toEqual({ celsius: 50 });
  });
});
