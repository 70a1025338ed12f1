/** Shown instead of a secret. */
export const REDACTED = '[redacted]';

/** Shorter values are not treated as secrets: replacing them would garble ordinary text. */
const MIN_SECRET_LENGTH = 8;

/**
 * The values of provider keys in the environment: every variable whose name ends in `_API_KEY`,
 * plus the server token when given. Longest first, so a key containing another is replaced whole.
 */
export function collectSecrets(
  env: NodeJS.ProcessEnv = process.env,
  extra: readonly (string | undefined)[] = [],
): string[] {
  const values = Object.entries(env)
    .filter(([name]) => name.toUpperCase().endsWith('_API_KEY'))
    .map(([, value]) => value);
  return [...new Set([...values, ...extra])]
    .filter((value): value is string => typeof value === 'string' && value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
}

/** Replaces known secret values wherever they appear in a string or a JSON-like value. */
export type Redactor = <T>(value: T) => T;

/** A redactor for these secrets; with none, it returns values untouched. */
export function createRedactor(secrets: readonly string[]): Redactor {
  if (secrets.length === 0) return <T>(value: T): T => value;
  const redactString = (text: string): string => {
    let out = text;
    for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  };
  const walk = (value: unknown, seen: WeakSet<object>): unknown => {
    if (typeof value === 'string') return redactString(value);
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) return value.map((item) => walk(item, seen));
    if (value instanceof Error) {
      const copy = new Error(redactString(value.message));
      copy.name = value.name;
      if (value.stack) copy.stack = redactString(value.stack);
      for (const [key, item] of Object.entries(value))
        (copy as unknown as Record<string, unknown>)[key] = walk(item, seen);
      return copy;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
      return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item, seen);
    return out;
  };
  return <T>(value: T): T => walk(value, new WeakSet()) as T;
}
