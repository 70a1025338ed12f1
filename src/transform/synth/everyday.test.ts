import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

/** Synthesizes from `train` and returns the generated transform (failing the test when incomplete). */
function learn(train: SynthExample[], options: Parameters<typeof synthesize>[1] = {}) {
  const result = synthesize(train, { timeoutMs: 4000, ...options });
  expect(result.unsolved).toEqual([]);
  expect(result.code).not.toBeNull();
  return { result, transform: loadTransform(result.code ?? '') };
}

describe('durations', () => {
  it.each([
    ['1h 30m', 'min', 'hm', 90],
    ['90 min', 'min', 'hm', 90],
    ['2 hours and 5 minutes', 'min', 'hm', 125],
    ['1:30', 'min', 'hm', 90],
    ['1:30', 's', 'ms', 90],
    ['1:02:03', 's', 'hm', 3723],
    ['45', 'min', 'hm', 45],
    ['3 days', 'h', 'hm', 72],
  ] as const)('reads %s as %s (clock %s) → %d', (text, unit, clock, expected) => {
    expect(H.parseDuration(text, unit, clock)).toBe(expected);
  });

  it.each(['5 kg', '12 mi', '1h 2', '', 'soon', '2019-03-05 12:01:02'])('is NaN for %j', (text) => {
    expect(H.parseDuration(text, 'min', 'hm')).toBeNaN();
  });

  it('learns minutes from durations written four ways, with one program', () => {
    const { result, transform } = learn(
      pairs([
        [{ took: '1h 30m' }, { minutes: 90 }],
        [{ took: '45 min' }, { minutes: 45 }],
        [{ took: '2:15' }, { minutes: 135 }],
        [{ took: '3 hr 5 min' }, { minutes: 185 }],
      ]),
    );
    expect(result.code).toContain('parseDuration(');
    expect(transform({ took: '10h 5m' })).toEqual({ minutes: 605 });
    expect(transform({ took: '7 min' })).toEqual({ minutes: 7 });
    expect(transform({ took: '0:50' })).toEqual({ minutes: 50 });
  });

  it('learns seconds from h:mm:ss clocks', () => {
    const { transform } = learn(
      pairs([
        [{ elapsed: '1:02:03' }, { seconds: 3723 }],
        [{ elapsed: '0:00:45' }, { seconds: 45 }],
        [{ elapsed: '12:30:00' }, { seconds: 45000 }],
      ]),
    );
    expect(transform({ elapsed: '25:59:59' })).toEqual({ seconds: 93599 });
  });
});

describe('unit conversions', () => {
  it('writes °F → °C as its definition and rounds to the decimals the field shows', () => {
    const { result, transform } = learn(
      pairs([
        [{ temp: '20 °C' }, { celsius: 20 }],
        [{ temp: '68 °F' }, { celsius: 20 }],
        [{ temp: '212 °F' }, { celsius: 100 }],
        [{ temp: '-5.5 °C' }, { celsius: -5.5 }],
      ]),
    );
    expect(result.code).toContain('- 32) * 5 / 9');
    // A fitted "/ 1.8 - 17.8" gives -34 and 41.6 here.
    expect(transform({ temp: '-29.1 °F' })).toEqual({ celsius: -33.9 });
    expect(transform({ temp: '107 °F' })).toEqual({ celsius: 41.7 });
  });

  it('uses the exact pound (0.45359237 kg), not a factor rounded to six digits', () => {
    const { result, transform } = learn(
      pairs([
        [{ weight: '10 lb' }, { kg: 4.54 }],
        [{ weight: '2.2 lb' }, { kg: 1 }],
        [{ weight: '150 lb' }, { kg: 68.04 }],
      ]),
    );
    expect(result.code).toContain('0.45359237');
    expect(transform({ weight: '283.9 lb' })).toEqual({ kg: 128.77 });
  });

  it('converts only a field that names its unit (a rating is not pounds, however well ×2.2 floors)', () => {
    const result = synthesize(
      pairs([
        [{ rating: '4/5' }, { score: 8 }],
        [{ rating: '3/5' }, { score: 6 }],
      ]),
      { timeoutMs: 4000 },
    );
    expect(result.code ?? '').not.toMatch(/0\.45359237|2\.20462/);
    const byName = learn(
      pairs([
        [{ weight_lb: 10 }, { kg: 4.54 }],
        [{ weight_lb: 2.2 }, { kg: 1 }],
        [{ weight_lb: 150 }, { kg: 68.04 }],
      ]),
    );
    expect(byName.result.code).toContain('0.45359237');
  });
});

describe('lookup tables the user gives', () => {
  const currency = { $: 'USD', '€': 'EUR', '£': 'GBP', USD: 'USD', EUR: 'EUR', GBP: 'GBP' };

  it('finds the first key in the text: longest first, letter keys as whole words, case ignored', () => {
    expect(H.findIn(currency, '$1,299.00', '')).toBe('USD');
    expect(H.findIn(currency, '1.299,00 €', '')).toBe('EUR');
    expect(H.findIn(currency, '12 eur', '')).toBe('EUR');
    expect(H.findIn(currency, 'EUROS 12', '')).toBe('');
    expect(H.findIn({ a: 'short', abc: 'long' }, 'x abc y', '')).toBe('long');
  });

  it("maps symbols and codes to ISO codes through the user's table (the built-in one without it)", () => {
    const train = pairs([
      [{ price: '$1,299.00' }, { amount: 1299, currency: 'USD' }],
      [{ price: '1.299,00 €' }, { amount: 1299, currency: 'EUR' }],
      [{ price: 'USD 12.00' }, { amount: 12, currency: 'USD' }],
      [{ price: '£4.50' }, { amount: 4.5, currency: 'GBP' }],
    ]);
    const builtIn = learn(train);
    expect(builtIn.result.code).toContain('currencyCode(');
    expect(builtIn.transform({ price: '¥1200' })).toEqual({ amount: 1200, currency: 'JPY' });
    const { result, transform } = learn(train, { tables: { currency } });
    expect(result.code).toContain('findIn(');
    expect(transform({ price: '12,50 GBP' })).toEqual({ amount: 12.5, currency: 'GBP' });
    expect(transform({ price: 'EUR 7' })).toEqual({ amount: 7, currency: 'EUR' });
  });
});

describe('rivals that index from the other end', () => {
  it('keep "the 4th word" and "the 3rd word from the end" apart where the word count changes', () => {
    const { result } = learn(
      pairs([
        [
          { address: '10 Downing Street, London SW1A 2AA' },
          { street: '10 Downing Street', city: 'London', postcode: 'SW1A 2AA' },
        ],
        [
          { address: '3 High Street, Oxford OX1 4AP' },
          { street: '3 High Street', city: 'Oxford', postcode: 'OX1 4AP' },
        ],
        [
          { address: '221 Baker Street, London NW1 6XE' },
          { street: '221 Baker Street', city: 'London', postcode: 'NW1 6XE' },
        ],
      ]),
    );
    const space = result.versionSpace;
    expect(space).toBeDefined();
    const fields = (input: unknown) => space?.disagreements(input).map((d) => d.field) ?? [];
    expect(fields({ address: '134 Victoria Road, Newcastle upon Tyne NE1 7RU' })).toContain('city');
    expect(fields({ address: '9 Station Road, Leeds LS1 4DY' })).not.toContain('city');
  });

  it('read the nth number from the end of a line (an access log status before its byte count)', () => {
    const line = (ip: string, status: number, bytes: number) =>
      `${ip} - - [10/Oct/2023:13:55:36 +0000] "GET /a HTTP/1.1" ${status} ${bytes}`;
    const { transform } = learn(
      pairs([
        [{ line: line('127.0.0.1', 200, 2326) }, { status: 200 }],
        [{ line: line('10.1.22.7', 404, 0) }, { status: 404 }],
        [{ line: line('192.168.0.15', 500, 17) }, { status: 500 }],
      ]),
    );
    expect(transform({ line: line('8.8.8.8', 301, 99) })).toEqual({ status: 301 });
  });
});
