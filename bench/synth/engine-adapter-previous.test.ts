import { describe, expect, it } from 'vitest';
import { synthesize } from '../../src/transform/synth/index.ts';
import { createSynthEngine, type SynthesizeFn } from './engine-adapter.ts';

// Parcel weights in kilograms to grams, examples of our own.
const OWN = [
  { input: { weight: '1.2 kg' }, output: { grams: 1200 } },
  { input: { weight: '0.45 kg' }, output: { grams: 450 } },
  { input: { weight: '7 kg' }, output: { grams: 7000 } },
];

/** A rebuild that runs out of time: any build past the first three examples finds nothing. */
const rebuildTimesOut: SynthesizeFn = (examples, options) => {
  const result = synthesize(examples, options);
  if (examples.length <= OWN.length) return result;
  return {
    ...result,
    complete: false,
    code: null,
    unsolved: [{ path: 'grams', reason: 'time ran out before this field was tried' }],
  };
};

describe('a rebuild after an answer that finds no program', { timeout: 120_000 }, () => {
  const engine = createSynthEngine(rebuildTimesOut);

  it('keeps the previous program when it gives the answer its label too', async () => {
    const previous = await engine.learn(OWN, { timeoutMs: 3000 });
    expect(previous.apply({ weight: '2.5 kg' })).toEqual({ kind: 'written', output: { grams: 2500 } });
    const answer = { input: { weight: '3.25 kg' }, output: { grams: 3250 }, answer: true };
    const learned = await engine.learn([...OWN, answer], { timeoutMs: 3000, previous });
    expect(learned.notes[0]).toMatch(/^kept the previous program/);
    expect(learned.apply({ weight: '0.8 kg' })).toEqual({ kind: 'written', output: { grams: 800 } });
    for (const e of [...OWN, answer])
      expect(learned.apply(e.input)).toEqual({ kind: 'written', output: e.output });
  });

  it('writes nothing when the answer proves the previous program wrong', async () => {
    const previous = await engine.learn(OWN, { timeoutMs: 3000 });
    // Tare counted in: the label is not the kilograms times 1000 the program gives.
    const answer = { input: { weight: '5 kg gross' }, output: { grams: 5200 }, answer: true };
    const learned = await engine.learn([...OWN, answer], { timeoutMs: 3000, previous });
    expect(learned.notes.join('\n')).not.toMatch(/kept the previous program/);
    expect(learned.apply({ weight: '0.8 kg' }).kind).toBe('error');
  });

  it('writes nothing without a previous build (as before)', async () => {
    const answer = { input: { weight: '3.25 kg' }, output: { grams: 3250 }, answer: true };
    const learned = await engine.learn([...OWN, answer], { timeoutMs: 3000 });
    expect(learned.apply({ weight: '0.8 kg' }).kind).toBe('error');
  });
});
