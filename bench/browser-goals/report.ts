/** Tallies and tables of the browser-goal benchmark (pure: tested in report.test.ts). */
import type { Verdict } from './codify-adapter.ts';

/**
 * `heldout2` and `heldout3`: the second and third held-out sets (test/apps/heldout2,
 * test/apps/heldout3), each on apps no tuning set shares.
 */
export type SetName = 'tuning' | 'heldout' | 'heldout2' | 'heldout3';

/** A later check of a reached goal's spec (replay, exported test, heal on the changed app). */
export interface FollowUp {
  verdict: Verdict;
  /** The app's truth says the goal holds after it. */
  reached: boolean;
  reason: string;
  healedSteps?: number;
}

export interface GoalResult {
  id: string;
  app: string;
  set: SetName;
  goal: string;
  /** False for goals the app refuses: not passing them is right. */
  reachable: boolean;
  verdict: Verdict;
  reason: string;
  /** codify's recorded steps, in words. */
  steps: string[];
  /** The app's truth says the goal holds after codify's run. */
  reached: boolean;
  /** codify said passed, the app says no. */
  falsePass: boolean;
  /** For a false pass: the assertions codify took as proof, to find the checker's hole. */
  falseProof?: unknown[];
  runMs: number;
  replay?: FollowUp;
  export?: FollowUp;
  heal?: FollowUp;
}

export interface Rate {
  ok: number;
  of: number;
}

export interface Summary {
  set: SetName | 'all';
  app: string;
  goals: number;
  /** Goals the app refuses (counted in goals, never in reachable). */
  refused: number;
  reached: Rate;
  passed: number;
  falsePasses: number;
  /** The app says the goal holds but codify did not say passed (no test for the user to keep). */
  reachedNotPassed: number;
  unverified: number;
  failed: number;
  /** Over reached goals: codify passed and the app agrees. */
  replay: Rate;
  export: Rate | null;
  heal: Rate;
  /** Replays, exported tests and heals codify passed that the app says did not reach the goal. */
  followUpFalsePasses: number;
}

const ok = (f: FollowUp | undefined) => f !== undefined && f.verdict === 'passed' && f.reached;
const falsePass = (f: FollowUp | undefined) => f !== undefined && f.verdict === 'passed' && !f.reached;

function tally(set: Summary['set'], app: string, rows: GoalResult[], withExport: boolean): Summary {
  const reached = rows.filter((r) => r.reached);
  return {
    set,
    app,
    goals: rows.length,
    refused: rows.filter((r) => !r.reachable).length,
    reached: {
      ok: rows.filter((r) => r.reachable && r.reached).length,
      of: rows.filter((r) => r.reachable).length,
    },
    passed: rows.filter((r) => r.verdict === 'passed').length,
    falsePasses: rows.filter((r) => r.falsePass).length,
    reachedNotPassed: reached.filter((r) => r.verdict !== 'passed').length,
    unverified: rows.filter((r) => r.verdict === 'unverified').length,
    failed: rows.filter((r) => r.verdict === 'failed').length,
    replay: { ok: reached.filter((r) => ok(r.replay)).length, of: reached.length },
    export: withExport ? { ok: reached.filter((r) => ok(r.export)).length, of: reached.length } : null,
    heal: { ok: reached.filter((r) => ok(r.heal)).length, of: reached.length },
    followUpFalsePasses: rows.filter((r) => falsePass(r.replay) || falsePass(r.export) || falsePass(r.heal))
      .length,
  };
}

/** Per set and app, per set, and over everything measured. */
export function summarize(results: GoalResult[], options: { export: boolean }): Summary[] {
  const out: Summary[] = [];
  for (const set of ['tuning', 'heldout', 'heldout2', 'heldout3'] as const) {
    const rows = results.filter((r) => r.set === set);
    if (!rows.length) continue;
    for (const app of [...new Set(rows.map((r) => r.app))])
      out.push(
        tally(
          set,
          app,
          rows.filter((r) => r.app === app),
          options.export,
        ),
      );
    out.push(tally(set, 'total', rows, options.export));
  }
  if (new Set(out.map((s) => s.set)).size > 1) out.push(tally('all', 'total', results, options.export));
  return out;
}

/** How each held-out set is printed; the first one was retired into tuning on 2026-12-07. */
const SET_LABELS: Partial<Record<Summary['set'], string>> = {
  heldout: 'retired held-out',
  heldout2: 'held-out 2',
  heldout3: 'held-out 3',
};

const rate = (r: Rate | null): string =>
  r === null ? 'skipped' : r.of === 0 ? '—' : `${r.ok}/${r.of} (${Math.round((100 * r.ok) / r.of)}%)`;

/** A Markdown table (it reads in a terminal too). */
export function formatTable(summaries: Summary[]): string {
  const rows = [
    [
      'set',
      'app',
      'goals',
      'reached (of reachable)',
      'false passes',
      'reached, not passed',
      'unverified',
      'codify failed',
      'replay',
      'export',
      'heal',
      'follow-up false passes',
    ],
    ...summaries.map((s) => [
      SET_LABELS[s.set] ?? s.set,
      s.app === 'total' ? '**total**' : s.app,
      `${s.goals}${s.refused ? ` (${s.refused} refused)` : ''}`,
      rate(s.reached),
      String(s.falsePasses),
      String(s.reachedNotPassed),
      String(s.unverified),
      String(s.failed),
      rate(s.replay),
      rate(s.export),
      rate(s.heal),
      String(s.followUpFalsePasses),
    ]),
  ];
  const widths = rows[0]!.map((_h, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
