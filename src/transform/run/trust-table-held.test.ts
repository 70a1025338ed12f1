/**
 * A table learned from the examples (`lookup({…}, input.plan)`) shows each entry only as its
 * examples had the rest of the record. Where an input the code never reads varied across the
 * examples but was one value in every example of an entry (the one order of "pro", of 3 seats),
 * the entry may hold what that value made the output (a price per seat): a record with another
 * value goes to review. An entry whose examples differed there showed it does not matter.
 */
import { describe, expect, it } from 'vitest';
import { profileInputs, uncoveredShape } from './trust.ts';

const ORDERS = [
  { input: { plan: 'basic', seats: 1 }, output: { total: 9 } },
  { input: { plan: 'basic', seats: 4 }, output: { total: 9 } },
  { input: { plan: 'pro', seats: 3 }, output: { total: 60 } },
  { input: { plan: 'team', seats: 10 }, output: { total: 150 } },
];
const CODE = 'return { total: lookup({ basic: 9, pro: 60, team: 150 }, input.plan, Number.NaN) };';

describe('a table entry the examples showed at one value of an input the code never reads', () => {
  const profile = profileInputs(ORDERS, CODE);

  it('sends a record with another value to review', () => {
    expect(uncoveredShape(profile, { plan: 'pro', seats: 3 })).toBeNull();
    expect(uncoveredShape(profile, { plan: 'pro', seats: 5 })).toMatch(
      /the code's table entry for "pro" was shown only with "seats" 3; this record has 5/,
    );
  });

  it('writes an entry whose examples differed there', () => {
    expect(uncoveredShape(profile, { plan: 'basic', seats: 7 })).toBeNull();
  });

  it('does not hold a record identifier, new in every record', () => {
    const ids = ORDERS.map((o, i) => ({ ...o, input: { ...o.input, seats: 3, ref: `ORD-${7301 + i}` } }));
    const p = profileInputs(ids, CODE);
    expect(uncoveredShape(p, { plan: 'pro', seats: 3, ref: 'ORD-7399' })).toBeNull();
  });

  it('does not hold a numbered record key, new in every record', () => {
    for (const key of ['id', 'row_no', 'orderNumber', 'line']) {
      const ids = ORDERS.map((o, i) => ({ ...o, input: { ...o.input, seats: 3, [key]: 101 + i } }));
      const p = profileInputs(ids, CODE);
      expect(uncoveredShape(p, { plan: 'pro', seats: 3, [key]: 250 })).toBeNull();
    }
  });

  it('still holds a number that is a quantity, new in every example', () => {
    // "paid" and "deadline" end in letters a record's number goes by, but not as a word of their own.
    for (const key of ['weight', 'paid', 'deadline']) {
      const weights = ORDERS.map((o, i) => ({ ...o, input: { ...o.input, [key]: 1 + i } }));
      const p = profileInputs(weights, CODE);
      expect(uncoveredShape(p, { plan: 'pro', seats: 3, [key]: 9 })).toMatch(
        new RegExp(`"${key}" 3; this record has 9`),
      );
    }
  });

  it('does not hold a key some examples lacked (it did not vary across them)', () => {
    const some = ORDERS.map((o, i) => (i === 2 ? { ...o, input: { ...o.input, batch: 'B7' } } : o));
    const p = profileInputs(some, CODE);
    expect(uncoveredShape(p, { plan: 'pro', seats: 3, batch: 'B9' })).toBeNull();
  });

  it('holds nothing where the code reads the other input too', () => {
    const reads = profileInputs(
      ORDERS,
      CODE.replace('Number.NaN)', 'Number.NaN) * (input.seats > 0 ? 1 : 0)'),
    );
    expect(uncoveredShape(reads, { plan: 'pro', seats: 5 })).toBeNull();
  });
});
