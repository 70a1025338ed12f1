/**
 * Writes the second frozen held-out set of transform tasks (bench/synth/frozen2, names "f2-…"),
 * written by an engineer who tunes nothing, without reading the synthesizer's source or the first
 * frozen set, as users bring tasks: money and prices, dates and time zones, durations, phones,
 * e-mail headers and names, addresses of several countries, identifiers with check digits, URLs,
 * log lines, units, percentages, booleans and enumerations in free text, splitting and joining,
 * nested and conditional outputs. Nobody tunes on it; the lead runs it once per round
 * (`npm run bench:synth-trust -- --set frozen2`), and its records are never printed.
 *
 * How the labels are made: each maker draws a true value first and writes it the ways different
 * people's data writes it (widths, missing parts, extra spaces, other locales and formats, values
 * outside the examples' range, rare forms); the label comes from the true value, never from codify.
 * Check digits come from each standard's formula, time zones from Node's ICU data. A record whose
 * answer no rule can find in its input (a bare "$" from a feed of three dollar countries, 03/04 from
 * a mixed US/EU file, "1:30" from two timers, an all-caps "MCDONALD") is marked `review`: a written
 * output for it counts as wrong (bench/synth/task.ts).
 *
 * Deterministic (seeded): `node bench/synth/frozen2-gen/index.ts && npx prettier --write
 * bench/synth/frozen2` rewrites the same files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { taskBuilder } from '../gen-kit.ts';
import type { BenchTask } from '../task.ts';
import { addressTasks } from './addresses.ts';
import { codeTasks } from './codes.ts';
import { dateTasks } from './dates.ts';
import { everydayTasks } from './everyday.ts';
import { schemaOf } from './kit.ts';
import { moneyTasks } from './money.ts';
import { peopleTasks } from './people.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const frozen2Dir = join(here, '..', 'frozen2');
/** Held-back records per task. */
export const TEST_RECORDS = 240;

/** Every task of the set, with the output schema a user would give beside the examples. */
export function frozen2Tasks(): BenchTask[] {
  const task = taskBuilder('f2-', TEST_RECORDS);
  return [moneyTasks, dateTasks, peopleTasks, addressTasks, codeTasks, everydayTasks]
    .flatMap((make) => make(task))
    .map((t) => ({ ...t, schema: schemaOf([...t.train, ...t.test].map((p) => p.output)) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(frozen2Dir, { recursive: true });
  for (const f of readdirSync(frozen2Dir)) if (f.endsWith('.json')) rmSync(join(frozen2Dir, f));
  const tasks = frozen2Tasks();
  for (const t of tasks) writeFileSync(join(frozen2Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${frozen2Dir}`);
}
