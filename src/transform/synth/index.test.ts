import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize, type SynthExample, type SynthOptions } from './index.ts';
import { typeCheck, withDeclaredTypes } from './typecheck.ts';

type Pair = [unknown, unknown];
const examples = (pairs: Pair[]): SynthExample[] => pairs.map(([input, output]) => ({ input, output }));
/** The transform function alone, without the helpers after it. */
const transformBody = (code: string | null): string => (code ?? '').split('\n}\n')[0] ?? '';

/** Learns from `train`, requires a complete program, and returns it as a function. */
function learn(train: Pair[], options: SynthOptions = {}) {
  const result = synthesize(examples(train), options);
  expect(result.unsolved).toEqual([]);
  expect(result.complete).toBe(true);
  expect(result.code).not.toBeNull();
  const run = loadTransform(result.code ?? '');
  return { result, run };
}

/** Learns from `train` and checks held-out pairs. */
function expectGeneralizes(train: Pair[], test: Pair[], options: SynthOptions = {}) {
  const { result, run } = learn(train, options);
  for (const [input, output] of test) expect(run(input)).toEqual(output);
  return result;
}

describe('strings', () => {
  it('prefers a punctuation delimiter to a word position when both fit (names of varying length)', () => {
    expectGeneralizes(
      [
        [{ name: 'SMITH, John' }, { first: 'John' }],
        [{ name: 'GARCIA, Maria' }, { first: 'Maria' }],
      ],
      [[{ name: 'DE LA CRUZ, Ana' }, { first: 'Ana' }]],
    );
  });

  it('concatenates fields with constants', () => {
    expectGeneralizes(
      [
        [{ first: 'John', last: 'Smith' }, { name: 'Smith, John' }],
        [{ first: 'Maria', last: 'Garcia' }, { name: 'Garcia, Maria' }],
      ],
      [[{ first: 'Li', last: 'Wei' }, { name: 'Wei, Li' }]],
    );
  });

  it('takes tokens by delimiter, from the end too, with case changes', () => {
    expectGeneralizes(
      [
        [{ email: 'John.Doe@Example.COM' }, { domain: 'example.com', user: 'John.Doe' }],
        [{ email: 'ann@Mail.Acme.org' }, { domain: 'mail.acme.org', user: 'ann' }],
      ],
      [[{ email: 'X@Y.IO' }, { domain: 'y.io', user: 'X' }]],
    );
  });

  it('keeps only digits and adds a constant prefix (phone to E.164)', () => {
    expectGeneralizes(
      [
        [{ phone: '(415) 555-0134' }, { phone: '+14155550134' }],
        [{ phone: '212.555.0199' }, { phone: '+12125550199' }],
        [{ phone: '1-800-555-0100' }, { phone: '+18005550100' }],
      ],
      [
        [{ phone: '650 555 0101' }, { phone: '+16505550101' }],
        [{ phone: '+1 (718) 555-9876' }, { phone: '+17185559876' }],
      ],
    );
  });

  it('formats digit groups', () => {
    expectGeneralizes(
      [
        [{ phone: '4155550134' }, { phone: '(415) 555-0134' }],
        [{ phone: '2125550199' }, { phone: '(212) 555-0199' }],
      ],
      [[{ phone: '6505550101' }, { phone: '(650) 555-0101' }]],
    );
  });

  it('title-cases, trims, slugs and zero-pads', () => {
    expectGeneralizes(
      [
        [
          { name: '  jOHN   sMITH ', id: 42, title: 'Hello World!' },
          { name: 'John Smith', code: 'C-00042', slug: 'hello-world' },
        ],
        [
          { name: 'MARIA GARCIA', id: 1234, title: 'Ten Tips' },
          { name: 'Maria Garcia', code: 'C-01234', slug: 'ten-tips' },
        ],
      ],
      [
        [
          { name: 'ada  lovelace', id: 7, title: 'Why Rust?' },
          { name: 'Ada Lovelace', code: 'C-00007', slug: 'why-rust' },
        ],
      ],
    );
  });

  it('splits and joins lists with a new separator', () => {
    expectGeneralizes(
      [
        [{ tags: 'red;green;blue' }, { tags: 'red, green, blue' }],
        [{ tags: 'sale;new' }, { tags: 'sale, new' }],
      ],
      [[{ tags: 'a; b;c;d' }, { tags: 'a, b, c, d' }]],
    );
  });

  it('reads nested paths and array indexes', () => {
    expectGeneralizes(
      [
        [
          { customer: { address: { city: 'Austin' } }, phones: ['111', '222'] },
          { city: 'Austin', phone: '111' },
        ],
        [
          { customer: { address: { city: 'Boston' } }, phones: ['333'] },
          { city: 'Boston', phone: '333' },
        ],
      ],
      [
        [
          { customer: { address: { city: 'Reno' } }, phones: ['999', '888'] },
          { city: 'Reno', phone: '999' },
        ],
      ],
    );
  });
});

describe('variable-length word operations', () => {
  it('takes the initials of however many words there are', () => {
    expectGeneralizes(
      [
        [{ n: 'John Ronald Tolkien' }, { i: 'JRT' }],
        [{ n: 'Ada Lovelace' }, { i: 'AL' }],
      ],
      [[{ n: 'George R R Martin' }, { i: 'GRRM' }]],
    );
  });
});

describe('numbers', () => {
  it('keeps binary floating-point noise out of arithmetic (dollars to cents)', () => {
    expectGeneralizes(
      [
        [{ price: '$1,299.00' }, { cents: 129900 }],
        [{ price: '$15.50' }, { cents: 1550 }],
        [{ price: '$0.99' }, { cents: 99 }],
      ],
      [
        // 1.15 * 100 is 114.99999999999999 in binary floating point.
        [{ price: '$1.15' }, { cents: 115 }],
        [{ price: '$4.35' }, { cents: 435 }],
        [{ price: '$0.07' }, { cents: 7 }],
      ],
    );
  });

  it('keeps noise out of two-field arithmetic too (net + tax)', () => {
    expectGeneralizes(
      [
        [{ net: 10, tax: 2.5 }, { gross: 12.5 }],
        [{ net: 4, tax: 1 }, { gross: 5 }],
        [{ net: 7.25, tax: 0.5 }, { gross: 7.75 }],
      ],
      // 0.1 + 0.2 is 0.30000000000000004.
      [[{ net: 0.1, tax: 0.2 }, { gross: 0.3 }]],
    );
  });
  it('parses currency, thousands separators of both styles, and accounting negatives', () => {
    expectGeneralizes(
      [
        [
          { us: '$1,234.50', eu: '1.234,50 €', acct: '(45.00)' },
          { us: 1234.5, eu: 1234.5, acct: -45 },
        ],
        [
          { us: '$99.00', eu: '99,90 €', acct: '1,200.00' },
          { us: 99, eu: 99.9, acct: 1200 },
        ],
      ],
      [
        [
          { us: '$12,000', eu: '12.000,00 €', acct: '(0.50)' },
          { us: 12000, eu: 12000, acct: -0.5 },
        ],
      ],
    );
  });

  it('fits affine conversions and rounding from the examples', () => {
    const result = expectGeneralizes(
      [
        [
          { c: 0, kg: 10, pct: '12%' },
          { f: 32, lb: 22.05, rate: 0.12 },
        ],
        [
          { c: 100, kg: 2.5, pct: '7.5%' },
          { f: 212, lb: 5.51, rate: 0.075 },
        ],
        [
          { c: 37, kg: 70, pct: '100%' },
          { f: 98.6, lb: 154.32, rate: 1 },
        ],
      ],
      [
        [
          { c: -40, kg: 100, pct: '33%' },
          { f: -40, lb: 220.46, rate: 0.33 },
        ],
      ],
    );
    // Known unit conversions are written as their definitions, not as factors fitted to 3 examples.
    expect(result.code).toContain('* 9 / 5 + 32');
    expect(result.code).toContain('/ 0.45359237');
    expect(result.code).toContain('/ 100');
  });

  it('multiplies two fields and aggregates arrays', () => {
    expectGeneralizes(
      [
        [
          { qty: 3, price: 2.5, lines: [{ amount: 1 }, { amount: 2 }] },
          { total: 7.5, sum: 3, count: 2 },
        ],
        [
          { qty: 10, price: 0.99, lines: [{ amount: 5 }] },
          { total: 9.9, sum: 5, count: 1 },
        ],
      ],
      [
        [
          { qty: 4, price: 12.25, lines: [] },
          { total: 49, sum: 0, count: 0 },
        ],
      ],
    );
  });

  it('totals quantity × price over invoice lines rather than reading one line by position', () => {
    expectGeneralizes(
      [
        [
          {
            lines: [
              { qty: 2, price: 1.5 },
              { qty: 1, price: 4 },
            ],
          },
          { total: 7 },
        ],
        [{ lines: [{ qty: 3, price: 2 }] }, { total: 6 }],
      ],
      [
        [
          {
            lines: [
              { qty: 10, price: 0.5 },
              { qty: 2, price: 2 },
            ],
          },
          { total: 9 },
        ],
      ],
    );
  });

  it('formats numbers as strings with fixed decimals and grouping', () => {
    expectGeneralizes(
      [
        [{ amount: 1234.5 }, { display: '$1,234.50' }],
        [{ amount: 99 }, { display: '$99.00' }],
      ],
      [[{ amount: 1000000 }, { display: '$1,000,000.00' }]],
    );
  });
});

describe('dates', () => {
  it('lets a day above 12 settle day/month order', () => {
    expectGeneralizes(
      [
        [{ d: '25/12/2022' }, { d: '2022-12-25' }],
        [{ d: '07/03/2023' }, { d: '2023-03-07' }],
      ],
      [[{ d: '01/02/2024' }, { d: '2024-02-01' }]],
    );
    expectGeneralizes(
      [
        [{ d: '12/25/2022' }, { d: '2022-12-25' }],
        [{ d: '03/07/2023' }, { d: '2023-03-07' }],
      ],
      [[{ d: '01/02/2024' }, { d: '2024-01-02' }]],
    );
  });

  it('reads month names and writes learned patterns', () => {
    const result = expectGeneralizes(
      [
        [{ d: 'March 7, 2023' }, { d: '07 Mar 2023' }],
        [{ d: 'December 25, 2022' }, { d: '25 Dec 2022' }],
      ],
      [[{ d: 'July 4, 2021' }, { d: '04 Jul 2021' }]],
    );
    expect(result.code).toContain("'dd MMM yyyy'");
  });

  it('turns epoch seconds and 12-hour times into ISO text in UTC', () => {
    expectGeneralizes(
      [
        [
          { ts: 1678147200, when: '2021-06-01 3:45 PM' },
          { at: '2023-03-07T00:00:00Z', when: '2021-06-01T15:45:00' },
        ],
        [
          { ts: 1672000000, when: '2020-02-29 11:05 AM' },
          { at: '2022-12-25T20:26:40Z', when: '2020-02-29T11:05:00' },
        ],
      ],
      [
        [
          { ts: 0, when: '2024-01-31 12:00 AM' },
          { at: '1970-01-01T00:00:00Z', when: '2024-01-31T00:00:00' },
        ],
      ],
    );
  });
});

describe('booleans and mappings', () => {
  it('prefers a general yes/no rule over a table', () => {
    const result = expectGeneralizes(
      [
        [{ flag: 'Y' }, { flag: true }],
        [{ flag: 'N' }, { flag: false }],
      ],
      [
        [{ flag: 'yes' }, { flag: true }],
        [{ flag: 'no' }, { flag: false }],
      ],
    );
    expect(result.code).toContain('isYes(');
    expect(result.code).not.toContain('lookup');
  });

  it('learns a code table with an explicit fallback for unseen codes', () => {
    const { result, run } = learn(
      [
        [{ status: 'A' }, { status: 'Active' }],
        [{ status: 'I' }, { status: 'Inactive' }],
      ],
      { schema: { type: 'object', properties: { status: { type: ['string', 'null'] } } } },
    );
    expect(run({ status: ' a ' })).toEqual({ status: 'Active' });
    expect(run({ status: 'Z' })).toEqual({ status: null });
    expect(result.code).toContain('lookup');
  });

  it('maps blank inputs to null', () => {
    expectGeneralizes(
      [
        [{ middle: 'Ann' }, { middle: 'Ann' }],
        [{ middle: '' }, { middle: null }],
      ],
      [
        [{ middle: '   ' }, { middle: null }],
        [{ middle: 'Lee' }, { middle: 'Lee' }],
      ],
    );
  });

  it('learns a flag from a word only the true examples contain', () => {
    expectGeneralizes(
      [
        [{ e: 'a@gmail.com' }, { g: true }],
        [{ e: 'b@yahoo.com' }, { g: false }],
        [{ e: 'c@gmail.com' }, { g: true }],
      ],
      [
        [{ e: 'z@gmail.com' }, { g: true }],
        [{ e: 'q@x.org' }, { g: false }],
      ],
    );
  });

  it('fills a default for blank inputs and copies the rest', () => {
    expectGeneralizes(
      [
        [{ country: 'CA' }, { country: 'CA' }],
        [{ country: '' }, { country: 'US' }],
        [{ country: 'MX' }, { country: 'MX' }],
      ],
      [
        [{ country: 'FR' }, { country: 'FR' }],
        [{ country: ' ' }, { country: 'US' }],
      ],
    );
  });

  it('learns a flag from a shared ending with letters, not from digit coincidences', () => {
    expectGeneralizes(
      [
        [{ file: 'report.PDF' }, { isPdf: true }],
        [{ file: 'photo.jpg' }, { isPdf: false }],
        [{ file: 'scan-2.pdf' }, { isPdf: true }],
      ],
      [
        [{ file: 'a.pdf' }, { isPdf: true }],
        [{ file: 'b.png' }, { isPdf: false }],
      ],
    );
    const result = synthesize(
      examples([
        [{ total: 1500 }, { high: true }],
        [{ total: 999.99 }, { high: false }],
        [{ total: 1000 }, { high: true }],
        [{ total: 20 }, { high: false }],
      ]),
    );
    expect(result.code).not.toContain('startsWith');
  });

  it('learns a numeric threshold', () => {
    expectGeneralizes(
      [
        [{ qty: 5 }, { inStock: true }],
        [{ qty: 0 }, { inStock: false }],
      ],
      [[{ qty: 120 }, { inStock: true }]],
    );
  });
});

describe('conditionals', () => {
  it('reads kg and lb as one quantity in kg (units by their definitions), not two branches', () => {
    const result = expectGeneralizes(
      [
        [{ weight: '5 kg' }, { kg: 5 }],
        [{ weight: '11 lb' }, { kg: 5 }],
        [{ weight: '2.5 kg' }, { kg: 2.5 }],
        [{ weight: '22 lb' }, { kg: 10 }],
      ],
      [
        [{ weight: '10 kg' }, { kg: 10 }],
        [{ weight: '1 lb' }, { kg: 0.5 }],
        [{ weight: '100 lb' }, { kg: 45.4 }],
      ],
    );
    expect(transformBody(result.code)).toContain("toUnit(input.weight, 'kg')");
  });

  it('finds one program for names in either order rather than branching', () => {
    const result = expectGeneralizes(
      [
        [{ name: 'Smith, John' }, { name: 'John Smith' }],
        [{ name: 'Maria Garcia' }, { name: 'Maria Garcia' }],
        [{ name: 'Lee, Ann' }, { name: 'Ann Lee' }],
      ],
      [
        [{ name: 'Turing, Alan' }, { name: 'Alan Turing' }],
        [{ name: 'Grace Hopper' }, { name: 'Grace Hopper' }],
      ],
    );
    expect(transformBody(result.code)).not.toContain(' ? ');
  });

  it('prefers one unconditional program when it fits', () => {
    const result = expectGeneralizes(
      [
        [{ d: '2023-03-07' }, { d: '2023-03-07' }],
        [{ d: '12/25/2022' }, { d: '2022-12-25' }],
      ],
      [[{ d: 'July 4, 2021' }, { d: '2021-07-04' }]],
    );
    expect(transformBody(result.code)).not.toContain(' ? ');
  });
});

describe('nested objects and arrays', () => {
  it('builds nested output objects', () => {
    const { result } = learn([
      [{ street: '1 Main', city: 'Austin' }, { address: { street: '1 Main', city: 'Austin' } }],
      [{ street: '9 Elm', city: 'Boston' }, { address: { street: '9 Elm', city: 'Boston' } }],
    ]);
    expect(result.solved).toEqual(['address.street', 'address.city']);
  });

  it('maps over input arrays element-wise, filtering out blanks', () => {
    const result = expectGeneralizes(
      [
        [
          { contacts: [{ email: 'A@X.COM' }, { email: '' }, { email: 'b@y.org' }] },
          { emails: ['a@x.com', 'b@y.org'] },
        ],
        [{ contacts: [{ email: 'C@Z.IO' }] }, { emails: ['c@z.io'] }],
      ],
      [[{ contacts: [{ email: ' ' }, { email: 'D@D.COM' }] }, { emails: ['d@d.com'] }]],
    );
    expect(result.solved).toEqual(['emails[]']);
  });

  it('maps element objects to new objects', () => {
    expectGeneralizes(
      [
        [
          {
            items: [
              { sku: 'ab-1', qty: '2' },
              { sku: 'cd-2', qty: '10' },
            ],
          },
          {
            items: [
              { sku: 'AB-1', quantity: 2 },
              { sku: 'CD-2', quantity: 10 },
            ],
          },
        ],
        [{ items: [{ sku: 'xy-9', qty: '1' }] }, { items: [{ sku: 'XY-9', quantity: 1 }] }],
      ],
      [[{ items: [] }, { items: [] }]],
    );
  });

  it('joins a list field into one text', () => {
    expectGeneralizes(
      [
        [{ tags: [{ name: 'red' }, { name: 'big' }] }, { tags: 'red, big' }],
        [{ tags: [{ name: 'sale' }] }, { tags: 'sale' }],
      ],
      [
        [{ tags: [] }, { tags: '' }],
        [{ tags: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }, { tags: 'a, b, c' }],
      ],
    );
  });

  it('splits text into a list', () => {
    expectGeneralizes(
      [
        [{ tags: 'Red, Green,Blue' }, { tags: ['red', 'green', 'blue'] }],
        [{ tags: 'Sale' }, { tags: ['sale'] }],
      ],
      [[{ tags: 'New,  Hot' }, { tags: ['new', 'hot'] }]],
    );
  });
});

describe('ranking', () => {
  it('copies a field rather than memorizing an output that happens to repeat', () => {
    const { run, result } = learn([
      [{ country: 'US', name: 'Ann' }, { country: 'US' }],
      [{ country: 'US', name: 'Bo' }, { country: 'US' }],
    ]);
    expect(run({ country: 'CA', name: 'Cy' })).toEqual({ country: 'CA' });
    expect(result.code).not.toContain("'US'");
  });

  it('uses a constant only when nothing in the input explains the output', () => {
    const { run } = learn([
      [{ name: 'Ann' }, { source: 'crm', name: 'Ann' }],
      [{ name: 'Bo' }, { source: 'crm', name: 'Bo' }],
    ]);
    expect(run({ name: 'Cy' })).toEqual({ source: 'crm', name: 'Cy' });
  });

  it('does not replay free text through a lookup table', () => {
    const result = synthesize(
      examples([
        [{ note: 'call back tomorrow morning' }, { summary: 'urgent' }],
        [{ note: 'sent the invoice last week' }, { summary: 'done' }],
      ]),
    );
    expect(result.complete).toBe(false);
    expect(result.code).toBeNull();
  });

  it('uses unlabeled inputs to prefer programs that stay total on them', () => {
    const train = examples([
      [{ nick: 'Ann', first: 'Ann' }, { name: 'Ann' }],
      [{ nick: 'Bo', first: 'Bo' }, { name: 'Bo' }],
    ]);
    // Both fields fit the examples; the unlabeled inputs show `nick` is often empty.
    const inputs = [
      { nick: '', first: 'Cy' },
      { nick: '', first: 'Di' },
    ];
    const run = loadTransform(synthesize(train, { inputs }).code ?? '');
    expect(run({ nick: '', first: 'Ed' })).toEqual({ name: 'Ed' });
  });
});

describe('unlabeled inputs', () => {
  it('prefer pieces that keep the shape of the examples on them', () => {
    const train = examples([
      [{ line: 'Austin, TX 78701' }, { state: 'TX' }],
      [{ line: 'Boston, MA 02110' }, { state: 'MA' }],
    ]);
    const inputs = [
      { line: 'San Jose, CA 95113' },
      { line: 'Salt Lake City, UT 84101' },
      { line: 'Reno, NV 89501' },
    ];
    const run = loadTransform(synthesize(train, { inputs }).code ?? '');
    expect(run({ line: 'Santa Fe, NM 87501' })).toEqual({ state: 'NM' });
  });
});

describe('contract', () => {
  const train = examples([
    [
      { first: 'john', last: 'smith', note: 'vip client' },
      { name: 'John Smith', mood: 'happy' },
    ],
    [
      { first: 'maria', last: 'garcia', note: 'late payer' },
      { name: 'Maria Garcia', mood: 'grumpy' },
    ],
  ]);

  it('is deterministic', () => {
    const a = synthesize(train, { delegateFunctionName: 'modelFields' });
    const b = synthesize(train, { delegateFunctionName: 'modelFields' });
    expect(a.code).toBe(b.code);
    expect(a.programs).toEqual(b.programs);
  });

  it('returns null code and a clear report when a field cannot be learned', () => {
    const result = synthesize(train);
    expect(result.complete).toBe(false);
    expect(result.code).toBeNull();
    expect(result.solved).toEqual(['name']);
    expect(result.unsolved).toHaveLength(1);
    expect(result.unsolved[0]?.path).toBe('mood');
    expect(result.unsolved[0]?.reason).toMatch(/no .* reproduces/);
  });

  it('delegates unsolved fields to the named function', () => {
    const result = synthesize(train, { delegateFunctionName: 'modelFields' });
    expect(result.complete).toBe(false);
    expect(result.code).toContain('...modelFields(input)');
    const run = loadTransform(result.code ?? '', { name: 'modelFields', fn: () => ({ mood: 'from model' }) });
    expect(run({ first: 'ann', last: 'lee', note: '' })).toEqual({ name: 'Ann Lee', mood: 'from model' });
  });

  it('stops at the time bound and says so', () => {
    const result = synthesize(train, { timeoutMs: 0 });
    expect(result.complete).toBe(false);
    expect(result.code).toBeNull();
    expect(result.unsolved.every((u) => /time/.test(u.reason))).toBe(true);
  });

  it('emits the module shape with helpers after the transform', () => {
    const { result } = learn([
      [{ name: 'john smith' }, { name: 'John Smith' }],
      [{ name: 'ann lee' }, { name: 'Ann Lee' }],
    ]);
    const code = result.code ?? '';
    expect(code.startsWith('export default function transform(input: Input): Output {')).toBe(true);
    expect(code).not.toMatch(/type (Input|Output)\s*=/);
    expect(code).toMatch(/\n\/\/ .+\nfunction titleCase\(/);
    expect(result.programs['name']).toContain('title');
  });

  it('handles missing source fields without throwing', () => {
    const { run } = learn([
      [
        { a: { b: 'x-1' }, n: '5 kg' },
        { code: '1', kg: 5 },
      ],
      [
        { a: { b: 'y-2' }, n: '7 kg' },
        { code: '2', kg: 7 },
      ],
    ]);
    expect(() => run({})).not.toThrow();
  });
});

describe('generated code type-checks under strict', () => {
  it('for every kind of program', () => {
    const cases: SynthExample[][] = [
      examples([
        [
          { name: 'Smith, John', phone: '(415) 555-0134', d: '03/07/2023' },
          { name: 'John Smith', phone: '+14155550134', d: '2023-03-07' },
        ],
        [
          { name: 'Garcia, Maria', phone: '212.555.0199', d: '12/25/2022' },
          { name: 'Maria Garcia', phone: '+12125550199', d: '2022-12-25' },
        ],
      ]),
      examples([
        [
          { price: '$1,234.50', kg: 10, qty: 2, flag: 'Y', code: 'A' },
          { price: 1234.5, lb: 22.05, total: 2469, ok: true, label: 'Active' },
        ],
        [
          { price: '$99.00', kg: 2.5, qty: 3, flag: 'N', code: 'I' },
          { price: 99, lb: 5.51, total: 297, ok: false, label: 'Inactive' },
        ],
      ]),
      examples([
        [
          { items: [{ sku: 'ab', qty: '2' }], tags: 'a,b', middle: '' },
          { items: [{ sku: 'AB', n: 2 }], tags: ['a', 'b'], middle: null },
        ],
        [
          {
            items: [
              { sku: 'cd', qty: '1' },
              { sku: '', qty: '0' },
            ],
            tags: 'c',
            middle: 'Q',
          },
          { items: [{ sku: 'CD', n: 1 }], tags: ['c'], middle: 'Q' },
        ],
      ]),
      examples([
        [
          { customer: { first: 'ann', email: 'A@X.COM' }, lines: [{ amount: 2 }] },
          { contact: { name: 'Ann', email: 'a@x.com' }, sum: 2, count: 1 },
        ],
        [
          { customer: { first: 'bo', email: 'B@Y.ORG' }, lines: [{ amount: 3 }, { amount: 4 }] },
          { contact: { name: 'Bo', email: 'b@y.org' }, sum: 7, count: 2 },
        ],
      ]),
      examples([
        [
          { c: 'CA', tags: [{ name: 'x' }] },
          { c: 'CA', tags: 'x' },
        ],
        [
          { c: '', tags: [{ name: 'y' }, { name: 'z' }] },
          { c: 'US', tags: 'y, z' },
        ],
        [
          { c: 'MX', tags: [] },
          { c: 'MX', tags: '' },
        ],
      ]),
      examples([
        [{ w: '5 kg' }, { kg: 5 }],
        [{ w: '11 lb' }, { kg: 5 }],
        [{ w: '2.5 kg' }, { kg: 2.5 }],
        [{ w: '22 lb' }, { kg: 10 }],
      ]),
    ];
    const modules: string[] = [];
    for (const train of cases) {
      const result = synthesize(train);
      expect(result.unsolved).toEqual([]);
      modules.push(
        withDeclaredTypes(
          result.code ?? '',
          train.map((e) => e.input),
          train.map((e) => e.output),
        ),
      );
    }
    const partial = synthesize(
      examples([
        [
          { first: 'ann', note: 'x' },
          { name: 'Ann', mood: 'happy' },
        ],
        [
          { first: 'bo', note: 'y' },
          { name: 'Bo', mood: 'sad' },
        ],
      ]),
      { delegateFunctionName: 'modelFields' },
    );
    modules.push(
      withDeclaredTypes(
        partial.code ?? '',
        [{ first: 'ann', note: 'x' }],
        [{ name: 'Ann', mood: 'happy' }],
        'function modelFields(input: Input): Partial<Output> { return { mood: input.note }; }',
      ),
    );
    const diagnostics = typeCheck(modules);
    diagnostics.forEach((list, i) =>
      expect({ module: modules[i], errors: list }).toEqual({ module: modules[i], errors: [] }),
    );
  });

  it('the checker itself catches a wrong module', () => {
    const [errors] = typeCheck([
      'type Output = { a: number };\nexport default function t(): Output { return { a: "x" }; }',
    ]);
    expect(errors?.length).toBeGreaterThan(0);
  });
});
