import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize, type SynthExample } from './index.ts';
import { typeCheck, withDeclaredTypes } from './typecheck.ts';

const pairs = (rows: [unknown, unknown][]): SynthExample[] =>
  rows.map(([input, output]) => ({ input, output }));

function learn(train: SynthExample[]) {
  const result = synthesize(train, { timeoutMs: 4000 });
  expect(result.unsolved).toEqual([]);
  return { result, transform: loadTransform(result.code ?? '') };
}

/**
 * When one input field is blank, the output comes from another field of the same record (a
 * coalesce: "the shipping address, else the billing one"), not from a constant copied off the one
 * example where the field was blank.
 */
describe('fallback when a field is blank: a program on the other fields, not that record copied', () => {
  it('takes the billing city when the shipping city is blank, even from one such example', () => {
    const { transform } = learn(
      pairs([
        [{ ship_city: 'Utrecht', bill_city: 'Delft' }, { city: 'Utrecht' }],
        [{ ship_city: '', bill_city: 'Haarlem' }, { city: 'Haarlem' }],
        [{ ship_city: 'Gouda', bill_city: 'Breda' }, { city: 'Gouda' }],
      ]),
    );
    expect(transform({ ship_city: null, bill_city: 'Zwolle' })).toEqual({ city: 'Zwolle' });
    expect(transform({ ship_city: 'Assen', bill_city: 'Ede' })).toEqual({ city: 'Assen' });
  });

  it('keeps the rest of a template when one piece is blank ("Title (n.d.)" from the title)', () => {
    const { transform } = learn(
      pairs([
        [{ work: 'Odes', published: 1820 }, { label: 'Odes [1820]' }],
        [{ work: 'Sonnets', published: null }, { label: 'Sonnets [undated]' }],
        [{ work: 'Idylls', published: 1859 }, { label: 'Idylls [1859]' }],
      ]),
    );
    expect(transform({ work: 'Poems', published: null })).toEqual({ label: 'Poems [undated]' });
  });

  it('takes another field when the first is blank and the examples of it differ', () => {
    const { transform } = learn(
      pairs([
        [{ alias: 'Bo', given: 'Bohdan' }, { shown: 'Bo' }],
        [{ alias: '', given: 'Ilse' }, { shown: 'Ilse' }],
        [{ alias: 'Mo', given: 'Maurice' }, { shown: 'Mo' }],
        [{ alias: null, given: 'Agnes' }, { shown: 'Agnes' }],
      ]),
    );
    expect(transform({ alias: '', given: 'Yusuf' })).toEqual({ shown: 'Yusuf' });
    expect(transform({ alias: 'Al', given: 'Alfred' })).toEqual({ shown: 'Al' });
  });

  it('still writes a real constant default ("unknown") when a field is blank', () => {
    const { transform } = learn(
      pairs([
        [{ region: 'North', code: 'N1' }, { area: 'North' }],
        [{ region: '', code: 'S4' }, { area: 'unknown' }],
        [{ region: 'East', code: 'E2' }, { area: 'East' }],
      ]),
    );
    expect(transform({ region: null, code: 'W9' })).toEqual({ area: 'unknown' });
  });
});

describe('a value guarded by a blank check type-checks where the input may be null', () => {
  it('multiplies two numbers, null when one is missing, and the module compiles under strict', () => {
    const train = pairs([
      [{ hours: 3, rate: 40 }, { fee: 120 }],
      [{ hours: null, rate: 55 }, { fee: null }],
      [{ hours: 1.5, rate: 80 }, { fee: 120 }],
      [{ hours: 2, rate: 35 }, { fee: 70 }],
    ]);
    const { result, transform } = learn(train);
    expect(transform({ hours: 4, rate: 50 })).toEqual({ fee: 200 });
    expect(transform({ hours: null, rate: 50 })).toEqual({ fee: null });
    const module = withDeclaredTypes(
      result.code ?? '',
      train.map((e) => e.input),
      train.map((e) => e.output),
    );
    expect(typeCheck([module])).toEqual([[]]);
  });
});

describe('a word copied from another field of the record is not a category of this one', () => {
  it('greets by the pet name when there is one, else the first name (not a table of names)', () => {
    const { transform } = learn(
      pairs([
        [{ first: 'Wilhelmina', pet_name: 'Mina', surname: 'Vos' }, { hello: 'Mina' }],
        [{ first: 'Theodor', pet_name: '', surname: 'Berg' }, { hello: 'Theodor' }],
        [{ first: 'Alexander', pet_name: 'Sasha', surname: 'Kurz' }, { hello: 'Sasha' }],
        [{ first: 'Greta', pet_name: '', surname: 'Lund' }, { hello: 'Greta' }],
        [{ first: 'Wilhelm', pet_name: '', surname: 'Roth' }, { hello: 'Wilhelm' }],
        [{ first: 'Alexandra', pet_name: 'Sasha', surname: 'Falk' }, { hello: 'Sasha' }],
      ]),
    );
    expect(transform({ first: 'Theresa', pet_name: '', surname: 'Kohl' })).toEqual({ hello: 'Theresa' });
    expect(transform({ first: 'Wilhelmina', pet_name: 'Billie', surname: 'Ash' })).toEqual({
      hello: 'Billie',
    });
  });
});
