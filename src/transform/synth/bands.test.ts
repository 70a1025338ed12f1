import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';
import { typeCheck } from './typecheck.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

function learn(train: SynthExample[]) {
  const result = synthesize(train, { timeoutMs: 4000 });
  expect(result.unsolved).toEqual([]);
  return { result, transform: loadTransform(result.code ?? '') };
}

const review = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).name;
  }
  return 'written';
};

describe('band: a label chosen by the range a number falls in', () => {
  it('reads the band a number is in, and stops between two bands the examples leave open', () => {
    const bands: [number, number, string][] = [
      [0, 9, 'low'],
      [20, 30, 'high'],
    ];
    expect(H.band(4, bands)).toBe('low');
    expect(H.band(0, bands)).toBe('low');
    expect(H.band('25', bands)).toBe('high');
    expect(review(() => H.band(15, bands))).toBe('CodifyReview');
    // Outside every range another label may lie (an F below the C the examples show).
    expect(review(() => H.band(-3, bands))).toBe('CodifyReview');
    expect(review(() => H.band(99, bands))).toBe('CodifyReview');
    expect(review(() => H.band('', bands))).toBe('CodifyReview');
  });
});

describe('labels by range of one number field', () => {
  it('grades exam scores into pass bands the examples pin down', () => {
    const { transform } = learn(
      pairs([
        [{ student: 'S-4', score: 91 }, { grade: 'distinction' }],
        [{ student: 'S-9', score: 59 }, { grade: 'fail' }],
        [{ student: 'S-2', score: 60 }, { grade: 'pass' }],
        [{ student: 'S-7', score: 84 }, { grade: 'pass' }],
        [{ student: 'S-3', score: 85 }, { grade: 'distinction' }],
        [{ student: 'S-1', score: 12 }, { grade: 'fail' }],
      ]),
    );
    expect(transform({ student: 'S-8', score: 70 })).toEqual({ grade: 'pass' });
    expect(transform({ student: 'S-5', score: 88 })).toEqual({ grade: 'distinction' });
    expect(transform({ student: 'S-6', score: 30 })).toEqual({ grade: 'fail' });
  });

  it('sends a value between two bands to review when the examples leave the boundary open', () => {
    const { transform } = learn(
      pairs([
        [{ room: 'A', celsius: 12.5 }, { feel: 'cold' }],
        [{ room: 'B', celsius: 16 }, { feel: 'cold' }],
        [{ room: 'C', celsius: 21 }, { feel: 'mild' }],
        [{ room: 'D', celsius: 23.5 }, { feel: 'mild' }],
      ]),
    );
    expect(transform({ room: 'E', celsius: 14 })).toEqual({ feel: 'cold' });
    expect(review(() => transform({ room: 'F', celsius: 18.5 }))).toBe('CodifyReview');
  });
});

describe('labels outside the ranges shown', () => {
  it('sends a score below every grade the examples show to review (a lower grade may exist)', () => {
    const { transform } = learn(
      pairs([
        [{ score: 91 }, { grade: 'A' }],
        [{ score: 84 }, { grade: 'B' }],
        [{ score: 72 }, { grade: 'C' }],
        [{ score: 95 }, { grade: 'A' }],
        [{ score: 86 }, { grade: 'B' }],
      ]),
    );
    expect(transform({ score: 85 })).toEqual({ grade: 'B' });
    expect(review(() => transform({ score: 55 }))).toBe('CodifyReview');
    expect(review(() => transform({ score: 100 }))).toBe('CodifyReview');
  });
});

describe('codes are not ranges', () => {
  it('does not read status codes shown once per label as ranges (an unseen code is not the nearest label)', () => {
    const result = synthesize(
      pairs([
        [{ order: 'A1', code: 1 }, { state: 'open' }],
        [{ order: 'A2', code: 3 }, { state: 'closed' }],
        [{ order: 'A3', code: 1 }, { state: 'open' }],
        [{ order: 'A4', code: 7 }, { state: 'void' }],
      ]),
      { timeoutMs: 4000 },
    );
    expect(result.code ?? '').not.toContain('band(');
  });
});

describe('band in a typed module', () => {
  it('returns the labels as the output type names them (a union of words), under strict', () => {
    const train = pairs([
      [{ sku: 'K-1', left: 14 }, { stock: 'plenty' }],
      [{ sku: 'K-2', left: 0 }, { stock: 'none' }],
      [{ sku: 'K-3', left: 2 }, { stock: 'few' }],
      [{ sku: 'K-4', left: 30 }, { stock: 'plenty' }],
      [{ sku: 'K-5', left: 3 }, { stock: 'few' }],
    ]);
    const { result } = learn(train);
    expect(result.code).toContain('band(');
    // As the build declares an output whose values are a few words: their union.
    const module = [
      'type Input = { sku: string; left: number | null };',
      "type Output = { stock: 'plenty' | 'none' | 'few' | null };",
      result.code ?? '',
    ].join('\n');
    expect(typeCheck([module])).toEqual([[]]);
  });
});
