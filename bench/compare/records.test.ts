import { describe, expect, it } from 'vitest';
import { messyRecords } from './records.ts';

describe('messyRecords', () => {
  it('yields the asked number of records, the same ones on every run', () => {
    const first = [...messyRecords(500)];
    expect(first).toHaveLength(500);
    expect([...messyRecords(500)]).toEqual(first);
    expect([...messyRecords(500, 7)]).not.toEqual(first);
  });

  it('mixes name orders and date formats', () => {
    const records = [...messyRecords(400)];
    expect(records.filter((r) => r.customer.includes(', ')).length).toBe(100);
    expect(records.some((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(r.signed_up))).toBe(true);
    expect(records.some((r) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(r.signed_up))).toBe(true);
    expect(records.some((r) => /^\d{4}-\d{2}-\d{2}T\d{2}:30:00Z$/.test(r.signed_up))).toBe(true);
    expect(records.some((r) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(r.signed_up))).toBe(true);
    for (const record of records) expect(Number(record.signed_up.match(/\d{4}/)?.[0])).toBeGreaterThan(2014);
  });
});
