/**
 * Benchmark of the local transform synthesizer: learns each task from its training examples, runs
 * the generated code on held-out test inputs, and reports how many tasks were solved (fit training)
 * and generalized (every test output right). Writes bench/results/synth.json.
 *
 * Usage: npm run bench:synth [-- --timeout 2000] [-- --filter name]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTransform, synthesize } from '../../src/transform/synth/index.ts';
import { synthEngine } from './engine-adapter.ts';
import { deepEqual, type BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const timeoutMs = Number(option('timeout') ?? 2000);
const filter = option('filter');
const verbose = args.includes('--verbose');
const withInputs = args.includes('--with-inputs');
// --trust: every record written, as `codify transform run --trust` does (no review by disagreement).
const trust = args.includes('--trust');

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

interface Outcome {
  name: string;
  holdout: boolean;
  category: string;
  file: string;
  solved: boolean;
  generalized: boolean;
  testsRight: number;
  testsTotal: number;
  durationMs: number;
  unsolved: { path: string; reason: string }[];
  failures: { input: unknown; expected: unknown; actual: unknown }[];
  programs: Record<string, string>;
  /** Test records the retained programs disagree on (they would go to review, not the output). */
  review: number;
  /** Test records written (not sent to review) and right. */
  writtenRight: number;
  written: number;
}

const outcomes: Outcome[] = [];
for (const file of taskFiles(join(here, 'tasks'))) {
  const task = JSON.parse(readFileSync(file, 'utf8')) as BenchTask;
  if (filter && !task.name.includes(filter)) continue;
  // --with-inputs: the test inputs (never their outputs) are given as unlabeled inputs, as the transform
  // service does with records it has seen in runs.
  const inputs = withInputs ? task.test.map((example) => example.input) : undefined;
  const result = synthesize(task.train, { timeoutMs, ...(inputs ? { inputs } : {}) });
  const gate = await synthEngine.learn(task.train, { timeoutMs, ...(inputs ? { inputs } : {}) });
  let testsRight = 0;
  let fitsTrain = false;
  let review = 0;
  let written = 0;
  let writtenRight = 0;
  const failures: Outcome['failures'] = [];
  if (result.complete && result.code) {
    const transform = loadTransform(result.code);
    const run = (input: unknown): unknown => {
      try {
        return JSON.parse(JSON.stringify(transform(structuredClone(input)) ?? null));
      } catch (error) {
        return `THREW: ${String(error)}`;
      }
    };
    // Solved only when the product's build would accept the code too (engine-adapter.ts runs the
    // build's checker: strict type check, sandbox, schema, labels), not merely when it runs here.
    fitsTrain = gate.complete && task.train.every((example) => deepEqual(run(example.input), example.output));
    for (const example of task.test) {
      const actual = run(example.input);
      const right = deepEqual(actual, example.output);
      if (right) testsRight++;
      else failures.push({ input: example.input, expected: example.output, actual });
      // What `run` would do (engine-adapter.ts: input contract, schema, rivals, covered shape).
      const threw = typeof actual === 'string' && actual.startsWith('THREW');
      const verdict = trust
        ? threw
          ? { kind: 'error' as const, message: String(actual) }
          : { kind: 'written' as const, output: actual }
        : gate.apply(example.input);
      if (verdict.kind === 'review') review++;
      else if (verdict.kind === 'written') {
        written++;
        if (deepEqual(verdict.output, example.output)) writtenRight++;
      }
    }
  }
  outcomes.push({
    name: task.name,
    holdout: task.holdout === true,
    category: task.category,
    file: relative(here, file),
    solved: fitsTrain,
    generalized: fitsTrain && testsRight === task.test.length,
    testsRight,
    testsTotal: task.test.length,
    durationMs: result.durationMs,
    unsolved: result.unsolved,
    failures,
    programs: result.programs,
    review,
    written,
    writtenRight,
  });
  if (verbose) {
    const last = outcomes[outcomes.length - 1] as Outcome;
    console.log(
      `${last.generalized ? 'ok  ' : last.solved ? 'FIT ' : 'FAIL'} ${task.category}/${task.name} ${last.durationMs}ms`,
    );
    if (!last.generalized)
      console.log(JSON.stringify({ unsolved: last.unsolved, failures, programs: last.programs }, null, 1));
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const categories = [...new Set(outcomes.map((o) => o.category))].sort();
const rows = [...categories, 'TOTAL'].map((category) => {
  const group = category === 'TOTAL' ? outcomes : outcomes.filter((o) => o.category === category);
  const solved = group.filter((o) => o.solved).length;
  const generalized = group.filter((o) => o.generalized).length;
  return { category, tasks: group.length, solved, generalized, rate: pct(generalized, group.length) };
});
const holdout = outcomes.filter((o) => o.holdout);
const holdoutRow = {
  tasks: holdout.length,
  solved: holdout.filter((o) => o.solved).length,
  generalized: holdout.filter((o) => o.generalized).length,
};
const times = outcomes.map((o) => o.durationMs).sort((a, b) => a - b);
const median = times.length ? (times[Math.floor((times.length - 1) / 2)] ?? 0) : 0;
const worst = times[times.length - 1] ?? 0;
const worstTask = outcomes.find((o) => o.durationMs === worst)?.name ?? '-';

console.log(
  `\nSynthesis benchmark (timeout ${timeoutMs} ms per task${withInputs ? ', test inputs given unlabeled' : ''})\n`,
);
console.log(
  `${'category'.padEnd(14)}${'tasks'.padStart(7)}${'solved'.padStart(8)}${'general'.padStart(9)}${'rate'.padStart(8)}`,
);
for (const r of rows) {
  if (r.category === 'TOTAL') console.log('-'.repeat(46));
  console.log(
    `${r.category.padEnd(14)}${String(r.tasks).padStart(7)}${String(r.solved).padStart(8)}${String(r.generalized).padStart(9)}${r.rate.padStart(8)}`,
  );
}
console.log(
  `\nholdout subset (written after the synthesizer, see task "holdout"): ${holdoutRow.generalized}/${holdoutRow.tasks} generalized (${pct(holdoutRow.generalized, holdoutRow.tasks)})`,
);
console.log(`median synthesis time ${median} ms, worst ${worst} ms (${worstTask})`);
const totalTests = outcomes.reduce((n, o) => n + o.testsTotal, 0);
const totalWritten = outcomes.reduce((n, o) => n + o.written, 0);
const totalWrittenRight = outcomes.reduce((n, o) => n + o.writtenRight, 0);
const totalReview = outcomes.reduce((n, o) => n + o.review, 0);
const precision = {
  records: totalTests,
  written: totalWritten,
  writtenRight: totalWrittenRight,
  review: totalReview,
  precision: pct(totalWrittenRight, totalWritten),
  recall: pct(totalWrittenRight, totalTests),
};
console.log(
  `test records: ${totalTests}; written ${totalWritten}, right ${totalWrittenRight} (precision ${precision.precision}, recall ${precision.recall}); sent to review ${totalReview}${trust ? ' (--trust: review off)' : ''}`,
);
const missed = outcomes.filter((o) => !o.generalized);
if (missed.length > 0) {
  console.log(
    `\nnot generalized: ${missed.map((o) => `${o.category}/${o.name}${o.solved ? '' : ' (unsolved)'}`).join(', ')}`,
  );
}

const resultsDir = join(here, '..', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, withInputs ? 'synth-with-inputs.json' : 'synth.json'),
  JSON.stringify(
    { timeoutMs, summary: rows, precision, medianMs: median, worstMs: worst, worstTask, tasks: outcomes },
    null,
    2,
  ) + '\n',
);
console.log(
  `\nwrote ${relative(process.cwd(), join(resultsDir, withInputs ? 'synth-with-inputs.json' : 'synth.json'))}`,
);
