/**
 * The version space of a learned program: for every primitive output field, the programs that fit
 * every example about as well as the chosen one (its rivals). The examples cannot tell them apart;
 * an input on which they disagree is one the examples do not settle, so its output is a guess.
 */
import {
  cannotReadAnswer,
  isCannotReadAnswer,
  key,
  literalOf,
  routeOf,
  safeRun,
  FAILED,
  sameAnswer,
  type Expr,
} from './expr.ts';

export { sameAnswer };
import { helperSources, withDependencies } from './helper-source.ts';
import * as H from './helpers.ts';
import { leafAlternatives, type LeafSpec } from './leaf.ts';
import { closedSet } from './formats.ts';
import { decimalsOf } from './numbers.ts';
import { isCannotRead } from './softly.ts';
import { arraySources, leafSources, type Task } from './sources.ts';
import { concatExpr, searchConcatBest, stringAtoms, type Part } from './strings.ts';
import type { Node } from './structure.ts';

/** Least time the rival search gets per field, ms (see {@link versionSpace}). */
export const FIELD_RIVAL_BUDGET_MS = 250;

/** A rival is kept only when it costs at most this much more than the chosen program. */
export const RIVAL_MARGIN = 2;
/** Rivals kept per field. */
export const MAX_RIVALS = 3;

/** One field's chosen program and its rivals. */
export interface FieldSpace {
  /** Output path, e.g. `zip` or `address.city`. */
  field: string;
  segments: string[];
  chosen: Expr;
  rivals: Expr[];
  /**
   * Numbers closer than this count as the same answer: one unit in the last decimal the examples
   * show (two readings of the same factor, 2.20462 and 1 / 0.453592, differ only by rounding).
   */
  tolerance: number;
  /**
   * The form every example output shared (one length, only digits, one closed set of words), when
   * the examples show one: a rival whose output breaks it has no opinion on that input (a 12-digit
   * reading of a 13-digit code, "level" for a log level), as a rival that throws has none.
   */
  form?: OutputForm;
}

/** What every example output of a string field had in common. */
export interface OutputForm {
  words?: string[];
  length?: number;
  digits?: boolean;
}

/** Whether a value keeps a field's {@link OutputForm} (the same test the rivals module prints). */
export function inForm(value: unknown, form: OutputForm): boolean {
  if (typeof value !== 'string') return false;
  if (form.words && !form.words.includes(value)) return false;
  if (form.length !== undefined && value.length !== form.length) return false;
  return !form.digits || /^\d+$/.test(value);
}

/** Where the retained programs disagree on one input. */
export interface Disagreement {
  field: string;
  /** Distinct outputs, the chosen program's first. */
  outputs: unknown[];
}

/**
 * A field whose chosen program has branches. The examples that took a branch are the only evidence
 * for it (see `branchEvidence` in run/trust.ts).
 */
export interface FieldBranches {
  field: string;
  /** The chosen program's code for the field (`input` as the root). */
  code: string;
}

/** The retained programs of a synthesized transform. */
export interface VersionSpace {
  fields: FieldSpace[];
  /** The fields whose chosen program has branches. */
  branches: FieldBranches[];
  /** Per field with branches, the route this input takes (see `Expr.route`). */
  routes(input: unknown): Record<string, string>;
  /** The fields on which the retained programs disagree for this input (empty: settled). */
  disagreements(input: unknown): Disagreement[];
  /**
   * Per field with rivals, every retained program's output on this input (the chosen program's
   * first; `undefined` where one throws or breaks the field's form): what an answer to a question
   * about this input would keep and drop (see `pickQuestions`).
   */
  outputsOf(input: unknown): { field: string; outputs: unknown[]; tolerance: number }[];
  /**
   * A TypeScript module whose default export `rivals(input)` returns `{ rivals, routes }`: per field
   * that has rivals, the rivals' outputs (`undefined` where one throws), and per field with
   * branches, the route the input takes. Run beside transform.ts in the sandbox to tell settled
   * records from guesses. Null when no field has rivals or branches.
   */
  module: string | null;
  /** Field → short descriptions of the chosen program and its rivals. */
  describe: Record<string, string[]>;
}

/** What a schema node says about one leaf (nullability, enum, default). */
export type LeafSpecFor = (segments: string[], outputs: unknown[]) => LeafSpec;

/** Collects the rivals of every primitive field reachable through objects (lists are not covered). */
export function versionSpace(
  node: Node,
  task: Task,
  outputs: unknown[],
  specFor: LeafSpecFor,
  options: { margin?: number; maxRivals?: number } = {},
): VersionSpace {
  const margin = options.margin ?? RIVAL_MARGIN;
  const maxRivals = options.maxRivals ?? MAX_RIVALS;
  const fields: FieldSpace[] = [];
  const walk = (n: Node, segments: string[], values: unknown[]): void => {
    if (n.kind === 'object') {
      for (const f of n.fields)
        walk(
          f.node,
          [...segments, f.name],
          values.map((v) =>
            v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[f.name] : undefined,
          ),
        );
      return;
    }
    if (n.kind !== 'leaf') return;
    // Every field gets a little time of its own for its rivals: a search that ran out on an earlier
    // field (under load) must not leave a later one without rivals, which would pass its guesses
    // as settled (a revision read as "the last word" written for "6900-173-F").
    const fieldTask = { ...task, deadline: Math.max(task.deadline, Date.now() + FIELD_RIVAL_BUDGET_MS) };
    const chosen = n.expr;
    const chosenCode = chosen.code('input');
    // Constants read from the input rival the chosen program whatever they cost: when every
    // example had the same month, "03" is as consistent with the examples as "the month of the date".
    // Its own small budget: a search that used all its time must not thereby pass a copied
    // constant as settled (that is how every record gets written with the examples' month).
    const derived = constantRivals(
      { ...fieldTask, deadline: Math.max(fieldTask.deadline, Date.now() + CONSTANT_RIVAL_BUDGET_MS) },
      values,
      chosen,
    );
    const spec = specFor(segments, values);
    const alternatives = leafAlternatives(fieldTask, values, spec, maxRivals + 3);
    const rivals = [
      ...derived,
      ...precisionRivals(chosen, alternatives, values),
      ...alternatives
        .filter((e) => e.cost <= chosen.cost + margin && !decorates(e.code('input'), chosenCode))
        .filter((e) => !derived.some((d) => d.code('input') === e.code('input')))
        .slice(0, maxRivals),
    ];
    const decimals = Math.max(0, ...values.map((v) => (typeof v === 'number' ? decimalsOf(v) : 0)));
    const tolerance = values.every((v) => typeof v === 'number') ? 1.01 * 10 ** -decimals : 0;
    const form = evidentForm(values, spec.choices);
    fields.push({
      field: segments.join('.') || '$',
      segments,
      chosen,
      rivals,
      tolerance,
      ...(form ? { form } : {}),
    });
  };
  walk(node, [], outputs);
  const withRivals = fields.filter((f) => f.rivals.length > 0);
  const routed = fields.filter((f) => f.chosen.route !== undefined);
  return {
    fields,
    branches: routed.map((f) => ({ field: f.field, code: f.chosen.code('input') })),
    routes: (input) => Object.fromEntries(routed.map((f) => [f.field, safeRoute(f.chosen, input)])),
    disagreements: (input) => disagreementsOf(withRivals, input),
    outputsOf: (input) => withRivals.map((f) => programOutputs(f, input)),
    module: withRivals.length > 0 || routed.length > 0 ? rivalsModule(withRivals, routed) : null,
    describe: Object.fromEntries(
      fields.map((f) => [f.field, [f.chosen, ...f.rivals].map((e) => e.describe('input'))]),
    ),
  };
}

/**
 * The form every example output of a string field shares, from at least three examples: one
 * length (codes with digits), only digits, or words of one closed set (see {@link closedSet}).
 * Null when none.
 */
function evidentForm(outputs: unknown[], choices?: string[]): OutputForm | null {
  if (outputs.length < 3 || !outputs.every((o): o is string => typeof o === 'string' && o !== ''))
    return null;
  const set = closedSet(outputs, choices);
  if (set) return { words: Object.keys(set) };
  const lengths = new Set(outputs.map((o) => o.length));
  const digits = outputs.every((o) => /^\d+$/.test(o));
  const [length] = lengths;
  // One length is a form for codes (with digits); three words of one length are a coincidence.
  if (!digits && (lengths.size > 1 || !outputs.every((o) => /\d/.test(o)))) return null;
  return { ...(lengths.size === 1 && length !== undefined ? { length } : {}), ...(digits ? { digits } : {}) };
}

/** Maximal runs of letters and digits in a text, with where they start. */
function alnumRuns(text: string): { run: string; at: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ run: m[0], at: m.index }));
}

/** Least time the search for constant-derived rivals gets per field, ms. */
const CONSTANT_RIVAL_BUDGET_MS = 500;

/** Most constant-derived rivals kept per field. */
const MAX_CONSTANT_RIVALS = 2;

/**
 * Rivals for the letters and digits a string program writes as constants although the input held
 * them in every example (issue 11 §2: a constant copied from the examples): the same program with
 * that piece read from the input instead. Every training date in March makes `yyyy-03-dd` and
 * `yyyy-MM-dd` fit alike; the records where they part are the ones the examples do not settle.
 * A one-character constant is only taken as derivable from a date part (a lone digit is found
 * somewhere in almost any input).
 */
function constantRivals(task: Task, outputs: unknown[], chosen: Expr): Expr[] {
  if (outputs.length < 2 || !outputs.every((o): o is string => typeof o === 'string')) return [];
  const texts = outputs as string[];
  // Cheap test first: a constant with letters or digits is a run every output shares.
  const shared = alnumRuns(texts[0] ?? '').filter(({ run }) => texts.every((t) => t.includes(run)));
  if (shared.length === 0 || Date.now() > task.deadline) return [];
  const sources = leafSources(task);
  const atoms = stringAtoms(sources, task, texts, arraySources(task));
  const inputTexts = task.roots.map((_root, i) =>
    sources
      .map((source) => H.text(source.values[i]))
      .join(' ')
      .toLowerCase(),
  );
  const chosenCode = chosen.code('input');
  const parts = searchConcatBest(texts, atoms, task.deadline, inputTexts, 3).find(
    (p) => concatExpr(p).code('input') === chosenCode,
  );
  if (!parts) return [];
  const found: Expr[] = [];
  parts.forEach((part, i) => {
    if (part.kind !== 'const') return;
    for (const { run, at } of alnumRuns(part.text)) {
      const readers = atoms.filter(
        (atom) =>
          atom.values.length === texts.length &&
          atom.values.every((v) => v === run) &&
          (run.length >= 2 || atom.date !== undefined),
      );
      for (const atom of readers) {
        const replaced: Part[] = [
          ...parts.slice(0, i),
          ...(at > 0 ? [{ kind: 'const' as const, text: part.text.slice(0, at) }] : []),
          { kind: 'atom', atom },
          ...(at + run.length < part.text.length
            ? [{ kind: 'const' as const, text: part.text.slice(at + run.length) }]
            : []),
          ...parts.slice(i + 1),
        ];
        const rival = concatExpr(replaced);
        if (texts.every((t, k) => safeRun(rival, task.roots[k]) === t)) found.push(rival);
      }
    }
  });
  return found.sort((a, b) => a.cost - b.cost).slice(0, MAX_CONSTANT_RIVALS);
}

/**
 * True when one program is the other with something wrapped around it (a rounding, a prefix, a
 * default for blanks, another rounding) that changes no example: the wrapping is unmotivated by the data, so it is
 * not a competing reading of the input (and the same code is no rival at all).
 */
function decorates(rival: string, chosen: string): boolean {
  if (rival.includes(chosen) || chosen.includes(rival)) return true;
  // Roundings differ only in precision, which the field's decimals already decide.
  return withoutRounding(rival) === withoutRounding(chosen);
}

/**
 * How many decimals a program's outermost rounding keeps: Infinity when it keeps all (unrounded or
 * only tidied), null for rounding down or up (another reading, not another precision).
 */
function decimalsKept(code: string): number | null {
  const round = /^round\(.*, (\d+)\)$/s.exec(code);
  if (round) return Number(round[1]);
  if (code.startsWith('Math.round(')) return 0;
  if (/^Math\.(?:floor|ceil)\(/.test(code)) return null;
  return Infinity;
}

/**
 * Rivals that differ from the chosen program only in keeping more decimals, and fit every example
 * as well: the examples then never showed the field's precision ("5", "12.5" and "3.7" fit both "to
 * 1 decimal" and "to 2 decimals"). Each is checked as `decimalsShown(chosen, finer)`, which lets the
 * chosen answer through where both agree and sends the record to review where they differ — the
 * field's tolerance (one unit in the last decimal shown) would otherwise pass 18.5 for 18.51.
 */
function precisionRivals(chosen: Expr, alternatives: readonly Expr[], values: readonly unknown[]): Expr[] {
  const chosenCode = chosen.code('input');
  const kept = decimalsKept(chosenCode);
  if (kept === Infinity) {
    const coarser = coarserRivals(chosen, chosenCode, alternatives);
    if (coarser.length > 0) return coarser;
    const inside = roundingInsideRivals(chosen, chosenCode, alternatives);
    return inside.length > 0 ? inside : unshownPrecisionRivals(chosen, chosenCode, values);
  }
  if (kept === null) return [];
  const finer = alternatives.filter((e) => {
    const code = e.code('input');
    const theirs = decimalsKept(code);
    return theirs !== null && theirs > kept && withoutRounding(code) === withoutRounding(chosenCode);
  });
  // The finest one fitting: any rounding between agrees with it wherever it agrees with the chosen.
  const finest = finer.sort(
    (a, b) => (decimalsKept(b.code('input')) ?? 0) - (decimalsKept(a.code('input')) ?? 0),
  )[0];
  if (!finest) return [];
  return [
    {
      code: (root) => `decimalsShown(${chosen.code(root)}, ${finest.code(root)})`,
      run: (root) => H.decimalsShown(chosen.run(root) as number, finest.run(root) as number),
      cost: finest.cost,
      helpers: [...chosen.helpers, ...finest.helpers, 'decimalsShown'],
      describe: (root) => `the precision of ${chosen.describe(root)}`,
    },
  ];
}

/**
 * The other way round: the chosen program keeps every decimal it computes (`tidy(a * b)`), and a
 * rounding of the same arithmetic fits every example as well, because no example's exact value had
 * more decimals than it shows. The coarsest such rounding is the rival, as
 * `decimalsShown(rounded, chosen)`: a record whose exact value has more decimals than the examples
 * ever showed (a net price times 1.07) goes to review instead of being written with them all.
 */
function coarserRivals(chosen: Expr, chosenCode: string, alternatives: readonly Expr[]): Expr[] {
  const coarser = alternatives.filter((e) => {
    const code = e.code('input');
    const theirs = decimalsKept(code);
    return theirs !== null && theirs !== Infinity && withoutRounding(code) === withoutRounding(chosenCode);
  });
  const coarsest = coarser.sort(
    (a, b) => (decimalsKept(a.code('input')) ?? 0) - (decimalsKept(b.code('input')) ?? 0),
  )[0];
  if (!coarsest) return [];
  return [
    {
      code: (root) => `decimalsShown(${coarsest.code(root)}, ${chosen.code(root)})`,
      run: (root) => H.decimalsShown(coarsest.run(root) as number, chosen.run(root) as number),
      cost: coarsest.cost,
      helpers: [...chosen.helpers, ...coarsest.helpers, 'decimalsShown'],
      describe: (root) => `the precision of ${chosen.describe(root)}`,
    },
  ];
}

/**
 * The chosen program keeps every decimal it computes and no rounding rival was found: when every
 * example is a number, a record whose value has more decimals than any example shows, and more than
 * the numbers in its own input have, goes to review (`precisionShown`). "3h20" read as hours is
 * 3.333…; examples all in quarter hours never said whether that is 3.33, 3.3 or every digit. A
 * value read as written ("12.99" from "$12.99") shows its decimals in the input and passes.
 */
function unshownPrecisionRivals(chosen: Expr, chosenCode: string, values: readonly unknown[]): Expr[] {
  if (values.length === 0 || !values.every((v) => typeof v === 'number')) return [];
  // Integer-only programs (counts, lengths) and rounding down or up cannot gain decimals.
  if (/^(?:Math\.(?:floor|ceil|trunc)|parseInt)\(/.test(chosenCode)) return [];
  const shown = Math.max(0, ...values.map((v) => decimalsOf(v as number)));
  return [
    {
      code: (root) => `precisionShown(${chosen.code(root)}, ${shown}, ${root})`,
      run: (root) => H.precisionShown(chosen.run(root) as number, shown, root),
      cost: chosen.cost,
      helpers: [...chosen.helpers, 'precisionShown'],
      describe: (root) => `the precision of ${chosen.describe(root)}`,
    },
  ];
}

/**
 * A program whose rounding sits inside it (a branch per input format, one of which converts miles
 * and rounds): an alternative that differs from it only in how it rounds ("to 1 decimal" against "to
 * 2 decimals" inside the miles branch) fits every example as well, so the examples never showed that
 * branch's precision. The rival is `decimalsShown(chosen, alternative)`: the chosen answer where the
 * two agree, and review where they differ, which the field's tolerance (one unit in the last
 * decimal shown) would otherwise pass.
 */
function roundingInsideRivals(chosen: Expr, chosenCode: string, alternatives: readonly Expr[]): Expr[] {
  if (!/\b(?:round|Math\.round)\(/.test(chosenCode)) return [];
  const bare = withoutRounding(chosenCode);
  const other = alternatives.find((e) => {
    const code = e.code('input');
    return code !== chosenCode && withoutRounding(code) === bare;
  });
  if (!other) return [];
  return [
    {
      code: (root) => `decimalsShown(${chosen.code(root)}, ${other.code(root)})`,
      run: (root) => H.decimalsShown(chosen.run(root) as number, other.run(root) as number),
      cost: other.cost,
      helpers: [...chosen.helpers, ...other.helpers, 'decimalsShown'],
      describe: (root) => `the precision of ${chosen.describe(root)}`,
    },
  ];
}

function withoutRounding(code: string): string {
  return code
    .replace(/\b(?:Math\.round|tidy)\(/g, '(')
    .replace(/\bround\(/g, '(')
    .replace(/, \d+\)/g, ')');
}

/** Every program's output on one input, the chosen one's first; undefined for no opinion. */
function programOutputs(
  f: FieldSpace,
  input: unknown,
): { field: string; outputs: unknown[]; tolerance: number } {
  const outputs = [f.chosen, ...f.rivals].map((program, i) => {
    const out = safeRun(program, input);
    if (out === FAILED) return undefined;
    return i > 0 && f.form && !inForm(out, f.form) ? undefined : out;
  });
  return { field: f.field, outputs, tolerance: f.tolerance };
}

export function disagreementsOf(fields: FieldSpace[], input: unknown): Disagreement[] {
  const found: Disagreement[] = [];
  for (const f of fields) {
    const chosen = safeRun(f.chosen, input);
    const outputs: unknown[] = [chosen === FAILED ? undefined : chosen];
    for (const rival of f.rivals) {
      const out = rivalOutput(rival, input);
      // A rival that cannot run on this input has no opinion about it, nor one whose output breaks
      // the form every example had. One whose reader says it cannot read the input does have one:
      // the chosen program's answer there is a guess (before readers threw, it was a "" that differed).
      if (out === FAILED) continue;
      if (isCannotReadAnswer(out)) {
        if (chosen !== FAILED && !outputs.some(isCannotReadAnswer)) outputs.push(out);
        continue;
      }
      if (f.form && !inForm(out, f.form)) continue;
      if (!outputs.some((o) => sameAnswer(o, out, f.tolerance))) outputs.push(out);
    }
    if (outputs.length > 1) found.push({ field: f.field, outputs });
  }
  return found;
}

/** What a rival says about an input: its output, its reader's "cannot read", or FAILED. */
function rivalOutput(expr: Expr, input: unknown): unknown {
  try {
    return expr.run(input);
  } catch (error) {
    return isCannotRead(error) ? cannotReadAnswer(error as Error) : FAILED;
  }
}

/** The route an input takes through a program's branches; "" when a test throws on it. */
function safeRoute(expr: Expr, root: unknown): string {
  try {
    return routeOf(expr, root);
  } catch {
    return '';
  }
}

export function rivalsModule(fields: FieldSpace[], routed: FieldSpace[]): string {
  const lines = fields.map((f) => {
    const form = f.form ? `, ${literalOf(f.form)}` : '';
    return `      ${key(f.field)}: [${f.rivals.map((r) => `attempt(() => ${r.code('input')}${form})`).join(', ')}],`;
  });
  const routeLines = routed.map(
    (f) => `      ${key(f.field)}: route(() => ${f.chosen.route?.code('input') ?? "''"}),`,
  );
  const sources = helperSources();
  const helpers = withDependencies([
    ...fields.flatMap((f) => f.rivals.flatMap((r) => r.helpers)),
    ...routed.flatMap((f) => f.chosen.helpers),
  ]).map((name) => sources.get(name)?.source ?? '');
  return [
    '/**',
    ' * Rival programs that fit every example as well as transform.ts does, and the branch of',
    " * transform.ts's program each field takes; see codify transform run.",
    ' */',
    'export default function rivals(input: Input): {',
    '  rivals: Record<string, unknown[]>;',
    '  routes: Record<string, string>;',
    '} {',
    '  return {',
    '    rivals: {',
    ...lines,
    '    },',
    '    routes: {',
    ...routeLines,
    '    },',
    '  };',
    '}',
    '',
    '/** The branch a field takes; "" when a test throws (as the synthesizer has it). */',
    'function route(f: () => string): string {',
    '  try {',
    '    return f();',
    '  } catch {',
    "    return '';",
    '  }',
    '}',
    '',
    '/**',
    " * A rival's output; undefined (no opinion) when it throws or breaks the form every example had;",
    " * { cannotRead } when its reader says it cannot read the input (an opinion: the code's answer is a guess).",
    ' */',
    'function attempt(f: () => unknown, form?: { words?: string[]; length?: number; digits?: boolean }): unknown {',
    '  try {',
    '    const value = f();',
    '    if (!form) return value;',
    "    if (typeof value !== 'string' || (form.words && !form.words.includes(value))) return undefined;",
    '    if (form.length !== undefined && value.length !== form.length) return undefined;',
    '    return form.digits && !/^\\d+$/.test(value) ? undefined : value;',
    '  } catch (error) {',
    "    return error instanceof Error && error.name === 'CodifyReview' ? { cannotRead: error.message } : undefined;",
    '  }',
    '}',
    ...(helpers.length > 0 ? ['', helpers.join('\n\n')] : []),
    '',
  ].join('\n');
}
