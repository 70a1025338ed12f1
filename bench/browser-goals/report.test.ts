import { describe, expect, it } from 'vitest';
import { verdictOf } from './codify-adapter.ts';
import { formatTable, summarize, type GoalResult } from './report.ts';

const base = { goal: 'g', reason: '', steps: ['click x'], runMs: 1, reachable: true as const };
const passed = { verdict: 'passed', reached: true, reason: '' } as const;

const results: GoalResult[] = [
  // Reached and claimed: replay and heal fine, the exported test fails.
  {
    ...base,
    id: 'a',
    app: 'todo',
    set: 'tuning',
    verdict: 'passed',
    reached: true,
    falsePass: false,
    replay: passed,
    export: { verdict: 'failed', reached: true, reason: 'x' },
    heal: passed,
  },
  // Claimed passed, the app says no: a false pass.
  { ...base, id: 'b', app: 'todo', set: 'tuning', verdict: 'passed', reached: false, falsePass: true },
  // Reached but codify said failed; its replay claims passed while the app says no.
  {
    ...base,
    id: 'c',
    app: 'spa',
    set: 'tuning',
    verdict: 'failed',
    reached: true,
    falsePass: false,
    replay: { verdict: 'passed', reached: false, reason: '' },
    export: passed,
    heal: passed,
  },
  // A refused goal, rightly not passed; and an unverified one.
  {
    ...base,
    id: 'd',
    app: 'spa',
    set: 'heldout',
    reachable: false,
    verdict: 'failed',
    reached: false,
    falsePass: false,
  },
  { ...base, id: 'e', app: 'spa', set: 'heldout', verdict: 'unverified', reached: false, falsePass: false },
];

describe('browser-goal tallies', () => {
  it('counts reached over reachable goals, false passes and follow-ups over reached goals', () => {
    const summaries = summarize(results, { export: true });
    const tuning = summaries.find((s) => s.set === 'tuning' && s.app === 'total')!;
    expect(tuning.reached).toEqual({ ok: 2, of: 3 });
    expect(tuning.falsePasses).toBe(1);
    expect(tuning.reachedNotPassed).toBe(1);
    expect(tuning.replay).toEqual({ ok: 1, of: 2 });
    expect(tuning.export).toEqual({ ok: 1, of: 2 });
    expect(tuning.heal).toEqual({ ok: 2, of: 2 });
    expect(tuning.followUpFalsePasses).toBe(1);
    const heldout = summaries.find((s) => s.set === 'heldout' && s.app === 'total')!;
    expect(heldout).toMatchObject({
      goals: 2,
      refused: 1,
      reached: { ok: 0, of: 1 },
      unverified: 1,
      falsePasses: 0,
    });
    expect(summaries.at(-1)).toMatchObject({ set: 'all', goals: 5, falsePasses: 1 });
    expect(formatTable(summaries)).toContain('| retired held-out | **total**');
  });

  it('reports the second held-out set apart, with no all-sets total when it is run alone', () => {
    const second: GoalResult[] = [
      {
        ...base,
        id: 'f',
        app: 'kanban',
        set: 'heldout2',
        verdict: 'passed',
        reached: false,
        falsePass: true,
      },
      {
        ...base,
        id: 'g',
        app: 'clinic',
        set: 'heldout2',
        verdict: 'passed',
        reached: true,
        falsePass: false,
      },
    ];
    const alone = summarize(second, { export: false });
    expect(alone.map((s) => `${s.set}/${s.app}`)).toEqual([
      'heldout2/kanban',
      'heldout2/clinic',
      'heldout2/total',
    ]);
    expect(alone.at(-1)).toMatchObject({ goals: 2, reached: { ok: 1, of: 2 }, falsePasses: 1 });
    expect(formatTable(alone)).toContain('| held-out 2 | **total**');
    const mixed = summarize([...results, ...second], { export: false });
    expect(mixed.find((s) => s.set === 'heldout' && s.app === 'total')?.goals).toBe(2);
    expect(mixed.at(-1)).toMatchObject({ set: 'all', goals: 7, falsePasses: 2 });
  });

  it('reports the third held-out set apart, printed as held-out 3, beside the second', () => {
    const third: GoalResult[] = [
      {
        ...base,
        id: 'h',
        app: 'ledger',
        set: 'heldout3',
        verdict: 'unverified',
        reached: true,
        falsePass: false,
      },
      {
        ...base,
        id: 'i',
        app: 'bistro',
        set: 'heldout3',
        reachable: false,
        verdict: 'failed',
        reached: false,
        falsePass: false,
      },
    ];
    const alone = summarize(third, { export: false });
    expect(alone.map((s) => `${s.set}/${s.app}`)).toEqual([
      'heldout3/ledger',
      'heldout3/bistro',
      'heldout3/total',
    ]);
    expect(alone.at(-1)).toMatchObject({
      goals: 2,
      refused: 1,
      reached: { ok: 1, of: 1 },
      reachedNotPassed: 1,
      unverified: 1,
      failed: 1,
      falsePasses: 0,
    });
    expect(formatTable(alone)).toContain('| held-out 3 | **total**');
    expect(formatTable(alone)).not.toContain('heldout3');
    const second: GoalResult = {
      ...base,
      id: 'j',
      app: 'kanban',
      set: 'heldout2',
      verdict: 'passed',
      reached: true,
      falsePass: false,
    };
    const both = summarize([second, ...third], { export: false });
    expect(both.map((s) => `${s.set}/${s.app}`)).toEqual([
      'heldout2/kanban',
      'heldout2/total',
      'heldout3/ledger',
      'heldout3/bistro',
      'heldout3/total',
      'all/total',
    ]);
  });

  it('marks the export column skipped when exports were not run', () => {
    const summaries = summarize(results, { export: false });
    expect(summaries[0]!.export).toBeNull();
    expect(formatTable(summaries)).toContain('skipped');
  });

  it('maps codify statuses to verdicts, including an unverified one codify may report later', () => {
    expect(verdictOf({ status: 'passed' })).toBe('passed');
    expect(verdictOf({ status: 'failed' })).toBe('failed');
    expect(verdictOf({ status: 'unverified' })).toBe('unverified');
    expect(verdictOf({ status: 'failed', verdict: 'unverified' })).toBe('unverified');
    expect(verdictOf({ status: 'whatever' })).toBe('failed');
  });
});
