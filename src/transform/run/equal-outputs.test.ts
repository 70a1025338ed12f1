import { describe, expect, it } from 'vitest';
import { sameValue } from '../synth/expr.ts';
import { synthesize } from '../synth/index.ts';
import { competingOutputs, type RivalsFile } from './trust.ts';

// Equal outputs are one answer, not a disagreement: two programs that both give NaN (an empty or
// unreadable amount) or both give nothing agree, and a record they agree on is not shown as rivals.
describe('equal outputs compare equal', () => {
  it('deep-equal holds NaN equal to NaN, at the top and inside objects and arrays', () => {
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(sameValue({ a: [1, Number.NaN] }, { a: [1, Number.NaN] })).toBe(true);
    expect(sameValue(Number.NaN, 0)).toBe(false);
    expect(sameValue(Number.NaN, null)).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
  });

  it('the version space does not report rivals that all give NaN as a disagreement', () => {
    const parcels = [
      { input: { parcel: '12 kg' }, output: { weight: 12 } },
      { input: { parcel: '40 kg' }, output: { weight: 40 } },
      { input: { parcel: '7 kg' }, output: { weight: 7 } },
    ];
    const space = synthesize(parcels, { timeoutMs: 3000 }).versionSpace;
    for (const blank of [{ parcel: '' }, { parcel: 'n/a' }, {}])
      expect(space?.disagreements(blank) ?? []).toEqual([]);
  });

  it("the run's rivals comparison treats NaN and NaN, and null and a missing value, as one answer", () => {
    const meta: RivalsFile = {
      codeHash: 'x',
      programs: {},
      tolerance: { weight: 0.01 },
    } as unknown as RivalsFile;
    expect(competingOutputs({ weight: Number.NaN }, { weight: [Number.NaN, Number.NaN] }, meta)).toEqual({});
    expect(competingOutputs({ weight: null }, { weight: [null] }, meta)).toEqual({});
    expect(competingOutputs({ weight: Number.NaN }, { weight: [3] }, meta)).toEqual({
      weight: [Number.NaN, 3],
    });
  });
});
