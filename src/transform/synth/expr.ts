/**
 * Candidate programs as small expressions: each knows how to run (on one example's root value) and
 * how to print itself as TypeScript. A root is the transform input, or one element when mapping.
 */

/** A candidate program for one value. */
export interface Expr {
  /** TypeScript expression text; `root` names the variable the paths hang off. */
  code: (root: string) => string;
  /** Evaluates on one root value. */
  run: (root: unknown) => unknown;
  /** Lower is simpler and more general. */
  cost: number;
  /** Helper functions (from helpers.ts) the code calls. */
  helpers: string[];
  /** Short human description, for reports. */
  describe: (root: string) => string;
  /**
   * For a program with branches: which branch a root takes, as a path of choices ("t", "ft", "r1"),
   * and the same as TypeScript (an expression of type string). The examples that took a branch are
   * the only evidence for it, so the run's trust gate holds a record to them (see
   * `branchEvidence` in run/trust.ts). Absent for a program without branches.
   */
  route?: Route;
}

/** Which branch of a program a root takes (see {@link Expr.route}). */
export interface Route {
  run: (root: unknown) => string;
  code: (root: string) => string;
}

/** The route of an expression, or the empty route ('') when it has no branches. */
export function routeOf(expr: Expr, root: unknown): string {
  return expr.route ? expr.route.run(root) : '';
}

/** The route of an expression as TypeScript (`''` when it has no branches). */
export function routeCodeOf(expr: Expr, root: string): string {
  return expr.route ? expr.route.code(root) : "''";
}

/**
 * A route that is `label` followed by the route of `inner` (a branch of a branch): as code, a
 * literal when `inner` has no branches.
 */
export function subRoute(label: string, inner: Expr): Route {
  return {
    run: (root) => label + routeOf(inner, root),
    code: (root) => (inner.route ? `${lit(label)} + ${inner.route.code(root)}` : lit(label)),
  };
}

/** A path segment: object key or array index. */
export type Segment = string | number;

/** Single-quoted TypeScript string literal. */
export function lit(s: string): string {
  const body = JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

/** Number literal that round-trips. */
export function num(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Property key as written in an object literal. */
export function key(name: string): string {
  return IDENTIFIER.test(name) ? name : lit(name);
}

/** Reads a path from a value; undefined when any step is missing. */
export function getPath(root: unknown, path: readonly Segment[]): unknown {
  let value: unknown = root;
  for (const seg of path) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[seg];
  }
  return value;
}

/** Human path like `customer.name` or `tags[0]`. */
export function pathLabel(path: readonly Segment[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/**
 * An expression reading a path. `optionalFrom` lists the segment positions that need `?.` because
 * some example lacks the value before them (or the previous step is an array index).
 */
export function pathExpr(path: readonly Segment[], optionalAt: ReadonlySet<number>): Expr {
  const code = (root: string): string =>
    path.reduce<string>((acc, seg, i) => {
      const dot = optionalAt.has(i) ? '?.' : typeof seg === 'number' ? '' : '.';
      if (typeof seg === 'number') return `${acc}${dot}[${seg}]`;
      return IDENTIFIER.test(seg) ? `${acc}${dot === '' ? '.' : dot}${seg}` : `${acc}${dot}[${lit(seg)}]`;
    }, root);
  return {
    code,
    run: (root) => getPath(root, path),
    // Reading one array element by position is less general than reading a named field.
    cost: 1 + 0.05 * path.length + path.filter((seg) => typeof seg === 'number').length,
    helpers: [],
    describe: code,
  };
}

/** Builds an expression from parts: code template, runtime function, extra cost, helpers. */
export function derive(
  base: Expr,
  code: (inner: string) => string,
  run: (inner: unknown) => unknown,
  extraCost: number,
  helpers: string[] = [],
  describe?: (inner: string) => string,
): Expr {
  return {
    code: (root) => code(base.code(root)),
    run: (root) => run(base.run(root)),
    cost: base.cost + extraCost,
    helpers: [...base.helpers, ...helpers],
    describe: (root) => (describe ?? code)(base.describe(root)),
    // A wrapping (a rounding, a conversion) takes the branch its base takes.
    ...(base.route ? { route: base.route } : {}),
  };
}

/** A constant expression. */
export function constant(value: unknown, cost: number): Expr {
  const code = (): string => literalOf(value);
  return { code, run: () => value, cost, helpers: [], describe: code };
}

/** TypeScript literal for a JSON value. */
export function literalOf(value: unknown): string {
  if (typeof value === 'string') return lit(value);
  if (typeof value === 'number') return num(value);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literalOf).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{ ${entries.map(([k, v]) => `${key(k)}: ${literalOf(v)}`).join(', ')} }`;
}

/** Runs an expression, treating a thrown error as a failure marker. */
export function safeRun(expr: Expr, root: unknown): unknown {
  try {
    return expr.run(root);
  } catch {
    return FAILED;
  }
}

/** Marker for a run that threw. */
export const FAILED = Symbol('failed');

/**
 * What a retained program "says" on an input its reader cannot read (the reader threw the review
 * mark): the mark's message. Compared with other answers, it differs from every real output.
 */
export interface CannotReadAnswer {
  cannotRead: string;
}

/** The answer of a program whose reader threw the review mark `error`. */
export function cannotReadAnswer(error: Error): CannotReadAnswer {
  return { cannotRead: error.message };
}

/** Whether a program's answer is a reader's "cannot read" (see {@link CannotReadAnswer}). */
export function isCannotReadAnswer(value: unknown): value is CannotReadAnswer {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as { cannotRead?: unknown }).cannotRead === 'string'
  );
}

/** Whether two outputs are the same answer (numbers within the field's tolerance). */
export function sameAnswer(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number' && tolerance > 0 && !Number.isNaN(a) && !Number.isNaN(b))
    return Math.abs(a - b) <= tolerance;
  return sameValue(a, b);
}

/** Deep equality for JSON values, numbers within a tiny tolerance. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    // Two programs that both give NaN (an empty or unreadable amount) give the same answer.
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return (a === undefined && b === null) || (a === null && b === undefined);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
