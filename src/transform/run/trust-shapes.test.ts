import { describe, expect, it } from 'vitest';
import {
  inferOutputChecks,
  outputCheckProblem,
  profileInputs,
  shapeQuestions,
  uncoveredShape,
  uncoveredShapeKey,
} from './trust.ts';

const examples = (values: Record<string, string>[]) => values.map((input) => ({ input, output: {} }));

describe('input shapes the examples covered (token-class signatures)', () => {
  const dates = profileInputs(
    examples([{ d: '2024-03-15' }, { d: '2023-11-02' }, { d: '2022-07-09' }]),
    // Cut by position, not read by parseDate (whose reading is its own signature, below).
    'return { year: text(input.d).slice(0, 4), rest: text(input.d).slice(5) };',
  );

  it('covers values of a shape the examples showed', () => {
    expect(uncoveredShape(dates, { d: '2021-12-31' })).toBeNull();
    expect(uncoveredShape(dates, { d: '2020-01-01' })).toBeNull();
  });

  it('flags a missing part, another padding, and another token class', () => {
    expect(uncoveredShape(dates, { d: '2024-03' })).toMatch(/"d" looks like "####-##"/);
    expect(uncoveredShape(dates, { d: '2024-3-5' })).toMatch(/looks like "####-#-#"/);
    expect(uncoveredShape(dates, { d: '2024-Mar-05' })).toMatch(/"d" has letters/);
  });

  it('flags a label prefix even when the field already had letters', () => {
    const codes = profileInputs(
      examples([{ code: 'AB-1234' }, { code: 'CD-5678' }, { code: 'XY-0042' }]),
      "token(input.code, '-', 1)",
    );
    expect(uncoveredShape(codes, { code: 'QR-9911' })).toBeNull();
    expect(uncoveredShape(codes, { code: 'SKU AB-1234' })).toMatch(/"code"/);
    expect(uncoveredShape(codes, { code: 'AB-12345' })).toMatch(/looks like "AA-#####"/);
  });

  it('generalizes word counts and the widths of numbers that are not a format', () => {
    const places = profileInputs(
      examples([
        { place: 'Springfield, IL 62701', price: '$12.50' },
        { place: 'Fort Worth, TX 76102', price: '$3.99' },
        { place: 'Reno, NV 89501', price: '$100.00' },
      ]),
      "token(input.place, ',', 0); parseNumber(input.price)",
    );
    expect(uncoveredShape(places, { place: 'Salt Lake City, UT 84101', price: '$1234.00' })).toBeNull();
    expect(uncoveredShape(places, { place: 'Wilkes-Barre, PA 18701', price: '$1.00' })).toMatch(/"place"/);
    expect(uncoveredShape(places, { place: 'Reno, NV', price: '$1.00' })).toMatch(
      /"place" looks like "Aa, AA"/,
    );
    expect(uncoveredShape(places, { place: 'Reno, NV 89501', price: '$1.5' })).toMatch(/"price"/);
  });

  it('leaves long free text and copied values to the other checks', () => {
    const logs = profileInputs(
      examples([
        { line: '2024-03-05 10:00:01 WARN disk almost full on volume one' },
        { line: '2024-03-05 10:00:02 INFO user logged in from the main office' },
      ]),
      "token(input.line, ' ', 2)",
    );
    expect(
      uncoveredShape(logs, { line: '2024-03-05 10:00:03 INFO job done in the night shift run' }),
    ).toBeNull();
    const copied = profileInputs(examples([{ id: 'A-1' }, { id: 'B-2' }]), 'return { id: input.id };');
    expect(uncoveredShape(copied, { id: 'totally different 99' })).toBeNull();
  });

  it('gives records that one answer would settle the same key', () => {
    const a = uncoveredShapeKey(dates, { d: '2024-03' });
    expect(a).not.toBeNull();
    expect(uncoveredShapeKey(dates, { d: '1999-12' })).toBe(a);
    expect(uncoveredShapeKey(dates, { d: '2024-Mar-05' })).not.toBe(a);
    expect(uncoveredShapeKey(dates, { d: '2024-03-05' })).toBeNull();
  });
});

describe('numbers with thousands grouping', () => {
  it('are one shape however many groups they have', () => {
    const prices = profileInputs(
      examples([{ p: '$1,299.00' }, { p: '$12.00' }, { p: '$7.50' }]),
      'parseNumber(input.p)',
    );
    expect(uncoveredShape(prices, { p: '$1,000,000.00' })).toBeNull();
    expect(uncoveredShape(prices, { p: '$45.10' })).toBeNull();
    expect(uncoveredShape(prices, { p: '$1,299' })).toMatch(/"p" looks like "#,###"/);
  });
});

describe('questions about uncovered shapes', () => {
  it('picks one input per kind of uncovered shape, the kinds with the most records first', () => {
    const dates = profileInputs(
      examples([{ d: '2024-03-15' }, { d: '2023-11-02' }, { d: '2022-07-09' }]),
      'return { year: text(input.d).slice(0, 4), rest: text(input.d).slice(5) };',
    );
    const inputs = [
      { d: '2024-03-16' },
      { d: '2024/03/16' },
      { d: '2021-05' },
      { d: '2020-06' },
      { d: '1999-12' },
      { d: '2001/01/01' },
      { d: '2024-03-17' },
      { d: 'March 3, 2024' },
    ];
    const asked = shapeQuestions(dates, inputs, 3);
    expect(asked.map((q) => q.input)).toEqual([
      { d: '2021-05' },
      { d: '2024/03/16' },
      { d: 'March 3, 2024' },
    ]);
    expect(asked.map((q) => q.settles)).toEqual([3, 2, 1]);
    expect(shapeQuestions(dates, inputs, 1)).toHaveLength(1);
    expect(shapeQuestions(dates, [{ d: '2024-03-16' }], 3)).toEqual([]);
  });
});

describe('output shapes the examples showed', () => {
  const dates = [
    { input: { d: '15/03/2024' }, output: { iso: '2024-03-15', code: 'TX-12' } },
    { input: { d: '02/11/2023' }, output: { iso: '2023-11-02', code: 'NV-7' } },
    { input: { d: '09/07/2022' }, output: { iso: '2022-07-09', code: 'IL-401' } },
  ];

  it('flags an output of a shape no label had, when at least three labels agreed', () => {
    const checks = inferOutputChecks(dates);
    expect(checks.map((c) => `${c.field}:${c.kind}`)).toEqual(
      expect.arrayContaining(['iso:shape', 'code:shape']),
    );
    const ok = { iso: '2021-12-31', code: 'UT-99999' };
    expect(outputCheckProblem(checks, ok)).toBeNull();
    expect(outputCheckProblem(checks, { ...ok, iso: '31-12-2021' })).toMatch(
      /^iso is "31-12-2021", but every example looked like "####-##-##"/,
    );
    expect(outputCheckProblem(checks, { ...ok, iso: '2021-12' })).toMatch(/^iso/);
    expect(outputCheckProblem(checks, { ...ok, code: 'Utah-9' })).toMatch(/^code/);
    // A value copied unchanged from the input is the input contract's business.
    expect(outputCheckProblem(checks, { ...ok, iso: '31.12.2021' }, { d: '31.12.2021' })).toBeNull();
  });

  it('needs three labels of one shape, and leaves free text alone', () => {
    expect(inferOutputChecks(dates.slice(0, 2)).map((c) => c.kind)).not.toContain('shape');
    const mixed = [
      { input: 'a', output: { when: '2024-03-15' } },
      { input: 'b', output: { when: 'March 2024' } },
      { input: 'c', output: { when: '15 Mar' } },
    ];
    expect(inferOutputChecks(mixed).map((c) => c.kind)).not.toContain('shape');
    const long = ['a', 'b', 'c'].map((id) => ({
      input: id,
      output: { note: `the order ${id} was shipped late because the warehouse was closed` },
    }));
    expect(inferOutputChecks(long).map((c) => c.kind)).not.toContain('shape');
  });
});

describe('how far shapes generalize', () => {
  it('needs two values of one shape before holding a field to its shapes', () => {
    const emails = profileInputs(
      examples([{ e: 'Ann.Lee@Example.org' }, { e: 'bo@mail.co.uk' }, { e: 'Cy_9@Shop.IO' }]),
      "token(input.e, '@', 0)",
    );
    expect(emails.keys[0]?.shapes).toBeUndefined();
    expect(uncoveredShape(emails, { e: 'frank77@startup.io' })).toBeNull();
  });

  it('lets any letter case cover another where the values mixed cases', () => {
    const hosts = profileInputs(
      examples([{ h: 'ann@Example.org' }, { h: 'bo@mail.com' }, { h: 'cy@Shop.io' }]),
      "token(input.h, '@', 1)",
    );
    expect(uncoveredShape(hosts, { h: 'dee@MAIL.COM' })).toBeNull();
    const codes = profileInputs(
      examples([{ c: 'AB-12' }, { c: 'CD-34' }, { c: 'EF-56' }]),
      "token(input.c, '-', 0)",
    );
    expect(uncoveredShape(codes, { c: 'Ab-12' })).toMatch(/"c" looks like "Aa-##"/);
  });
});

describe('words a branch is chosen by', () => {
  const code =
    'return { grams: /\\bkg\\b/i.test(text(input.weight)) ? parseNumber(input.weight) * 1000 : /\\bg\\b/i.test(text(input.weight)) ? parseNumber(input.weight) : Math.round(parseNumber(input.weight) * 453.6) };';
  const weights = profileInputs(
    examples([{ weight: '1.2 kg' }, { weight: '350 g' }, { weight: '2 lb' }, { weight: '5 lb' }]),
    code,
  );

  it('send a record with a word no example had to review: its branch is a guess', () => {
    expect(uncoveredShape(weights, { weight: '3 lb' })).toBeNull();
    expect(uncoveredShape(weights, { weight: '34 oz' })).toMatch(/"weight" has the word "oz"/);
    expect(uncoveredShape(weights, { weight: '2528 grams' })).toMatch(/"grams"/);
  });

  it('are not held against a field the code does not test words of', () => {
    const plain = profileInputs(
      examples([{ weight: '1.2 kg' }, { weight: '350 kg' }, { weight: '2 kg' }]),
      'return { kg: parseNumber(input.weight) };',
    );
    expect(uncoveredShape(plain, { weight: '34 kg' })).toBeNull();
    // A word beside a number the code reads alone may name another unit: that is held below.
    expect(uncoveredShape(plain, { weight: '34 kilograms' })).toMatch(
      /the word "kilograms" beside its number/,
    );
  });
});

describe('words of a value a branch is chosen by punctuation or shape', () => {
  it('send a record with a word no example had to review', () => {
    const speeds = profileInputs(
      examples([{ speed: '60 mph' }, { speed: '100 km/h' }, { speed: '30 mph' }]),
      "return { kmh: text(input.speed).includes('/') ? parseNumber(input.speed) : parseNumber(input.speed) * 1.609 };",
    );
    expect(uncoveredShape(speeds, { speed: '80 km/h' })).toBeNull();
    expect(uncoveredShape(speeds, { speed: '186 mi/h' })).toMatch(/the word "mi"/);
    const took = profileInputs(
      examples([{ took: '2 hours 15 minutes' }, { took: '45 minutes' }, { took: '1 hour' }]),
      'return { minutes: /^\\d+\\s+\\p{L}+$/u.test(text(input.took).trim()) ? duration(input.took) : 0 };',
    );
    expect(uncoveredShape(took, { took: '3 hours' })).toBeNull();
    expect(uncoveredShape(took, { took: '6 hr 52 min' })).toMatch(/the word "hr"/);
  });
});

describe('a field the code only reads a number from', () => {
  const prices = profileInputs(
    examples([{ price: "CHF 1'234.50" }, { price: 'CHF 12.90' }, { price: 'CHF 45.00' }]),
    'return { amount: parseNumber(input.price) };',
  );

  it('is held to the shape of its number, and to the words and symbols the examples had around it', () => {
    expect(uncoveredShape(prices, { price: '494.49 CHF' })).toBeNull();
    expect(uncoveredShape(prices, { price: "chf 2'322.00" })).toBeNull();
    // Another word or symbol may name another currency or a sign the number alone does not carry.
    expect(uncoveredShape(prices, { price: "SFr. 2'322.00" })).toMatch(/the word "sfr"/);
    expect(uncoveredShape(prices, { price: '1.234,50 CHF' })).toMatch(/"price"/);
    expect(uncoveredShape(prices, { price: 'CHF 12.9' })).toMatch(/"price"/);
    expect(uncoveredShape(prices, { price: 'CHF -12.90' })).toMatch(/"price"/);
    expect(uncoveredShape(prices, { price: 'on request' })).toMatch(/"price" has no number/);
  });

  it('is held to its whole shape when the code reads it some other way too', () => {
    const both = profileInputs(
      examples([{ price: 'CHF 1.50' }, { price: 'CHF 12.90' }, { price: 'CHF 45.00' }]),
      "return { amount: parseNumber(input.price), currency: token(input.price, ' ', 0) };",
    );
    expect(uncoveredShape(both, { price: '494.49 CHF' })).toMatch(/"price"/);
  });
});

describe('words a value is classified by, and words the code counts', () => {
  it('sends a yes/no word no example had to review', () => {
    const flags = profileInputs(
      examples([{ n: 'yes' }, { n: 'no' }, { n: 'Yes' }]),
      'return { newsletter: isYes(input.n) };',
    );
    expect(uncoveredShape(flags, { n: 'YES' })).toBeNull();
    expect(uncoveredShape(flags, { n: 'oui' })).toMatch(/the word "oui"/);
  });

  it('keeps the word count in the shape of a value the code cuts at spaces', () => {
    const names = profileInputs(
      // Word counts differ (no piece count to hold to), but every surname was one word.
      examples([{ name: 'Smith, John' }, { name: 'Garcia, Ana Maria' }, { name: 'Chen, Wei' }]),
      "return { last: token(token(input.name, ',', 0), ' ', -1) };",
    );
    expect(uncoveredShape(names, { name: 'Okafor, Ravi' })).toBeNull();
    expect(uncoveredShape(names, { name: 'Van Der Berg, Grace' })).toMatch(/"name"/);
    const cities = profileInputs(
      examples([{ place: 'Reno, NV' }, { place: 'Boise, ID' }, { place: 'Dover, DE' }]),
      "return { city: token(input.place, ',', 0) };",
    );
    expect(uncoveredShape(cities, { place: 'Salt Lake City, UT' })).toBeNull();
  });
});

describe('thousands marks', () => {
  it('tell 1.954 (a thousands dot) from 2,081 (a thousands comma)', () => {
    const prices = profileInputs(
      examples([{ p: 'USD 12.50' }, { p: '2,081 CAD' }, { p: 'EUR 503' }]),
      'return { amount: parseNumber(input.p) };',
    );
    expect(uncoveredShape(prices, { p: '9,999 CAD' })).toBeNull();
    expect(uncoveredShape(prices, { p: '1.954 CAD' })).toMatch(/"p" looks like "#\.###"/);
  });
});

describe('a field read whole by a reader that checks it itself', () => {
  it('is held to its number (its decimals and mark), not to the width of its whole part, when the decimal mark is stated', () => {
    const prices = profileInputs(
      examples([{ p: '544,59 €' }, { p: '442,84 €' }, { p: 'EUR 1,50' }, { p: '1.500 €' }]),
      "return { amount: parseNumber(input.p, ',') };",
    );
    // With the decimal mark stated, a lone dot before three digits groups thousands.
    expect(uncoveredShape(prices, { p: '2.750 €' })).toBeNull();
    expect(uncoveredShape(prices, { p: '€ 17.609,70' })).toBeNull();
    expect(uncoveredShape(prices, { p: '879,23€' })).toBeNull();
    expect(uncoveredShape(prices, { p: '879,2 €' })).toMatch(/"p"/);
    expect(uncoveredShape(prices, { p: '879,234 €' })).toMatch(/"p"/);
    expect(uncoveredShape(prices, { p: '2 x 9,50 €' })).toMatch(/"p"/);
  });

  it('reads a unit by the reader: a unit it does not know gives no number, so only the number is held', () => {
    const speeds = profileInputs(
      examples([{ s: '60 mph' }, { s: '100 km/h' }, { s: '12.5 m/s' }]),
      "return { kmh: round(toUnit(input.s, 'km/h'), 1) };",
    );
    expect(uncoveredShape(speeds, { s: '142 MPH' })).toBeNull();
    expect(uncoveredShape(speeds, { s: '236km/h' })).toBeNull();
    expect(uncoveredShape(speeds, { s: '0.75 m/s' })).toMatch(/"s"/);
    expect(uncoveredShape(speeds, { s: '5 ft 11 in' })).toMatch(/"s"/);
  });

  it('holds a code read by its digits to the digit counts the examples had', () => {
    const isbns = profileInputs(
      examples([{ i: 'ISBN 978-3-16-148410-0' }, { i: '0-306-40615-2' }, { i: '9781830303820' }]),
      'return { isbn: codeDigits(input.i) };',
    );
    expect(uncoveredShape(isbns, { i: 'isbn:0329932772' })).toBeNull();
    expect(uncoveredShape(isbns, { i: 'ISBN 8 2 0767383 4' })).toBeNull();
    expect(uncoveredShape(isbns, { i: '978-3-16-14841' })).toMatch(/"i"/);
  });

  it('leaves a value laid out by its letters and digits to the layout, which refuses another count', () => {
    const macs = profileInputs(
      examples([{ m: '00:1a:2b:3c:4d:5e' }, { m: 'b768.96ce.1f18' }, { m: '20A053EB96BD' }]),
      "return { mac: layout(input.m, 'XX:XX:XX:XX:XX:XX').toLowerCase() };",
    );
    expect(uncoveredShape(macs, { m: 'da-cc-f8-b0-a2-4e' })).toBeNull();
    expect(uncoveredShape(macs, { m: 'DA CC F8 B0 A2 4E' })).toBeNull();
  });
});

describe('a date read whole by parseDate', () => {
  it('is held to the way the reader reads it (numbers or a month name, two- or four-digit year, a time), not to its separators or letter case', () => {
    const named = profileInputs(
      examples([{ d: 'March 5, 2024' }, { d: 'Jan 12, 2023' }, { d: '7 July 2021' }]),
      "return { date: formatDate(parseDate(input.d, 'YMD'), 'yyyy-MM-dd') };",
    );
    expect(uncoveredShape(named, { d: 'MAY 20, 1969' })).toBeNull();
    expect(uncoveredShape(named, { d: 'Nov. 23, 1998' })).toBeNull();
    expect(uncoveredShape(named, { d: 'Tue, 3 Apr 1979' })).toBeNull();
    expect(uncoveredShape(named, { d: '3 Apr 79' })).toMatch(/"d"/);
    expect(uncoveredShape(named, { d: '2024-03-05' })).toMatch(/"d"/);
    expect(uncoveredShape(named, { d: 'March 5, 2024 14:30' })).toMatch(/"d"/);
    const numeric = profileInputs(
      examples([{ d: '05.03.2024' }, { d: '5-3-2024' }, { d: '2024-03-16' }]),
      "return { date: formatDate(parseDate(input.d, 'DMY'), 'yyyy-MM-dd') };",
    );
    expect(uncoveredShape(numeric, { d: '20/03/1968' })).toBeNull();
    expect(uncoveredShape(numeric, { d: '1999/12/31' })).toBeNull();
    expect(uncoveredShape(numeric, { d: '20.8.76' })).toMatch(/"d"/);
    // A two-digit year is read in a window (00–29 are 2000–2029): each side of it is its own reading.
    const short = profileInputs(
      examples([{ d: '5/3/24' }, { d: '17/12/20' }, { d: '1/1/05' }]),
      "return { date: formatDate(parseDate(input.d, 'DMY'), 'yyyy-MM-dd') };",
    );
    expect(uncoveredShape(short, { d: '8/12/29' })).toBeNull();
    expect(uncoveredShape(short, { d: '8/12/30' })).toMatch(/"d"/);
  });
});

describe('an epoch read by parseDate', () => {
  it('is read as an epoch whether a number or digits, seconds and milliseconds apart', () => {
    const epochs = profileInputs(
      examples([{ ts: 1678147200 }, { ts: 1672000000 }] as unknown as Record<string, string>[]),
      "return { at: formatDate(parseDate(input.ts, 'YMD'), 'yyyy-MM-dd') };",
    );
    expect(uncoveredShape(epochs, { ts: 0 })).toBeNull();
    expect(uncoveredShape(epochs, { ts: '1700000000' })).toBeNull();
    expect(uncoveredShape(epochs, { ts: 1700000000000 })).toMatch(/"ts"/);
  });
});
