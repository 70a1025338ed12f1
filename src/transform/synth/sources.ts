import { getPath, pathExpr, type Expr, type Segment } from './expr.ts';

/** A value in the input that programs can read, with its value in every example. */
export interface Source {
  path: Segment[];
  expr: Expr;
  /** Value per labeled example. */
  values: unknown[];
  /** Value per unlabeled input (options.inputs). */
  extra: unknown[];
}

/** Examples for one output value: the roots to read from, and what else was seen unlabeled. */
export interface Task {
  roots: unknown[];
  extraRoots: unknown[];
  deadline: number;
  /** Variable name of the root in generated code (`input`, or an element name when mapping). */
  rootName: string;
  /**
   * Lookup tables the user gave (table name → key → value), e.g. currency symbols and codes to ISO
   * codes: string programs may look a key found in the input up in them.
   */
  tables?: Record<string, Record<string, string>>;
}

const MAX_DEPTH = 5;
const MAX_INDEX = 3;

/** Every path to a value in the roots (objects walked, arrays by their first few indices). */
function collectPaths(roots: unknown[]): { leaves: Segment[][]; arrays: Segment[][] } {
  const leaves = new Map<string, Segment[]>();
  const arrays = new Map<string, Segment[]>();
  const walk = (value: unknown, path: Segment[]): void => {
    const id = JSON.stringify(path);
    if (Array.isArray(value)) {
      if (!arrays.has(id)) arrays.set(id, path);
      if (path.length >= MAX_DEPTH) return;
      value.slice(0, MAX_INDEX).forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (value !== null && typeof value === 'object') {
      if (path.length >= MAX_DEPTH) return;
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      return;
    }
    if (!leaves.has(id)) leaves.set(id, path);
  };
  roots.forEach((root) => walk(root, []));
  return { leaves: [...leaves.values()], arrays: [...arrays.values()] };
}

/**
 * Every step after the root uses optional chaining, so records missing a parent object read as
 * undefined instead of throwing (TypeScript accepts `?.` on non-optional properties too).
 */
function optionalSteps(path: Segment[]): Set<number> {
  return new Set(path.map((_seg, i) => i).filter((i) => i > 0));
}

function makeSource(path: Segment[], task: Task): Source {
  const expr = pathExpr(path, optionalSteps(path));
  return {
    path,
    expr,
    values: task.roots.map((root) => getPath(root, path)),
    extra: task.extraRoots.map((root) => getPath(root, path)),
  };
}

/** Primitive values readable from the roots (strings, numbers, booleans). */
export function leafSources(task: Task): Source[] {
  return collectPaths(task.roots)
    .leaves.map((path) => makeSource(path, task))
    .filter((source) => source.values.some((v) => v !== null && v !== undefined));
}

/** Arrays readable from the roots. */
export function arraySources(task: Task): Source[] {
  return collectPaths(task.roots).arrays.map((path) => makeSource(path, task));
}
