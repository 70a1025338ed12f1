import { describe, expect, it } from 'vitest';
import * as H from './helpers.ts';
import { loadTransform, synthesize, type SynthExample } from './index.ts';
import { typeCheck, withDeclaredTypes } from './typecheck.ts';

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

/** The fields whose retained programs disagree on an input (empty: the examples settle it). */
function unsettled(result: ReturnType<typeof synthesize>, input: unknown): string[] {
  return result.versionSpace?.disagreements(input).map((d) => d.field) ?? [];
}

/** Type errors of the generated module (and of its rivals module), with Input/Output declared. */
function typeErrors(result: ReturnType<typeof synthesize>, train: SynthExample[]): string[] {
  const declare = (code: string) =>
    withDeclaredTypes(
      code,
      train.map((e) => e.input),
      train.map((e) => e.output),
    );
  const modules = [declare(result.code ?? '')];
  if (result.versionSpace?.module) modules.push(declare(result.versionSpace.module));
  return typeCheck(modules).flat();
}

describe('words of a closed set, however the input spells them', () => {
  it('reads log levels it was never shown, in the case the examples write them', () => {
    const train = pairs([
      [{ line: '[WARN] disk almost full' }, { level: 'WARN' }],
      [{ line: '[ERROR] db timeout after 30s' }, { level: 'ERROR' }],
      [{ line: '[INFO] started worker 3' }, { level: 'INFO' }],
    ]);
    const { result, transform } = learn(train);
    expect(result.code).toContain('oneOf(');
    expect(transform({ line: 'level=debug msg="export finished"' })).toEqual({ level: 'DEBUG' });
    expect(transform({ line: '<warning> payment provider returned 502' })).toEqual({ level: 'WARN' });
    expect(transform({ line: '2022-06-10T21:56:54Z info: token expired' })).toEqual({ level: 'INFO' });
    // "the first word" also fits the examples, but "level" is no level: it has no say there.
    expect(unsettled(result, { line: 'level=debug msg="export finished"' })).toEqual([]);
    expect(typeErrors(result, train)).toEqual([]);
  });

  it('maps variants and abbreviations onto the words the outputs use', () => {
    const { transform } = learn(
      pairs([
        [{ sev: 'WARN' }, { level: 'warning' }],
        [{ sev: 'Wrn' }, { level: 'warning' }],
        [{ sev: 'err' }, { level: 'error' }],
        [{ sev: 'Information' }, { level: 'info' }],
      ]),
    );
    expect(transform({ sev: 'ERROR' })).toEqual({ level: 'error' });
    expect(transform({ sev: 'Warning' })).toEqual({ level: 'warning' });
    expect(transform({ sev: 'dbg' })).toEqual({ level: 'debug' });
  });

  it('reads garment sizes written out, and takes a reply the rules cannot read as another name', () => {
    const sizes = learn(
      pairs([
        [{ size: 'Small' }, { size: 'S' }],
        [{ size: 'M' }, { size: 'M' }],
        [{ size: 'X-Large' }, { size: 'XL' }],
      ]),
    );
    expect(sizes.transform({ size: 'Extra Large' })).toEqual({ size: 'XL' });
    expect(sizes.transform({ size: '2XL' })).toEqual({ size: 'XXL' });
    expect(sizes.transform({ size: 'LARGE' })).toEqual({ size: 'L' });
    // A written-out form the set does not know is learned from its example.
    const more = learn(
      pairs([
        [{ size: 'Small' }, { size: 'S' }],
        [{ size: 'M' }, { size: 'M' }],
        [{ size: 'Triple XL' }, { size: 'XXXL' }],
        [{ size: 'X-Large' }, { size: 'XL' }],
      ]),
    );
    expect(more.transform({ size: 'triple xl' })).toEqual({ size: 'XXXL' });
    expect(more.transform({ size: '3X' })).toEqual({ size: 'XXXL' });
    const replies = learn(
      pairs([
        [{ reply: 'Yes' }, { rsvp: 'yes' }],
        [{ reply: 'Declined' }, { rsvp: 'no' }],
        [{ reply: 'Maybe' }, { rsvp: 'maybe' }],
        [{ reply: 'Attending' }, { rsvp: 'yes' }],
      ]),
    );
    expect(replies.transform({ reply: 'decline' })).toEqual({ rsvp: 'no' });
    expect(replies.transform({ reply: 'Will attend' })).toEqual({ rsvp: 'yes' });
  });

  it("takes the words from the schema's enum when it lists them", () => {
    const train = pairs([
      [{ note: 'MAJ - login fails' }, { severity: 'major' }],
      [{ note: 'minor: typo on page' }, { severity: 'minor' }],
      [{ note: 'Blocker!! checkout down' }, { severity: 'blocker' }],
    ]);
    const schema = {
      type: 'object',
      properties: { severity: { type: 'string', enum: ['minor', 'major', 'critical', 'blocker'] } },
      required: ['severity'],
    };
    const { result, transform } = learn(train, { schema });
    expect(transform({ note: 'crit: data loss' })).toEqual({ severity: 'critical' });
    expect(transform({ note: 'blk - cannot pay' })).toEqual({ severity: 'blocker' });
    expect(typeErrors(result, train)).toEqual([]);
  });
});

describe('phone numbers in E.164', () => {
  it('reads national numbers in the country a column names, for countries never shown', () => {
    const train = pairs([
      [{ phone: '020 7946 0958', country: 'GB' }, { e164: '+442079460958' }],
      [{ phone: '030 1234567', country: 'DE' }, { e164: '+49301234567' }],
      [{ phone: '01 23 45 67 89', country: 'FR' }, { e164: '+33123456789' }],
    ]);
    const { result, transform } = learn(train);
    expect(result.code).toContain('e164(');
    expect(transform({ phone: '(02) 4505 8842', country: 'AU' })).toEqual({ e164: '+61245058842' });
    expect(transform({ phone: '+49 30/8335482', country: 'DE' })).toEqual({ e164: '+49308335482' });
    expect(transform({ phone: '0031 205434631', country: 'NL' })).toEqual({ e164: '+31205434631' });
    expect(typeErrors(result, train)).toEqual([]);
  });

  it('infers the one country every example is from', () => {
    const { result, transform } = learn(
      pairs([
        [{ tel: '020 7946 0958' }, { tel: '+442079460958' }],
        [{ tel: '0161 496 0000' }, { tel: '+441614960000' }],
        [{ tel: '+44 117 496 0123' }, { tel: '+441174960123' }],
      ]),
    );
    expect(result.code).toContain("e164(input.tel, '44')");
    expect(transform({ tel: '(0131) 496 0999' })).toEqual({ tel: '+441314960999' });
  });
});

describe('phone numbers split', () => {
  it('splits international numbers into calling code and national number', () => {
    const { transform } = learn(
      pairs([
        [{ contact: '+49 30 1234567' }, { dialCode: '+49', nationalNumber: '301234567' }],
        [{ contact: '+44 20 7946 0018' }, { dialCode: '+44', nationalNumber: '2079460018' }],
        [{ contact: '+33 6 12 34 56 78' }, { dialCode: '+33', nationalNumber: '612345678' }],
      ]),
    );
    expect(transform({ contact: '+1-415-555-0134' })).toEqual({
      dialCode: '+1',
      nationalNumber: '4155550134',
    });
    expect(transform({ contact: '+353 (0)1 234 5678' })).toEqual({
      dialCode: '+353',
      nationalNumber: '12345678',
    });
  });
});

describe('product codes with check digits', () => {
  it('computes the check digit a payload lacks', () => {
    const { transform } = learn(
      pairs([
        [{ code: '400638133393' }, { ean13: '4006381333931' }],
        [{ code: '590123412345' }, { ean13: '5901234123457' }],
        [{ code: '871125300120' }, { ean13: '8711253001202' }],
      ]),
    );
    expect(transform({ code: '8 009210 64997' })).toEqual({ ean13: '8009210649971' });
  });

  it('writes a 12-digit UPC-A as the EAN-13 it is, and settles it', () => {
    const train = pairs([
      [{ barcode: '4006381333931' }, { ean: '4006381333931' }],
      [{ barcode: 'EAN 5901234123457' }, { ean: '5901234123457' }],
      [{ barcode: '8711253001202' }, { ean: '8711253001202' }],
    ]);
    const { result, transform } = learn(train);
    expect(result.code).toContain('gtin(');
    expect(transform({ barcode: 'UPC 036000291452' })).toEqual({ ean: '0036000291452' });
    expect(unsettled(result, { barcode: 'UPC 036000291452' })).toEqual([]);
    expect(typeErrors(result, train)).toEqual([]);
  });

  it('turns ISBN-10s into ISBN-13s with a computed check digit, never from a wrong one', () => {
    const train = pairs([
      [{ isbn: '0-306-40615-2' }, { isbn13: '9780306406157' }],
      [{ isbn: '3-16-148410-X' }, { isbn13: '9783161484100' }],
      [{ isbn: '1-4028-9462-7' }, { isbn13: '9781402894626' }],
    ]);
    const { result, transform } = learn(train);
    expect(result.code).toContain('isbn13(');
    expect(transform({ isbn: 'ISBN-10: 0-19-852663-6' })).toEqual({ isbn13: '9780198526636' });
    expect(transform({ isbn: '978-1-86197-876-9' })).toEqual({ isbn13: '9781861978769' });
    // A wrong check digit: no ISBN-13 is made from it, the record goes to a person.
    expect(() => transform({ isbn: '0-19-852663-7' })).toThrow(/^isbn13 cannot read "0-19-852663-7"/);
    expect(typeErrors(result, train)).toEqual([]);
  });
});

describe('addresses of other countries, read by the postcode', () => {
  it('reads a city written after a postcode that comes first, however many words it has', () => {
    const train = pairs([
      [{ address: 'Hauptstraße 5, 10115 Berlin' }, { zip: '10115', city: 'Berlin' }],
      [{ address: 'Goethestr. 12, 04109 Leipzig' }, { zip: '04109', city: 'Leipzig' }],
      [{ address: 'Am Ring 101, 53111 Bonn' }, { zip: '53111', city: 'Bonn' }],
    ]);
    const { result, transform } = learn(train);
    expect(result.code).toContain('addressPart(');
    expect(transform({ address: 'Hauptstraße 18, 60311 Frankfurt am Main' })).toEqual({
      zip: '60311',
      city: 'Frankfurt am Main',
    });
    expect(typeErrors(result, train)).toEqual([]);
  });

  it('reads the suburb and state before a postcode that comes last', () => {
    const { transform } = learn(
      pairs([
        [{ address: '12 George St, Sydney NSW 2000' }, { suburb: 'Sydney', state: 'NSW', postcode: '2000' }],
        [
          { address: '45 Collins Street, Melbourne VIC 3000' },
          { suburb: 'Melbourne', state: 'VIC', postcode: '3000' },
        ],
        [{ address: '7 Beach Rd, Bondi NSW 2026' }, { suburb: 'Bondi', state: 'NSW', postcode: '2026' }],
      ]),
    );
    expect(transform({ address: '45 The Esplanade, Hobart TAS 7000, Australia' })).toEqual({
      suburb: 'Hobart',
      state: 'TAS',
      postcode: '7000',
    });
    expect(transform({ address: '434 Smith Rd, Surry Hills NSW 2010' })).toEqual({
      suburb: 'Surry Hills',
      state: 'NSW',
      postcode: '2010',
    });
  });

  it('writes Canadian postal codes the standard way whatever their spacing and case', () => {
    const { transform } = learn(
      pairs([
        [{ address: '290 Bremner Blvd, Toronto, ON M5V 3L9' }, { city: 'Toronto', postal: 'M5V 3L9' }],
        [{ address: '111 Wellington St, Ottawa, ON K1A 0A9' }, { city: 'Ottawa', postal: 'K1A 0A9' }],
        [{ address: '800 Robson St, Vancouver, BC V6Z 2E7' }, { city: 'Vancouver', postal: 'V6Z 2E7' }],
      ]),
    );
    expect(transform({ address: "8874 Water St, St. John's, NL, a1c 5m2" })).toEqual({
      city: "St. John's",
      postal: 'A1C 5M2',
    });
  });
});

describe('times in UTC', () => {
  it('moves a time with a zone offset to UTC when the examples do', () => {
    const train = pairs([
      [{ timestamp: '2024-03-05T10:15:00+01:00' }, { utc: '2024-03-05T09:15:00Z' }],
      [{ timestamp: '2024-07-01T23:30:00-04:00' }, { utc: '2024-07-02T03:30:00Z' }],
      [{ timestamp: '2024-01-09T08:00:00Z' }, { utc: '2024-01-09T08:00:00Z' }],
    ]);
    const { result, transform } = learn(train);
    expect(result.code).toContain('toUtc(');
    expect(transform({ timestamp: '2026-11-24T09:32-05:00' })).toEqual({ utc: '2026-11-24T14:32:00Z' });
    expect(typeErrors(result, train)).toEqual([]);
  });
});
