import { pad, type FrozenSpec, type Rng } from './lib.ts';

function digits(rng: Rng, n: number): string {
  return Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
}

function isbn13(rng: Rng): string {
  const body = `${rng.pick(['978', '978', '979'])}${digits(rng, 9)}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

function isbn10(rng: Rng): string {
  const body = digits(rng, 9);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${body}${check === 10 ? 'X' : check}`;
}

function isbn10to13(isbn: string): string {
  const body = `978${isbn.slice(0, 9)}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Hyphenates an ISBN the way publishers print it (group lengths vary; these are plausible). */
function hyphenate(rng: Rng, isbn: string, sep = '-'): string {
  if (isbn.length === 13) {
    const pub = rng.int(2, 5);
    return [
      isbn.slice(0, 3),
      isbn.slice(3, 4),
      isbn.slice(4, 4 + pub),
      isbn.slice(4 + pub, 12),
      isbn.slice(12),
    ].join(sep);
  }
  const pub = rng.int(2, 5);
  return [isbn.slice(0, 1), isbn.slice(1, 1 + pub), isbn.slice(1 + pub, 9), isbn.slice(9)].join(sep);
}

const HEX = '0123456789abcdef';

export const identifiers: FrozenSpec[] = [
  {
    name: 'isbn-digits',
    category: 'identifiers',
    description:
      'ISBNs from a book catalogue, however written (hyphens, spaces, an "ISBN" label), become {isbn}: the digits only (a final X check character kept, upper case).',
    train: [
      { input: { isbn: '978-0-306-40615-7' }, output: { isbn: '9780306406157' } },
      { input: { isbn: '978-1-4028-9462-6' }, output: { isbn: '9781402894626' } },
      { input: { isbn: '0-306-40615-2' }, output: { isbn: '0306406152' } },
    ],
    record(rng) {
      const isbn = rng.chance(0.7) ? isbn13(rng) : isbn10(rng);
      const shown = rng.weighted([
        [hyphenate(rng, isbn), 5],
        [hyphenate(rng, isbn, ' '), 1],
        [isbn, 2],
        [`ISBN ${hyphenate(rng, isbn)}`, 1],
        [`ISBN-${isbn.length}: ${hyphenate(rng, isbn)}`, 1],
        [`ISBN: ${isbn}`, 1],
      ] as const);
      return { input: { isbn: rng.chance(0.3) ? shown.toLowerCase() : shown }, output: { isbn } };
    },
  },
  {
    name: 'isbn10-to-isbn13',
    category: 'identifiers',
    description:
      'Old 10-digit ISBNs (hyphenated or not) become {isbn13}: "978" + the first nine digits + the ISBN-13 check digit (weights 1,3,1,3…, check = (10 − sum mod 10) mod 10).',
    train: [
      { input: { isbn10: '0-306-40615-2' }, output: { isbn13: '9780306406157' } },
      { input: { isbn10: '1-4028-9462-7' }, output: { isbn13: '9781402894626' } },
      { input: { isbn10: '0-19-852663-6' }, output: { isbn13: '9780198526636' } },
    ],
    record(rng) {
      const isbn = isbn10(rng);
      return {
        input: { isbn10: rng.chance(0.7) ? hyphenate(rng, isbn) : isbn },
        output: { isbn13: isbn10to13(isbn) },
      };
    },
  },
  {
    name: 'invoice-number-parts',
    category: 'identifiers',
    description:
      'Invoice numbers from several accounting exports ("INV-2024-00042" and variants) become {year, seq} as numbers.',
    train: [
      { input: { invoice: 'INV-2024-00042' }, output: { year: 2024, seq: 42 } },
      { input: { invoice: 'INV-2023-01187' }, output: { year: 2023, seq: 1187 } },
      { input: { invoice: 'INV-2024-00005' }, output: { year: 2024, seq: 5 } },
    ],
    record(rng) {
      const year = rng.int(2015, 2026);
      const seq = rng.weighted([
        [rng.int(1, 99), 2],
        [rng.int(100, 9999), 4],
        [rng.int(10000, 99999), 1],
      ] as const);
      const text = rng.weighted([
        [`INV-${year}-${pad(seq, 5)}`, 6],
        [`INV ${year}/${pad(seq, 5)}`, 1],
        [`#INV-${year}-${seq}`, 1],
        [`inv-${year}-${pad(seq, 4)}`, 1],
        [`INV${year}-${pad(seq, 5)}`, 1],
      ] as const);
      return { input: { invoice: text }, output: { year, seq } };
    },
  },
  {
    name: 'iban-print-format',
    category: 'identifiers',
    description:
      'IBANs, however pasted, become {iban} in print form: upper case, groups of four separated by single spaces.',
    train: [
      { input: { iban: 'DE89370400440532013000' }, output: { iban: 'DE89 3704 0044 0532 0130 00' } },
      { input: { iban: 'GB29NWBK60161331926819' }, output: { iban: 'GB29 NWBK 6016 1331 9268 19' } },
      { input: { iban: 'DE44500105175407324931' }, output: { iban: 'DE44 5001 0517 5407 3249 31' } },
    ],
    record(rng) {
      const country = rng.pick(['DE', 'DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT']);
      const bban =
        country === 'DE'
          ? digits(rng, 18)
          : country === 'GB'
            ? `${rng.pick(['NWBK', 'BARC', 'HBUK', 'LOYD'])}${digits(rng, 14)}`
            : country === 'FR'
              ? `${digits(rng, 20)}${rng.pick(['M', 'A', '0'])}${digits(rng, 2)}`
              : country === 'NL'
                ? `${rng.pick(['ABNA', 'INGB', 'RABO'])}${digits(rng, 10)}`
                : country === 'ES'
                  ? digits(rng, 20)
                  : country === 'IT'
                    ? `${rng.pick(['X', 'A'])}${digits(rng, 22)}`
                    : country === 'BE'
                      ? digits(rng, 12)
                      : digits(rng, 16);
      const iban = `${country}${digits(rng, 2)}${bban}`;
      const printed = iban.replace(/(.{4})(?=.)/g, '$1 ');
      const shown = rng.weighted([
        [iban, 5],
        [printed, 2],
        [printed.toLowerCase(), 1],
        [iban.toLowerCase(), 1],
        [` ${printed} `, 1],
      ] as const);
      return { input: { iban: shown }, output: { iban: printed } };
    },
  },
  {
    name: 'card-brand-last4',
    category: 'identifiers',
    description:
      'Card numbers become {brand, last4}: brand from the leading digits (4 visa, 51–55 mastercard, 34/37 amex, 6011 discover).',
    train: [
      { input: { card: '4111 1111 1111 1111' }, output: { brand: 'visa', last4: '1111' } },
      { input: { card: '5500 0000 0000 0004' }, output: { brand: 'mastercard', last4: '0004' } },
      { input: { card: '4012 8888 8888 1881' }, output: { brand: 'visa', last4: '1881' } },
    ],
    record(rng) {
      const brand = rng.weighted([
        ['visa', 5],
        ['mastercard', 3],
        ['amex', 2],
        ['discover', 1],
      ] as const);
      const prefix = {
        visa: '4',
        mastercard: `5${rng.int(1, 5)}`,
        amex: rng.pick(['34', '37']),
        discover: '6011',
      }[brand];
      const number = `${prefix}${digits(rng, (brand === 'amex' ? 15 : 16) - prefix.length)}`;
      const grouped =
        brand === 'amex'
          ? `${number.slice(0, 4)} ${number.slice(4, 10)} ${number.slice(10)}`
          : number.replace(/(.{4})(?=.)/g, '$1 ');
      const shown = rng.weighted([
        [grouped, 5],
        [number, 3],
        [grouped.replaceAll(' ', '-'), 2],
      ] as const);
      return { input: { card: shown }, output: { brand, last4: number.slice(-4) } };
    },
  },
  {
    name: 'uuid-canonical',
    category: 'identifiers',
    description:
      'GUIDs/UUIDs from different systems (braces, upper case, no dashes, "urn:uuid:") become {id} in canonical form: lower case, 8-4-4-4-12 with dashes.',
    train: [
      {
        input: { id: '{6F9619FF-8B86-D011-B42D-00C04FC964FF}' },
        output: { id: '6f9619ff-8b86-d011-b42d-00c04fc964ff' },
      },
      {
        input: { id: '123E4567-E89B-12D3-A456-426614174000' },
        output: { id: '123e4567-e89b-12d3-a456-426614174000' },
      },
      {
        input: { id: '{0B7A1C2D-3E4F-5061-7283-94A5B6C7D8E9}' },
        output: { id: '0b7a1c2d-3e4f-5061-7283-94a5b6c7d8e9' },
      },
    ],
    record(rng) {
      const hex = Array.from({ length: 32 }, () => rng.pick([...HEX])).join('');
      const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      const shown = rng.weighted([
        [`{${id.toUpperCase()}}`, 3],
        [id.toUpperCase(), 2],
        [id, 2],
        [hex.toUpperCase(), 1],
        [hex, 1],
        [`urn:uuid:${id}`, 1],
      ] as const);
      return { input: { id: shown }, output: { id } };
    },
  },
];

export const productCodes: FrozenSpec[] = [
  {
    name: 'sku-attributes',
    category: 'product-codes',
    description:
      'Apparel SKUs ("BRAND-TYPE-COLOR-SIZE", three-letter codes and a size) become {brand, type, color, size} in upper case.',
    train: [
      { input: { sku: 'ACM-TSH-BLU-L' }, output: { brand: 'ACM', type: 'TSH', color: 'BLU', size: 'L' } },
      { input: { sku: 'ACM-HOD-BLK-M' }, output: { brand: 'ACM', type: 'HOD', color: 'BLK', size: 'M' } },
      { input: { sku: 'NRT-TSH-RED-S' }, output: { brand: 'NRT', type: 'TSH', color: 'RED', size: 'S' } },
    ],
    record(rng) {
      const parts = {
        brand: rng.pick(['ACM', 'NRT', 'ZEN', 'PKO']),
        type: rng.pick(['TSH', 'HOD', 'JKT', 'SCK', 'CAP']),
        color: rng.pick(['BLU', 'BLK', 'RED', 'WHT', 'GRN', 'NVY']),
        size: rng.pick(['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', 'OS']),
      };
      const sep = rng.weighted([
        ['-', 8],
        ['_', 1],
        ['/', 1],
      ] as const);
      const sku = [parts.brand, parts.type, parts.color, parts.size].join(sep);
      return { input: { sku: rng.chance(0.15) ? sku.toLowerCase() : sku }, output: parts };
    },
  },
  {
    name: 'gtin14-from-barcode',
    category: 'product-codes',
    description:
      'Barcodes from supplier feeds (UPC-A 12 digits, EAN-13, EAN-8; sometimes with spaces or dashes) become {gtin}: the digits left-padded with zeros to 14.',
    train: [
      { input: { barcode: '036000291452' }, output: { gtin: '00036000291452' } },
      { input: { barcode: '4006381333931' }, output: { gtin: '04006381333931' } },
      { input: { barcode: '012345678905' }, output: { gtin: '00012345678905' } },
    ],
    record(rng) {
      const length = rng.weighted([
        [12, 5],
        [13, 4],
        [8, 1],
      ] as const);
      const code = digits(rng, length);
      const shown =
        length === 12 && rng.chance(0.2)
          ? `${code[0]} ${code.slice(1, 6)} ${code.slice(6, 11)} ${code[11]}`
          : length === 13 && rng.chance(0.2)
            ? `${code[0]}-${code.slice(1, 7)}-${code.slice(7)}`
            : code;
      return { input: { barcode: shown }, output: { gtin: code.padStart(14, '0') } };
    },
  },
  {
    name: 'variant-title-options',
    category: 'product-codes',
    description: 'Shop variant titles ("Product - Color / Size") become {color, size}.',
    train: [
      { input: { title: 'Acme Cotton T-Shirt - Blue / L' }, output: { color: 'Blue', size: 'L' } },
      { input: { title: 'Acme Hoodie - Black / M' }, output: { color: 'Black', size: 'M' } },
      { input: { title: 'Acme Cotton T-Shirt - Red / S' }, output: { color: 'Red', size: 'S' } },
    ],
    record(rng) {
      const product = rng.pick([
        'Acme Cotton T-Shirt',
        'Acme Hoodie',
        'Acme Socks (3-pack)',
        'Trail Jacket - Waterproof',
        'Cap',
      ]);
      const color = rng.pick(['Blue', 'Black', 'Red', 'Navy Blue', 'Heather Grey', 'Off-White', 'Green']);
      const size = rng.pick(['XS', 'S', 'M', 'L', 'XL', 'XXL', 'One Size', '10', 'EU 42']);
      const dash = rng.weighted([
        [' - ', 8],
        [' – ', 2],
      ] as const);
      const slash = rng.chance(0.85) ? ' / ' : '/';
      return { input: { title: `${product}${dash}${color}${slash}${size}` }, output: { color, size } };
    },
  },
  {
    name: 'part-number-revision',
    category: 'product-codes',
    description:
      'Engineering part numbers with a revision ("PN-10234-REV-B" and variants) become {part, rev}: the number as text and the revision letter in upper case, null when none is given.',
    train: [
      { input: { pn: 'PN-10234-REV-B' }, output: { part: '10234', rev: 'B' } },
      { input: { pn: 'PN-20871-REV-A' }, output: { part: '20871', rev: 'A' } },
      { input: { pn: 'PN-10555-REV-C' }, output: { part: '10555', rev: 'C' } },
    ],
    record(rng) {
      const part = digits(rng, rng.pick([5, 5, 5, 6]));
      const rev = rng.chance(0.9) ? rng.pick(['A', 'B', 'C', 'D', 'E', 'F']) : null;
      const text =
        rev === null
          ? rng.pick([`PN-${part}`, `PN ${part}`])
          : rng.weighted([
              [`PN-${part}-REV-${rev}`, 6],
              [`PN-${part} REV ${rev}`, 1],
              [`pn-${part}-rev-${rev.toLowerCase()}`, 1],
              [`PN-${part} Rev. ${rev}`, 1],
              [`PN${part}-REV${rev}`, 1],
            ] as const);
      return { input: { pn: text }, output: { part, rev } };
    },
  },
  {
    name: 'hs-code-levels',
    category: 'product-codes',
    description:
      'Customs tariff (HS) codes, written with dots, spaces or none, become {chapter (2 digits), heading (4), subheading (6)}.',
    train: [
      { input: { hs: '8471.30.01' }, output: { chapter: '84', heading: '8471', subheading: '847130' } },
      { input: { hs: '6109.10.00' }, output: { chapter: '61', heading: '6109', subheading: '610910' } },
      { input: { hs: '9403.60.80' }, output: { chapter: '94', heading: '9403', subheading: '940360' } },
    ],
    record(rng) {
      const code = `${pad(rng.int(1, 97))}${pad(rng.int(1, 99))}${pad(rng.int(0, 99))}`;
      const tail = rng.chance(0.7) ? pad(rng.int(0, 99)) : '';
      const extra = tail && rng.chance(0.3) ? pad(rng.int(0, 99)) : '';
      const d = `${code}${tail}${extra}`;
      const shown = rng.weighted([
        [[d.slice(0, 4), d.slice(4, 6), d.slice(6, 8), d.slice(8)].filter(Boolean).join('.'), 6],
        [[d.slice(0, 4), d.slice(4, 6), d.slice(6, 8), d.slice(8)].filter(Boolean).join(' '), 2],
        [d, 2],
      ] as const);
      return {
        input: { hs: shown },
        output: { chapter: code.slice(0, 2), heading: code.slice(0, 4), subheading: code },
      };
    },
  },
];
