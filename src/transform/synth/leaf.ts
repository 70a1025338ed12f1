/**
 * One output value of a primitive type: picks the pipeline by output type, handles nulls, and falls
 * back to guarded branches (inputs in several formats) and, last, small lookup tables.
 */
import { synthBands } from './bands.ts';
import { synthBoolean } from './booleans.ts';
import {
  constant,
  derive,
  key,
  lit,
  literalOf,
  routeOf,
  sameValue,
  subRoute,
  type Expr,
  type Route,
} from './expr.ts';
import * as H from './helpers.ts';
import { decimalsOf, numberSources, synthNumber } from './numbers.ts';
import { arraySources, leafSources, type Source, type Task } from './sources.ts';
import { concatExpr, searchConcat, searchConcatBest, stringAtoms } from './strings.ts';

/** What the schema (if any) says about this value. */
export interface LeafSpec {
  nullable: boolean;
  /** Schema default, used as the fallback of lookup tables. */
  defaultValue?: unknown;
  /** The schema lists the allowed values (an enum), so a table of them is a real mapping. */
  enumerated?: boolean;
  /** Decimals seen across the whole field, so branches round alike. */
  decimals?: number;
  /** The strings the schema's enum allows, when it lists strings. */
  choices?: string[];
}

/** A program, or why none was found. */
export type LeafResult = { expr: Expr } | { reason: string };

/** Subset of a task (some examples only). */
function subTask(task: Task, indices: number[]): Task {
  return { ...task, roots: indices.map((i) => task.roots[i]) };
}

function checks(expr: Expr, task: Task, outputs: unknown[]): boolean {
  return task.roots.every((root, i) => {
    try {
      return sameValue(expr.run(root), outputs[i]);
    } catch {
      return false;
    }
  });
}

/** Learns a program for one primitive output value. */
export function synthLeaf(task: Task, outputs: unknown[], spec: LeafSpec, depth = 0): LeafResult {
  if (Date.now() >= task.deadline) return { reason: 'time ran out before this field was tried' };
  const isNull = outputs.map((o) => o === null || o === undefined);
  if (isNull.every(Boolean)) return { expr: constant(null, 5) };
  if (isNull.some(Boolean)) return withNulls(task, outputs, isNull, spec, depth);
  const types = new Set(outputs.map((o) => typeof o));
  if (types.size > 1) return { reason: `outputs mix types (${[...types].join(', ')})` };
  const type = [...types][0];
  if (type === 'string') return synthString(task, outputs as string[], spec, depth);
  if (type === 'number') {
    const decimals = spec.decimals ?? Math.max(...(outputs as number[]).map(decimalsOf));
    return synthNumeric(task, outputs as number[], { ...spec, decimals }, depth);
  }
  if (type === 'boolean') {
    const sources = leafSources(task);
    const expr = synthBoolean(sources, task.roots, outputs as boolean[]);
    if (expr) return { expr };
    const table = lookupTable(sources, outputs, spec, 'boolean');
    return table ? { expr: table } : { reason: 'no input field decides this yes/no value' };
  }
  return { reason: `unsupported output type ${String(type)}` };
}

function synthString(task: Task, outputs: string[], spec: LeafSpec, depth: number): LeafResult {
  const banded = depth === 0 ? synthBands(task, outputs) : null;
  if (banded && checks(banded, task, outputs)) return { expr: banded };
  const sources = leafSources(task);
  const atoms = stringAtoms(sources, task, outputs, arraySources(task), spec.choices);
  const inputTexts = task.roots.map((_root, i) =>
    sources
      .map((source) => H.text(source.values[i]))
      .join(' ')
      .toLowerCase(),
  );
  const parts = searchConcat(outputs, atoms, task.deadline, inputTexts);
  if (parts) {
    const expr = concatExpr(parts);
    if (checks(expr, task, outputs)) return { expr };
  }
  if (Date.now() > task.deadline) return { reason: 'time ran out' };
  const defaulted = blankDefault(task, outputs, spec, depth);
  if (defaulted) return { expr: defaulted };
  const routed = depth === 0 ? formatBranches(task, outputs, spec, depth) : null;
  const guarded = depth < 2 ? conditional(task, outputs, spec, depth) : null;
  // A guard is kept over recognizers only when it makes the simpler program (°F or °C, not "starts
  // with a minus sign"): formats are told apart by recognizers when the guard is no cheaper.
  const branched = routed && (!guarded || routed.cost <= guarded.cost + 1) ? routed : guarded;
  if (branched) return { expr: branched };
  // Tables inside branches would be lookups chosen by a guard fitted to the same few examples.
  const table = depth === 0 ? lookupTable(sources, outputs, spec, 'string') : null;
  if (table) return { expr: table };
  return { reason: 'no concatenation of input pieces and constants reproduces every example' };
}

function synthNumeric(task: Task, outputs: number[], spec: LeafSpec, depth: number): LeafResult {
  const sources = leafSources(task);
  const numeric = numberSources(sources, arraySources(task), task);
  const expr = synthNumber(numeric, outputs, task.deadline, spec.decimals ?? 0);
  if (expr && checks(expr, task, outputs)) return { expr };
  const defaulted = blankDefault(task, outputs, spec, depth);
  if (defaulted) return { expr: defaulted };
  const routed = depth === 0 ? formatBranches(task, outputs, spec, depth) : null;
  const guarded = depth < 2 ? conditional(task, outputs, spec, depth) : null;
  // A guard is kept over recognizers only when it makes the simpler program (°F or °C, not "starts
  // with a minus sign"): formats are told apart by recognizers when the guard is no cheaper.
  const branched = routed && (!guarded || routed.cost <= guarded.cost + 1) ? routed : guarded;
  if (branched) return { expr: branched };
  const table = depth === 0 ? lookupTable(sources, outputs, spec, 'number') : null;
  if (table) return { expr: table };
  const rated = depth === 0 ? rateTable(task, sources, outputs, spec) : null;
  if (rated) return { expr: rated };
  return { reason: 'no arithmetic on input numbers reproduces every example' };
}

/** Null outputs explained by a blank input field; the rest learned normally. */
function withNulls(
  task: Task,
  outputs: unknown[],
  isNull: boolean[],
  spec: LeafSpec,
  depth: number,
): LeafResult {
  const filled = outputs.map((_o, i) => i).filter((i) => !isNull[i]);
  const inner = synthLeaf(
    subTask(task, filled),
    filled.map((i) => outputs[i]),
    spec,
    depth,
  );
  if (!('expr' in inner)) return inner;
  const body = inner.expr;
  for (const source of leafSources(task).concat(arraySources(task))) {
    const blank = source.values.map((v) => H.isBlank(v) || (Array.isArray(v) && v.length === 0));
    if (!blank.every((b, i) => b === isNull[i])) continue;
    const expr: Expr = {
      code: (root) => `isBlank(${source.expr.code(root)}) ? null : ${body.code(root)}`,
      run: (root) => (H.isBlank(source.expr.run(root)) ? null : body.run(root)),
      cost: body.cost + 1,
      helpers: [...body.helpers, ...source.expr.helpers, 'isBlank'],
      describe: (root) => `null if ${source.expr.describe(root)} is blank, else ${body.describe(root)}`,
      ...(body.route ? { route: blankRoute(source.expr, body) } : {}),
    };
    if (checks(expr, task, outputs)) return { expr };
  }
  const optional = optionalParts(task, outputs, isNull, spec, [body])[0];
  if (optional) return { expr: optional };
  return { reason: 'null in some examples, and no input field is blank exactly there' };
}

/** Filled-in programs tried as optional parts, per field. */
const OPTIONAL_CANDIDATES = 12;

/**
 * Programs for a value that is null in some examples with no blank input field marking them: an
 * optional part of the input (a middle name, an extension, a flat). Each program that fits the
 * filled-in examples is wrapped in `orNull`, and kept when it finds nothing (throws, "", NaN) on
 * exactly the null examples; cheapest first. A null no reader explains this way stays unsolved.
 */
function optionalParts(
  task: Task,
  outputs: unknown[],
  isNull: boolean[],
  spec: LeafSpec,
  first: Expr[],
): Expr[] {
  const filled = outputs.map((_o, i) => i).filter((i) => !isNull[i]);
  if (filled.length === 0 || Date.now() > task.deadline) return [];
  const alternatives = leafAlternatives(
    subTask(task, filled),
    filled.map((i) => outputs[i]),
    spec,
    OPTIONAL_CANDIDATES,
    // One reader that finds the part or nothing: branches fitted to the few filled-in examples
    // would be guards chosen by accident (and the search for them costs the most).
    true,
  );
  const seen = new Set<string>();
  const found: Expr[] = [];
  for (const body of [...first, ...alternatives].sort((a, b) => a.cost - b.cost)) {
    const code = body.code('input');
    if (seen.has(code) || !readsInput(body)) continue;
    seen.add(code);
    const expr: Expr = {
      code: (root) => `orNull(() => ${body.code(root)})`,
      run: (root) => H.orNull(() => body.run(root)),
      cost: body.cost + 1.5,
      helpers: [...body.helpers, 'orNull'],
      describe: (root) => `${body.describe(root)}, null when it finds nothing`,
    };
    if (checks(expr, task, outputs)) found.push(expr);
  }
  return found;
}

/** Predicates that split inputs by shape (how the text looks), most general first. */
function shapePredicates(sources: Source[]): { expr: Expr; cost: number; source: Source }[] {
  const preds: { expr: Expr; cost: number; source: Source }[] = [];
  for (const source of sources) {
    if (!source.values.every((v) => typeof v === 'string' || typeof v === 'number')) continue;
    const e = source.expr;
    const add = (code: (c: string) => string, run: (s: string) => boolean, cost: number): void => {
      preds.push({
        expr: derive(
          e,
          (c) => code(`text(${c})`),
          (v) => run(H.text(v)),
          cost,
          ['text'],
        ),
        cost,
        source,
      });
    };
    add(
      (c) => `/^\\d/.test(${c}.trim())`,
      (s) => /^\d/.test(s.trim()),
      1,
    );
    add(
      (c) => `/^\\+/.test(${c}.trim())`,
      (s) => /^\+/.test(s.trim()),
      1,
    );
    add(
      (c) => `/\\p{L}/u.test(${c})`,
      (s) => /\p{L}/u.test(s),
      1.2,
    );
    add(
      (c) => `/^\\d+$/.test(${c}.trim())`,
      (s) => /^\d+$/.test(s.trim()),
      1.2,
    );
    const texts = source.values.map((v) => H.text(v));
    const punctuation = new Set(texts.flatMap((t) => t.match(/[^\p{L}\p{N}\s]/gu) ?? []));
    for (const ch of [...punctuation].sort())
      add(
        (c) => `${c}.includes(${lit(ch)})`,
        (s) => s.includes(ch),
        1.4,
      );
    const wordsSeen = new Set(
      texts.flatMap((t) => (t.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length <= 12)),
    );
    for (const w of [...wordsSeen].sort()) {
      add(
        (c) => `/\\b${w}\\b/i.test(${c})`,
        (s) => new RegExp(`\\b${w}\\b`, 'i').test(s),
        1.8,
      );
    }
    // Shape signatures describe short structured values, not free text.
    const structured = texts.every((t) => t.length <= 40);
    for (const exact of structured ? [false, true] : []) {
      for (const sig of [...new Set(texts.map((t) => signature(t, exact)))].sort()) {
        const re = new RegExp(sig, 'u');
        add(
          (c) => `/${sig}/u.test(${c}.trim())`,
          (s) => re.test(s.trim()),
          exact ? 2 : 1.6,
        );
      }
    }
    const digitCounts = new Set(texts.map((t) => t.replace(/\D/g, '').length));
    for (const n of [...digitCounts].sort((a, b) => a - b)) {
      if (n === 0) continue;
      add(
        (c) => `${c}.replace(/\\D/g, '').length === ${n}`,
        (s) => s.replace(/\D/g, '').length === n,
        2,
      );
    }
  }
  return preds;
}

/** A default for blank inputs ("" → "US"), the rest learned from the filled-in examples. */
function blankDefault(task: Task, outputs: unknown[], spec: LeafSpec, depth: number): Expr | null {
  if (depth >= 2) return null;
  for (const source of leafSources(task)) {
    const blank = source.values.map((v) => H.isBlank(v));
    const filled = outputs.map((_o, i) => i).filter((i) => !blank[i]);
    if (filled.length === outputs.length || filled.length === 0) continue;
    const blanks = outputs.map((_o, i) => i).filter((i) => blank[i]);
    const fallback = blankFallback(task, outputs, blanks, spec);
    if (!fallback) continue;
    const rest = synthLeaf(
      subTask(task, filled),
      filled.map((i) => outputs[i]),
      spec,
      depth + 1,
    );
    if (!('expr' in rest) || !readsInput(rest.expr)) continue;
    const body = rest.expr;
    const expr: Expr = {
      code: (root) => `isBlank(${source.expr.code(root)}) ? ${fallback.code(root)} : ${body.code(root)}`,
      run: (root) => (H.isBlank(source.expr.run(root)) ? fallback.run(root) : body.run(root)),
      cost: body.cost + fallback.cost + 2,
      helpers: [...body.helpers, ...fallback.helpers, 'isBlank'],
      describe: (root) =>
        `${fallback.describe(root)} if ${source.expr.describe(root)} is blank, else ${body.describe(root)}`,
      ...(body.route ? { route: blankRoute(source.expr, body) } : {}),
    };
    if (checks(expr, task, outputs)) return expr;
  }
  return null;
}

/**
 * What the output is when a field is blank, from the examples where it is. A constant ("unknown",
 * "n/a") when they agree on a value that none of their inputs holds; otherwise a program on the
 * record's other fields (the billing city when the shipping city is blank, "Title (n.d.)" from the
 * title): a value that repeats a piece of its own record was built from it, and copying it as a
 * constant would write that one record's text on every other.
 */
function blankFallback(task: Task, outputs: unknown[], blanks: number[], spec: LeafSpec): Expr | null {
  const defaults = blanks.map((i) => outputs[i]);
  const agree = defaults.every((d) => sameValue(d, defaults[0]));
  if (agree && !blanks.some((i) => repeatsInput(outputs[i], task.roots[i]))) return constant(defaults[0], 0);
  // Depth 2: one plain reader or template, no further branches fitted to these few examples.
  const found = synthLeaf(subTask(task, blanks), defaults, spec, 2);
  return 'expr' in found && readsInput(found.expr) ? found.expr : null;
}

/** Whether an output value holds the text of one of its record's input values (3 characters or more). */
function repeatsInput(output: unknown, root: unknown): boolean {
  if (typeof output !== 'string' && typeof output !== 'number') return false;
  const out = String(output).toLowerCase();
  const pieces: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number') pieces.push(String(v).trim().toLowerCase());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(root);
  return pieces.some((p) => p.length >= 3 && out.includes(p));
}

/** Regex source describing how a text looks: letter/digit runs (with exact lengths or not), other chars as is. */
function signature(textValue: string, exact: boolean): string {
  const runs = textValue.trim().match(/\p{L}+|\d+|\s+|[^\p{L}\d\s]/gu) ?? [];
  const body = runs
    .map((run) => {
      if (/^\p{L}/u.test(run)) return exact ? `\\p{L}{${run.length}}` : '\\p{L}+';
      if (/^\d/.test(run)) return exact ? `\\d{${run.length}}` : '\\d+';
      if (/^\s/.test(run)) return '\\s+';
      return run.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  return `^${body}$`;
}

/** Two branches guarded by a shape predicate; each branch must be a real program, not a constant. */
function conditional(
  task: Task,
  outputs: unknown[],
  spec: LeafSpec,
  depth: number,
  found?: Expr[],
): Expr | null {
  const all = outputs.map((_o, i) => i);
  if (all.length < 2) return null;
  let best: Expr | null = null;
  const seenSplits = new Set<string>();
  const splitBranches = new Map<string, { exact: string; a: Expr; b: Expr; twins: number } | null>();
  const predicates = shapePredicates(leafSources(task)).sort((a, b) => a.cost - b.cost);
  for (const pred of predicates) {
    if (Date.now() > task.deadline) break;
    const verdicts = task.roots.map((root) => pred.expr.run(root) === true);
    const yes = all.filter((i) => verdicts[i]);
    const no = all.filter((i) => !verdicts[i]);
    if (yes.length === 0 || no.length === 0) continue;
    // A partition and its mirror image are the same split.
    const split = verdicts.map((v) => (v === verdicts[0] ? 'a' : 'b')).join('');
    const exact = verdicts.map((v) => (v ? 't' : 'f')).join('');
    let known = splitBranches.get(split);
    if (known === undefined) {
      const then = synthLeaf(
        subTask(task, yes),
        yes.map((i) => outputs[i]),
        spec,
        depth + 1,
      );
      const otherwise =
        'expr' in then && readsInput(then.expr)
          ? synthLeaf(
              subTask(task, no),
              no.map((i) => outputs[i]),
              spec,
              depth + 1,
            )
          : null;
      known =
        otherwise && 'expr' in then && 'expr' in otherwise && readsInput(otherwise.expr)
          ? { exact, a: then.expr, b: otherwise.expr, twins: 0 }
          : null;
      splitBranches.set(split, known);
    }
    if (!known) continue;
    const [a, b] = known.exact === exact ? [known.a, known.b] : [known.b, known.a];
    // A split is offered by the cheapest guard about the output that makes it (see guardIsAboutTheOutput).
    if (!guardIsAboutTheOutput(pred.source, [a, b], spec)) continue;
    if (seenSplits.has(split)) {
      // For the version space, other predicates with the same split are rivals: they agree on every
      // example and may route a new input to the other branch ("45 min" by /min/ or by "number word").
      if (!found || known.twins >= 4) continue;
      known.twins += 1;
    } else seenSplits.add(split);
    const expr: Expr = {
      code: (root) => `${pred.expr.code(root)} ? ${a.code(root)} : ${b.code(root)}`,
      run: (root) => (pred.expr.run(root) === true ? a.run(root) : b.run(root)),
      cost: pred.cost + a.cost + b.cost + 2,
      helpers: [...pred.expr.helpers, ...a.helpers, ...b.helpers],
      describe: (root) => `if ${pred.expr.describe(root)} then ${a.describe(root)} else ${b.describe(root)}`,
      route: guardRoute(pred.expr, a, b),
    };
    if (found) {
      if (checks(expr, task, outputs)) {
        found.push(expr);
        if (!best || expr.cost < best.cost) best = expr;
      }
    } else if ((!best || expr.cost < best.cost) && checks(expr, task, outputs)) best = expr;
  }
  return best;
}

/**
 * A guard must be about the input the output depends on: a field a branch reads, or a field of
 * categories (a unit, a country code) whose value picks the formula. A guard on a free-text field
 * neither branch reads (a word of a customer's name choosing the date order) only tells these few
 * examples apart; the next record's name says nothing about its date.
 */
function guardIsAboutTheOutput(source: Source, branches: Expr[], spec: LeafSpec): boolean {
  const field = source.expr.code('ROOT');
  const read = new RegExp(`${field.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w$])`);
  if (branches.some((branch) => read.test(branch.code('ROOT')))) return true;
  return looksCategorical(source, spec);
}

/** Regex pieces for the letter, number, space and other runs of a text (lengths free). */
function classTokens(textValue: string): string[] {
  // A number is one token whatever its sign and separators ("-5.5", "1,299.00"): a minus sign or a
  // thousands separator does not make another format. A sign can only lead the text or follow a space.
  const runs = textValue
    .trim()
    .match(/(?<![\p{L}\d])[-+]?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*|\p{L}+|\s+|[^\p{L}\d\s]/gu);
  return (runs ?? []).map((run, i, all) => {
    if (/^\p{L}/u.test(run)) return '\\p{L}+';
    if (/^[-+]?\d/.test(run))
      return i === 0 || /^\s/.test(all[i - 1] ?? '') ? '[-+]?\\d[\\d.,]*' : '\\d[\\d.,]*';
    if (/^\s/.test(run)) return '\\s+';
    return run.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  });
}

/** The longest run of tokens every list starts with. */
function commonPrefix(lists: string[][]): string[] {
  const first = lists[0] ?? [];
  let k = 0;
  while (k < first.length && lists.every((l) => l[k] === first[k])) k++;
  return first.slice(0, k);
}

const WORD_OR_SPACE = new Set(['\\p{L}+', '\\s+']);

/**
 * The part of a format's shared shape that marks the format: trailing words and spaces (a log
 * message, a given name) are content, which the next record words differently, so they are left out
 * (never the first `k` runs, which tell the formats apart). A code ("AB-778-X") keeps its whole shape.
 */
function recognizedShape(prefix: string[], k: number): string[] {
  let end = prefix.length;
  while (end > k && WORD_OR_SPACE.has(prefix[end - 1] ?? '')) end--;
  return prefix.slice(end).includes('\\s+') ? prefix.slice(0, end) : prefix;
}

/**
 * One branch per input format ("2024-03-05 09:01 [WARN] …" and "ERROR 2023-11-20T… …"; "Smith, John"
 * and "Mary Jones"), each routed by a recognizer: the shape (letter, digit, space and punctuation
 * runs) that every example and unlabeled input of that format starts with, anchored at the end too
 * when they all have the same whole shape. Formats are told apart by the first few runs, tried
 * shortest first. The program for a text no recognizer matches is a guess: with `found`, every
 * branch is offered as that guess, so rivals disagree there and the record is not settled.
 */
function formatBranches(
  task: Task,
  outputs: unknown[],
  spec: LeafSpec,
  depth: number,
  found?: Expr[],
): Expr | null {
  if (outputs.length < 3) return null;
  for (const source of leafSources(task)) {
    if (Date.now() > task.deadline) break;
    const texts = source.values.map((v) => (typeof v === 'string' ? v : null));
    if (texts.some((t) => t === null || t.trim() === '' || t.length > 200)) continue;
    const tokens = (texts as string[]).map(classTokens);
    const extras = source.extra.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    const extraTokens = extras.map(classTokens);
    const seen = new Set<string>();
    let cheapest: Expr | null = null;
    let chosenFound: Expr[] = [];
    for (let k = 1; k <= 4; k++) {
      const keys = tokens.map((t) => t.slice(0, k).join(''));
      const groups = new Map<string, number[]>();
      keys.forEach((key, i) => groups.set(key, [...(groups.get(key) ?? []), i]));
      const partition = keys.map((key) => [...groups.keys()].indexOf(key)).join(',');
      if (seen.has(partition)) continue;
      seen.add(partition);
      if (groups.size < 2 || groups.size > 4) continue;
      if (![...groups.values()].some((g) => g.length >= 2)) continue;
      const branches: { recognizer: RegExp; source: string; expr: Expr; size: number }[] = [];
      const groupsOf: number[][] = [];
      const groupTasks: Task[] = [];
      for (const [key, members] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
        groupsOf.push(members);
        const extraMembers = extraTokens
          .map((t, i) => [t, i] as const)
          .filter(([t]) => t.slice(0, k).join('') === key);
        const all = [...members.map((i) => tokens[i] ?? []), ...extraMembers.map(([t]) => t)];
        const prefix = recognizedShape(commonPrefix(all), k);
        const whole =
          prefix.length === (all[0]?.length ?? -1) && all.every((t) => t.length === prefix.length);
        const pattern = `^${prefix.join('')}${whole ? '$' : ''}`;
        const branchTask: Task = {
          ...task,
          roots: members.map((i) => task.roots[i]),
          extraRoots: extraMembers.map(([, i]) => task.extraRoots[i]),
        };
        groupTasks.push(branchTask);
        // One program per format: a branch that needs a guard of its own means the grouping did not
        // find the formats (and nested searches would spend the whole budget).
        const inner = synthLeaf(
          branchTask,
          members.map((i) => outputs[i]),
          spec,
          2,
        );
        if (!('expr' in inner) || !readsInput(inner.expr)) break;
        branches.push({
          recognizer: new RegExp(pattern, 'u'),
          source: pattern,
          expr: inner.expr,
          size: members.length,
        });
      }
      if (branches.length !== groups.size) continue;
      const read = source.expr;
      type Branch = (typeof branches)[number];
      const build = (list: Branch[], fallbackAt: number, extra: number): Expr => {
        const fallback = list[fallbackAt] as Branch;
        return {
          code: (root) =>
            list
              .map((b) => `/${b.source}/u.test(text(${read.code(root)}).trim()) ? (${b.expr.code(root)}) : `)
              .join('') + fallback.expr.code(root),
          run: (root) => {
            const value = H.text(read.run(root)).trim();
            const hit = list.find((b) => b.recognizer.test(value)) ?? fallback;
            return hit.expr.run(root);
          },
          cost: list.reduce((sum, b) => sum + b.expr.cost + 1.2, 1) + extra,
          helpers: ['text', ...read.helpers, ...list.flatMap((b) => b.expr.helpers)],
          describe: (root) =>
            list
              .map(
                (b) => `if ${read.describe(root)} looks like /${b.source}/ then ${b.expr.describe(root)}; `,
              )
              .join('') + `else (a guess) ${fallback.expr.describe(root)}`,
          // The format recognized, then the branch inside it; "g" (a guess) when none is.
          route: {
            run: (root) => {
              const value = H.text(read.run(root)).trim();
              const at = list.findIndex((b) => b.recognizer.test(value));
              const hit = list[at];
              return hit ? `r${at}${routeOf(hit.expr, root)}` : 'g';
            },
            code: (root) =>
              list
                .map(
                  (b, i) =>
                    `/${b.source}/u.test(text(${read.code(root)}).trim()) ? ${subRoute(`r${i}`, b.expr).code(root)} : `,
                )
                .join('') + "'g'",
          },
        };
      };
      const chosen = build(branches, 0, 0);
      if (!checks(chosen, task, outputs)) continue;
      if (cheapest && chosen.cost >= cheapest.cost) continue;
      cheapest = chosen;
      if (!found) continue;
      // Rivals: each branch as the guess for an unrecognised text, and, within a format, each
      // branch's own rivals (its examples may not settle "the 2nd word" against "the last word").
      const local: Expr[] = [chosen];
      branches.forEach((_b, i) => {
        if (i > 0) local.push(build(branches, i, 0.01));
      });
      branches.forEach((b, i) => {
        if (Date.now() > task.deadline) return;
        const members = groupsOf[i] ?? [];
        const alternatives = leafAlternatives(
          groupTasks[i] ?? task,
          members.map((m) => outputs[m]),
          spec,
          3,
          true,
        ).filter((alt) => readsInput(alt) && alt.code('input') !== b.expr.code('input'));
        for (const alt of alternatives.slice(0, 2)) {
          const swapped = branches.map((other, j) => (j === i ? { ...other, expr: alt } : other));
          local.push(build(swapped, 0, alt.cost - b.expr.cost));
        }
      });
      chosenFound = local;
    }
    if (cheapest) {
      found?.push(...chosenFound);
      return cheapest;
    }
  }
  return null;
}

/** The route of a guarded program: "t" and the then-branch's route, or "f" and the else-branch's. */
function guardRoute(pred: Expr, then: Expr, otherwise: Expr): Route {
  const yes = subRoute('t', then);
  const no = subRoute('f', otherwise);
  return {
    run: (root) => (pred.run(root) === true ? yes.run(root) : no.run(root)),
    code: (root) => `(${pred.code(root)} ? ${yes.code(root)} : ${no.code(root)})`,
  };
}

/** The route of a program with a value for blank inputs: "b" when blank, else "n" and the body's route. */
function blankRoute(source: Expr, body: Expr): Route {
  const filled = subRoute('n', body);
  return {
    run: (root) => (H.isBlank(source.run(root)) ? 'b' : filled.run(root)),
    code: (root) => `(isBlank(${source.code(root)}) ? 'b' : ${filled.code(root)})`,
  };
}

function readsInput(expr: Expr): boolean {
  return expr.code('ROOT').includes('ROOT');
}

/**
 * Whether a field holds codes or categories rather than free values: booleans, small integers, short
 * codes ("A", "US", "SKU_1"), values that repeat across the examples or the unlabeled inputs, or an
 * output the schema declares as an enum.
 */
function looksCategorical(source: Source, spec: LeafSpec): boolean {
  const values = source.values;
  if (spec.enumerated) return true;
  if (values.every((v) => typeof v === 'boolean')) return true;
  const extra = source.extra.map((v) => H.text(v).trim().toLowerCase()).filter(Boolean);
  // Small integers are codes (a status 1–4, a grade) unless the data shows them mostly distinct:
  // then they are quantities (seats, nights, items), and a table of them replays the examples.
  const repeats = extra.length < 4 || new Set(extra).size <= extra.length / 2;
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1000)) return repeats;
  const texts = values.map((v) => H.text(v).trim());
  // Letter codes ("A", "US", "EUR"); text with digits is more often an identifier than a category.
  if (texts.every((t) => /^\p{L}{1,3}$/u.test(t) || /^[A-Z_]{1,8}$/.test(t))) return true;
  const keys = texts.map((t) => t.toLowerCase());
  if (new Set(keys).size < keys.length) return true;
  return extra.length >= 4 && repeats;
}

/**
 * A small categorical mapping (codes → labels) with an explicit fallback for unseen values. Only for
 * short, repeated-looking values; never for free text, which would just replay the examples.
 */
function lookupTable(
  sources: Source[],
  outputs: unknown[],
  spec: LeafSpec,
  type: 'string' | 'number' | 'boolean',
): Expr | null {
  for (const source of sources) {
    if (!source.values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
      continue;
    if (!looksCategorical(source, spec)) continue;
    const keys = source.values.map((v) => H.text(v).trim().toLowerCase());
    // Codes and category words only: long or multi-word free text would just replay the examples.
    if (keys.some((k) => k.length > 24 || k === '' || k.split(/\s+/).length > 3)) continue;
    // Outputs cut out of their keys are extractions, which a table would not generalize.
    const extracted = outputs.every((o, i) => {
      const out = H.text(o).toLowerCase();
      return out.length >= 2 && (keys[i] ?? '').includes(out);
    });
    if (extracted) continue;
    const table = new Map<string, unknown>();
    let consistent = true;
    keys.forEach((k, i) => {
      if (table.has(k) && !sameValue(table.get(k), outputs[i])) consistent = false;
      table.set(k, outputs[i]);
    });
    if (!consistent || table.size < 2) continue;
    if (new Set([...table.values()].map((v) => JSON.stringify(v))).size < 2) continue;
    const sorted = [...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const tableCode = `{ ${sorted.map(([k, v]) => `${key(k)}: ${literalOf(v)}`).join(', ')} }`;
    const tableRun = Object.fromEntries(sorted);
    let fallbackCode: (c: string) => string;
    let fallbackRun: (v: unknown) => unknown;
    let typeName: string = type;
    const helpers = ['lookup'];
    if (spec.defaultValue !== undefined) {
      fallbackCode = () => literalOf(spec.defaultValue);
      fallbackRun = () => spec.defaultValue;
      if (spec.defaultValue === null) typeName = `${type} | null`;
    } else if (spec.nullable) {
      fallbackCode = () => 'null';
      fallbackRun = () => null;
      typeName = `${type} | null`;
    } else if (type === 'string') {
      fallbackCode = (c) => `text(${c})`;
      fallbackRun = (v) => H.text(v);
      helpers.push('text');
    } else if (type === 'number') {
      fallbackCode = () => 'Number.NaN';
      fallbackRun = () => Number.NaN;
    } else {
      fallbackCode = () => 'false';
      fallbackRun = () => false;
    }
    const fallbackNote = fallbackCode('the input');
    return derive(
      source.expr,
      (c) => `lookup<${typeName}>(${tableCode}, ${c}, ${fallbackCode(c)})`,
      (v) => H.lookup(tableRun, v, fallbackRun(v)),
      8 + 2 * table.size,
      helpers,
      (c) => `lookup table on ${c} (${table.size} entries, unseen → ${fallbackNote})`,
    );
  }
  return null;
}

/**
 * A price per unit by category (`tidy(input.seats * lookup({ team: 12, … }, input.plan, NaN))`):
 * a numeric output that a category looks up, where another number of the record varied across the
 * examples. With one example per category, a plain table of totals and a table of rates times that
 * number fit alike and part on every other quantity, so the rate table is the plain table's rival
 * (the record goes to review), and once two examples of one category show the total follow the
 * quantity, it is the program. Rates are what people write: at most two decimals.
 */
function rateTable(task: Task, sources: Source[], outputs: number[], spec: LeafSpec): Expr | null {
  const quantities = sources.filter(
    (q) =>
      q.values.every((v) => typeof v === 'number' && Number.isFinite(v) && v !== 0) &&
      new Set(q.values).size >= 2,
  );
  if (quantities.length === 0) return null;
  for (const source of sources) {
    if (!source.values.every((v) => typeof v === 'string')) continue;
    if (!looksCategorical(source, spec)) continue;
    const keys = source.values.map((v) => H.text(v).trim().toLowerCase());
    if (keys.some((k) => k.length > 24 || k === '' || k.split(/\s+/).length > 3)) continue;
    if (new Set(keys).size < 2) continue;
    for (const q of quantities) {
      const table = new Map<string, number>();
      let consistent = true;
      keys.forEach((k, i) => {
        const rate = H.tidy((outputs[i] as number) / (q.values[i] as number));
        if (!(Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-6)) consistent = false;
        if (table.has(k) && !sameValue(table.get(k), rate)) consistent = false;
        table.set(k, rate);
      });
      if (!consistent || new Set(table.values()).size < 2) continue;
      const sorted = [...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const tableCode = `{ ${sorted.map(([k, v]) => `${key(k)}: ${literalOf(v)}`).join(', ')} }`;
      const tableRun = Object.fromEntries(sorted);
      const expr: Expr = {
        code: (root) =>
          `tidy(${q.expr.code(root)} * lookup<number>(${tableCode}, ${source.expr.code(root)}, Number.NaN))`,
        run: (root) =>
          H.tidy((q.expr.run(root) as number) * H.lookup(tableRun, source.expr.run(root), Number.NaN)),
        // A plain table's cost (8 + 2 per entry) and the quantity's read: within a rival's margin of
        // the plain table, never cheaper.
        cost: source.expr.cost + q.expr.cost + 8 + 2 * table.size,
        helpers: [...source.expr.helpers, ...q.expr.helpers, 'lookup', 'tidy'],
        describe: (root) =>
          `${q.expr.describe(root)} × a rate looked up on ${source.expr.describe(root)} (${table.size} entries)`,
      };
      if (checks(expr, task, outputs)) return expr;
    }
  }
  return null;
}

/**
 * Programs for one primitive value that fit every example, from every strategy (concatenations, the
 * runners-up included; arithmetic; defaults for blanks; guarded branches; lookup tables), cheapest
 * first and distinct by code. This is the field's version space as far as the search reaches: where
 * its members disagree on an input, the examples do not settle what the output should be.
 * Yes/no fields get none (their single program stands); fields with null outputs get the other
 * optional-part readers (see {@link optionalParts}).
 */
export function leafAlternatives(
  task: Task,
  outputs: unknown[],
  spec: LeafSpec,
  limit: number,
  /** Within one format's branch: no further branching. */
  nested = false,
): Expr[] {
  const isNull = outputs.map((o) => o === null || o === undefined);
  if (isNull.every(Boolean)) return [];
  // An optional part: its rivals are the other readers that find nothing where the examples are null.
  if (isNull.some(Boolean))
    return nested ? [] : optionalParts(task, outputs, isNull, spec, []).slice(0, limit);
  const types = new Set(outputs.map((o) => typeof o));
  if (types.size !== 1) return [];
  const type = [...types][0];
  const sources = leafSources(task);
  const found: Expr[] = [];
  // Branches round alike: to the decimals seen across the whole field, as synthLeaf has them.
  if (type === 'number')
    spec = { ...spec, decimals: spec.decimals ?? Math.max(...(outputs as number[]).map(decimalsOf)) };
  if (type === 'string') {
    const texts = outputs as string[];
    const atoms = stringAtoms(sources, task, texts, arraySources(task), spec.choices);
    const inputTexts = task.roots.map((_root, i) =>
      sources
        .map((source) => H.text(source.values[i]))
        .join(' ')
        .toLowerCase(),
    );
    for (const parts of searchConcatBest(texts, atoms, task.deadline, inputTexts, limit + 2)) {
      found.push(concatExpr(parts));
      // Each piece swapped for a twin: a program that reads the input another way, same on the examples.
      parts.forEach((part, i) => {
        if (part.kind !== 'atom') return;
        for (const twin of part.atom.twins ?? []) {
          const swapped = [...parts];
          swapped[i] = { kind: 'atom', atom: { expr: twin, values: part.atom.values, score: twin.cost } };
          found.push(concatExpr(swapped));
        }
      });
    }
  } else if (type === 'number') {
    const decimals = spec.decimals ?? Math.max(...(outputs as number[]).map(decimalsOf));
    const numeric = numberSources(sources, arraySources(task), task);
    synthNumber(numeric, outputs as number[], task.deadline, decimals, found);
  } else return [];
  const defaulted = blankDefault(task, outputs, spec, 0);
  if (defaulted) found.push(defaulted);
  // Inputs routed by recognizers of their formats are not also split by whatever else happens to
  // tell the examples apart (a "-" in one format's dates): those guards are accidents, not rivals.
  // As synthLeaf chooses: the guard's rivals only where the guard makes the simpler program.
  const routedFound: Expr[] = [];
  const guardedFound: Expr[] = [];
  const open = !nested && Date.now() < task.deadline;
  // Branches cost more than a single program by more than a rival's margin: only where no single
  // program fits are they the field's rivals.
  const routed = open && found.length === 0 ? formatBranches(task, outputs, spec, 0, routedFound) : null;
  const guarded = open ? conditional(task, outputs, spec, 0, guardedFound) : null;
  found.push(...(routed && (!guarded || routed.cost <= guarded.cost + 1) ? routedFound : guardedFound));
  const table = lookupTable(sources, outputs, spec, type);
  if (table) found.push(table);
  const rated = type === 'number' ? rateTable(task, sources, outputs as number[], spec) : null;
  if (rated) found.push(rated);
  const seen = new Set<string>();
  return found
    .filter((expr) => checks(expr, task, outputs))
    .sort((a, b) => a.cost - b.cost)
    .filter((expr) => {
      const code = expr.code('input');
      if (seen.has(code)) return false;
      seen.add(code);
      return true;
    })
    .slice(0, limit);
}
