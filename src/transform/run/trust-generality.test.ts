/**
 * Rules of the trust gate that hold for any task (issue 11 §2), each on data of its own: a key the
 * examples held constant that the code never reads, the layout of letters and digits under a cut at
 * fixed places, a branch test on a value's text, a zero where no label was one.
 */
import { describe, expect, it } from 'vitest';
import { inputReason, outputReason } from '../build/review-reasons.ts';
import {
  inferOutputChecks,
  outputCheckProblem,
  outputDoubtKey,
  profileInputs,
  uncoveredShape,
} from './trust.ts';
import { helperSources } from '../synth/helper-source.ts';
import {
  fixedPlaceCut,
  heldInputDifference,
  heldInputs,
  layoutCovered,
  learnLayouts,
  unreadConstants,
} from './trust-generality.ts';

describe('a key every example held at one value, which the code never reads', () => {
  const examples = [
    {
      input: { title: 'Blue mug', shelf: 'B-2', season: 'winter' },
      output: { label: 'BLUE MUG', aisle: 'b' },
    },
    { input: { title: 'Tea pot', shelf: 'B-7', season: 'winter' }, output: { label: 'TEA POT', aisle: 'b' } },
    {
      input: { title: 'Oven mitt', shelf: 'C-1', season: 'Winter ' },
      output: { label: 'OVEN MITT', aisle: 'c' },
    },
  ];
  const code =
    "return { label: text(input.title).toUpperCase(), aisle: token(input.shelf, '-', 0).toLowerCase() };";
  const profile = profileInputs(examples, code);

  it('is found (text compared trimmed and in any case), and keys the code reads are not', () => {
    expect(profile.constants).toEqual([{ key: 'season', value: '"winter"' }]);
    expect(unreadConstants(examples, () => false).map((c) => c.key)).toEqual(['season']);
  });

  it('sends a record with another value (or none) to review, and writes the same value', () => {
    expect(uncoveredShape(profile, { title: 'Jug', shelf: 'A-3', season: 'WINTER' })).toBeNull();
    const why = uncoveredShape(profile, { title: 'Jug', shelf: 'A-3', season: 'summer' });
    expect(why).toMatch(
      /every example had "season" "winter" and the code never reads it; this record has "summer"/,
    );
    expect(inputReason(why ?? '')).toBe('unseen value of a field the examples held constant');
    expect(uncoveredShape(profile, { title: 'Jug', shelf: 'A-3' })).toMatch(/this record has none/);
  });

  it('needs two examples, a value in each, and numbers compare exactly', () => {
    expect(unreadConstants(examples.slice(0, 1), () => false)).toEqual([]);
    const numbers = [
      { input: { n: 4, batch: 7 }, output: 8 },
      { input: { n: 5, batch: 7 }, output: 10 },
    ];
    const p = profileInputs(numbers, 'return input.n * 2;');
    expect(uncoveredShape(p, { n: 6, batch: 7 })).toBeNull();
    expect(uncoveredShape(p, { n: 6, batch: 8 })).toMatch(/"batch" 7/);
    const missing = [
      { input: { n: 4, batch: 7 }, output: 8 },
      { input: { n: 5 }, output: 10 },
    ];
    expect(profileInputs(missing, 'return input.n * 2;').constants).toBeUndefined();
  });

  it('holds a key blank in every example: a record that fills it goes to review, a blank one passes', () => {
    const people = [
      { input: { given: 'Ines', family: 'Roth', title: '' }, output: { name: 'Roth, Ines' } },
      { input: { given: 'Tomás', family: 'Vidal', title: null }, output: { name: 'Vidal, Tomás' } },
      { input: { given: 'Aiko', family: 'Mori', title: ' ' }, output: { name: 'Mori, Aiko' } },
    ];
    const p = profileInputs(people, 'return { name: `${text(input.family)}, ${text(input.given)}` };');
    expect(uncoveredShape(p, { given: 'Lena', family: 'Berg', title: '' })).toBeNull();
    expect(uncoveredShape(p, { given: 'Lena', family: 'Berg' })).toBeNull();
    expect(uncoveredShape(p, { given: 'Lena', family: 'Berg', title: 'Dr.' })).toMatch(
      /every example had "title" empty and the code never reads it; this record has "Dr\."/,
    );
  });

  it('is still unread when only a comment names the key (a helper inlined in the module explains itself)', () => {
    // A helper's comment that mentions "a currency beside the amount" reads no input.currency.
    const prices = [
      { input: { amount: '12.00', currency: 'EUR' }, output: { eur: 12 } },
      { input: { amount: '7.50', currency: 'EUR' }, output: { eur: 7.5 } },
    ];
    const module = [
      '// A sign set apart, when only a currency stands beside the amount.',
      '/* The currency is left to the caller. */',
      'function parseNumber(v) { return Number(String(v)); }',
      "const base = 'https://example.com/'; // a URL's slashes are no comment, this is one: currency",
      'return { eur: parseNumber(input.amount) };',
    ].join('\n');
    const p = profileInputs(prices, module);
    expect(p.constants).toEqual([{ key: 'currency', value: '"EUR"' }]);
    expect(uncoveredShape(p, { amount: '10.00', currency: 'USD' })).toMatch(/"currency" "EUR"/);
  });

  it('is still unread when only an inlined helper of the synthesizer names the key in its code', () => {
    const helper = [...helperSources().values()].find((h) =>
      /\bcurrency\b/.test(h.source.replace(/\/\/.*$/gm, '')),
    );
    expect(helper, 'a helper whose code names "currency"').toBeDefined();
    const prices = [
      { input: { amount: '12.00', currency: 'EUR' }, output: { eur: 12 } },
      { input: { amount: '7.50', currency: 'EUR' }, output: { eur: 7.5 } },
    ];
    const module = `export default function transform(input) {\n  return { eur: ${helper?.name}(input.amount) };\n}\n\n${helper?.source}\n`;
    expect(profileInputs(prices, module).constants).toEqual([{ key: 'currency', value: '"EUR"' }]);
  });

  it('is not held per branch (another field may read the key), nor for code a person wrote (null)', () => {
    expect(profileInputs(examples, code, { constants: false }).constants).toBeUndefined();
    expect(profileInputs(examples, null).constants).toBeUndefined();
  });
});

describe('the layout of letters and digits under a cut at fixed places', () => {
  it('finds the cuts the code makes by position, on the value, a cleaned copy or a piece', () => {
    expect(fixedPlaceCut('return input.vin.slice(3, 9);', 'vin')).toBe('slice(3, 9)');
    expect(fixedPlaceCut("return input.vin.replace(/\\D/g, '').slice(2, 10);", 'vin')).toBe('slice(2, 10)');
    expect(fixedPlaceCut('return text(input.vin).trim().charAt(0);', 'vin')).toBe('charAt(0)');
    expect(fixedPlaceCut("return token(input.vin, '-', 1).substring(0, 2);", 'vin')).toBe('substring(0, 2)');
    expect(fixedPlaceCut("return token(input.vin, '-', 1);", 'vin')).toBeNull();
    expect(fixedPlaceCut('return input.vinNumber.slice(1);', 'vin')).toBeNull();
  });

  it('groups values by the order of their runs, each run of one length where all agreed', () => {
    const groups = learnLayouts(['XK-2231-07', 'QM-9904-11', 'RT-15-02']) ?? [];
    expect(groups).toEqual([{ runs: 'a-#-#', count: 3, lengths: [2, 1, null, 1, 2] }]);
    expect(layoutCovered(groups, 'ZZ-123456-99')).toBe(true);
    expect(layoutCovered(groups, 'Z-1234-99')).toBe(false);
    expect(layoutCovered(groups, 'ZZ-12A4-99')).toBe(false);
    expect(learnLayouts(['only one'])).toBeUndefined();
  });

  it('sends a value laid out as no example was to review, when the code cuts it by position', () => {
    // Vehicle-style codes: three letters of maker, then digits; the cut reads the maker.
    const examples = [
      { input: { code: 'FRD4471203' }, output: { maker: 'FRD' } },
      { input: { code: 'VLV9930012' }, output: { maker: 'VLV' } },
      { input: { code: 'KIA1200457' }, output: { maker: 'KIA' } },
    ];
    const profile = profileInputs(examples, 'return { maker: input.code.slice(0, 3) };');
    expect(uncoveredShape(profile, { code: 'BMW7730001' })).toBeNull();
    const why = uncoveredShape(profile, { code: 'MB33120045' });
    expect(why).toMatch(
      /the code cuts "code" at fixed places \(slice\(0, 3\)\), and its letters and digits are laid out as "aa########"/,
    );
    expect(inputReason(why ?? '')).toBe('unseen layout under a fixed cut');
    // Without a cut by position (a reading that finds its part), the layout is no evidence.
    const read = profileInputs(examples, "return { maker: input.code.replace(/\\d/g, '') };");
    expect(uncoveredShape(read, { code: 'MB33120045' })).toBeNull();
  });
});

describe('a branch test on the text of a value reads it', () => {
  it('holds the words of a value tested through text() to the examples', () => {
    const examples = [
      { input: { memo: 'paid by card' }, output: { settled: true } },
      { input: { memo: 'awaiting card' }, output: { settled: false } },
      { input: { memo: 'paid in cash' }, output: { settled: true } },
    ];
    const profile = profileInputs(examples, 'return { settled: /\\bpaid\\b/i.test(text(input.memo)) };');
    expect(uncoveredShape(profile, { memo: 'paid by card' })).toBeNull();
    const why = uncoveredShape(profile, { memo: 'unpaid card declined' });
    expect(why).toMatch(/has the word "declined"/);
    expect(inputReason(why ?? '')).toBe('unseen branch word');
  });
});

describe('a zero where no label was one', () => {
  const examples = [
    { input: { size: '250 ml' }, output: { litres: 0.25 } },
    { input: { size: '1.5 l' }, output: { litres: 1.5 } },
    { input: { size: '750 ml' }, output: { litres: 0.75 } },
  ];
  const checks = inferOutputChecks(examples);

  it('is a check on the output, proposed like the others', () => {
    expect(checks.find((c) => c.field === 'litres' && c.kind === 'non-zero')).toBeDefined();
    expect(outputCheckProblem(checks, { litres: 0.002 })).toBeNull();
    const why = outputCheckProblem(checks, { litres: 0 });
    expect(why).toMatch(/litres is 0, but no example was zero/);
    expect(outputReason(outputDoubtKey(checks, { litres: 0 }) ?? '')).toBe('zero output');
  });

  it('is not inferred where a label was zero or the schema already bounds the field', () => {
    const withZero = [...examples, { input: { size: '0 ml' }, output: { litres: 0 } }];
    expect(inferOutputChecks(withZero).some((c) => c.kind === 'non-zero')).toBe(false);
    const schema = { type: 'object', properties: { litres: { type: 'number', exclusiveMinimum: 0 } } };
    expect(inferOutputChecks(examples, schema).some((c) => c.kind === 'non-zero')).toBe(false);
  });
});

describe('an output every label shared, while the input differs from what every example held', () => {
  // Every example's address is at one company and every label names it: a constant fits as well
  // as a reading of the domain, and nothing shows which one the user meant.
  const examples = [
    { input: { email: 'ana@northwind.io', n: 1 }, output: { org: 'Northwind', seat: 1 } },
    { input: { email: 'li.wu@northwind.io', n: 2 }, output: { org: 'Northwind', seat: 2 } },
    { input: { email: 'raj@northwind.io', n: 3 }, output: { org: 'Northwind', seat: 3 } },
  ];
  const checks = inferOutputChecks(examples);

  it('holds the tokens every example had, and the whole value where it never changed', () => {
    expect(heldInputs(examples)).toEqual([{ key: 'email', tokens: ['@', 'northwind', '.', 'io'] }]);
    const flags = [
      { input: { paid: true, id: 'a1' }, output: 'x' },
      { input: { paid: true, id: 'b7' }, output: 'x' },
    ];
    expect(heldInputs(flags)).toEqual([{ key: 'paid', value: 'true' }]);
    expect(heldInputDifference(heldInputs(flags), { paid: false, id: 'c3' })).toBe('"paid" is false');
  });

  it('writes the shared output where the input keeps what the examples held', () => {
    expect(
      outputCheckProblem(checks, { org: 'Northwind', seat: 4 }, { email: 'kim@northwind.io', n: 4 }),
    ).toBeNull();
  });

  it('sends the shared output to review where the input does not', () => {
    const input = { email: 'kim@contoso.io', n: 4 };
    const why = outputCheckProblem(checks, { org: 'Northwind', seat: 4 }, input);
    expect(why).toMatch(
      /org is "Northwind", as every example's was, but this record's input differs .*"email" has no "northwind"/,
    );
    expect(outputReason(outputDoubtKey(checks, { org: 'Northwind', seat: 4 }, input) ?? '')).toBe(
      'output the examples held constant, input not',
    );
  });

  it('trusts an output that changed with the input (the code read it), and a constant the schema states', () => {
    expect(
      outputCheckProblem(checks, { org: 'Contoso', seat: 4 }, { email: 'kim@contoso.io', n: 4 }),
    ).toBeNull();
    const schema = { type: 'object', properties: { org: { const: 'Northwind' }, seat: { type: 'integer' } } };
    expect(inferOutputChecks(examples, schema).some((c) => c.kind === 'constant')).toBe(false);
  });
});
