/**
 * Local programming-by-example engine for transforms (FlashFill line of work): turns a few labeled
 * JSON examples into a readable TypeScript `transform` module, with no model involved.
 */
import ts from 'typescript';
import { emitModule } from './emit.ts';
import { sameValue } from './expr.ts';
import type { Task } from './sources.ts';
import { leafSpecAt, synthNode, type Node } from './structure.ts';
import { versionSpace, type VersionSpace } from './version-space.ts';

/** One labeled example. */
export interface SynthExample {
  input: unknown;
  output: unknown;
}

/** Options for {@link synthesize}. */
export interface SynthOptions {
  /** Budget for the whole build, in milliseconds (default 5000). */
  timeoutMs?: number;
  /** Unlabeled inputs seen in runs: programs that stay total on them are preferred. */
  inputs?: unknown[];
  /** Output JSON Schema, if known (null-ability and defaults guide fallbacks). */
  schema?: Record<string, unknown>;
  /** When set, unsolved top-level fields are delegated to `name(input)`, spread into the result. */
  delegateFunctionName?: string;
  /**
   * Lookup tables a user gave beside the examples (a service's `lookups.json`): table name → key →
   * value, e.g. `{ "currency": { "$": "USD", "€": "EUR" } }`. A string output may be the value of the
   * first key found in an input field.
   */
  tables?: Record<string, Record<string, string>>;
}

/** What {@link synthesize} learned. */
export interface SynthResult {
  /** Every output field solved. */
  complete: boolean;
  /** Module text (`export default function transform(input: Input): Output`), or null when nothing useful. */
  code: string | null;
  /** Output field paths solved, e.g. `phone`, `address.city`, `items[].sku`. */
  solved: string[];
  /** Output field paths not solved, with the reason. */
  unsolved: { path: string; reason: string }[];
  durationMs: number;
  /** Path → short description of the chosen program. */
  programs: Record<string, string>;
  /**
   * The programs that fit the examples as well as the chosen ones, per field (set with `code`).
   * Where they disagree on an input, the examples do not settle its output.
   */
  versionSpace?: VersionSpace;
}

type Collected = {
  solved: string[];
  unsolved: { path: string; reason: string }[];
  programs: Record<string, string>;
};

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

function collect(node: Node, path: string, root: string, into: Collected): void {
  switch (node.kind) {
    case 'leaf':
      into.solved.push(path);
      into.programs[path] = node.expr.describe(root);
      return;
    case 'unsolved':
      into.unsolved.push({ path, reason: node.reason });
      return;
    case 'object':
      for (const f of node.fields) collect(f.node, join(path, f.name), root, into);
      return;
    case 'tuple':
      node.items.forEach((item, i) => collect(item, `${path}[${i}]`, root, into));
      return;
    case 'map': {
      const filter = node.filter ? ` keeping ${node.filter.code(node.variable)}` : '';
      const each = `each ${node.variable} of ${node.array.describe(root)}${filter}`;
      if (node.body.kind === 'leaf') {
        into.solved.push(`${path}[]`);
        into.programs[`${path}[]`] = `${each} → ${node.body.expr.describe(node.variable)}`;
        return;
      }
      into.programs[`${path}[]`] = each;
      collect(node.body, `${path}[]`, node.variable, into);
      return;
    }
  }
}

function hasUnsolved(node: Node): boolean {
  const c: Collected = { solved: [], unsolved: [], programs: {} };
  collect(node, '', 'input', c);
  return c.unsolved.length > 0;
}

/** Up to `n` items spread evenly over the list (deterministic). */
function sample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_v, i) => items[Math.floor((i * items.length) / n)] as T);
}

/** Compiles module text to a callable transform (types stripped), for checking against the examples. */
export function loadTransform(code: string, delegate?: { name: string; fn: (input: unknown) => unknown }) {
  const js = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
  }).outputText;
  const exports: { default?: (input: unknown) => unknown } = {};
  const factory = new Function('exports', delegate?.name ?? '__unusedDelegate', js);
  factory(exports, delegate?.fn ?? (() => ({})));
  if (typeof exports.default !== 'function') throw new Error('generated module has no default export');
  return exports.default;
}

/**
 * Learns a transform from 2–4 examples. Returns readable TypeScript, which fields were solved, and why
 * the others were not. Deterministic for the same examples and options (unless the time bound hits).
 */
export function synthesize(examples: SynthExample[], options: SynthOptions = {}): SynthResult {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 5000;
  // The search stops early enough to leave time for printing and checking the module.
  const deadline = started + timeoutMs - Math.min(300, timeoutMs * 0.25);
  const finish = (partial: Omit<SynthResult, 'durationMs'>): SynthResult => ({
    ...partial,
    durationMs: Date.now() - started,
  });
  if (examples.length === 0) {
    return finish({
      complete: false,
      code: null,
      solved: [],
      unsolved: [{ path: '', reason: 'no examples given' }],
      programs: {},
    });
  }
  const task: Task = {
    roots: examples.map((e) => e.input),
    // A sample of the unlabeled inputs is enough to rank candidates, and keeps the search fast.
    extraRoots: sample(options.inputs ?? [], 40),
    deadline,
    rootName: 'input',
    ...(options.tables ? { tables: options.tables } : {}),
  };
  let node = synthNode(
    task,
    examples.map((e) => e.output),
    options.schema,
  );

  // Top-level fields with anything unsolved inside are delegated (or reported) as a whole.
  const delegate = options.delegateFunctionName;
  const unsolvedTop: { path: string; reason: string }[] = [];
  if (node.kind === 'object') {
    const kept = node.fields.filter((f) => {
      if (!hasUnsolved(f.node)) return true;
      const c: Collected = { solved: [], unsolved: [], programs: {} };
      collect(f.node, f.name, 'input', c);
      unsolvedTop.push(...c.unsolved);
      return false;
    });
    node = { kind: 'object', fields: kept };
    // Safety net: run the printed module on the examples; any field it gets wrong is not solved.
    for (let attempt = 0; attempt < 2 && kept.length > 0; attempt++) {
      const names = new Set(node.fields.map((f) => f.name));
      const printed = emitModule(node, unsolvedTop.length > 0 ? delegate : undefined);
      const wrong = wrongFields(printed, examples, delegate, names);
      if (wrong.size === 0) break;
      node = { kind: 'object', fields: node.fields.filter((f) => !wrong.has(f.name)) };
      for (const name of wrong)
        unsolvedTop.push({ path: name, reason: 'generated code disagreed with an example' });
    }
  } else if (hasUnsolved(node)) {
    const c: Collected = { solved: [], unsolved: [], programs: {} };
    collect(node, '', 'input', c);
    return finish({ complete: false, code: null, solved: [], unsolved: c.unsolved, programs: {} });
  } else if (wrongFields(emitModule(node), examples).size > 0) {
    return finish({
      complete: false,
      code: null,
      solved: [],
      unsolved: [{ path: '', reason: 'generated code disagreed with an example' }],
      programs: {},
    });
  }

  const collected: Collected = { solved: [], unsolved: [], programs: {} };
  collect(node, '', 'input', collected);
  const complete = unsolvedTop.length === 0;
  const usable = node.kind !== 'object' || node.fields.length > 0;
  let code: string | null = null;
  if (complete) code = emitModule(node);
  else if (delegate && usable) code = emitModule(node, delegate);
  // The rivals get their own small budget: a search that used all its time must still report them.
  const space = code
    ? versionSpace(
        node,
        { ...task, deadline: Math.max(deadline, Date.now() + Math.min(1000, timeoutMs * 0.2)) },
        examples.map((e) => e.output),
        (segments, outputs) => leafSpecAt(options.schema, segments, outputs),
      )
    : undefined;
  return finish({
    complete,
    code,
    solved: collected.solved,
    unsolved: unsolvedTop,
    programs: collected.programs,
    ...(space ? { versionSpace: space } : {}),
  });
}

/** Top-level output fields (or '' for a non-object output) on which the module disagrees with an example. */
function wrongFields(
  code: string,
  examples: SynthExample[],
  delegate?: string,
  names?: Set<string>,
): Set<string> {
  const wrong = new Set<string>();
  let transform: (input: unknown) => unknown;
  try {
    transform = loadTransform(code, delegate ? { name: delegate, fn: () => ({}) } : undefined);
  } catch {
    wrong.add('');
    return wrong;
  }
  for (const example of examples) {
    let actual: unknown;
    try {
      actual = transform(structuredClone(example.input));
    } catch {
      actual = undefined;
    }
    const expected = example.output;
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
      for (const [name, value] of Object.entries(expected)) {
        if (names && !names.has(name)) continue;
        const got =
          actual !== null && typeof actual === 'object'
            ? (actual as Record<string, unknown>)[name]
            : undefined;
        if (!sameValue(got, value) && !(got === undefined && value === null)) wrong.add(name);
      }
    } else if (!sameValue(actual, expected)) wrong.add('');
  }
  return wrong;
}
