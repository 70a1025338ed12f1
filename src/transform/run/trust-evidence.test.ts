/**
 * Programs with no branch and no rival that still guess (issue 11 §2): each rule on data of our own
 * (not the benchmark's), through `uncoveredShape` as a run asks it, and the reason a run files.
 */
import { describe, expect, it } from 'vitest';
import { inputReason } from '../build/review-reasons.ts';
import { profileInputs, uncoveredShape } from './trust.ts';

type Pair = { input: Record<string, unknown>; output: unknown };

describe('a copy of a value whose examples were a closed set of labels', () => {
  const colours = [
    { input: { sku: 'T-1', colour: 'red' }, output: { tint: 'red' } },
    { input: { sku: 'T-2', colour: 'green' }, output: { tint: 'green' } },
    { input: { sku: 'T-3', colour: 'blue' }, output: { tint: 'blue' } },
  ];
  const copy = profileInputs(colours, 'return { tint: input.colour };');

  it('writes the labels the examples showed, and sends another to review', () => {
    expect(uncoveredShape(copy, { sku: 'T-9', colour: 'green' })).toBeNull();
    const why = uncoveredShape(copy, { sku: 'T-9', colour: 'crimson' });
    expect(why).toMatch(
      /"colour" is "crimson"; the output copies "colour", whose every example value was one of/,
    );
    expect(inputReason(why ?? '')).toBe('value outside the set the examples copied');
  });

  it('holds a lower-cased copy to the same set', () => {
    const lowered = profileInputs(
      [
        { input: { kind: 'FRUIT' }, output: { group: 'fruit' } },
        { input: { kind: 'VEG' }, output: { group: 'veg' } },
        { input: { kind: 'GRAIN' }, output: { group: 'grain' } },
      ],
      'return { group: input.kind.toLowerCase() };',
    );
    expect(uncoveredShape(lowered, { kind: 'VEG' })).toBeNull();
    expect(uncoveredShape(lowered, { kind: 'DAIRY' })).toMatch(/"kind" is "DAIRY"/);
  });

  it('sends spaces around a copied value to review unless the code trims it', () => {
    const spaced = [
      { input: { colour: 'dark red' }, output: { tint: 'dark red' } },
      { input: { colour: 'green' }, output: { tint: 'green' } },
      { input: { colour: 'blue' }, output: { tint: 'blue' } },
    ];
    const copied = profileInputs(spaced, 'return { tint: input.colour };');
    const why = uncoveredShape(copied, { colour: ' green ' });
    expect(why).toMatch(/"colour" has spaces around it, which no example's "colour" had/);
    expect(inputReason(why ?? '')).toBe('spaces around a copied value');
    const trimmed = profileInputs(spaced, 'return { tint: input.colour.trim() };');
    expect(uncoveredShape(trimmed, { colour: ' green ' })).toBeNull();
  });

  it('does not hold names or free text to a set: they are no labels', () => {
    const names = profileInputs(
      [
        { input: { who: 'Ann Lee' }, output: { name: 'Ann Lee' } },
        { input: { who: 'Bo Chan' }, output: { name: 'Bo Chan' } },
        { input: { who: 'Cy Diaz' }, output: { name: 'Cy Diaz' } },
      ],
      'return { name: input.who };',
    );
    expect(uncoveredShape(names, { who: 'Dee Evans' })).toBeNull();
    // Two labels are too few to call a set closed.
    const two = profileInputs(
      [
        { input: { c: 'ok' }, output: { c: 'ok' } },
        { input: { c: 'bad' }, output: { c: 'bad' } },
      ],
      'return { c: input.c };',
    );
    expect(uncoveredShape(two, { c: 'unknown' })).toBeNull();
  });

  it('leaves a pass-through of the whole record alone: the copy is the program meant', () => {
    const same = ['ann', 'bob', 'cy'].map((name, i) => ({ input: { id: i, name }, output: { id: i, name } }));
    const passing = profileInputs(same, 'return { id: input.id, name: input.name };');
    expect(uncoveredShape(passing, { id: 7, name: 'Dee' })).toBeNull();
    const renamed = profileInputs(
      same.map((e) => ({ input: e.input, output: { who: e.output.name } })),
      'return { who: input.name };',
    );
    expect(uncoveredShape(renamed, { id: 7, name: 'dee' })).toMatch(/"name" is "dee"/);
  });

  it('holds a one-field record given back as it came to the case its examples had: copy and case fold fit alike', () => {
    const emails = ['ann@shop.example', 'bo.li@mail.example', 'cy@corp.example'].map((email) => ({
      input: { email },
      output: { email },
    }));
    const profile = profileInputs(emails, 'return { email: input.email };');
    expect(uncoveredShape(profile, { email: 'dee@web.example' })).toBeNull();
    expect(uncoveredShape(profile, { email: 'Dee@Web.example' })).toMatch(/"email" has upper-case letters/);
  });

  it('counts values that repeat as a closed set whatever they look like', () => {
    const plants = ['Oslo', 'Oslo', 'Turku', 'Turku', 'Oslo'].map((site) => ({
      input: { site },
      output: { plant: site },
    }));
    const repeated = profileInputs(plants, 'return { plant: input.site };');
    expect(uncoveredShape(repeated, { site: 'Turku' })).toBeNull();
    expect(uncoveredShape(repeated, { site: 'Bergen' })).toMatch(/"site" is "Bergen"/);
  });
});

describe('letters in a case no example showed, where the output carries them', () => {
  const codes: Pair[] = [
    { input: { ref: 'AB12 3CD' }, output: { head: 'AB12', tail: '3CD' } },
    { input: { ref: 'QX9 8ZZ' }, output: { head: 'QX9', tail: '8ZZ' } },
    { input: { ref: 'MN4 1PQ' }, output: { head: 'MN4', tail: '1PQ' } },
  ];

  it('sends lower-case letters to review when every example was upper case', () => {
    const cut = profileInputs(
      codes,
      "return { head: token(input.ref, ' ', 0), tail: token(input.ref, ' ', 1) };",
    );
    expect(uncoveredShape(cut, { ref: 'ZZ1 9AA' })).toBeNull();
    const why = uncoveredShape(cut, { ref: 'zz1 9aa' });
    expect(why).toMatch(/"ref" has lower-case letters, which no example's "ref" had/);
    expect(inputReason(why ?? '')).toBe('unseen letter case');
  });

  it('trusts code that sets the case itself, and outputs that do not carry the letters', () => {
    const upper = profileInputs(codes, "return { head: token(input.ref, ' ', 0).toUpperCase() };");
    expect(uncoveredShape(upper, { ref: 'zz1 9aa' })).toBeNull();
    const counted = profileInputs(
      codes.map((c) => ({ ...c, output: { letters: String(c.input['ref']).replace(/[^A-Z]/g, '').length } })),
      "return { letters: input.ref.replace(/[^A-Za-z]/g, '').length };",
    );
    expect(uncoveredShape(counted, { ref: 'zz1 9aa' })).toBeNull();
  });
});

describe('a cut at fixed places that drops text no example dropped', () => {
  const lines: Pair[] = [
    { input: { line: 'TEL-4412345' }, output: { number: '4412345' } },
    { input: { line: 'TEL-9987654' }, output: { number: '9987654' } },
    { input: { line: 'TEL-5550199' }, output: { number: '5550199' } },
  ];
  const cut = profileInputs(lines, 'return { number: input.line.slice(-7) };');

  it('writes a record whose cut drops what every example dropped', () => {
    expect(uncoveredShape(cut, { line: 'TEL-1234567' })).toBeNull();
  });

  it('sends a record whose cut drops other text to review', () => {
    const why = uncoveredShape(cut, { line: 'FAX-1234567' });
    expect(why).toMatch(
      /the code cuts "line" at fixed places \(slice\(-7\)\); every example's cut dropped "TEL-" before/,
    );
    expect(inputReason(why ?? '')).toBe('fixed cut drops other text');
    expect(uncoveredShape(cut, { line: 'TEL-12345678' })).toMatch(/drops "TEL-1" before/);
  });

  it('applies the cleanup the code applies before its cut', () => {
    const digits = profileInputs(
      [
        { input: { n: '(00) 123-45' }, output: { tail: '12345' } },
        { input: { n: '(00) 678-90' }, output: { tail: '67890' } },
      ],
      "return { tail: input.n.replace(/\\D/g, '').slice(2) };",
    );
    expect(uncoveredShape(digits, { n: '(00) 555-11' })).toBeNull();
    expect(uncoveredShape(digits, { n: '(01) 555-11' })).toMatch(/dropped "00" before/);
  });

  it('holds a letter taken from one word of the value the same way', () => {
    const units = profileInputs(
      [
        { input: { size: '10 ml' }, output: { unit: 'M' } },
        { input: { size: '250 ml' }, output: { unit: 'M' } },
      ],
      "return { unit: token(input.size, ' ', 1).charAt(0).toUpperCase() };",
    );
    expect(uncoveredShape(units, { size: '33 ml' })).toBeNull();
    expect(uncoveredShape(units, { size: '5 mg' })).toMatch(
      /cuts "size" at fixed places \(token\(" ", 1\)\.charAt\(0\)\); every example's cut dropped "l" after/,
    );
  });

  it('holds nothing when the examples dropped different text', () => {
    const varied = profileInputs(
      [
        { input: { id: 'A-100' }, output: { n: '100' } },
        { input: { id: 'B-200' }, output: { n: '200' } },
      ],
      'return { n: input.id.slice(2) };',
    );
    expect(uncoveredShape(varied, { id: 'C-300' })).toBeNull();
  });
});

describe('the words and symbols around a number the code reads alone', () => {
  const rises = profileInputs(
    [
      { input: { delta: '+2.5 pts' }, output: { d: 2.5 } },
      { input: { delta: '+10 pts' }, output: { d: 10 } },
      { input: { delta: '+0.75 pts' }, output: { d: 0.75 } },
    ],
    'return { d: parseNumber(input.delta) };',
  );

  it('writes numbers with the words and symbols the examples had', () => {
    expect(uncoveredShape(rises, { delta: '+4 pts' })).toBeNull();
    expect(uncoveredShape(rises, { delta: '4 pts' })).toBeNull();
  });

  it('sends a sign word or symbol no example had to review (it may make the number negative)', () => {
    const why = uncoveredShape(rises, { delta: 'fell 3 pts' });
    expect(why).toMatch(/"delta" has the word "fell" beside its number/);
    expect(inputReason(why ?? '')).toBe('unseen text beside a number');
    expect(uncoveredShape(rises, { delta: '↓3 pts' })).toMatch(/"delta" has "↓" beside its number/);
    expect(uncoveredShape(rises, { delta: '(3 pts)' })).toMatch(/"\(" beside its number/);
  });

  it('holds a number read with a stated decimal mark the same way', () => {
    const stated = profileInputs(
      [
        { input: { fee: 'NOK 12,50' }, output: { fee: 12.5 } },
        { input: { fee: 'NOK 3,00' }, output: { fee: 3 } },
      ],
      "return { fee: parseNumber(input.fee, ',') };",
    );
    expect(uncoveredShape(stated, { fee: 'NOK 7,25' })).toBeNull();
    expect(uncoveredShape(stated, { fee: 'SEK 7,25' })).toMatch(/the word "sek" beside its number/);
  });
});

describe('the words and symbols between several numbers the code reads alone', () => {
  // Two numbers read out of one text, nothing else of it: the words between them are unread.
  const spans = profileInputs(
    [
      { input: { span: '12.5 up, 3 left' }, output: { rise: 12.5, run: 3 } },
      { input: { span: '4 up, 10.25 left' }, output: { rise: 4, run: 10.25 } },
      { input: { span: '7 up, 2 left' }, output: { rise: 7, run: 2 } },
    ],
    "return { rise: parseNumber(input.span, '.'), run: parseNumber(nthMatch(input.span, /\\d+(?:[.,]\\d+)*/g, 1)) };",
  );

  it('writes records with the words the examples had between their numbers', () => {
    expect(uncoveredShape(spans, { span: '9 up, 1.5 left' })).toBeNull();
  });

  it('sends another word or a sign between them to review (it may turn a number round)', () => {
    const why = uncoveredShape(spans, { span: '9 down, 1.5 left' });
    expect(why).toMatch(/"span" has the word "down" beside its number/);
    expect(inputReason(why ?? '')).toBe('unseen text beside a number');
    expect(uncoveredShape(spans, { span: '9 up, 1.5 right' })).toMatch(/the word "right"/);
    expect(uncoveredShape(spans, { span: '9 up, -1.5 left' })).toMatch(/"-" beside its number/);
  });
});

describe('a value classified by one of its words', () => {
  const sizes = profileInputs(
    [
      { input: { size: 'small' }, output: { s: 'S' } },
      { input: { size: 'large box' }, output: { s: 'L' } },
      { input: { size: 'medium' }, output: { s: 'M' } },
    ],
    "return { s: oneOf(input.size, { S: ['small'], M: ['medium'], L: ['large'] }) };",
  );

  it('writes one word the classifier reads, and several words the examples had', () => {
    expect(uncoveredShape(sizes, { size: 'big' })).toBeNull();
    expect(uncoveredShape(sizes, { size: 'large box' })).toBeNull();
  });

  it('sends a word no example had beside the naming word to review', () => {
    const why = uncoveredShape(sizes, { size: 'not large' });
    expect(why).toMatch(/"size" has the word "not" among others/);
    expect(inputReason(why ?? '')).toBe('unseen word beside a choice');
  });
});
