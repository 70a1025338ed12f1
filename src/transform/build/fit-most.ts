/**
 * When no program fits every example after answers were added (one of them a slip, or a format
 * the engine cannot learn from one case), the build keeps the program that fits the most: it
 * leaves out as few answers as it must (the latest first), and names each one, by index, with what
 * the program gives instead. Nothing is dropped silently: the examples
 * stay in examples.json, and the code written for review refuses records like the unfit ones.
 */
import { TransformChecker } from '../check/checker.ts';
import { differences } from '../check/deep-diff.ts';
import { REVIEW_MARKER, reviewMarkerReason } from '../run/review-marker.ts';
import { learnShapes, profileInputs } from '../run/trust.ts';
import type { ServiceFiles } from '../service/types.ts';
import type { Example } from '../service/types.ts';
import { problemFor } from './problem.ts';
import { formatSplits, MIN_KEPT, shapeGuard } from './format-splits.ts';
import { shapePattern } from './schema-revision.ts';
import type { LookupTables, SynthesisResult, Synthesizer } from './synth-adapter.ts';

/** An example the kept program does not fit. */
export interface UnfitExample {
  /** 0-based position in examples.json. */
  index: number;
  input: unknown;
  output: unknown;
  /** What the program gives instead: `cents is 1250, the answer says 1205`. */
  reason: string;
  /** Whether it came from an answered question (a person's `label` or a model's answer). */
  answer: boolean;
}

/** The program that fits the most examples, and what it does not fit. */
export interface FitMost {
  /** The synthesized module (below the type declarations). */
  code: string;
  kept: number;
  /** The examples it fits (what its header records as passed). */
  keptExamples: Example[];
  unfit: UnfitExample[];
  /** Per unfit example: input field → shape pattern (records matching all are "like" it); null when none tells it apart. */
  guards: (Record<string, string> | null)[];
  /** The synthesis behind `code` (its version space and branches, for the trust gate). */
  synthesis: SynthesisResult;
}

/** What {@link fitMost} reads of a service: its examples, sample inputs, schema and name. */
export type FitMostFiles = Pick<ServiceFiles, 'examples' | 'potentialInputs' | 'schema'> & {
  config: { name: string };
};

const isAnswer = (example: Example): boolean =>
  example.source === 'model' || (example.note ?? '').startsWith('answered');

/**
 * Examples that may be left out: answers only (a person's own examples are the task; a program
 * that drops one of them to fit would overfit the rest), the latest first.
 */
function dropOrder(examples: readonly Example[]): number[] {
  return examples
    .map((_e, i) => i)
    .reverse()
    .filter((i) => isAnswer(examples[i] as Example));
}

/**
 * Subsets to leave out: each single example, then pairs among the likeliest six, then (with more
 * than two) every answer: the program the person's own examples give, which an answer in a new
 * format must never take away from them.
 */
export function* dropSets(order: readonly number[]): Generator<number[]> {
  for (const i of order) yield [i];
  const head = order.slice(0, 6);
  for (let a = 0; a < head.length; a++)
    for (let b = a + 1; b < head.length; b++) yield [head[a] as number, head[b] as number];
  if (order.length > 2) yield [...order];
}

/**
 * Searches for the largest set of examples one synthesized program fits and the build's checker
 * passes, within `deadline`: first leaving out answers (at most two, or else every answer; at least
 * three examples kept), then, when that fails or there is no answer, leaving out examples of another
 * input format (`format-splits.ts`: each one told apart from every kept example by its shape, and
 * guarded by that shape). `leaveOut: 'formats'` tries only the second. Null when none is found.
 */
export async function fitMost(
  files: FitMostFiles,
  options: {
    synthesizer: Synthesizer;
    tables?: LookupTables;
    timeoutMs?: number;
    deadline: number;
    /** Records of the input to come (`build --sample`), ranked on as the build's synthesis does. */
    sample?: readonly unknown[];
    /** Which examples may be left out: answers then other formats (default), or other formats only. */
    leaveOut?: 'answers-then-formats' | 'formats';
  },
): Promise<FitMost | null> {
  const { examples } = files;
  if (examples.length < MIN_KEPT + 1) return null;
  const tries: { dropped: number[]; minKept: number; byShape: boolean }[] = [
    ...(options.leaveOut === 'formats'
      ? []
      : [...dropSets(dropOrder(examples))].map((dropped) => ({ dropped, minKept: 3, byShape: false }))),
    ...formatSplits(examples).map((dropped) => ({ dropped, minKept: MIN_KEPT, byShape: true })),
  ];
  const seen = new Set<string>();
  for (const { dropped, minKept, byShape } of tries) {
    if (Date.now() >= options.deadline) return null;
    const key = [...dropped].sort((a, b) => a - b).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const kept = examples.filter((_e, i) => !dropped.includes(i));
    if (kept.length < minKept) continue;
    const fit = await fitKept(files, options, kept, dropped, byShape);
    if (fit) return fit;
  }
  return null;
}

/**
 * One try of {@link fitMost}: the program for the kept examples, checked as the build checks, with
 * what it does not fit and a guard for each. `byShape`: every left-out example needs a guard by
 * shape (an example of the person's own is left out only as another format); null otherwise.
 */
async function fitKept(
  files: FitMostFiles,
  options: Parameters<typeof fitMost>[1],
  kept: Example[],
  dropped: number[],
  byShape: boolean,
): Promise<FitMost | null> {
  const { examples } = files;
  const { loadTransform } = await import('../synth/index.ts');
  const synthesis = await options.synthesizer(
    kept.map(({ input, output }) => ({ input, output })),
    {
      inputs: [...files.potentialInputs, ...(options.sample ?? [])],
      schema: files.schema,
      timeoutMs: Math.max(200, Math.min(options.timeoutMs ?? 5000, options.deadline - Date.now())),
      ...(options.tables ? { tables: options.tables } : {}),
    },
  );
  if (!synthesis.complete || !synthesis.code) return null;
  const problem = problemFor({
    serviceName: files.config.name,
    examples: kept,
    schema: files.schema,
    potentialInputs: files.potentialInputs,
    currentCode: null,
  });
  const report = await new TransformChecker().check(
    problem,
    { code: synthesis.code },
    new AbortController().signal,
  );
  if (!report.pass) return null;
  let program: (input: unknown) => unknown;
  try {
    program = loadTransform(synthesis.code);
  } catch {
    return null;
  }
  const unfit = [...dropped]
    .sort((a, b) => a - b)
    .map((index): UnfitExample => {
      const example = examples[index] as Example;
      return {
        index,
        input: example.input,
        output: example.output,
        reason: whyUnfit(program, example),
        answer: isAnswer(example),
      };
    });
  const keys = profileInputs(kept, synthesis.code)
    .keys.filter((k) => k.parsed)
    .map((k) => k.key);
  const guards = unfit.map((u) =>
    byShape ? shapeGuard(u.input, keys, kept) : guardFor(u.input, keys, kept),
  );
  if (byShape && guards.some((guard) => guard === null)) return null;
  if (byShape && !(await eachKeptConfirms(files, options, kept))) return null;
  return { code: synthesis.code, kept: kept.length, keptExamples: kept, unfit, guards, synthesis };
}

/**
 * Whether the kept examples confirm one another: a program learned without each one gives that one
 * its label. A program that merely fits the examples it is shown (arithmetic that happens to hold on
 * them, a branch per example) predicts none it was not shown, and a partial program is written for
 * records nobody labelled, so only one that predicts its own held-out examples is kept. Needs at
 * least three kept examples (two leave one to learn from).
 */
async function eachKeptConfirms(
  files: FitMostFiles,
  options: Parameters<typeof fitMost>[1],
  kept: readonly Example[],
): Promise<boolean> {
  if (kept.length < 3) return false;
  const { loadTransform } = await import('../synth/index.ts');
  for (let i = 0; i < kept.length; i++) {
    if (Date.now() >= options.deadline) return false;
    const held = kept[i] as Example;
    const rest = kept.filter((_e, j) => j !== i);
    const synthesis = await options.synthesizer(
      rest.map(({ input, output }) => ({ input, output })),
      {
        inputs: [...files.potentialInputs, ...(options.sample ?? [])],
        schema: files.schema,
        timeoutMs: Math.max(200, Math.min(options.timeoutMs ?? 5000, options.deadline - Date.now())),
        ...(options.tables ? { tables: options.tables } : {}),
      },
    );
    if (!synthesis.complete || !synthesis.code) return false;
    try {
      const program = loadTransform(synthesis.code);
      const actual = JSON.parse(JSON.stringify(program(structuredClone(held.input)) ?? null)) as unknown;
      if (differences(held.output, actual, '$', 1).length > 0) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** What the program gives for an example it does not fit, against the label. */
function whyUnfit(program: (input: unknown) => unknown, example: Example): string {
  let actual: unknown;
  try {
    actual = JSON.parse(JSON.stringify(program(structuredClone(example.input)) ?? null)) as unknown;
  } catch (error) {
    return `the program throws (${(error as Error).message})`;
  }
  const diffs = differences(example.output, actual, '$', 3);
  if (diffs.length === 0)
    return 'the program gives the label, but the build check refused it with this example';
  return diffs
    .map((d) => {
      const name = d.path === '$' ? 'the output' : d.path.replace(/^\$\.?/, '');
      return `${name} is ${JSON.stringify(d.actual) ?? 'missing'}, ${isAnswer(example) ? 'the answer' : 'the example'} says ${JSON.stringify(d.expected) ?? 'nothing'}`;
    })
    .join('; ');
}

/**
 * The shapes of the input fields the program reads, for one unfit example: a record whose every such
 * field has the same shape is "like" it. Null when no field has a shape, or a kept example has the
 * same shapes (the labels then contradict each other, and shape cannot tell them apart).
 */
function guardFor(
  input: unknown,
  keys: readonly string[],
  kept: readonly Example[],
): Record<string, string> | null {
  const valueAt = (record: unknown, key: string): unknown =>
    key === '$'
      ? record
      : record !== null && typeof record === 'object'
        ? (record as Record<string, unknown>)[key]
        : undefined;
  const fields = typeof input === 'string' ? ['$'] : keys;
  const guard: Record<string, string> = {};
  for (const key of fields) {
    const value = valueAt(input, key);
    if (typeof value !== 'string' || value.trim() === '') continue;
    const pattern = shapePattern(learnShapes([value]));
    if (pattern !== null) guard[key] = pattern;
  }
  const matches = (record: unknown, patterns: Record<string, string>) =>
    Object.entries(patterns).every(([key, pattern]) => {
      const value = valueAt(record, key);
      return typeof value === 'string' && value.trim() !== '' && new RegExp(pattern, 'u').test(value);
    });
  if (Object.keys(guard).length > 0 && !kept.some((example) => matches(example.input, guard))) return guard;
  return wordGuard(fields, (record, key) => valueAt(record, key), input, kept);
}

/**
 * When shapes cannot tell an unfit example apart ("10 in" and "12 cm" have one shape), its words
 * can: a field holding a word (a run of letters) that no kept example holds in that field, e.g. a
 * unit, a currency code, a label. Records holding one of those words as a whole word are "like" it.
 * Null when no field has such a word.
 */
function wordGuard(
  fields: readonly string[],
  valueAt: (record: unknown, key: string) => unknown,
  input: unknown,
  kept: readonly Example[],
): Record<string, string> | null {
  const words = (value: unknown): string[] =>
    typeof value === 'string' ? (value.match(/\p{L}+/gu) ?? []) : [];
  for (const key of fields) {
    const known = new Set(kept.flatMap((example) => words(valueAt(example.input, key))));
    const fresh = [...new Set(words(valueAt(input, key)))].filter((word) => !known.has(word));
    if (fresh.length === 0) continue;
    const escaped = fresh.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return { [key]: `(?<!\\p{L})(?:${escaped.join('|')})(?!\\p{L})` };
  }
  return null;
}

/** `example 4 (index 3): {"price":"12,50 €"} → {"cents":1205}: cents is 1250, the answer says 1205`. */
export function describeUnfit(unfit: UnfitExample): string {
  return `example ${unfit.index + 1} (index ${unfit.index}${unfit.answer ? ', an answered question' : ''}): ${JSON.stringify(unfit.input)} → ${JSON.stringify(unfit.output)}: ${unfit.reason}`;
}

/**
 * The module for transform.next.ts: the program that fits the most, renamed, behind a guard that
 * refuses records like each unfit example (a review row naming the TODO, never a guessed output),
 * and a marked TODO saying what it does not fit and what would help. Null when the program's entry
 * point is not where the synthesizer puts it.
 */
export function moduleFittingMost(fit: FitMost, total: number): string | null {
  const entry = /export default function transform\s*\(/;
  if (!entry.test(fit.code)) return null;
  const body = fit.code.replace(entry, 'function fitsMost(');
  const like = fit.unfit.flatMap((u, i) => {
    const guard = fit.guards[i];
    if (!guard) return [];
    const shapes = Object.entries(guard)
      .map(([key, pattern]) => `${JSON.stringify(key)}: new RegExp(${JSON.stringify(pattern)}, 'u')`)
      .join(', ');
    return [`  { example: ${u.index + 1}, shapes: { ${shapes} } },`];
  });
  const todo = [
    '',
    `// TODO(codify): no program fits every example. This one fits ${fit.kept} of ${total}; it does not fit:`,
    ...fit.unfit.map(
      (u, i) =>
        `//   ${describeUnfit(u)}${fit.guards[i] ? '' : ' (no input shape tells records like it apart)'}`,
    ),
    '// Records like those are refused below (a review row, never a guessed output). Check the answer: if it',
    '// is a slip, fix it in examples.json and rebuild; if it is right, add one or two more examples like it,',
    '// a mapping table (lookups.json) or a model (--model auto), and rebuild.',
    'const UNFIT_LIKE: { example: number; shapes: Record<string, RegExp> }[] = [',
    ...like,
    '];',
    '',
    'export default function transform(input: Input): Output {',
    '  const record = input as unknown as Record<string, unknown>;',
    '  for (const like of UNFIT_LIKE) {',
    '    const same = Object.entries(like.shapes).every(([key, shape]) => {',
    "      const value = key === '$' ? (input as unknown) : record[key];",
    "      return typeof value === 'string' && value.trim() !== '' && shape.test(value);",
    '    });',
    '    if (!same) continue;',
    '    // A run files a record stopped by this mark as review (with the message), not as a bug.',
    '    const review = new Error(',
    '      `TODO(codify): like example ${like.example}, which this code does not fit: see the TODO in the code`,',
    '    );',
    `    review.name = '${REVIEW_MARKER}';`,
    '    throw review;',
    '  }',
    '  return fitsMost(input);',
    '}',
  ].join('\n');
  return `${body.trim()}\n${todo}\n`;
}

/**
 * Holds the module of {@link moduleFittingMost}, loaded, to what makes a partial program honest: every
 * kept example gives its label, and every unfit example is stopped by the code's review mark (never
 * a guessed output). Returns what breaks that, one line per example; empty when it holds. A caller
 * that uses the module only when this is empty never writes a wrong output for its own examples.
 */
export function fittingMostProblems(program: (input: unknown) => unknown, fit: FitMost): string[] {
  const problems: string[] = [];
  for (const example of fit.keptExamples) {
    let actual: unknown;
    try {
      actual = JSON.parse(JSON.stringify(program(structuredClone(example.input)) ?? null)) as unknown;
    } catch (error) {
      problems.push(`kept example ${JSON.stringify(example.input)} throws (${(error as Error).message})`);
      continue;
    }
    if (differences(example.output, actual, '$', 1).length > 0)
      problems.push(`kept example ${JSON.stringify(example.input)} gives ${JSON.stringify(actual)}`);
  }
  for (const unfit of fit.unfit) {
    try {
      const actual = program(structuredClone(unfit.input));
      problems.push(`${describeUnfit(unfit)}: written as ${JSON.stringify(actual)}, not sent to review`);
    } catch (error) {
      if (reviewMarkerReason(error) === null)
        problems.push(`${describeUnfit(unfit)}: throws (${(error as Error).message}), not sent to review`);
    }
  }
  return problems;
}
