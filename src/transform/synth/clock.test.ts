import { describe, expect, it } from 'vitest';
import { ranOutOfTime } from '../build/format-splits.ts';
import type { SynthClocks } from './clock.ts';
import { synthesize } from './index.ts';

// Application log lines of our own: enough fields that a small budget cuts the search short.
const EXAMPLES = [
  {
    input: { line: '2024-03-02 14:05:11 WARN [billing] card declined for order 5531' },
    output: { day: '02/03/2024', level: 'warning', area: 'BILLING', order: 5531 },
  },
  {
    input: { line: '2023-11-20 08:30:59 ERROR [stock] count below zero for order 77' },
    output: { day: '20/11/2023', level: 'error', area: 'STOCK', order: 77 },
  },
  {
    input: { line: '2024-07-14 23:59:00 INFO [mail] receipt sent for order 1200' },
    output: { day: '14/07/2024', level: 'info', area: 'MAIL', order: 1200 },
  },
];

/**
 * Fake clocks for a machine where each read of the clocks stands for `workStep` ms of work and
 * `wallStep` ms of wall time: wallStep / workStep is how many processes share the core.
 */
function machine(workStep: number, wallStep: number): SynthClocks {
  let work = 0;
  let wall = 0;
  return { work: () => (work += workStep), wall: () => (wall += wallStep) };
}

describe('the synthesizer under load', () => {
  it('decides by work done, not wall time: a machine 12× loaded builds the same program as a quiet one', () => {
    // 5 and 30 ms cut the search short (fields left unsolved for time); 400 does not.
    for (const timeoutMs of [5, 30, 400]) {
      const quiet = synthesize(EXAMPLES, { timeoutMs, clocks: machine(0.01, 0.01) });
      const loaded = synthesize(EXAMPLES, { timeoutMs, clocks: machine(0.01, 0.12) });
      expect(loaded.code).toBe(quiet.code);
      expect(loaded.unsolved).toEqual(quiet.unsolved);
      expect(loaded.programs).toEqual(quiet.programs);
    }
  });

  it('keeps no program from a build the machine starved (less than a twentieth of a core)', () => {
    const starved = synthesize(EXAMPLES, { timeoutMs: 400, clocks: machine(0.01, 500) });
    expect(starved.complete).toBe(false);
    expect(starved.code).toBeNull();
    expect(starved.unsolved[0]?.reason).toMatch(/^time ran out: the machine was too loaded/);
    // A starved build is a time-out, not a format the synthesizer cannot learn: nothing is split off.
    expect(ranOutOfTime(starved.unsolved)).toBe(true);
  });

  it('on the machine clocks, still finds the program', () => {
    const built = synthesize(EXAMPLES, { timeoutMs: 2000 });
    expect(built.complete).toBe(true);
  });
});
