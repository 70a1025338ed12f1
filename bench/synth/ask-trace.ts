/**
 * Traces the question loop of the trust benchmark, task by task (tuned set only): for each round,
 * the records asked about and why, then what the rebuild did with the answers — written right,
 * written wrong, and the records still sent to review or error grouped by their reason (rivals
 * disagree, a shape no example had, a check the labels imply, the code's own review mark, a build
 * that wrote nothing). It answers "why does this task not generalize after its questions?".
 *
 * Usage: node bench/synth/ask-trace.ts --filter 'q9-,e7-' [--questions 3] [--show-wrong] [--set frozen2]
 * Reads bench/synth/tasks (the tuned set), or with `--set frozen2` the second frozen set, retired
 * into tuning in round 13; never a set still held out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSynthEngine, type Example, type Learned } from './engine-adapter.ts';
import { deepEqual, type BenchTask } from './task.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const filter = new RegExp((option('filter') ?? '.').split(',').join('|'));
const maxQuestions = Number(option('questions') ?? 3);
/** `--show-wrong`: also print the first few records written wrong, output beside label. */
const showWrong = args.includes('--show-wrong');
const engine = createSynthEngine();
/** Only the tuned set and the retired second frozen set may be traced; a held-out set never. */
const setDirs: Record<string, string> = { tuned: 'tasks', frozen2: 'frozen2' };
const setDir = setDirs[option('set') ?? 'tuned'];
if (setDir === undefined) {
  console.error(`--set ${option('set')}: expected one of ${Object.keys(setDirs).join(', ')}`);
  process.exit(2);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
    )
    .sort();
}

/** A review or error reason with its record-specific text cut, so like reasons group. */
const reasonKind = (reason: string): string => reason.replace(/\d+/g, '9').slice(0, 160);

function outcome(learned: Learned, task: BenchTask): string {
  let right = 0;
  let wrong = 0;
  const open = new Map<string, { n: number; example: unknown }>();
  const wrongs: string[] = [];
  for (const t of task.test) {
    const v = learned.apply(t.input);
    if (v.kind === 'written') {
      if (t.review !== true && deepEqual(v.output, t.output)) right++;
      else {
        wrong++;
        if (showWrong && wrongs.length < 8)
          wrongs.push(
            `    wrong: ${JSON.stringify(t.input)} → ${JSON.stringify(v.output)}, label ${JSON.stringify(t.output)}${t.review === true ? ' (review)' : ''}`,
          );
      }
      continue;
    }
    const why =
      v.kind === 'review' ? `review: ${reasonKind(v.reason ?? '?')}` : `error: ${reasonKind(v.message)}`;
    const seen = open.get(why);
    if (seen) seen.n++;
    else open.set(why, { n: 1, example: t.input });
  }
  const lines = [`  right ${right}, wrong ${wrong}, complete ${learned.complete}`];
  for (const [why, { n, example }] of [...open].sort((a, b) => b[1].n - a[1].n))
    lines.push(`    ${n} × ${why}   e.g. ${JSON.stringify(example)}`);
  lines.push(...wrongs);
  lines.push(...learned.notes.slice(0, 6).map((n) => `    note: ${n.split('\n')[0]?.slice(0, 300)}`));
  return lines.join('\n');
}

for (const file of files(join(here, setDir))) {
  const task = JSON.parse(readFileSync(file, 'utf8')) as BenchTask;
  if (!filter.test(task.name)) continue;
  const inputs = task.test.map((e) => e.input);
  const labels = new Map(task.test.map((e) => [JSON.stringify(e.input), e.output]));
  const options = { timeoutMs: 2000, inputs, ...(task.lookups ? { tables: task.lookups } : {}) };
  let examples: Example[] = [...task.train];
  let learned = await engine.learn(examples, options);
  console.log(`\n### ${task.name}\n round 0:\n${outcome(learned, task)}`);
  for (let q = 1; q <= maxQuestions; q++) {
    const asked = learned.questions(inputs, 1);
    if (asked.length === 0) {
      console.log(' no question asked');
      break;
    }
    const input = asked[0];
    const output = labels.get(JSON.stringify(input));
    console.log(` question ${q}: ${JSON.stringify(input)} → ${JSON.stringify(output)}`);
    examples = [...examples, { input, output, answer: true }];
    learned = await engine.learn(examples, options);
    console.log(outcome(learned, task));
  }
}
