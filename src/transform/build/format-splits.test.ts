import { describe, expect, it } from 'vitest';
import { profileInputs, uncoveredShape } from '../run/trust.ts';
import { loadTransform, synthesize } from '../synth/index.ts';
import { fitMost, fittingMostProblems, moduleFittingMost } from './fit-most.ts';
import { formatSplits, ranOutOfTime } from './format-splits.ts';

// A person's own examples (no answers) in two formats of one field; the last is a format the engine
// cannot learn from one example, and no program fits all four.
const DURATIONS = [
  { input: { took: '01:30' }, output: { minutes: 90 } },
  { input: { took: '02:15' }, output: { minutes: 135 } },
  { input: { took: '0:45' }, output: { minutes: 45 } },
  { input: { took: 'an hour and a half' }, output: { minutes: 90 } },
];
const GRADES = [
  { input: { student: 'Ana Silva', score: '87%' }, output: { points: 87 } },
  { input: { student: 'Li Wei', score: '42%' }, output: { points: 42 } },
  { input: { student: 'Tom Berg', score: '65%' }, output: { points: 65 } },
  { input: { student: 'Eva Lund', score: 'B+' }, output: { points: 78 } },
];
// One shape throughout: the labels contradict any one rule, and no recognizer tells any apart.
const CONTRADICTING = [
  { input: { qty: '12 pcs' }, output: { total: 24 } },
  { input: { qty: '30 pcs' }, output: { total: 60 } },
  { input: { qty: '7 pcs' }, output: { total: 15 } },
  { input: { qty: '9 pcs' }, output: { total: 11 } },
];

const files = (examples: { input: unknown; output: unknown }[]) => ({
  config: { name: 'split' },
  examples,
  potentialInputs: [],
  schema: {},
});
const fitOwn = (examples: { input: unknown; output: unknown }[]) =>
  fitMost(files(examples), {
    synthesizer: (kept, options) => synthesize(kept, options),
    timeoutMs: 2000,
    deadline: Date.now() + 60_000,
  });

describe('which examples a partial program may leave out as another format', () => {
  it('offers an example whose input shape no kept example has, the latest first', () => {
    expect(formatSplits(DURATIONS)[0]).toEqual([3]);
    // The names differ in words, not in shape: only the score tells "B+" apart.
    expect(formatSplits(GRADES)[0]).toEqual([3]);
  });

  it('offers nothing when every input has one shape (the labels contradict, no format to split)', () => {
    expect(formatSplits(CONTRADICTING)).toEqual([]);
  });

  it('is no reason to leave examples out when the synthesis ran out of time (nothing shows a format it cannot learn)', () => {
    expect(ranOutOfTime([{ path: 'city', reason: 'time ran out before this field was tried' }])).toBe(true);
    expect(
      ranOutOfTime([{ path: 'minutes', reason: 'no arithmetic on input numbers reproduces every example' }]),
    ).toBe(false);
  });

  it('never leaves out more than it keeps, and keeps at least three (each must confirm the others)', () => {
    const three = DURATIONS.slice(1);
    for (const split of formatSplits(three)) expect(split).toHaveLength(1);
  });
});

describe('the program that fits the most of a person’s own examples', { timeout: 120_000 }, () => {
  it('writes the format it covers and stops records of the other format (no answer needed)', async () => {
    const fit = await fitOwn(DURATIONS);
    expect(fit?.unfit.map((u) => u.index)).toEqual([3]);
    expect(fit?.unfit[0]?.answer).toBe(false);
    // A person's own example is named as such, with what the code gives instead.
    expect(fit?.unfit[0]?.reason).toMatch(/^minutes is .*, the example says 90$/);
    const code = fit ? moduleFittingMost(fit, DURATIONS.length) : null;
    const program = loadTransform(code ?? '');
    expect(fit && fittingMostProblems(program, fit)).toEqual([]);
    expect(program({ took: '03:10' })).toEqual({ minutes: 190 });
    expect(() => program({ took: 'two hours' })).toThrow(/TODO\(codify\).*example 4/);
  });

  it('splits on the field that differs in shape, not on free text beside it', async () => {
    const fit = await fitOwn(GRADES);
    expect(fit?.unfit.map((u) => u.index)).toEqual([3]);
    expect(Object.keys(fit?.guards[0] ?? {})).toEqual(['score']);
    const program = loadTransform((fit && moduleFittingMost(fit, GRADES.length)) ?? '');
    expect(program({ student: 'Kim Ode', score: '55%' })).toEqual({ points: 55 });
    expect(() => program({ student: 'Jo Amm', score: 'C+' })).toThrow(/TODO\(codify\)/);
    // A third shape neither kept nor left out: the run holds partial code to the kept shapes.
    const profile = profileInputs(fit?.keptExamples ?? [], fit?.code ?? null, { strictShapes: true });
    expect(uncoveredShape(profile, { student: 'Jo Amm', score: 'A-' })).toMatch(/fits only some examples/);
    expect(uncoveredShape(profile, { student: 'Jo Amm', score: '71%' })).toBeNull();
  });

  it('gives up when no recognizer tells the unfit examples apart', async () => {
    expect(await fitOwn(CONTRADICTING)).toBeNull();
  });

  it('refuses a program the kept examples do not each confirm (fitted by accident to them all)', async () => {
    // A synthesizer that only remembers its examples: it fits any kept set, and predicts none left out.
    const remembers = (kept: { input: unknown; output: unknown }[]) => {
      const seen = Object.fromEntries(kept.map((e) => [JSON.stringify(e.input), e.output]));
      const code = [
        `const SEEN: Record<string, unknown> = ${JSON.stringify(seen)};`,
        'export default function transform(input: Input): Output {',
        "  const parts = input.took.split(':');",
        '  return (SEEN[JSON.stringify(input)] ?? { minutes: Number(parts[0]) * 60 }) as Output;',
        '}',
      ].join('\n');
      return { complete: true, code, solved: ['minutes'], unsolved: [], programs: {}, durationMs: 0 };
    };
    const fit = await fitMost(files(DURATIONS), {
      synthesizer: (kept) => remembers(kept) as ReturnType<typeof synthesize>,
      timeoutMs: 2000,
      deadline: Date.now() + 60_000,
    });
    expect(fit).toBeNull();
  });
});
