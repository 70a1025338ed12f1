/**
 * Issue 11 §4: the synthesizer generalises as a person would — currency- and locale-aware amounts,
 * one branch per input format, and derived values ranked against constants copied from the examples.
 */
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

/** The outputs the retained programs give for a field on an input (one: settled; more: a guess). */
function answers(result: ReturnType<typeof synthesize>, input: unknown): Record<string, unknown[]> {
  return Object.fromEntries(
    (result.versionSpace?.disagreements(input) ?? []).map((d) => [d.field, d.outputs]),
  );
}

describe('currency codes from symbols and codes (built-in table)', () => {
  it.each([
    ['$1,299.00', 'USD'],
    ['1.299,00 €', 'EUR'],
    ['USD 12', 'USD'],
    ['12.50 eur', 'EUR'],
    ["CHF 1'299.50", 'CHF'],
    ['¥1200', 'JPY'],
    ['R$ 10,50', 'BRL'],
    ['C$ 5', 'CAD'],
    ['£4.50', 'GBP'],
    ['₹ 250', 'INR'],
    ['99 zł', 'PLN'],
  ])('reads %j as %s', (text, code) => {
    expect(H.currencyCode(text)).toBe(code);
  });

  it.each(['kr 99', '12.00', 'RUSD 5', ''])(
    'stops for review on %j (no currency, or an ambiguous one)',
    (text) => {
      expect(() => H.currencyCode(text)).toThrow(/^currencyCode cannot read/);
    },
  );

  it('learns the currency of symbols and codes it was never shown, without a table', () => {
    const { transform } = learn(
      pairs([
        [{ price: '$1,299.00' }, { currency: 'USD' }],
        [{ price: '1.299,00 €' }, { currency: 'EUR' }],
        [{ price: 'USD 12.00' }, { currency: 'USD' }],
        [{ price: '£4.50' }, { currency: 'GBP' }],
      ]),
    );
    expect(transform({ price: '¥1200' })).toEqual({ currency: 'JPY' });
    expect(transform({ price: "CHF 1'299.50" })).toEqual({ currency: 'CHF' });
    expect(transform({ price: '12.50 EUR' })).toEqual({ currency: 'EUR' });
  });

  it("prefers the user's lookups table over the built-in one", () => {
    const currency = { $: 'USD', '€': 'EUR', kr: 'SEK', '£': 'GBP' };
    const { result, transform } = learn(
      pairs([
        [{ price: '$5' }, { currency: 'USD' }],
        [{ price: '7 €' }, { currency: 'EUR' }],
        [{ price: '£3' }, { currency: 'GBP' }],
      ]),
      { tables: { currency } },
    );
    expect(transform({ price: 'kr 99' })).toEqual({ currency: 'SEK' });
    expect(answers(result, { price: 'kr 99' })).toEqual({});
  });
});

describe('amounts in any locale', () => {
  it.each([
    ['$1,299.00', 1299],
    ['1.299,00 €', 1299],
    ["CHF 1'299.50", 1299.5],
    ['R$ 10,50', 10.5],
    ['1 299,50 €', 1299.5],
    ['¥1200', 1200],
    ['1\u202f990,81 €', 1990.81],
  ])('parseNumber reads %j as %d', (text, value) => {
    expect(H.parseNumber(text)).toBe(value);
  });

  // Bank and ledger exports write a debit with the sign set apart ("- 1.399,63") or after the
  // amount ("114,26-", SAP and German banks): both are negative, not the amount's magnitude.
  it.each([
    ['- 1.399,63', -1399.63],
    ['- 398,87 EUR', -398.87],
    ['114,26-', -114.26],
    [' 8.556,62- ', -8556.62],
    ['1,234.50- USD', -1234.5],
    ['−  12.00', -12],
  ])('parseNumber reads the detached sign of %j: %d', (text, value) => {
    expect(H.parseNumber(text)).toBe(value);
  });

  // Once a trailing sign reads as negative, the leading forms with a currency and spaces must too,
  // or a ledger whose examples show "12.00-" and "(45.10)" writes "( $ 7.87 )" as +787 cents.
  it.each([
    ['( $ 7.87 )', -7.87],
    ['($ 5,769.51)', -5769.51],
    ['( USD 58,456,307.60 )', -58456307.6],
    ['(USD 19,692,284.91)', -19692284.91],
    ['( 918,939.97 )', -918939.97],
    ['-$ 560,001.22', -560001.22],
    ['-USD 9,562.53', -9562.53],
    ['- € 12,00', -12],
  ])('parseNumber reads the leading sign or parentheses around %j: %d', (text, value) => {
    expect(H.parseNumber(text)).toBe(value);
  });

  it.each([
    ['(see note 3)', 3],
    ['(2 items)', 2],
    ['- USD 12 each', 12],
  ])('parseNumber leaves %j unsigned: words beside the number are no ledger', (text, value) => {
    expect(H.parseNumber(text)).toBe(value);
  });

  // A dash that is a bullet, a range or a separator before words is no sign.
  it.each([
    ['- 2 eggs', 2],
    ['Size - 12', 12],
    ['12-15', 12],
    ['Item 5 - blue', 5],
    ['2026-03-14', 2026],
  ])('parseNumber leaves %j unsigned: %d', (text, value) => {
    expect(H.parseNumber(text)).toBe(value);
  });

  it('reads a lone separator before three digits by the decimal mark it is told', () => {
    expect(H.parseNumber('1.299 €', ',')).toBe(1299);
    expect(H.parseNumber('1.299 €', '.')).toBe(1.299);
    expect(H.parseNumber('1,299', '.')).toBe(1299);
    expect(H.parseNumber('1,299', ',')).toBe(1.299);
    // The text decides whenever it can, whatever the hint.
    expect(H.parseNumber('1.299,00', '.')).toBe(1299);
    expect(H.parseNumber('12,50', '.')).toBe(12.5);
    expect(H.parseNumber('1,299,000', ',')).toBe(1299000);
  });

  it('keeps both readings of "1.299" as rivals when the examples show both conventions', () => {
    const { result, transform } = learn(
      pairs([
        [{ price: '$1,299.00' }, { amount: 1299 }],
        [{ price: '1.299,00 €' }, { amount: 1299 }],
        [{ price: '12,50 €' }, { amount: 12.5 }],
        [{ price: 'USD 4.75' }, { amount: 4.75 }],
      ]),
    );
    expect(transform({ price: '€ 3,20' })).toEqual({ amount: 3.2 });
    expect(answers(result, { price: '1.299 €' })['amount']).toEqual(expect.arrayContaining([1299, 1.299]));
    expect(answers(result, { price: '$ 7.25' })).toEqual({});
  });

  it('reads "1.299" as a European amount when every example writes amounts that way', () => {
    const { result, transform } = learn(
      pairs([
        [{ price: '1.299,00 €' }, { amount: 1299 }],
        [{ price: '12,50 €' }, { amount: 12.5 }],
        [{ price: '0,99 €' }, { amount: 0.99 }],
      ]),
    );
    expect(transform({ price: '4.500 €' })).toEqual({ amount: 4500 });
    expect(answers(result, { price: '4.500 €' })).toEqual({});
  });

  it('reads "1,299" by the convention the examples show, without a rival', () => {
    const { result, transform } = learn(
      pairs([
        [{ price: '$1,299.00' }, { amount: 1299 }],
        [{ price: '$12.50' }, { amount: 12.5 }],
        [{ price: '$2,000,000.00' }, { amount: 2000000 }],
      ]),
    );
    expect(transform({ price: '$4,500' })).toEqual({ amount: 4500 });
    expect(answers(result, { price: '$4,500' })).toEqual({});
  });
});

describe('names whose word count the examples never showed', () => {
  it('leaves a name with a middle name unsettled when the examples had none', () => {
    const { result, transform } = learn(
      pairs([
        [{ name: 'Smith, John' }, { first: 'John', last: 'Smith' }],
        [{ name: 'Mary Jones' }, { first: 'Mary', last: 'Jones' }],
        [{ name: 'Doe, Jane' }, { first: 'Jane', last: 'Doe' }],
        [{ name: 'Bob Stone' }, { first: 'Bob', last: 'Stone' }],
      ]),
      // Unlabeled names of the "First Last" format, some with a middle name.
      { inputs: [{ name: 'Ada Lovelace' }, { name: 'Mary Ann Evans' }, { name: 'Curie, Marie' }] },
    );
    expect(transform({ name: 'Alan Turing' })).toEqual({ first: 'Alan', last: 'Turing' });
    expect(answers(result, { name: 'Alan Turing' })).toEqual({});
    expect(Object.keys(answers(result, { name: 'Mary Ann Evans' })).length).toBeGreaterThan(0);
  });
});

describe('the rest of a line after its first fields', () => {
  it('takes a log message as everything after the timestamp, whatever it holds', () => {
    const { transform } = learn(
      pairs([
        [{ line: 'ERROR 2023-11-20T23:59:00Z db timeout after 30s' }, { message: 'db timeout after 30s' }],
        [{ line: 'INFO 2025-01-02T12:00:30Z started worker 3' }, { message: 'started worker 3' }],
        [{ line: 'WARN 2024-03-05T09:01:02Z disk low' }, { message: 'disk low' }],
      ]),
    );
    expect(transform({ line: 'ERROR 2023-11-20T23:59:00Z user-service down: re-try in 5-10 s' })).toEqual({
      message: 'user-service down: re-try in 5-10 s',
    });
  });
});

describe('FlashFill-style ranking: derived values over constants copied from the examples', () => {
  it('derives the month even when every example is in March', () => {
    const { transform } = learn(
      pairs([
        [{ d: 'March 5, 2024' }, { iso: '2024-03-05' }],
        [{ d: 'March 17, 2023' }, { iso: '2023-03-17' }],
        [{ d: 'Mar 2, 2021' }, { iso: '2021-03-02' }],
      ]),
    );
    expect(transform({ d: 'July 4, 2020' })).toEqual({ iso: '2020-07-04' });
  });

  it('derives the year even when every example is from the same year', () => {
    const { transform } = learn(
      pairs([
        [{ when: '05/03/2024' }, { day: '2024-03-05' }],
        [{ when: '17/11/2024' }, { day: '2024-11-17' }],
        [{ when: '02/01/2024' }, { day: '2024-01-02' }],
      ]),
    );
    expect(transform({ when: '09/08/2019' })).toEqual({ day: '2019-08-09' });
  });
});

describe("identifiers normalised by token classes, not by the examples' punctuation", () => {
  it('writes a fixed-layout code in its layout whatever separators the input has', () => {
    const { transform } = learn(
      pairs([
        [{ id: '123e4567-e89b-12d3-a456-426614174000' }, { id: '123e4567-e89b-12d3-a456-426614174000' }],
        [{ id: 'A23E4567-E89B-12D3-A456-426614174001' }, { id: 'a23e4567-e89b-12d3-a456-426614174001' }],
        [{ id: '00000000-0000-0000-0000-000000000abc' }, { id: '00000000-0000-0000-0000-000000000abc' }],
      ]),
    );
    expect(transform({ id: '123E4567E89B12D3A456426614174000' })).toEqual({
      id: '123e4567-e89b-12d3-a456-426614174000',
    });
    expect(transform({ id: '{123e4567-e89b-12d3-a456-426614174000}' })).toEqual({
      id: '123e4567-e89b-12d3-a456-426614174000',
    });
    // Too few characters for the layout: nothing is made up.
    expect(() => transform({ id: '123e4567-e89b' })).toThrow(/layout/);
  });

  it('joins the letter and digit runs of a code with the separator the outputs use', () => {
    const { transform } = learn(
      pairs([
        [{ c: 'ab-778-x' }, { c: 'AB-778-X' }],
        [{ c: 'KT-12-m' }, { c: 'KT-12-M' }],
        [{ c: 'zz-1-q' }, { c: 'ZZ-1-Q' }],
      ]),
    );
    expect(transform({ c: 'ab_778_x' })).toEqual({ c: 'AB-778-X' });
    expect(transform({ c: 'AB 12 Q' })).toEqual({ c: 'AB-12-Q' });
  });
});

describe('one branch per input format, chosen by a recognizer', () => {
  const logs = pairs([
    [{ line: '2024-03-05 09:01:02 [WARN] disk low' }, { level: 'WARN', message: 'disk low' }],
    [
      { line: 'ERROR 2023-11-20T23:59:00Z db timeout after 30s' },
      { level: 'ERROR', message: 'db timeout after 30s' },
    ],
    [{ line: 'INFO 2025-01-02T12:00:30Z started worker 3' }, { level: 'INFO', message: 'started worker 3' }],
    [{ line: '2022-07-14 06:45:09 [DEBUG] cache warm' }, { level: 'DEBUG', message: 'cache warm' }],
  ]);

  it('routes each log format to its own branch by the shape of its start', () => {
    const { result, transform } = learn(logs);
    expect(result.code).toMatch(/\.test\(/);
    expect(transform({ line: '2021-01-01 00:00:00 [INFO] user 42 signed in' })).toEqual({
      level: 'INFO',
      message: 'user 42 signed in',
    });
    expect(transform({ line: 'WARN 2021-06-01T10:00:00Z queue is 90% full' })).toEqual({
      level: 'WARN',
      message: 'queue is 90% full',
    });
  });

  it('does not settle a line in a format no branch recognises', () => {
    const { result, transform } = learn(logs);
    const line = { line: 'Jun 01 10:00:00 host sshd[22]: accepted key' };
    const unseen = answers(result, line);
    // Either the rivals disagree on it, or a reader cannot read it and stops the record for review.
    if (Object.keys(unseen).length === 0) expect(() => transform(line)).toThrow(/cannot read/);
  });

  it('learns "Last, First" and "First Last" as two formats, and leaves a third unsettled', () => {
    const { result, transform } = learn(
      pairs([
        [{ name: 'Smith, John' }, { first: 'John', last: 'Smith' }],
        [{ name: 'Mary Jones' }, { first: 'Mary', last: 'Jones' }],
        [{ name: 'Doe, Jane' }, { first: 'Jane', last: 'Doe' }],
        [{ name: 'Bob Stone' }, { first: 'Bob', last: 'Stone' }],
      ]),
    );
    expect(transform({ name: 'Curie, Marie' })).toEqual({ first: 'Marie', last: 'Curie' });
    expect(transform({ name: 'Ada Lovelace' })).toEqual({ first: 'Ada', last: 'Lovelace' });
    expect(Object.keys(answers(result, { name: 'J. R. R. Tolkien' })).length).toBeGreaterThan(0);
  });
});

describe('quantities in any unit of their kind', () => {
  it.each([
    ['1.5 l', 'ml', 1500],
    ['95 cl', 'ml', 950],
    ['381 mL', 'ml', 381],
    ['12 fl oz', 'ml', 354.88235475],
    ['2 lb', 'g', 907.18474],
    ['1998g', 'g', 1998],
    ['2528 grams', 'kg', 2.528],
    ['96.7"', 'cm', 245.618],
    ['6 ft', 'cm', 182.88],
    ['142 MPH', 'km/h', 228.526848],
    ['0.5 m/s', 'km/h', 1.8],
    ['84 KM/H', 'km/h', 84],
    ['1,5 kg', 'g', 1500],
    // digits grouped by a space or an apostrophe are one number, as parseNumber reads them
    ['72 000 km', 'km', 72000],
    ['1 250 ml', 'l', 1.25],
    ["6'000 ft", 'm', 1828.8],
    // a "k" glued to the number and followed by a unit word is thousands
    ['45k mi', 'km', 72420.48],
    ['12K miles', 'mi', 12000],
    ['5kg', 'g', 5000],
    ['5k m', 'km', 5],
  ])('toUnit(%j, %s) = %d', (text, unit, value) => {
    expect(H.toUnit(text, unit)).toBeCloseTo(value, 6);
  });

  it.each([
    ['12 kg', 'cm'],
    ['12', 'cm'],
    ['a lot', 'ml'],
    ['5k', 'km'],
    ['5k run', 'km'],
  ])('toUnit(%j, %s) is NaN (another kind, no unit, no number)', (text, unit) => {
    expect(H.toUnit(text, unit)).toBeNaN();
  });

  it('learns whole millilitres from volumes in units the examples never showed', () => {
    const { transform } = learn(
      pairs([
        [{ volume: '500 ml' }, { ml: 500 }],
        [{ volume: '1.5 l' }, { ml: 1500 }],
        [{ volume: '330 ml' }, { ml: 330 }],
      ]),
    );
    expect(transform({ volume: '95 cl' })).toEqual({ ml: 950 });
    expect(transform({ volume: '12 fl oz' })).toEqual({ ml: 355 });
  });

  it('learns centimetres with one decimal from inches and centimetres, and reads feet too', () => {
    const { transform } = learn(
      pairs([
        [{ length: '12 in' }, { cm: 30.5 }],
        [{ length: '30 cm' }, { cm: 30 }],
        [{ length: '2.5 in' }, { cm: 6.4 }],
      ]),
    );
    expect(transform({ length: '6 ft' })).toEqual({ cm: 182.9 });
    expect(transform({ length: '88.1 inch' })).toEqual({ cm: 223.8 });
  });
});

describe('durations as people and standards write them', () => {
  it.each([
    ['PT1H30M', 's', 5400],
    ['pt5h11m52s', 's', 18712],
    ['P2DT18H57M14S', 's', 241034],
    ['PT275M', 'min', 275],
    ['4h30', 'min', 270],
    ['2m05', 's', 125],
  ] as const)('parseDuration(%j, %s) = %d', (text, unit, value) => {
    expect(H.parseDuration(text, unit, 'hm')).toBe(value);
  });

  it.each(['P', 'PT', '30 4h', 'P1Y'])('is NaN for %j', (text) => {
    expect(H.parseDuration(text, 's', 'hm')).toBeNaN();
  });
});

describe('labelled codes', () => {
  it.each([
    ['ISBN-13: 978 183 03 0382 0', '9781830303820'],
    ['isbn:0329932772', '0329932772'],
    ['ISBN 8 2 0767383 4', '8207673834'],
    ['ISBN: 0-306-40615-x', '030640615X'],
    ['978-3-16-148410-0', '9783161484100'],
  ])('codeDigits(%j) = %s', (text, digits) => {
    expect(H.codeDigits(text)).toBe(digits);
  });

  it('leaves the label out of a code learned from examples whose label had no digits', () => {
    const { transform } = learn(
      pairs([
        [{ isbn: 'ISBN 978-3-16-148410-0' }, { isbn: '9783161484100' }],
        [{ isbn: '978-0-306-40615-7' }, { isbn: '9780306406157' }],
        [{ isbn: 'ISBN 978-1-4028-9462-6' }, { isbn: '9781402894626' }],
      ]),
    );
    expect(transform({ isbn: 'ISBN-13: 978 183 03 0382 0' })).toEqual({ isbn: '9781830303820' });
  });
});

describe('two-digit years', () => {
  it.each([
    ['2/7/60', 1960],
    ['5/12/57', 1957],
    ['1/1/30', 1930],
    ['12/31/29', 2029],
    ['3/4/05', 2005],
  ])('%s is in %d (00–29 → 2000s, 30–99 → 1900s, the spreadsheet window)', (text, year) => {
    expect(H.parseDate(text, 'MDY')?.year).toBe(year);
  });
});

describe('postcode parts read by their structure', () => {
  it.each([
    ['m1 1ae', 'M1', '1AE', 'M', 'M1 1AE'],
    ['LS2  9JT', 'LS2', '9JT', 'LS', 'LS2 9JT'],
    ['cr2.6xh', 'CR2', '6XH', 'CR', 'CR2 6XH'],
    ['DN551PT', 'DN55', '1PT', 'DN', 'DN55 1PT'],
    ['ec2r 8ah', 'EC2R', '8AH', 'EC', 'EC2R 8AH'],
  ])('reads the UK postcode %j', (code, outward, inward, area, whole) => {
    expect(H.postcodePart(code, 'outward', 'UK')).toBe(outward);
    expect(H.postcodePart(code, 'inward', 'UK')).toBe(inward);
    expect(H.postcodePart(code, 'area', 'UK')).toBe(area);
    expect(H.postcodePart(code, 'whole', 'UK')).toBe(whole);
  });

  it('reads a Canadian postcode as its sortation area and delivery unit', () => {
    expect(H.postcodePart('h3z 2y7', 'outward', 'CA')).toBe('H3Z');
    expect(H.postcodePart('H3Z2Y7', 'inward', 'CA')).toBe('2Y7');
  });

  it.each(['12345', 'unknown', 'M1 1A', 'QQ1 1AAA'])('stops %j for review', (code) => {
    expect(() => H.postcodePart(code, 'outward', 'UK')).toThrow(/^postcodePart cannot read/);
  });

  it('learns the districts and sectors of postcodes typed any way, and leaves non-postcodes to a person', () => {
    const { result, transform } = learn(
      pairs([
        [{ zip: 'LS1 4DY' }, { district: 'LS1', sector: '4DY', region: 'LS' }],
        [{ zip: 'BT7 1NN' }, { district: 'BT7', sector: '1NN', region: 'BT' }],
        [{ zip: 'CF10 3NQ' }, { district: 'CF10', sector: '3NQ', region: 'CF' }],
      ]),
    );
    expect(result.code).toContain('postcodePart(');
    expect(transform({ zip: 'g12 8qq' })).toEqual({ district: 'G12', sector: '8QQ', region: 'G' });
    expect(transform({ zip: 'SW1A0AA' })).toEqual({ district: 'SW1A', sector: '0AA', region: 'SW' });
    expect(() => transform({ zip: 'n/a' })).toThrow(/cannot read/);
  });
});

describe('numbers as dialled from an office phone', () => {
  it.each([
    ['9 1 416 555 0199', '+14165550199'],
    ['9011 81 3 1234 5678', '+81312345678'],
    ['011 49 30 901820', '+4930901820'],
    ['4165550123', '+14165550123'],
    ['1-905-555-0142 x31', '+19055550142'],
  ])('reads %j dialled in North America', (number, expected) => {
    expect(H.dialled(number, '1', '9')).toBe(expected);
  });

  it('reads a European office number behind an outside-line 0', () => {
    expect(H.dialled('0 00 33 1 40 20 50 50', '49', '0')).toBe('+33140205050');
    // "0 030 …" is Berlin behind the outside line, or "00 30 …" Greece dialled directly: a person decides.
    expect(() => H.dialled('0 030 901820', '49', '0')).toThrow(/reads as \+30901820 and as \+4930901820/);
  });

  it.each(['12345', '9', '011 1 416 555 0199'])('stops %j for review', (number) => {
    expect(() => H.dialled(number, '1', '9')).toThrow(/^dialled cannot read/);
  });

  it('learns a call log whose numbers carry an outside-line digit, abroad, long distance and local', () => {
    const { result, transform } = learn(
      pairs([
        [{ line: 7, number: '9011390612345678' }, { to: '+390612345678' }],
        [{ line: 7, number: '901181312345678' }, { to: '+81312345678' }],
        [{ line: 7, number: '9011612987654321' }, { to: '+612987654321' }],
      ]),
    );
    expect(result.code).toContain('dialled(');
    expect(transform({ line: 8, number: '01134912345678' })).toEqual({ to: '+34912345678' });
    expect(transform({ line: 8, number: '914165550101' })).toEqual({ to: '+14165550101' });
    expect(transform({ line: 8, number: '6175550123' })).toEqual({ to: '+16175550123' });
    expect(() => transform({ line: 8, number: '0' })).toThrow(/cannot read/);
  });
});

describe('words of a known closed set copied by the examples', () => {
  it('reads other spellings of an order status as their word, and sends unknown ones to a person', () => {
    const { result, transform } = learn(
      pairs([
        [{ ref: 'PO-77', fulfilment: 'pending' }, { stage: 'pending' }],
        [{ ref: 'PO-78', fulfilment: 'dispatched' }, { stage: 'dispatched' }],
        [{ ref: 'PO-79', fulfilment: 'delivered' }, { stage: 'delivered' }],
        [{ ref: 'PO-80', fulfilment: 'canceled' }, { stage: 'canceled' }],
      ]),
    );
    expect(result.code).toContain('oneOf(');
    expect(transform({ ref: 'PO-81', fulfilment: 'Processing' })).toEqual({ stage: 'pending' });
    expect(transform({ ref: 'PO-82', fulfilment: ' IN TRANSIT ' })).toEqual({ stage: 'dispatched' });
    expect(transform({ ref: 'PO-83', fulfilment: 'Voided' })).toEqual({ stage: 'canceled' });
    // A family no example showed, written in the outputs' case.
    expect(transform({ ref: 'PO-84', fulfilment: 'refunded' })).toEqual({ stage: 'returned' });
    expect(() => transform({ ref: 'PO-85', fulfilment: 'lost by courier' })).toThrow(/^oneOf cannot read/);
  });

  it('reads a log level copied as is by its word, not by copying the text', () => {
    const { transform } = learn(
      pairs([
        [{ sev: 'WARN' }, { level: 'WARN' }],
        [{ sev: 'ERROR' }, { level: 'ERROR' }],
        [{ sev: 'INFO' }, { level: 'INFO' }],
      ]),
    );
    expect(transform({ sev: 'Wrn' })).toEqual({ level: 'WARN' });
    expect(() => transform({ sev: 'sometimes' })).toThrow(/cannot read/);
  });
});

describe("readings in other people's number formats (everyday7 round)", () => {
  it('learns kilometres from miles and reads space-grouped kilometres and "k" thousands it never saw', () => {
    const { transform } = learn(
      pairs([
        [{ mileage: '12,000 mi' }, { km: 19312 }],
        [{ mileage: '30,500 mi' }, { km: 49085 }],
        [{ mileage: '8,250 mi' }, { km: 13277 }],
      ]),
    );
    expect(transform({ mileage: '150 000 km' })).toEqual({ km: 150000 });
    expect(transform({ mileage: '60k miles' })).toEqual({ km: 96561 });
    expect(transform({ mileage: '2,000 km' })).toEqual({ km: 2000 });
  });

  it.each([
    ['+05:30', 330],
    ['-03:30', -210],
    ['−0800', -480],
    ['+01', 60],
    ['UTC+5:45', 345],
    ['gmt-8', -480],
    ['UTC', 0],
    ['Z', 0],
    ['UTC±0', 0],
    ['-00:00', 0],
    ['2024-03-05T14:30:00-03:30', -210],
    ['Tue, 05 Mar 2024 14:30:00 +0100', 60],
    ['2024-03-05 14:30Z', 0],
  ])('utcOffsetMinutes(%j) = %d', (text, minutes) => {
    expect(H.utcOffsetMinutes(text)).toBe(minutes);
  });

  it.each(['330', '+15:00', '+05:75', 'UTC+', 'noon', '2024-03-05', '+5'])(
    'utcOffsetMinutes(%j) sends the record to review',
    (text) => {
      expect(() => H.utcOffsetMinutes(text)).toThrow();
    },
  );

  it('learns offsets in minutes whose sign covers the minutes, from examples with whole hours and one half hour', () => {
    const { result, transform } = learn(
      pairs([
        [{ zone: '+09:00' }, { offset: 540 }],
        [{ zone: '-05:00' }, { offset: -300 }],
        [{ zone: '+05:30' }, { offset: 330 }],
      ]),
    );
    expect(transform({ zone: '-09:30' })).toEqual({ offset: -570 });
    expect(transform({ zone: 'GMT+10' })).toEqual({ offset: 600 });
    expect(transform({ zone: 'Z' })).toEqual({ offset: 0 });
    expect(answers(result, { zone: '-03:30' })).toEqual({});
  });
});

describe('Indian addresses by their six-digit PIN (everyday7 round)', () => {
  it.each([
    ['House 7, Station Road, Kochi 682001', 'city', 'Kochi'],
    ['House 7, Station Road, Kochi 682001', 'postcode', '682001'],
    ['22, Residency Road, Lucknow - 226 001', 'city', 'Lucknow'],
    ['22, Residency Road, Lucknow - 226 001', 'postcode', '226001'],
    ['Plot 9, Sector 21, Gurugram-122001, Haryana', 'city', 'Gurugram'],
    ['5, Civil Lines, Nagpur, Maharashtra 440001', 'region', 'Maharashtra'],
    ['5, Civil Lines, Nagpur, Maharashtra 440001', 'postcode', '440001'],
  ] as const)('addressPart(%j, %s, "6") = %j', (text, part, value) => {
    expect(H.addressPart(text, part, '6')).toBe(value);
  });

  it.each([
    // a state beside the PIN is no city, and the piece before may be a locality: a person decides
    '5, Civil Lines, Nagpur, Maharashtra 440001',
    '14, Janpath, New Delhi, Delhi - 110001',
  ])('sends the city of %j to review', (text) => {
    expect(() => H.addressPart(text, 'city', '6')).toThrow();
  });

  it('learns the city and the PIN, and reads a spaced PIN and a dash it never saw', () => {
    const { result, transform } = learn(
      pairs([
        [{ to: 'House 7, Station Road, Kochi 682001' }, { city: 'Kochi', pin: '682001' }],
        [{ to: '12B, Civil Lines, Nagpur 440001' }, { city: 'Nagpur', pin: '440001' }],
        [{ to: 'No. 3, Ashok Marg, Lucknow 226001' }, { city: 'Lucknow', pin: '226001' }],
      ]),
    );
    expect(transform({ to: 'Flat 2, Nehru Nagar, Indore - 452 001' })).toEqual({
      city: 'Indore',
      pin: '452001',
    });
    // a state beside the PIN: the city is a review (rivals disagree or the reader stops), never the state
    const withState = { to: '9, MI Road, Jaipur, Rajasthan 302001' };
    const contested = answers(result, withState).city !== undefined;
    const written = contested
      ? null
      : (() => {
          try {
            return transform(withState) as { city?: unknown };
          } catch {
            return null;
          }
        })();
    expect(written?.city).not.toBe('Rajasthan');
    expect(contested || written === null).toBe(true);
  });
});
