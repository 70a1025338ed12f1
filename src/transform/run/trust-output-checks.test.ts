import { describe, expect, it } from 'vitest';
import { schemaWithOutputChecks } from '../build/schema-revision.ts';
import { compileSchema } from '../schema/validate.ts';
import { inferOutputChecks, outputCheckProblem, profileInputs, uncoveredShape } from './trust.ts';

const addresses = [
  { input: 'a', output: { city: 'Springfield', state: 'IL', zip: '62701', minutes: 5 } },
  { input: 'b', output: { city: 'Fort Worth', state: 'TX', zip: '76102', minutes: 90 } },
  { input: 'c', output: { city: 'Reno', state: 'NV', zip: '89501', minutes: 0 } },
];

describe('output checks inferred from the examples', () => {
  it('finds all-digit, fixed-length, non-empty, letter/digit-free, whole and non-negative fields', () => {
    const kinds = inferOutputChecks(addresses).map((c) => `${c.field}:${c.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'city:non-empty',
        'city:no-digits',
        'state:length',
        'state:no-digits',
        'zip:digits',
        'zip:length',
        'minutes:integer',
        'minutes:non-negative',
      ]),
    );
    expect(kinds).not.toContain('city:length');
    const sixLetters = ['Boston', 'Austin', 'Denver'].map((city) => ({ input: 'x', output: { city } }));
    expect(inferOutputChecks(sixLetters).map((c) => c.kind)).not.toContain('length');
    expect(kinds).not.toContain('zip:no-letters'); // already said by "digits"
  });

  it('flags the outputs that break them, and passes those that do not', () => {
    const checks = inferOutputChecks(addresses);
    const ok = { city: 'Salt Lake City', state: 'UT', zip: '84101', minutes: 12 };
    expect(outputCheckProblem(checks, ok)).toBeNull();
    expect(outputCheckProblem(checks, { ...ok, zip: 'Wilkes' })).toMatch(
      /^zip is "Wilkes", but every example/,
    );
    expect(outputCheckProblem(checks, { ...ok, state: 'Texas' })).toMatch(/state/);
    expect(outputCheckProblem(checks, { ...ok, city: '' })).toMatch(
      /city is "", but every example had a value/,
    );
    expect(outputCheckProblem(checks, { ...ok, city: 'Austin 73301' })).toMatch(/no example had digits/);
    expect(outputCheckProblem(checks, { ...ok, minutes: 7.5 })).toMatch(/whole number/);
    expect(outputCheckProblem(checks, { ...ok, minutes: -3 })).toMatch(/negative/);
    // A value copied unchanged from the input is the input contract's business.
    expect(outputCheckProblem(checks, { ...ok, city: 'n0' }, { id: 1, name: 'n0' })).toBeNull();
    expect(outputCheckProblem(checks, { ...ok, city: '' }, { name: '' })).toMatch(/city/);
    // But a code of one length copied at another length was cut nowhere: a ZIP+4 with no dash
    // copied whole is not a ZIP, whatever the input contract says of the input.
    expect(outputCheckProblem(checks, { ...ok, zip: '627019999' }, { zip: '627019999' })).toMatch(
      /zip is "627019999", but every example was 5 characters long/,
    );
  });

  it('needs three labels of evidence, and leaves out what the schema already says', () => {
    expect(inferOutputChecks(addresses.slice(0, 2))).toEqual([]);
    const schema = {
      type: 'object',
      properties: {
        zip: { type: 'string', pattern: '^[0-9]{5}$' },
        minutes: { type: 'integer', minimum: 0 },
      },
    };
    const fields = inferOutputChecks(addresses, schema).map((c) => `${c.field}:${c.kind}`);
    const mayBeEmpty = { type: 'object', properties: { city: { type: 'string', minLength: 0 } } };
    expect(inferOutputChecks(addresses, mayBeEmpty).map((c) => `${c.field}:${c.kind}`)).not.toContain(
      'city:non-empty',
    );
    expect(fields.filter((f) => f.startsWith('zip:') && !f.endsWith('length'))).toEqual([]);
    expect(fields.filter((f) => f.startsWith('minutes:'))).toEqual([]);
  });

  it('checks nested fields and a primitive output', () => {
    const nested = addresses.map((e) => ({ input: e.input, output: { address: { zip: e.output.zip } } }));
    expect(outputCheckProblem(inferOutputChecks(nested), { address: { zip: 'TX' } })).toMatch(
      /^address\.zip/,
    );
    const primitive = ['12', '345', '6'].map((output) => ({ input: 'x', output }));
    expect(outputCheckProblem(inferOutputChecks(primitive), 'n/a')).toMatch(/^the output is "n\/a"/);
  });
});

describe('the schema revision a build proposes from them', () => {
  it('writes the checks as JSON Schema keywords that accept every label and reject what run flags', () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        state: { type: 'string' },
        zip: { type: 'string' },
        minutes: { type: 'number' },
      },
    };
    const revised = schemaWithOutputChecks(schema, inferOutputChecks(addresses, schema));
    expect(schema.properties.zip).toEqual({ type: 'string' }); // not mutated
    const validator = compileSchema(revised);
    for (const e of addresses) expect(validator.validate(e.output)).toEqual([]);
    const ok = { city: 'Salt Lake City', state: 'UT', zip: '84101', minutes: 12 };
    expect(validator.validate(ok)).toEqual([]);
    for (const bad of [
      { ...ok, zip: 'Wilkes' },
      { ...ok, state: 'Texas' },
      { ...ok, city: '' },
      { ...ok, city: 'Austin 73301' },
      { ...ok, minutes: 7.5 },
      { ...ok, minutes: -3 },
    ])
      expect(validator.validate(bad).length).toBeGreaterThan(0);
  });
});

describe('values a learned lookup table has no entry for', () => {
  const examples = [200, 404, 500, 201].map((status) => ({
    input: { status },
    output: { ok: status < 300 },
  }));
  const code = `export default function transform(input: Input): Output {
  return { ok: lookup<boolean>({ '200': true, '201': true, '404': false, '500': false }, input.status, false) };
}`;

  it('go to review: the fallback is a guess', () => {
    const profile = profileInputs(examples, code);
    expect(uncoveredShape(profile, { status: 404 })).toBeNull();
    expect(uncoveredShape(profile, { status: 204 })).toMatch(/"status" is 204, which no example had/);
  });

  it('are not flagged when the code reads the key some other way', () => {
    const parsed = profileInputs(examples, code.replace(/lookup<boolean>\([^)]*\)/, 'input.status < 300'));
    expect(uncoveredShape(parsed, { status: 204 })).toBeNull();
  });
});

describe('records cut into more or fewer pieces than any example', () => {
  const code = `export default function transform(input: Input): Output {
  return {
    city: token(input.address, ' ', 3),
    postcode: after(token(input.address, ',', 1), ' '),
    amount: formatNumber(parseNumber(input.price), 2, ',', '.'),
  };
}`;
  const examples = [
    { address: '10 Downing Street, London SW1A 2AA', price: '$1,299.00' },
    { address: '3 High Street, Oxford OX1 4AP', price: '$12.00' },
    { address: '221 Baker Street, London NW1 6XE', price: '$7.50' },
  ].map((input) => ({ input, output: {} }));
  const profile = profileInputs(examples, code);

  it('go to review when a delimiter the code cuts that field at splits it differently', () => {
    expect(uncoveredShape(profile, { address: '9 Station Road, Leeds LS1 4DY', price: '$1.00' })).toBeNull();
    expect(
      uncoveredShape(profile, { address: '134 Victoria Road, Newcastle upon Tyne NE1 7RU', price: '$1.00' }),
    ).toBe(`"address" has 8 words; the examples' had 6`);
    expect(uncoveredShape(profile, { address: '1 Mill Lane, Bath, BA1 1AA', price: '$1.00' })).toMatch(
      /pieces between ","/,
    );
  });

  it('are not flagged where the examples already had different counts', () => {
    const varied = profileInputs(
      [
        { address: '10 Downing Street, London SW1A 2AA', price: '$1.00' },
        { address: '3 High Street, Fort William PH33 6AA', price: '$1.00' },
        { address: '221 Baker Street, London NW1 6XE', price: '$1.00' },
      ].map((input) => ({ input, output: {} })),
      code,
    );
    expect(varied.keys.find((k) => k.key === 'address')?.pieces).toEqual({ ',': [2, 2] });
  });

  it('leave fields the code does not cut alone (the comma in a price formatted as a number)', () => {
    expect(
      uncoveredShape(profile, { address: '9 Station Road, Leeds LS1 4DY', price: '$1,000,000.00' }),
    ).toBeNull();
  });
});

describe('a constant that is the one value every example wrote in another way', () => {
  // Three ways of writing one height: the examples cannot tell "always 180" from "read the height".
  const sameValue = [
    { input: { height: '180 cm' }, output: { cm: 180 } },
    { input: { height: '1.80 m' }, output: { cm: 180 } },
    { input: { height: '5\'11"' }, output: { cm: 180 } },
  ];

  it('holds a record whose input the examples never wrote, and passes one they did', () => {
    const checks = inferOutputChecks(sameValue);
    expect(outputCheckProblem(checks, { cm: 180 }, { height: '161cm' })).toMatch(
      /"height".*no example shows whether cm depends on it/,
    );
    expect(outputCheckProblem(checks, { cm: 180 }, { height: '1.80 m' })).toBeNull();
    expect(outputCheckProblem(checks, { cm: 172 }, { height: '172 cm' })).toBeNull();
  });

  it('passes a constant no example input wrote as its number (a rate, a currency)', () => {
    const vat = [
      { input: { net: '12,50 €' }, output: { vat: 0.19, currency: 'EUR' } },
      { input: { net: '3,99 €' }, output: { vat: 0.19, currency: 'EUR' } },
      { input: { net: '1.299,00 €' }, output: { vat: 0.19, currency: 'EUR' } },
    ];
    const checks = inferOutputChecks(vat);
    expect(outputCheckProblem(checks, { vat: 0.19, currency: 'EUR' }, { net: '7,20 €' })).toBeNull();
    // One number in every example, the same each time: nothing varies, nothing to doubt here.
    const units = [
      { input: { pack: '6 x 330 ml' }, output: { per: 6 } },
      { input: { pack: '6 x 500 ml' }, output: { per: 6 } },
    ];
    expect(outputCheckProblem(inferOutputChecks(units), { per: 6 }, { pack: '6 x 250 ml' })).toBeNull();
  });
});
