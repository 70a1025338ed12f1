/** A benchmark task: a few training examples to learn from and held-out tests to check generality. */
export interface BenchTask {
  name: string;
  category: string;
  description: string;
  /** Written after the synthesizer's rules, as a check on generality (not used to tune them). */
  holdout?: boolean;
  /**
   * Lookup tables the user gives beside the examples (as a service's `lookups.json`): table name →
   * input text → output text, e.g. `{ "currency": { "$": "USD", "€": "EUR" } }`.
   */
  lookups?: Record<string, Record<string, string>>;
  /** The output JSON Schema the user gives with the examples (informational: the engine infers its own). */
  schema?: Record<string, unknown>;
  train: { input: unknown; output: unknown }[];
  test: TestRecord[];
}

/** One held-back record and its true output. */
export interface TestRecord {
  input: unknown;
  output: unknown;
  /**
   * No rule can settle this record from its input (two conventions mixed with no sign which one,
   * a part the text lacks): `output` is what a person asked would answer, but any written output
   * is a guess and counts as wrong; review is its right outcome.
   */
  review?: true;
}

/** JSON deep equality; numbers equal within 1e-9 relative (floating point noise is not a failure). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((k) => deepEqual(ra[k] ?? null, rb[k] ?? null));
}
