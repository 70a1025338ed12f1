import { describe, expect, it } from 'vitest';
import { helperSources, withDependencies } from './helper-source.ts';
import * as H from './helpers.ts';
import { REVIEW_MARKER, reviewMarkerReason } from '../run/review-marker.ts';

/** The reader throws the review mark, its message naming the reader (never "" as an answer). */
function expectReview(read: () => unknown, reader: string): void {
  let thrown: unknown;
  try {
    read();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${reader} should stop for review`).toBeInstanceOf(Error);
  expect((thrown as Error).name).toBe(REVIEW_MARKER);
  expect(reviewMarkerReason(thrown)).toMatch(new RegExp(`^${reader} cannot read `));
}

describe('text pieces', () => {
  it('reads tokens from either end and trims them', () => {
    expect(H.token('Smith, John', ',', 1)).toBe('John');
    expect(H.token('  a   b  c ', ' ', -1)).toBe('c');
    expect(H.token('a-b', '-', 5)).toBe('');
    expect(H.after('x@y@z', '@')).toBe('y@z');
    expect(H.after('none', '@')).toBe('');
    expect(H.beforeLast('a/b.c.pdf', '.')).toBe('a/b.c');
    expect(H.nthMatch('ab 12 cd 345', /\d+/g, -1)).toBe('345');
    expect(H.text(null)).toBe('');
    expect(H.text(12.5)).toBe('12.5');
  });

  it('changes case and joins words', () => {
    expect(H.titleCase("o'neil-SMITH jr")).toBe("O'Neil-Smith Jr");
    expect(H.capitalize('hELLO there')).toBe('Hello there');
    expect(H.slugify('Q&A with the Team!', '-')).toBe('q-a-with-the-team');
    expect(H.slugify('unitPrice', '_')).toBe('unit_price');
    expect(H.camelCase('date of birth')).toBe('dateOfBirth');
    expect(H.pascalCase('summer sale')).toBe('SummerSale');
  });
});

describe('numbers', () => {
  it.each([
    ['$1,234.50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['1 234,50', 1234.5],
    ['99,90', 99.9],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['(45.00)', -45],
    ['-$5', -5],
    ['5 kg', 5],
    ['Item - $5', 5],
    ['12%', 12],
  ])('parses %s', (input, expected) => {
    expect(H.parseNumber(input)).toBe(expected);
  });

  it('returns NaN when there is no number', () => {
    expect(H.parseNumber('n/a')).toBeNaN();
    expect(H.parseNumber(null)).toBeNaN();
  });

  it('rounds without binary noise and formats with grouping', () => {
    expect(H.round(1.005, 2)).toBe(1.01);
    expect(H.round(2.25, 1)).toBe(2.3);
    expect(H.formatNumber(1234567.891, 2, ',', '.')).toBe('1,234,567.89');
    expect(H.formatNumber(1234.5, 2, '.', ',')).toBe('1.234,50');
    expect(H.formatNumber(-0.001, 2, ',', '.')).toBe('0.00');
    expectReview(() => H.formatNumber(Number.NaN, 2, ',', '.'), 'formatNumber');
  });
});

describe('dates', () => {
  const day = (value: unknown, order: 'DMY' | 'MDY' | 'YMD' = 'MDY') => {
    const d = H.parseDate(value, order);
    return d && `${d.year}-${d.month}-${d.day} ${d.hour}:${d.minute}:${d.second}`;
  };

  it('reads common formats', () => {
    expect(day('2023-03-07T14:30:05Z')).toBe('2023-3-7 14:30:5');
    expect(day('03/07/2023')).toBe('2023-3-7 0:0:0');
    expect(day('03/07/2023', 'DMY')).toBe('2023-7-3 0:0:0');
    expect(day('7.3.23', 'DMY')).toBe('2023-3-7 0:0:0');
    expect(day('March 7, 2023')).toBe('2023-3-7 0:0:0');
    expect(day('7 Mar 2023')).toBe('2023-3-7 0:0:0');
    expect(day('Tue, 07 Mar 2023 14:30:00 GMT')).toBe('2023-3-7 14:30:0');
    expect(day('20230307')).toBe('2023-3-7 0:0:0');
    expect(day('2023-03-07 3:45 PM')).toBe('2023-3-7 15:45:0');
    expect(day('2023-03-07 12:10 am')).toBe('2023-3-7 0:10:0');
    expect(day('14:30')).toBe('1970-1-1 14:30:0');
    expect(day('7. März 2023')).toBe('2023-3-7 0:0:0');
    expect(day('25 décembre 2022')).toBe('2022-12-25 0:0:0');
    expect(day('3 days ago')).toBeNull();
  });

  it('reads epoch seconds and milliseconds in UTC', () => {
    expect(day(1678147200)).toBe('2023-3-7 0:0:0');
    expect(day(1678147200000)).toBe('2023-3-7 0:0:0');
    expect(day('1678147200')).toBe('2023-3-7 0:0:0');
  });

  // Gateways that name the unit of their epoch ("1678147200s", "1678147200000 ms"): the unit
  // decides the scale, and a count the unit contradicts (13 digits of seconds) is no date.
  it('reads epoch seconds and milliseconds that name their unit', () => {
    expect(day('1678147200s')).toBe('2023-3-7 0:0:0');
    expect(day('1678147205 s')).toBe('2023-3-7 0:0:5');
    expect(day('1678147200000ms')).toBe('2023-3-7 0:0:0');
    expect(day(' 1678150800000 ms ')).toBe('2023-3-7 1:0:0');
    expect(H.parseDate('1678147200000s', 'YMD')).toBeNull();
    expect(H.parseDate('1678147200ms', 'YMD')).toBeNull();
  });

  it('rejects what is not a date', () => {
    expect(H.parseDate('hello', 'MDY')).toBeNull();
    expect(H.parseDate('13/13/2023', 'MDY')).toBeNull();
    expect(H.parseDate('', 'MDY')).toBeNull();
  });

  it('formats with tokens and quoted literals', () => {
    const d = H.parseDate('2023-03-07 15:04:05', 'YMD');
    expect(H.formatDate(d, "yyyy-MM-dd'T'HH:mm:ss")).toBe('2023-03-07T15:04:05');
    expect(H.formatDate(d, 'EEEE, MMMM d, yy h:mm a')).toBe('Tuesday, March 7, 23 3:04 PM');
    expectReview(() => H.formatDate(null, 'yyyy'), 'formatDate');
  });
});

describe('flags and tables', () => {
  it('reads yes-like values', () => {
    for (const yes of ['Y', 'yes', 'TRUE', 1, true, 'on']) expect(H.isYes(yes)).toBe(true);
    for (const no of ['N', 'no', 'false', 0, false, '', null, 'maybe']) expect(H.isYes(no)).toBe(false);
    expect(H.isBlank('  ')).toBe(true);
    expect(H.isBlank(0)).toBe(false);
  });

  it('looks up ignoring case and spaces, with the fallback otherwise', () => {
    expect(H.lookup({ us: 'United States' }, ' US ', null)).toBe('United States');
    expect(H.lookup({ us: 'United States' }, 'toString', null)).toBeNull();
  });
});

describe('helper sources', () => {
  it('extracts every exported helper with its comment and without export', () => {
    const sources = helperSources();
    const exported = Object.keys(H).sort();
    const functions = [...sources.keys()].filter((name) => name !== 'DateParts').sort();
    expect(functions).toEqual(exported);
    for (const block of sources.values()) {
      expect(block.source.startsWith('// ')).toBe(true);
      expect(block.source).not.toMatch(/^export /m);
    }
  });

  it('pulls in dependencies in file order', () => {
    expect(withDependencies(['formatDate'])).toEqual(['text', 'cannotRead', 'DateParts', 'formatDate']);
    expect(withDependencies(['camelCase'])).toEqual(['text', 'words', 'camelCase', 'capitalize']);
  });
});

describe('one of a closed set of words', () => {
  const levels = { DEBUG: [], INFO: [], WARN: [], ERROR: [], CRITICAL: ['fatal', 'emergency'] };
  it.each([
    ['[WARN] disk almost full', 'WARN'],
    ['warning: disk almost full', 'WARN'],
    ['Wrn disk almost full', 'WARN'],
    ['level=debug msg="x"', 'DEBUG'],
    ['<dbg> x', 'DEBUG'],
    ['[2022-06-10T21:56:54Z] Information: token expired', 'INFO'],
    ['ERR db timeout', 'ERROR'],
    ['E0219 07:21:33.463311 4696 main.go:216] payment failed', 'ERROR'],
    [' W ', 'WARN'],
    ['FATAL: out of memory', 'CRITICAL'],
    ['F', 'CRITICAL'],
  ])('reads %j as %s', (line, level) => {
    expect(H.oneOf(line, levels)).toBe(level);
  });

  it('stops for review when no word names a choice, or the first that does names two alike', () => {
    expectReview(() => H.oneOf('all good here', levels), 'oneOf');
    expectReview(() => H.oneOf('', levels), 'oneOf');
    // "cr" is too short to abbreviate; "crit" starts both.
    expectReview(() => H.oneOf('crit: x', { CRITICAL: [], CRITERIA: [] }), 'oneOf');
    expect(H.oneOf('critical: x', { CRITICAL: [], CRITERIA: [] })).toBe('CRITICAL');
    // A lone letter only where it leads the text ("I" in the middle of a message is no level).
    expectReview(() => H.oneOf('2024-01-01 I think so', levels), 'oneOf');
  });

  it('reads the whole text as one of the other names, whatever its spacing and punctuation', () => {
    const sizes = { S: ['small'], M: ['medium'], L: ['large'], XL: ['extra large', 'x-large'], XXL: ['2xl'] };
    expect(H.oneOf('Extra Large', sizes)).toBe('XL');
    expect(H.oneOf('X-LARGE', sizes)).toBe('XL');
    expect(H.oneOf('2XL', sizes)).toBe('XXL');
    expect(H.oneOf('Small', sizes)).toBe('S');
    expect(H.oneOf('m', sizes)).toBe('M');
  });
});

describe('phone numbers in E.164', () => {
  it.each([
    ['020 7946 0958', 'GB', '+442079460958'],
    ['030 1234567', 'DE', '+49301234567'],
    ['01 23 45 67 89', 'FR', '+33123456789'],
    ['0031 205434631', 'NL', '+31205434631'],
    ['+49 30/8335482', 'DE', '+49308335482'],
    ['+44 (0)20 7946 0958', 'GB', '+442079460958'],
    ['(02) 4505 8842', 'AU', '+61245058842'],
    ['06 1234 5678', 'IT', '+390612345678'],
    ['(415) 555-0134', 'US', '+14155550134'],
    ['1-800-555-0100', 'US', '+18005550100'],
    ['(617) 555-0104 ext. 22', 'US', '+16175550104'],
    ['020 7946 0958', '44', '+442079460958'],
  ])('writes %j in %s as %s', (phone, country, expected) => {
    expect(H.e164(phone, country)).toBe(expected);
  });

  it('stops for review for an unknown country or a length no phone number has', () => {
    expectReview(() => H.e164('020 7946 0958', 'XX'), 'e164');
    expectReview(() => H.e164('555-0134', 'US'), 'e164');
    expectReview(() => H.e164('12', 'DE'), 'e164');
  });
});

describe('product codes and check digits', () => {
  it('splits international numbers into calling code and national number', () => {
    expect(H.phonePart('+44 (0)20 7946 0018', 'code')).toBe('+44');
    expect(H.phonePart('+44 (0)20 7946 0018', 'number')).toBe('2079460018');
    expect(H.phonePart('0049-30-1234567', 'code')).toBe('+49');
    expect(H.phonePart('+39-062-5291-339', 'number')).toBe('0625291339');
    expect(H.phonePart('+1 415 555 0134', 'code')).toBe('+1');
    expectReview(() => H.phonePart('020 7946 0018', 'code'), 'phonePart');
  });

  it('appends the check digit to a payload', () => {
    expect(H.withCheckDigit('8 009210 64997')).toBe('8009210649971');
    expect(H.withCheckDigit('400638133393')).toBe('4006381333931');
    expectReview(() => H.withCheckDigit('12'), 'withCheckDigit');
  });

  it('computes GS1 check digits', () => {
    expect(H.gtinCheckDigit('400638133393')).toBe('1');
    expect(H.gtinCheckDigit('03600029145')).toBe('2');
  });

  it('writes a GTIN with a given number of digits, zeros in front of a UPC-A', () => {
    expect(H.gtin('UPC 0-36000-29145-2', 13)).toBe('0036000291452');
    expect(H.gtin('EAN 5901234123457', 13)).toBe('5901234123457');
    expect(H.gtin('036000291452', 14)).toBe('00036000291452');
    expectReview(() => H.gtin('12345', 13), 'gtin');
    expectReview(() => H.gtin('12345678901234', 13), 'gtin');
  });

  it('turns an ISBN-10 into an ISBN-13 only when its check digit is right', () => {
    expect(H.isbn13('0-306-40615-2')).toBe('9780306406157');
    expect(H.isbn13('ISBN-10: 3-16-148410-X')).toBe('9783161484100');
    expect(H.isbn13('978-3-16-148410-0')).toBe('9783161484100');
    expectReview(() => H.isbn13('0-306-40615-3'), 'isbn13');
    expect(H.isbn10('978-0-306-40615-7')).toBe('0306406152');
    expect(H.isbn10('9783161484100')).toBe('316148410X');
    expectReview(() => H.isbn10('979-10-90636-07-1'), 'isbn10');
  });
});

describe('address parts found by the postcode', () => {
  it.each([
    ['134 Victoria Road, Newcastle upon Tyne NE1 7RU', 'UK', 'Newcastle upon Tyne', 'NE1 7RU', ''],
    ['10 Downing Street, London sw1a2aa', 'UK', 'London', 'SW1A 2AA', ''],
    ['Hauptstraße 18, 60311 Frankfurt am Main', '5', 'Frankfurt am Main', '60311', ''],
    ['Laan van Meerdervoort 143, 3011AD  Rotterdam', 'NL', 'Rotterdam', '3011 AD', ''],
    ['434 Smith Rd, Surry Hills NSW 2010', '4', 'Surry Hills', '2010', 'NSW'],
    ['45 The Esplanade, Hobart TAS 7000, Australia', '4', 'Hobart', '7000', 'TAS'],
    ['196 George St, St Kilda Vic 3182', '4', 'St Kilda', '3182', 'VIC'],
    ["3764 Water St, St. John's, NL A1C 5M2", 'CA', "St. John's", 'A1C 5M2', 'NL'],
    ["8874 Water St, St. John's, NL, a1c 5m2", 'CA', "St. John's", 'A1C 5M2', 'NL'],
    ['6-14-16 Nishiki, Naka-ku, Nagoya 〒4600003, Japan', 'JP', 'Nagoya', '460-0003', ''],
    ['500 Main St, Wilkes-Barre, PA 18701-1234', 'US', 'Wilkes-Barre', '18701-1234', 'PA'],
  ])('reads %j (%s)', (address, style, city, postcode, region) => {
    expect(H.addressPart(address, 'city', style)).toBe(city);
    expect(H.addressPart(address, 'postcode', style)).toBe(postcode);
    expect(H.addressPart(address, 'region', style)).toBe(region);
    expect(H.addressPart(address, 'street', style)).toBe(address.split(/[,\n]/)[0]?.trim());
  });

  it('stops for review when the address has no postcode of that style', () => {
    expectReview(() => H.addressPart('10 Main Street, Springfield', 'city', 'US'), 'addressPart');
    expectReview(() => H.addressPart('Hauptstraße 5, Berlin', 'postcode', '5'), 'addressPart');
  });
});

describe('free-text dates', () => {
  it.each([
    ['3rd of March 2024', '2024-03-03'],
    ['the 13th of February, 2024', '2024-02-13'],
    ['March 3rd, 2024', '2024-03-03'],
    ['Sunday, 3rd March 2024', '2024-03-03'],
    ['3. März 2024', '2024-03-03'],
    ['le 3 mars 2024', '2024-03-03'],
    ['3 de marzo de 2024', '2024-03-03'],
    ['3 maart 2024', '2024-03-03'],
    ['3 de março de 2024', '2024-03-03'],
    ['2024年3月5日', '2024-03-05'],
  ])('reads %j', (when, iso) => {
    expect(H.formatDate(H.parseDate(when, 'DMY'), 'yyyy-MM-dd')).toBe(iso);
  });
});

describe('times with a zone offset', () => {
  it.each([
    ['2026-11-24T09:32-05:00', '2026-11-24T14:32:00Z'],
    ['2024-03-05T23:30:00+02:00', '2024-03-05T21:30:00Z'],
    ['2024-12-31 22:00:00 -0300', '2025-01-01T01:00:00Z'],
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00Z'],
    ['2024-03-05 10:00', '2024-03-05T10:00:00Z'],
  ])('reads %j as %s in UTC', (when, utc) => {
    expect(H.formatDate(H.toUtc(H.parseDate(when, 'YMD')), "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe(utc);
  });
});
