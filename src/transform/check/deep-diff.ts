import { isPlainObject } from '../schema/json-schema.ts';

/** One place where an actual value differs from the expected one. */
export interface ValueDifference {
  path: string;
  expected: unknown;
  actual: unknown;
  /** 'missing' | 'unexpected' | 'changed' */
  change: 'missing' | 'unexpected' | 'changed';
}

/** Structural equality of JSON data (object key order ignored; -0 equals 0). */
export function deepEqualJson(a: unknown, b: unknown): boolean {
  return differences(a, b, '$', 1).length === 0;
}

/** Where two JSON values differ, as paths like `$.name.first` or `$.items[2]`; at most `limit`. */
export function differences(expected: unknown, actual: unknown, path = '$', limit = 20): ValueDifference[] {
  const found: ValueDifference[] = [];
  walk(expected, actual, path, found, limit);
  return found;
}

function walk(
  expected: unknown,
  actual: unknown,
  path: string,
  found: ValueDifference[],
  limit: number,
): void {
  if (found.length >= limit) return;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) {
      if (i >= actual.length)
        found.push({ path: `${path}[${i}]`, expected: expected[i], actual: undefined, change: 'missing' });
      else if (i >= expected.length)
        found.push({ path: `${path}[${i}]`, expected: undefined, actual: actual[i], change: 'unexpected' });
      else walk(expected[i], actual[i], `${path}[${i}]`, found, limit);
      if (found.length >= limit) return;
    }
    return;
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    for (const key of Object.keys(expected)) {
      const childPath = `${path}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;
      if (!Object.hasOwn(actual, key))
        found.push({ path: childPath, expected: expected[key], actual: undefined, change: 'missing' });
      else walk(expected[key], actual[key], childPath, found, limit);
      if (found.length >= limit) return;
    }
    for (const key of Object.keys(actual)) {
      if (!Object.hasOwn(expected, key)) {
        const childPath = `${path}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;
        found.push({ path: childPath, expected: undefined, actual: actual[key], change: 'unexpected' });
        if (found.length >= limit) return;
      }
    }
    return;
  }
  if (expected === actual) return;
  if (
    typeof expected === 'number' &&
    typeof actual === 'number' &&
    (expected === actual || (Number.isNaN(expected) && Number.isNaN(actual)))
  )
    return;
  found.push({ path, expected, actual, change: 'changed' });
}

/** A readable account of the differences, one per line. */
export function describeDifferences(diffs: readonly ValueDifference[]): string {
  return diffs
    .map((d) => {
      if (d.change === 'missing') return `${d.path}: missing (expected ${show(d.expected)})`;
      if (d.change === 'unexpected') return `${d.path}: unexpected key (got ${show(d.actual)})`;
      return `${d.path}: expected ${show(d.expected)}, got ${show(d.actual)}`;
    })
    .join('\n');
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
