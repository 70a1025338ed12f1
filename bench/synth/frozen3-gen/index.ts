/**
 * Writes the third frozen held-out set of transform tasks (bench/synth/frozen3, names "f3-…"),
 * written blind, by an engineer from outside the engine's work: without reading the synthesizer's
 * source, the tuned tasks or the earlier frozen sets. Everyday data as other teams have it: log
 * lines of several formats, addresses of several countries, phone numbers, prices in several
 * locales, dates, times and durations, physical units and sensor strings, identifiers with check
 * digits, product and version codes, names, statuses, CSV-ish rows.
 *
 * How the labels are made: each task has a reference function (its `ref`) that reads one input the
 * way the task's description says, written here and tested on hand-written cases in index.test.ts;
 * the held-back inputs are drawn by a seeded PRNG in formats and messiness the user's 3–4 examples
 * do not always show. A record no rule can settle from its input is marked `review` (a written
 * output for it counts as wrong). Nothing here comes from codify's engine.
 *
 * Deterministic: `node bench/synth/frozen3-gen/index.ts && npx prettier --write bench/synth/frozen3`
 * rewrites the same files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchTask } from '../task.ts';
import { build, type Spec } from './kit.ts';
import { idSpecs } from './ids.ts';
import { logSpecs } from './logs.ts';
import { moneySpecs } from './money.ts';
import { placeSpecs } from './places.ts';
import { textSpecs } from './text.ts';
import { timeSpecs } from './time.ts';
import { unitSpecs } from './units.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the tasks are written. */
export const frozen3Dir = join(here, '..', 'frozen3');

/** Every task spec of the set (names without the `f3-` prefix). */
export const frozen3Specs: Spec[] = [
  ...logSpecs,
  ...placeSpecs,
  ...moneySpecs,
  ...timeSpecs,
  ...unitSpecs,
  ...idSpecs,
  ...textSpecs,
];

/** Every task of the set, built from its spec. */
export function frozen3Tasks(): BenchTask[] {
  return frozen3Specs.map((spec) => build(spec));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(frozen3Dir, { recursive: true });
  for (const f of readdirSync(frozen3Dir)) if (f.endsWith('.json')) rmSync(join(frozen3Dir, f));
  const tasks = frozen3Tasks();
  for (const t of tasks) writeFileSync(join(frozen3Dir, `${t.name}.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(`wrote ${tasks.length} tasks to ${frozen3Dir}`);
}
