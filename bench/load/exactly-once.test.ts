import { describe, expect, it } from 'vitest';
import { checkExactlyOnce, checkSequence } from './exactly-once.ts';
import { idOfResultLine } from './transform-runs.ts';

describe('checkExactlyOnce', () => {
  it('accepts every id once, in any order', () => {
    const result = checkExactlyOnce(['a', 'b', 'c'], ['c', 'a', 'b']);
    expect(result).toMatchObject({ expected: 3, seen: 3, missingCount: 0, duplicatedCount: 0, ok: true });
  });

  it('counts missing, duplicated and unexpected ids separately', () => {
    const result = checkExactlyOnce(['a', 'b', 'c', 'd'], ['a', 'a', 'a', 'b', 'x']);
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual(['c', 'd']);
    expect(result.missingCount).toBe(2);
    // Two extra copies of "a".
    expect(result.duplicatedCount).toBe(2);
    expect(result.duplicated).toEqual(['a', 'a']);
    expect(result.unexpected).toEqual(['x']);
  });

  it('refuses expected ids that are not unique, since the proof would mean nothing', () => {
    expect(() => checkExactlyOnce(['a', 'a'], ['a'])).toThrow(/twice/);
  });
});

describe('checkSequence', () => {
  it('accepts exactly 1..N in order', () => {
    expect(checkSequence([1, 2, 3, 4], 4).ok).toBe(true);
    expect(checkSequence([], 0).ok).toBe(true);
  });

  it('finds a gap, a repeat, a reordering and a seq past the end', () => {
    expect(checkSequence([1, 2, 4], 4)).toMatchObject({ lost: 1, ok: false });
    expect(checkSequence([1, 2, 2, 3], 3)).toMatchObject({ duplicated: 1, lost: 0, ok: false });
    expect(checkSequence([1, 3, 2], 3)).toMatchObject({ outOfOrder: 1, lost: 0, ok: false });
    expect(checkSequence([1, 2, 3], 2)).toMatchObject({ outOfRange: 1, ok: false });
    // A stream that ends early loses the rest.
    expect(checkSequence([1, 2], 5)).toMatchObject({ lost: 3, ok: false });
  });
});

describe('idOfResultLine', () => {
  it('reads the id of an output, of a failed record, and of a line that was not JSON', () => {
    expect(idOfResultLine('{"id":"c-7","phone":"+1"}', 'id', false)).toBe('c-7');
    expect(idOfResultLine('{"index":3,"input":{"id":"c-3"},"error":{"kind":"schema"}}', 'id', true)).toBe(
      'c-3',
    );
    const raw = JSON.stringify({ index: 9, input: '{"order_id":"A-9","ordered":"June 20, 20', error: {} });
    expect(idOfResultLine(raw, 'order_id', true)).toBe('A-9');
    expect(idOfResultLine(JSON.stringify({ index: 1, input: 'garbage' }), 'id', true)).toMatch(/^<no id/);
  });
});
