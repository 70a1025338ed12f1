import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

function learn(train: SynthExample[]) {
  const result = synthesize(train, { timeoutMs: 15000 });
  expect(result.unsolved).toEqual([]);
  expect(result.code).not.toBeNull();
  return loadTransform(result.code ?? '');
}

describe('areas, battery charges and data rates as quantities of a kind', () => {
  it.each([
    ['85 m²', 'm2', 85],
    ['72,5 m2', 'm2', 72.5],
    ['40 sqm', 'm2', 40],
    ['1 sq ft', 'm2', 0.09290304],
    ['1,000 sq. ft.', 'm2', 92.90304],
    ['10 ft²', 'm2', 0.9290304],
    ['2 ha', 'm2', 20000],
    ['5 Ah', 'mah', 5000],
    ['5,000 mAh', 'mah', 5000],
    ['4.2Ah', 'mah', 4200],
    ['1 Gbps', 'mbps', 1000],
    ['500 kbps', 'mbps', 0.5],
    ['250 Mbit/s', 'mbps', 250],
  ] as const)('%s is %s %s', (text, unit, value) => {
    expect(H.toUnit(text, unit)).toBeCloseTo(value, 9);
  });

  it('reads no number from a unit of another kind or one that names two ("MB/s" is bytes, "Mb/s" bits)', () => {
    expect(H.toUnit('85 m', 'm2')).toBeNaN();
    expect(H.toUnit('50 Mb/s', 'mbps')).toBeNaN();
    expect(H.toUnit('5 Wh', 'mah')).toBeNaN();
  });

  it('converts floor areas by the definition of a square foot, not a factor fitted to three examples', () => {
    const transform = learn(
      pairs([
        [{ size: '64 m²' }, { m2: 64 }],
        [{ size: '1200 sq ft' }, { m2: 111.5 }],
        [{ size: '95 m²' }, { m2: 95 }],
      ]),
    );
    expect(transform({ size: '2515 sq ft' })).toEqual({ m2: 233.7 });
    expect(transform({ size: '3444 ft²' })).toEqual({ m2: 320 });
    expect(transform({ size: '48 sqm' })).toEqual({ m2: 48 });
  });

  it('converts charges and rates by their unit word, never by the number of digits', () => {
    const charge = learn(
      pairs([
        [{ cell: '3000 mAh' }, { mah: 3000 }],
        [{ cell: '2.6 Ah' }, { mah: 2600 }],
        [{ cell: '12000 mAh' }, { mah: 12000 }],
      ]),
    );
    expect(charge({ cell: '6 Ah' })).toEqual({ mah: 6000 });
    expect(charge({ cell: '20 Ah' })).toEqual({ mah: 20000 });
    expect(charge({ cell: '15,000 mAh' })).toEqual({ mah: 15000 });
    const plans = pairs([
      [{ plan: '100 Mbps' }, { mbps: 100 }],
      [{ plan: '1 Gbps' }, { mbps: 1000 }],
      [{ plan: '50 Mbps' }, { mbps: 50 }],
    ]);
    const rate = learn(plans);
    expect(rate({ plan: '2.5 Gbit/s' })).toEqual({ mbps: 2500 });
    expect(rate({ plan: '300 Mbit/s' })).toEqual({ mbps: 300 });
    // Whole examples never showed the field's precision: 768 kbps rounded to 1 Mbps is a guess.
    const space = synthesize(plans, { timeoutMs: 15000 }).versionSpace;
    expect(space?.disagreements({ plan: '768 kbps' }).map((d) => d.field)).toEqual(['mbps']);
  });
});

// Air and tyre pressure from weather feeds and gauges of several countries: hectopascals and
// millibars are the same size, a kilopascal is ten of them; inches of mercury, psi and mmHg by their
// definitions (1 inHg = 3386.389 Pa, 1 psi = 6894.757293168 Pa, 1 mmHg = 133.322387415 Pa).
describe('pressures as quantities of a kind', () => {
  it.each([
    ['1013 hPa', 'hpa', 1013],
    ['1013 mbar', 'hpa', 1013],
    ['101.3 kPa', 'hpa', 1013],
    ['1.013 bar', 'hpa', 1013],
    ['29.92 inHg', 'hpa', 1013.2075888],
    ['14.7 psi', 'hpa', 1013.5293221],
    ['760 mmHg', 'hpa', 1013.2501444],
    ['32 psi', 'kpa', 220.6322334],
  ] as const)('%s is %s %s', (text, unit, value) => {
    expect(H.toUnit(text, unit)).toBeCloseTo(value, 6);
  });

  it('learns hPa from three examples and reads the units they never showed', () => {
    const transform = learn(
      pairs([
        [{ p: '1008 hPa' }, { hpa: 1008 }],
        [{ p: '99.5 kPa' }, { hpa: 995 }],
        [{ p: '1012.5 mbar' }, { hpa: 1012.5 }],
      ]),
    );
    expect(transform({ p: '30.1 inHg' })).toEqual({ hpa: 1019.3 });
    expect(transform({ p: '1.02 bar' })).toEqual({ hpa: 1020 });
  });
});
