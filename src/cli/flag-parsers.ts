import { InvalidArgumentError } from 'commander';

/**
 * Parsers for numeric flags. They throw commander's InvalidArgumentError, which commander reports
 * with the flag's name ("option '--batch-size <n>' argument 'abc' is invalid. …"), so every
 * numeric flag says which flag was wrong; the CLI then exits 2.
 */

/** A whole number ≥ 1 ("10", not "1.5", "abc" or "1e3x"). */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`Expected a whole number ≥ 1, got "${value}".`);
  return n;
}

/** A whole number ≥ 0. */
export function parseNonNegativeInt(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < 0)
    throw new InvalidArgumentError(`Expected a whole number ≥ 0, got "${value}".`);
  return n;
}

/** A number from 0 to 1 (a share of records). */
export function parseRate(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError(`Expected a number from 0 to 1, got "${value}".`);
  return n;
}
