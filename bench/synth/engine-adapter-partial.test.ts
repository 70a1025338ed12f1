import { describe, expect, it } from 'vitest';
import { createSynthEngine } from './engine-adapter.ts';

// Board lengths in centimetres to metres; an answer in words, which no program explains with the rest.
const OWN = [
  { input: { board: '12 cm' }, output: { metres: 0.12 } },
  { input: { board: '250 cm' }, output: { metres: 2.5 } },
  { input: { board: '40 cm' }, output: { metres: 0.4 } },
];
const WORDS = { input: { board: 'half a metre' }, output: { metres: 0.5 } };

describe(
  'the synth engine when an answer cannot be fitted with the other examples',
  { timeout: 120_000 },
  () => {
    it('keeps the program that fits the most: old format written, records like the answer sent to review, reported partial', async () => {
      const learned = await createSynthEngine(undefined, { fitMost: true }).learn(
        [...OWN, { ...WORDS, answer: true }],
        { timeoutMs: 3000 },
      );
      expect(learned.complete).toBe(false);
      expect(learned.notes[0]).toMatch(/^partial: the program fits 3 of 4 examples/);
      expect(learned.apply({ board: '75 cm' })).toEqual({ kind: 'written', output: { metres: 0.75 } });
      expect(learned.apply({ board: 'half a yard' })).toMatchObject({ kind: 'review' });
      // Its own examples: never a wrong output.
      for (const e of [...OWN, WORDS]) {
        const verdict = learned.apply(e.input);
        if (verdict.kind === 'written') expect(verdict.output).toEqual(e.output);
      }
    });

    it('does not drop a person’s own example to fit the rest (only answers may be left out)', async () => {
      const learned = await createSynthEngine(undefined, { fitMost: true }).learn([...OWN, WORDS], {
        timeoutMs: 3000,
      });
      expect(learned.complete).toBe(false);
      expect(learned.notes.join('\n')).not.toMatch(/partial/);
      expect(learned.apply({ board: '75 cm' }).kind).toBe('error');
    });

    it('keeps to the full build unless asked (fitMost off by default)', async () => {
      const learned = await createSynthEngine().learn([...OWN, { ...WORDS, answer: true }], {
        timeoutMs: 3000,
      });
      expect(learned.notes.join('\n')).not.toMatch(/partial/);
      expect(learned.apply({ board: '75 cm' }).kind).toBe('error');
    });
  },
);
