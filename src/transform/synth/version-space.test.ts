import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from './index.ts';

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
    const out = rivals({ name: 'Mary Ann Smith' }) as Record<string, unknown[]>;
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
