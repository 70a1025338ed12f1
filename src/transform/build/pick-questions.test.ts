import { describe, expect, it } from 'vitest';
import { profileInputs, type InputProfile, type OutputCheck } from '../run/trust.ts';
import { pickQuestions, type QuestionSources } from './pick-questions.ts';

/** The examples had dates like "2024-03-05": digits and dashes, and the code takes the date apart. */
const profile: InputProfile = {
  keys: [
    { key: 'date', required: true, types: ['string'], everBlank: false, classes: ['-', 'D'], parsed: true },
  ],
};
/** Every labeled year was all digits. */
const checks: OutputCheck[] = [{ field: 'year', kind: 'digits', describe: 'every example was all digits' }];

/** Rivals disagree on `year` when the input carries `split: true` (a stand-in version space). */
const space: QuestionSources['space'] = {
  disagreements: (input) =>
    (input as { split?: boolean }).split ? [{ field: 'year', outputs: ['2024', '24'] }] : [],
};
/** The code's output: the date's first piece, so "2024x-01-02" yields a year with a letter. */
const chosenOutput = (input: unknown): unknown => ({ year: (input as { date: string }).date.split('-')[0] });

const sources: QuestionSources = { space, profile, checks, chosenOutput };

describe('pickQuestions', () => {
  it('asks about disagreeing rivals, unseen input shapes and doubtful outputs, largest kind first', () => {
    const inputs = [
      { date: '2024-01-02', split: true },
      { date: '2023-01-02', split: true },
      { date: '05.03.2024' },
      { date: '06.03.2024' },
      { date: '07.03.2024' },
      { date: '2024x-01-02' },
    ];
    // '2024x-01-02' has a letter no example had: a shape question (its year "2024x" is not also
    // asked about as a broken check). '1999-01-0' is settled: nothing to ask about it.
    const picked = pickQuestions(sources, [...inputs, { date: '1999-01-0' }], 10);
    expect(picked.questions.map((q) => [q.input, q.settles])).toEqual([
      [{ date: '05.03.2024' }, 3],
      [{ date: '2024-01-02', split: true }, 2],
      [{ date: '2024x-01-02' }, 1],
    ]);
    const rivals = picked.questions[1];
    expect(rivals?.competing).toEqual({ year: ['2024', '24'] });
    expect(rivals?.candidates).toEqual([{ year: '2024' }, { year: '24' }]);
    expect(rivals?.reason).toMatch(/disagree/);
    const shape = picked.questions[0];
    expect(shape?.competing).toEqual({});
    expect(shape?.candidates).toEqual([{ year: '05.03.2024' }]);
    expect(shape?.reason).toMatch(/"date" has "\."/);
    expect(picked.ambiguous).toBe(2);
    expect(picked.byField).toEqual({ year: 2 });
  });

  it('asks about an output that breaks a check the labels imply, with the reason', () => {
    const covered: InputProfile = { keys: [] };
    const picked = pickQuestions(
      { ...sources, profile: covered },
      [{ date: 'ab-01' }, { date: '2024-01' }],
      3,
    );
    expect(picked.questions).toHaveLength(1);
    expect(picked.questions[0]?.input).toEqual({ date: 'ab-01' });
    expect(picked.questions[0]?.candidates).toEqual([{ year: 'ab' }]);
    expect(picked.questions[0]?.reason).toMatch(/year is "ab", but every example was all digits/);
  });

  it('asks about one input once, counts a repeated record once, and stops at the limit', () => {
    // A record both disputed and of an unseen shape is asked once, under its largest kind (the
    // dotted dates: two distinct records, the repeated one counted once).
    const inputs = [
      { date: '05.03.2024', split: true },
      { date: '05.03.2024', split: true },
      { date: '2024-01-02', split: true },
      { date: '06.03.2024' },
    ];
    const all = pickQuestions(sources, inputs, 10);
    expect(all.checked).toBe(3);
    expect(all.questions.map((q) => q.input)).toEqual([
      { date: '05.03.2024', split: true },
      { date: '2024-01-02', split: true },
    ]);
    expect(all.questions[0]?.settles).toBe(2);
    expect(all.questions[0]?.reason).toMatch(/"date" has/);
    expect(all.questions[0]?.competing).toEqual({ year: ['2024', '24'] });
    expect(pickQuestions(sources, inputs, 1).questions).toHaveLength(1);
    expect(pickQuestions(sources, inputs, 0).questions).toEqual([]);
  });

  it('gives no candidates when the code produces no output, and works without a version space', () => {
    const picked = pickQuestions(
      { ...sources, space: null, chosenOutput: () => null },
      [{ date: '05.03.2024' }],
      3,
    );
    expect(picked.questions).toHaveLength(1);
    expect(picked.questions[0]?.candidates).toEqual([]);
  });

  it('counts, when it can profile an answer, the records the answer would actually settle', () => {
    const code =
      'return { g: /\\bkg\\b/i.test(text(input.w)) ? parseNumber(input.w) * 1000 : parseNumber(input.w) * 453.6 };';
    const labeled = [{ w: '12 kg' }, { w: '30 lb' }].map((input) => ({ input, output: {} }));
    const weights = profileInputs(labeled, code);
    // Five records of one shape, each with a unit word no example had: one answer settles one.
    // Three decimal weights in known units: one answer shows the shape and settles all three.
    const inputs = [
      { w: '15 oz' },
      { w: '17 st' },
      { w: '19 gr' },
      { w: '13 mg' },
      { w: '14 tn' },
      { w: '1.5 kg' },
      { w: '2.5 lb' },
      { w: '3.5 kg' },
    ];
    const base = { space: null, profile: weights, checks: [], chosenOutput: () => ({ g: 1 }) };
    expect(pickQuestions(base, inputs, 1).questions[0]?.input).toEqual({ w: '15 oz' });
    const reprofile = (answered: readonly unknown[]) =>
      profileInputs([...labeled, ...answered.map((input) => ({ input, output: {} }))], code);
    const picked = pickQuestions({ ...base, reprofile }, inputs, 2);
    expect(picked.questions.map((q) => [q.input, q.settles])).toEqual([
      [{ w: '1.5 kg' }, 3],
      [{ w: '15 oz' }, 1],
    ]);
  });

  it("offers whole records: every combination of the fields' competing outputs, fewest changes first", () => {
    // "Mary Ann Smith": the right split mixes two rivals (first from one, middle from another).
    const names: QuestionSources = {
      space: {
        disagreements: () => [
          { field: 'first', outputs: ['Mary Ann', 'Mary'] },
          { field: 'middle', outputs: [null, 'Ann'] },
          { field: 'last', outputs: ['Smith', 'Ann Smith'] },
        ],
      },
      profile: { keys: [] },
      checks: [],
      chosenOutput: () => ({ first: 'Mary Ann', middle: null, last: 'Smith' }),
    };
    const [question] = pickQuestions(names, [{ name: 'Mary Ann Smith' }], 1).questions;
    expect(question?.candidates[0]).toEqual({ first: 'Mary Ann', middle: null, last: 'Smith' });
    expect(question?.candidates).toContainEqual({ first: 'Mary', middle: 'Ann', last: 'Smith' });
    expect(question?.candidates).toHaveLength(8);
    // One field changed before two, two before three.
    expect(question?.candidates[1]).toEqual({ first: 'Mary', middle: null, last: 'Smith' });
    expect(question?.candidates[7]).toEqual({ first: 'Mary', middle: 'Ann', last: 'Ann Smith' });
  });

  it('plans the questions together: no second question for records the first answer decides', () => {
    // x parts its two programs on kinds a and c, y on kinds b and c: one answer about a "c" record
    // tells both fields' programs apart, which decides every record.
    type Rec = { n: number; kind: 'a' | 'b' | 'c' };
    const outputsOf = (input: unknown) => {
      const { n, kind } = input as Rec;
      return [
        { field: 'x', outputs: [n, kind === 'b' ? n : n * 2], tolerance: 0 },
        { field: 'y', outputs: [n, kind === 'a' ? n : -n], tolerance: 0 },
      ];
    };
    const disagreements = (input: unknown) =>
      outputsOf(input)
        .filter((p) => p.outputs[0] !== p.outputs[1])
        .map((p) => ({ field: p.field, outputs: p.outputs }));
    const inputs: Rec[] = [
      { n: 1, kind: 'a' },
      { n: 2, kind: 'a' },
      { n: 3, kind: 'a' },
      { n: 4, kind: 'b' },
      { n: 5, kind: 'b' },
      { n: 6, kind: 'c' },
    ];
    const base = { profile: { keys: [] }, checks: [], chosenOutput: (i: unknown) => ({ x: (i as Rec).n }) };
    // Without the programs' outputs each group is its own question, largest first.
    const grouped = pickQuestions({ ...base, space: { disagreements } }, inputs, 3);
    expect(grouped.questions.map((q) => [q.input, q.settles])).toEqual([
      [{ n: 1, kind: 'a' }, 3],
      [{ n: 4, kind: 'b' }, 2],
      [{ n: 6, kind: 'c' }, 1],
    ]);
    const planned = pickQuestions({ ...base, space: { disagreements, outputsOf } }, inputs, 3);
    expect(planned.questions.map((q) => [q.input, q.settles])).toEqual([[{ n: 6, kind: 'c' }, 6]]);
  });

  it('asks about records the code stops for review (a reader that cannot read them), one per reason', () => {
    // A stand-in reader: grades it knows to points; any other text stops the record for a person.
    const points: Record<string, number> = { A: 4, B: 3, C: 2 };
    const reader = (input: unknown): unknown => {
      const grade = (input as { grade: string }).grade;
      if (grade in points) return { points: points[grade] };
      if (/^\s*$/.test(grade)) return null;
      const review = new Error(`gradePoints cannot read ${JSON.stringify(grade)}: not a letter grade`);
      review.name = 'CodifyReview';
      throw review;
    };
    const picked = pickQuestions(
      { space: null, profile: { keys: [] }, checks: [], chosenOutput: reader },
      [{ grade: 'A' }, { grade: 'B+' }, { grade: 'C-' }, { grade: 'D+' }, { grade: ' ' }],
      3,
    );
    // The three unread grades are one kind (the same reader and reason, whatever the text); a
    // blank the code gives no output for is not a question.
    expect(picked.questions.map((q) => [q.input, q.settles])).toEqual([[{ grade: 'B+' }, 3]]);
    expect(picked.questions[0]?.reason).toBe(
      'the code cannot read it: gradePoints cannot read "B+": not a letter grade',
    );
    expect(picked.questions[0]?.candidates).toEqual([]);
    // Any other error is a bug in the code, not a question.
    const buggy = pickQuestions(
      {
        space: null,
        profile: { keys: [] },
        checks: [],
        chosenOutput: () => {
          throw new TypeError('x is undefined');
        },
      },
      [{ grade: 'B+' }],
      3,
    );
    expect(buggy.questions).toEqual([]);
  });

  it('asks first about the value most records hold, and never twice about one group', () => {
    // A table of values learned from the examples: every record below holds a value no example
    // had, and one answer settles the records of its own value only.
    const code = 'return { code: lookup({ "germany": "DE", "france": "FR" }, input.country) };';
    const labeled = [{ country: 'Germany' }, { country: 'France' }].map((input) => ({ input, output: {} }));
    const table = profileInputs(labeled, code);
    const reprofile = (answered: readonly unknown[]) =>
      profileInputs([...labeled, ...answered.map((input) => ({ input, output: {} }))], code);
    // The value held by one record comes first in the feed; the one held by four later, then two.
    // Values held by one record each wait for the rebuild (the next round of questions).
    const inputs = [
      { id: 1, country: 'Spain' },
      { id: 2, country: 'Italy' },
      { id: 3, country: 'Portugal' },
      { id: 4, country: 'Italy' },
      { id: 5, country: 'Austria' },
      { id: 6, country: 'Italy' },
      { id: 7, country: 'Austria' },
      { id: 8, country: 'Italy' },
    ];
    const base = { space: null, profile: table, checks: [], chosenOutput: () => ({ code: 'XX' }), reprofile };
    const picked = pickQuestions(base, inputs, 3);
    expect(picked.questions.map((q) => [(q.input as { country: string }).country, q.settles])).toEqual([
      ['Italy', 4],
      ['Austria', 2],
    ]);
    // Without a way to profile an answer, the whole kind is taken as settled by one: one question.
    expect(pickQuestions({ ...base, reprofile: undefined }, inputs, 3).questions).toHaveLength(1);
  });
});
