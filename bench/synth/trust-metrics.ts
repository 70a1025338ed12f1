/**
 * Trust metrics for a transform engine (issue 11 §5): how much of what it writes is right
 * (precision), how much of everything it gets written and right (recall), whether it generalizes,
 * and how many questions it needs to get there, with the answers simulated from held-back labels.
 * Pure over the {@link Engine} interface, so the same code scores today's engine and tomorrow's.
 */
import type { Engine, Example, Learned } from './engine-adapter.ts';
import { deepEqual, type BenchTask, type TestRecord } from './task.ts';

/** Counts of what happened to a task's test records. */
export interface RecordCounts {
  total: number;
  /** Written to the output. */
  written: number;
  /** Written and equal to the true label. */
  writtenRight: number;
  /** Kept out of the output as `review`. */
  review: number;
  /** Not transformed (`error`). */
  errors: number;
  /** Records marked `review` (no rule can settle them): written, they count as wrong. */
  unsettled: number;
  /** Of those, sent to review (their right outcome). */
  unsettledReview: number;
}

/** One wrong written output (kept only where the task's records may be shown). */
export interface WrongOutput {
  input: unknown;
  expected: unknown;
  actual: unknown;
}

/**
 * Applies `learned` to every test record and counts the outcomes. A written output for a record
 * marked `review` is a guess and counts as wrong even when it happens to equal the label.
 */
export function scoreRecords(
  learned: Learned,
  test: TestRecord[],
  keepWrong = 0,
): { counts: RecordCounts; wrong: WrongOutput[] } {
  const counts: RecordCounts = {
    total: test.length,
    written: 0,
    writtenRight: 0,
    review: 0,
    errors: 0,
    unsettled: test.filter((e) => e.review === true).length,
    unsettledReview: 0,
  };
  const wrong: WrongOutput[] = [];
  for (const example of test) {
    const verdict = learned.apply(example.input);
    if (verdict.kind === 'review') {
      counts.review++;
      if (example.review === true) counts.unsettledReview++;
    } else if (verdict.kind === 'error') counts.errors++;
    else {
      counts.written++;
      if (example.review !== true && deepEqual(verdict.output, example.output)) counts.writtenRight++;
      else if (wrong.length < keepWrong)
        wrong.push({ input: example.input, expected: example.output, actual: verdict.output });
    }
  }
  return { counts, wrong };
}

/** Fully generalized: every test record written and right, except those marked `review`, sent to review. */
export const generalized = (c: RecordCounts): boolean =>
  c.total > 0 && c.writtenRight + c.unsettledReview === c.total;

/** Options for {@link evaluateTask}. */
export interface EvaluateOptions {
  /** Build time budget per build, ms. */
  timeoutMs: number;
  /** Give the test inputs (never their labels) to the engine while learning, as `build --sample` does. */
  giveInputs: boolean;
  /** Most questions answered per task in all (the target counts at most 3). */
  maxQuestions: number;
  /** Most questions asked per round before rebuilding. */
  perRound: number;
  /** Wrong outputs to keep per task (0 for a held-out set whose records must not be shown). */
  keepWrong: number;
}

/** What one task gave. */
export interface TaskTrust {
  name: string;
  category: string;
  /** Before any question. */
  initial: RecordCounts;
  /** After the last rebuild (same as `initial` when nothing was asked). */
  final: RecordCounts;
  generalizedInitially: boolean;
  /** Generalized after at most `maxQuestions` answered questions. */
  generalizedFinally: boolean;
  /** Questions answered in all. */
  questions: number;
  /** Questions answered before it first generalized; null when it never did. */
  questionsToGeneralize: number | null;
  /** Question inputs that were not among the task's inputs (an engine bug: they cannot be answered). */
  unanswerable: number;
  /** First build, ms. */
  synthesisMs: number;
  /** The build's check of the first build's code (type check, sandbox, schema, labels), ms; null when none ran. */
  checkMs: number | null;
  /** Every build (the first and each rebuild after answers), ms. */
  buildsMs: number[];
  complete: boolean;
  notes: string[];
  wrong: WrongOutput[];
}

/**
 * Learns a task from its training examples, scores the test records, then (while not generalized
 * and the question budget lasts) asks the engine for questions over the test inputs, answers them
 * with their held-back labels, adds them to the examples and learns again.
 */
export async function evaluateTask(
  engine: Engine,
  task: BenchTask,
  options: EvaluateOptions,
): Promise<TaskTrust> {
  const inputs = task.test.map((e) => e.input);
  const labels = new Map<string, unknown>();
  for (const e of task.test) labels.set(JSON.stringify(e.input), e.output);
  const learnOptions = {
    timeoutMs: options.timeoutMs,
    ...(options.giveInputs ? { inputs } : {}),
    ...(task.lookups ? { tables: task.lookups } : {}),
  };

  let examples: Example[] = [...task.train];
  let learned = await engine.learn(examples, learnOptions);
  const buildsMs = [learned.durationMs];
  const firstCheckMs = learned.checkMs ?? null;
  const first = scoreRecords(learned, task.test, options.keepWrong);
  let counts = first.counts;
  let wrong = first.wrong;
  let questions = 0;
  let unanswerable = 0;
  let questionsToGeneralize: number | null = generalized(counts) ? 0 : null;

  while (questionsToGeneralize === null && questions < options.maxQuestions) {
    const max = Math.min(options.perRound, options.maxQuestions - questions);
    const asked = learned.questions(inputs, max).slice(0, max);
    if (asked.length === 0) break;
    questions += asked.length;
    const answered: Example[] = [];
    for (const input of asked) {
      const key = JSON.stringify(input);
      if (labels.has(key)) answered.push({ input, output: labels.get(key), answer: true });
      else unanswerable++;
    }
    if (answered.length === 0) break;
    examples = [...examples, ...answered];
    learned = await engine.learn(examples, { ...learnOptions, previous: learned });
    buildsMs.push(learned.durationMs);
    const scored = scoreRecords(learned, task.test, options.keepWrong);
    counts = scored.counts;
    wrong = scored.wrong;
    if (generalized(counts)) questionsToGeneralize = questions;
  }

  return {
    name: task.name,
    category: task.category,
    initial: first.counts,
    final: counts,
    generalizedInitially: generalized(first.counts),
    generalizedFinally: generalized(counts),
    questions,
    questionsToGeneralize,
    unanswerable,
    synthesisMs: buildsMs[0] ?? 0,
    checkMs: firstCheckMs,
    buildsMs,
    complete: learned.complete,
    notes: learned.notes,
    wrong,
  };
}

/** Figures over a group of tasks. Precision and recall pool the records of all tasks. */
export interface TrustSummary {
  tasks: number;
  generalizedInitially: number;
  generalizedFinally: number;
  /** Tasks with at least one wrong output written (after questions): silent failures. */
  tasksWritingWrong: number;
  /** Tasks that wrote nothing at all (after questions): failures a user sees. */
  tasksWritingNothing: number;
  records: number;
  written: number;
  writtenRight: number;
  review: number;
  errors: number;
  /** writtenRight / written after questions; null when nothing was written. */
  precision: number | null;
  /** writtenRight / records after questions; null when there are no records. */
  recall: number | null;
  /** Precision and recall before any question. */
  initialPrecision: number | null;
  initialRecall: number | null;
  /** Questions answered in all, over every task. */
  questions: number;
  /** Mean questions answered per task that generalized; null when none did. */
  meanQuestionsToGeneralize: number | null;
  maxQuestionsToGeneralize: number | null;
  /** Of the first builds. */
  medianMs: number;
  /** Median of the first builds' checks, ms (apart from synthesis); null when no check ran. */
  medianCheckMs: number | null;
  worstMs: number;
  worstTask: string;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Lower median (the middle value, or the lower of the two middle ones). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

export function summarize(results: TaskTrust[]): TrustSummary {
  const sum = (pick: (r: TaskTrust) => number): number => results.reduce((s, r) => s + pick(r), 0);
  const solvedAfter = results.map((r) => r.questionsToGeneralize).filter((q): q is number => q !== null);
  const worst = results.reduce<TaskTrust | null>(
    (w, r) => (w === null || r.synthesisMs > w.synthesisMs ? r : w),
    null,
  );
  const records = sum((r) => r.final.total);
  const checked = results.map((r) => r.checkMs).filter((ms): ms is number => ms !== null);
  return {
    tasks: results.length,
    generalizedInitially: results.filter((r) => r.generalizedInitially).length,
    generalizedFinally: results.filter((r) => r.generalizedFinally).length,
    tasksWritingWrong: results.filter((r) => r.final.writtenRight < r.final.written).length,
    tasksWritingNothing: results.filter((r) => r.final.written === 0).length,
    records,
    written: sum((r) => r.final.written),
    writtenRight: sum((r) => r.final.writtenRight),
    review: sum((r) => r.final.review),
    errors: sum((r) => r.final.errors),
    precision: ratio(
      sum((r) => r.final.writtenRight),
      sum((r) => r.final.written),
    ),
    recall: ratio(
      sum((r) => r.final.writtenRight),
      records,
    ),
    initialPrecision: ratio(
      sum((r) => r.initial.writtenRight),
      sum((r) => r.initial.written),
    ),
    initialRecall: ratio(
      sum((r) => r.initial.writtenRight),
      sum((r) => r.initial.total),
    ),
    questions: sum((r) => r.questions),
    meanQuestionsToGeneralize: solvedAfter.length
      ? solvedAfter.reduce((a, b) => a + b, 0) / solvedAfter.length
      : null,
    maxQuestionsToGeneralize: solvedAfter.length ? Math.max(...solvedAfter) : null,
    medianMs: median(results.map((r) => r.synthesisMs)),
    medianCheckMs: checked.length > 0 ? Math.round(median(checked)) : null,
    worstMs: worst?.synthesisMs ?? 0,
    worstTask: worst?.name ?? '-',
  };
}
