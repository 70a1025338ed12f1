/**
 * The frozen held-out task set (issue 11 §4): every task's specification and generator.
 * `build.ts` turns these into the JSON files in bench/synth/frozen/.
 */
import type { BenchTask } from '../task.ts';
import { addresses } from './addresses.ts';
import { booleans, enums } from './choices.ts';
import { emails, phones } from './contacts.ts';
import { dates } from './dates.ts';
import { durations } from './durations.ts';
import { identifiers, productCodes } from './identifiers.ts';
import { seeded, type FrozenSpec } from './lib.ts';
import { logs } from './logs.ts';
import { names } from './names.ts';
import { prices } from './prices.ts';
import { units } from './units.ts';

export const frozenSpecs: FrozenSpec[] = [
  ...logs,
  ...addresses,
  ...prices,
  ...durations,
  ...units,
  ...identifiers,
  ...productCodes,
  ...dates,
  ...names,
  ...phones,
  ...emails,
  ...booleans,
  ...enums,
];

/** Default number of test records per task. */
export const DEFAULT_COUNT = 300;

/** Generates one task's records from its seed (the task name): the same every time. */
export function generateTask(spec: FrozenSpec): BenchTask {
  const rng = seeded(`frozen:${spec.name}`);
  const test = Array.from({ length: spec.count ?? DEFAULT_COUNT }, () => spec.record(rng));
  return {
    name: spec.name,
    category: spec.category,
    description: spec.description,
    // The records are compared as JSON, so `undefined` never appears in a task file.
    train: JSON.parse(JSON.stringify(spec.train)) as BenchTask['train'],
    test: JSON.parse(JSON.stringify(test)) as BenchTask['test'],
  };
}

/** Where a task's file lives, relative to bench/synth/frozen/. */
export const taskPath = (spec: Pick<FrozenSpec, 'category' | 'name'>): string =>
  `${spec.category}/${spec.name}.json`;
