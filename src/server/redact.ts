import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** Shown instead of a secret. */
export const REDACTED = '[redacted]';

/** Shorter values are not treated as secrets: replacing them would garble ordinary text. */
const MIN_SECRET_LENGTH = 8;

/** Environment variables whose values are secrets, by the end of their name. */
const SECRET_NAME = /_(API_KEY|TOKEN|SECRET|SECRET_KEY|PASSWORD)$/;

/**
 * The values of provider keys and other secrets in the environment: every variable whose name ends
 * in `_API_KEY` (or `_TOKEN`, `_SECRET`, `_SECRET_KEY`, `_PASSWORD`), plus the server token when
 * given. Longest first, so a key containing another is replaced whole.
 */
export function collectSecrets(
  env: NodeJS.ProcessEnv = process.env,
  extra: readonly (string | undefined)[] = [],
): string[] {
  const values = Object.entries(env)
    .filter(([name]) => SECRET_NAME.test(name.toUpperCase()))
    .map(([, value]) => value);
  return [...new Set([...values, ...extra])]
    .filter((value): value is string => typeof value === 'string' && value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
}

/**
 * Replaces secrets in text: each as written and as it appears inside a JSON string (a key with a
 * quote or backslash is escaped there), so serialized bodies are covered too.
 */
export function createTextRedactor(secrets: readonly string[]): (text: string) => string {
  const spellings = [
    ...new Set(secrets.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)])),
  ].sort((a, b) => b.length - a.length);
  if (spellings.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const secret of spellings) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  };
}

/**
 * A stream that passes UTF-8 text through with the secrets replaced, also when a secret is split
 * across chunks: the last (longest secret − 1) characters wait for the next chunk.
 */
export function createRedactingStream(secrets: readonly string[]): Transform {
  const redact = createTextRedactor(secrets);
  const holdBack = Math.max(0, ...secrets.map((secret) => JSON.stringify(secret).length)) - 1;
  const decoder = new StringDecoder('utf8');
  let pending = '';
  return new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const text = redact(pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk)));
      const cut = Math.max(0, text.length - holdBack);
      pending = text.slice(cut);
      done(null, text.slice(0, cut));
    },
    flush(done) {
      done(null, redact(pending + decoder.end()));
    },
  });
}

/** Replaces known secret values wherever they appear in a string or a JSON-like value. */
export type Redactor = <T>(value: T) => T;

/** A redactor for these secrets; with none, it returns values untouched. */
export function createRedactor(secrets: readonly string[]): Redactor {
  if (secrets.length === 0) return <T>(value: T): T => value;
  const redactString = createTextRedactor(secrets);
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
    // defineProperty: a `__proto__` key (JSON.parse makes it an own property) stays a key.
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(out, key, {
        value: walk(item, seen),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  };
  return <T>(value: T): T => walk(value, new WeakSet()) as T;
}
