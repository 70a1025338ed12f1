/**
 * Transform trust benchmark (issue 11 §5). On the tuned task set (bench/synth/tasks), on the frozen
 * held-out sets (bench/synth/frozen, bench/synth/frozen3) and on the retired second frozen set
 * (bench/synth/frozen2, tuning material since round 13), each reported separately: tasks fully
 * generalized, precision of written outputs, recall, questions asked until generalized (answers
 * simulated from the held-back labels) and synthesis time. Writes bench/results/synth-trust.json.
 *
 * The held-out sets' records are never printed or written to the results file (only names and
 * counts): whoever tunes the engine runs this without seeing them. frozen3 (written blind by an
 * engineer outside the engine's work, round 13) is run once per round by the lead, at its end, and
 * only when named; nobody tunes on it.
 *
 * Usage: npm run bench:synth-trust [-- --timeout 2000] [-- --questions 3] [-- --per-round 1]
 *        [-- --set tuned|frozen|frozen2|frozen3|all] [-- --filter name[,name…]] [-- --no-inputs] [-- --verbose]
 *        [-- --fit-most] [-- --no-format-splits]
 * --filter is a regular expression on task names (a plain name matches as a substring); commas
 * separate alternatives ("e6-a,e6-b" is "e6-a|e6-b").
 * --set picks one set. Without it, tuned then frozen run (as before frozen2 existed), so a run nobody
 * meant for frozen2 or frozen3 does not touch them; `--set all` runs every set, frozen2 then frozen3
 * last.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineInfo } from '../load/machine.ts';
import { createSynthEngine } from './engine-adapter.ts';
import type { BenchTask } from './task.ts';
import { evaluateTask, summarize, type TaskTrust, type TrustSummary } from './trust-metrics.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const timeoutMs = Number(option('timeout') ?? 2000);
const maxQuestions = Number(option('questions') ?? 3);
const perRound = Number(option('per-round') ?? 1);
const onlySet = option('set') ?? 'default';
// A regular expression on task names (a plain name or prefix matches as a substring, as before):
// `--filter '^(?!e[2-5]-|g[56]-)'` runs the oldest tuned tasks alone.
const filterOption = option('filter');
const filter = filterOption === undefined ? undefined : new RegExp(filterOption.split(',').join('|'));
const giveInputs = !args.includes('--no-inputs');
const verbose = args.includes('--verbose');
/**
 * A failed build uses the program that fits the most, leaving out examples of another input format
 * (by default; `--no-format-splits`: a failed build writes nothing, as before), and with `--fit-most`
 * also answers no shape tells apart (see createSynthEngine).
 */
const synthEngine = createSynthEngine(undefined, {
  fitMost: args.includes('--fit-most'),
  formatSplits: !args.includes('--no-format-splits'),
});

/** Issue 11 targets, on the frozen set. */
const TARGETS = { precision: 0.99, generalized: 0.9, questions: 3, medianMs: 100 };

function taskFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? taskFiles(join(dir, entry.name))
        : entry.name.endsWith('.json')
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

interface SetSpec {
  id: 'tuned' | 'frozen' | 'frozen2' | 'frozen3';
  title: string;
  dir: string;
  /** Records may be shown (wrong outputs printed and saved). */
  showRecords: boolean;
  /** Runs only when named (`--set <id>` or `--set all`), never by default. */
  onlyWhenAsked?: boolean;
}

const sets: SetSpec[] = [
  { id: 'tuned', title: 'tuned set', dir: join(here, 'tasks'), showRecords: true },
  { id: 'frozen', title: 'frozen held-out set', dir: join(here, 'frozen'), showRecords: false },
  {
    id: 'frozen2',
    title: 'second frozen set (retired into tuning)',
    dir: join(here, 'frozen2'),
    // Retired into tuning (issue 11, round 13): its records may be shown like the tuned set's.
    showRecords: true,
    onlyWhenAsked: true,
  },
  {
    id: 'frozen3',
    title: 'third frozen held-out set',
    dir: join(here, 'frozen3'),
    showRecords: false,
    onlyWhenAsked: true,
  },
];
if (!['default', 'all'].includes(onlySet) && !sets.some((set) => set.id === onlySet)) {
  console.error(`--set ${onlySet}: expected one of ${sets.map((set) => set.id).join(', ')}, all`);
  process.exit(2);
}
/** Whether a set runs: the one named, every set for `all`, and without --set those not kept for when asked. */
const runs = (set: SetSpec): boolean =>
  onlySet === 'all' || onlySet === set.id || (onlySet === 'default' && !set.onlyWhenAsked);

const pct = (x: number | null): string => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

function table(results: TaskTrust[]): void {
  const head = [
    'category',
    'tasks',
    'gen',
    `gen≤${maxQuestions}q`,
    'wrong',
    'none',
    'records',
    'written',
    'precision',
    'recall',
    'review',
    'errors',
  ];
  const widths = [14, 6, 5, 8, 6, 6, 8, 8, 10, 8, 7, 7];
  const line = (cells: string[]) =>
    console.log(
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 8) : c.padStart(widths[i] ?? 8))).join(''),
    );
  line(head);
  const categories = [...new Set(results.map((r) => r.category))].sort();
  const row = (name: string, s: TrustSummary) =>
    line([
      name,
      String(s.tasks),
      String(s.generalizedInitially),
      String(s.generalizedFinally),
      String(s.tasksWritingWrong),
      String(s.tasksWritingNothing),
      String(s.records),
      String(s.written),
      pct(s.precision),
      pct(s.recall),
      String(s.review),
      String(s.errors),
    ]);
  for (const category of categories) row(category, summarize(results.filter((r) => r.category === category)));
  console.log('-'.repeat(widths.reduce((a, b) => a + b, 0)));
  row('TOTAL', summarize(results));
}

const report: Record<string, unknown> = {};
const startedLoad = machineInfo();
console.log(
  `\nTransform trust benchmark: ${synthEngine.name}; timeout ${timeoutMs} ms per build; ` +
    `${giveInputs ? 'test inputs given unlabeled' : 'no unlabeled inputs'}; ` +
    `at most ${maxQuestions} question(s) per task, ${perRound} per round; load average ${startedLoad.loadAverage.join(' ')}`,
);

for (const set of sets) {
  if (!runs(set)) continue;
  const results: TaskTrust[] = [];
  for (const file of taskFiles(set.dir)) {
    const task = JSON.parse(readFileSync(file, 'utf8')) as BenchTask;
    if (filter && !filter.test(task.name)) continue;
    const result = await evaluateTask(synthEngine, task, {
      timeoutMs,
      giveInputs,
      maxQuestions,
      perRound,
      keepWrong: set.showRecords ? 3 : 0,
    });
    results.push(result);
    if (verbose) {
      const f = result.final;
      console.log(
        `${result.generalizedFinally ? 'ok  ' : f.written === 0 ? 'NONE' : 'WRONG'} ${task.category}/${task.name} ` +
          `${f.writtenRight}/${f.written} written right of ${f.total}, review ${f.review}, errors ${f.errors}, ` +
          `${result.questions} question(s), ${result.synthesisMs} ms`,
      );
      if (set.showRecords && !result.generalizedFinally)
        console.log(JSON.stringify({ notes: result.notes, wrong: result.wrong }, null, 1));
    }
  }
  const summary = summarize(results);
  console.log(
    `\n== ${set.title} (${relative(process.cwd(), set.dir)}): ${summary.tasks} tasks, ${summary.records} test records ==\n`,
  );
  table(results);
  console.log(
    `(gen: every test record written and right with no question; gen≤${maxQuestions}q: after at most ${maxQuestions} answered questions; ` +
      'wrong: tasks that wrote at least one wrong output; none: tasks that wrote nothing; precision: right of written; recall: right of all records)',
  );
  console.log(
    `\nbefore any question: generalized ${summary.generalizedInitially}/${summary.tasks} (${pct(summary.generalizedInitially / (summary.tasks || 1))}), ` +
      `precision ${pct(summary.initialPrecision)}, recall ${pct(summary.initialRecall)}`,
  );
  console.log(
    `after at most ${maxQuestions} question(s): generalized ${summary.generalizedFinally}/${summary.tasks} (${pct(summary.generalizedFinally / (summary.tasks || 1))}), ` +
      `precision ${pct(summary.precision)}, recall ${pct(summary.recall)}; ${summary.questions} question(s) asked in all` +
      (summary.meanQuestionsToGeneralize === null
        ? ''
        : `; to generalize: mean ${summary.meanQuestionsToGeneralize.toFixed(2)}, most ${summary.maxQuestionsToGeneralize}`),
  );
  console.log(
    `synthesis time (first build): median ${summary.medianMs} ms, worst ${summary.worstMs} ms (${summary.worstTask})` +
      (summary.medianCheckMs === null
        ? ''
        : `; the build's check of its code (apart): median ${summary.medianCheckMs} ms`),
  );
  const unsettled = results.reduce((n, r) => n + r.final.unsettled, 0);
  if (unsettled > 0)
    console.log(
      `records no rule can settle (marked review; a written output for one counts as wrong): ${unsettled}, ` +
        `sent to review ${results.reduce((n, r) => n + r.final.unsettledReview, 0)}`,
    );
  if (!set.showRecords) {
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const genShare = summary.generalizedFinally / (summary.tasks || 1);
    const precisionOk = summary.precision !== null && summary.precision >= TARGETS.precision;
    console.log(
      `\ntargets (issue 11, ${set.title}):\n` +
        `  precision of written outputs ≥ ${pct(TARGETS.precision)}: ${pct(summary.precision)}, ${met(precisionOk)}\n` +
        `  generalized ≥ ${pct(TARGETS.generalized)} after ≤ ${TARGETS.questions} questions: ${pct(genShare)}` +
        `${maxQuestions > TARGETS.questions ? ` (measured with up to ${maxQuestions})` : ''}, ` +
        `${met(genShare >= TARGETS.generalized && maxQuestions <= TARGETS.questions)}\n` +
        `  median synthesis ≤ ${TARGETS.medianMs} ms: ${summary.medianMs} ms, ${met(summary.medianMs <= TARGETS.medianMs)}`,
    );
  }
  const wrongest = results
    .map((r) => ({ r, wrong: r.final.written - r.final.writtenRight }))
    .filter((x) => x.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong)
    .slice(0, 8);
  if (wrongest.length > 0)
    console.log(
      `\nmost wrong outputs written (wrong/written of records): ${wrongest
        .map((x) => `${x.r.name} ${x.wrong}/${x.r.final.written} of ${x.r.final.total}`)
        .join(', ')}`,
    );
  const missed = results.filter((r) => !r.generalizedFinally);
  if (missed.length > 0)
    console.log(`\nnot generalized: ${missed.map((r) => `${r.category}/${r.name}`).join(', ')}`);
  report[set.id] = {
    dir: relative(join(here, '..', '..'), set.dir),
    summary,
    byCategory: Object.fromEntries(
      [...new Set(results.map((r) => r.category))]
        .sort()
        .map((c) => [c, summarize(results.filter((r) => r.category === c))]),
    ),
    // The frozen set's records stay out of the results file (`wrong` is empty there); notes may
    // quote its training examples, so they are left out too.
    tasks: results.map((r) => (set.showRecords ? r : { ...r, notes: [] })),
  };
}

const resultsDir = join(here, '..', 'results');
mkdirSync(resultsDir, { recursive: true });
const out = join(resultsDir, 'synth-trust.json');
writeFileSync(
  out,
  JSON.stringify(
    {
      engine: synthEngine.name,
      options: { set: onlySet, timeoutMs, maxQuestions, perRound, giveInputs, filter: filterOption ?? null },
      targets: TARGETS,
      machine: { ...startedLoad, loadAverageAtEnd: machineInfo().loadAverage },
      ...report,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nwrote ${relative(process.cwd(), out)}`);
