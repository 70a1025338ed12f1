import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

function learn(train: SynthExample[], options: Parameters<typeof synthesize>[1] = {}) {
  const result = synthesize(train, { timeoutMs: 4000, ...options });
  expect(result.unsolved).toEqual([]);
  expect(result.code).not.toBeNull();
  return { result, transform: loadTransform(result.code ?? '') };
}

describe('orNull', () => {
  it('is the value a reader found, or null when it found nothing (threw, "", NaN, no value)', () => {
    expect(H.orNull(() => 'x')).toBe('x');
    expect(H.orNull(() => 0)).toBe(0);
    expect(H.orNull(() => '')).toBeNull();
    expect(H.orNull(() => Number.NaN)).toBeNull();
    expect(H.orNull(() => undefined)).toBeNull();
    expect(
      H.orNull(() => {
        throw new Error('no part');
      }),
    ).toBeNull();
  });
});

describe('optional parts: null where the reader finds nothing', () => {
  it('reads an extension, null when the number has none (no blank input field marks it)', () => {
    const { result, transform } = learn(
      pairs([
        [{ phone: '(212) 555-0187' }, { extension: null }],
        [{ phone: '212-555-0190 x204' }, { extension: '204' }],
        [{ phone: '646.555.0111' }, { extension: null }],
        [{ phone: '646.555.0112 x31' }, { extension: '31' }],
      ]),
    );
    expect(result.code).toContain('orNull(');
    expect(transform({ phone: '415 555 0199 x7' })).toEqual({ extension: '7' });
    expect(transform({ phone: '415 555 0199' })).toEqual({ extension: null });
  });

  it('reads a middle name, null for a name without one', () => {
    const { transform } = learn(
      pairs([
        [{ name: 'Smith, John A.' }, { middle: 'A.' }],
        [{ name: 'García, Sofia' }, { middle: null }],
        [{ name: 'van der Berg, Anna Marie' }, { middle: 'Marie' }],
      ]),
    );
    expect(transform({ name: 'Okafor, Kwame J.' })).toEqual({ middle: 'J.' });
    expect(transform({ name: "O'Brien, Olga" })).toEqual({ middle: null });
  });

  it('still refuses nulls no reader explains (a null among values every input has)', () => {
    const result = synthesize(
      pairs([
        [{ n: 'a1' }, { v: 'a' }],
        [{ n: 'b2' }, { v: null }],
        [{ n: 'c3' }, { v: 'c' }],
      ]),
      { timeoutMs: 2000 },
    );
    expect(result.unsolved.map((u) => u.path)).toEqual(['v']);
  });
});
