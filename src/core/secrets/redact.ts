import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Secrets by value: provider keys and tokens are replaced wherever their exact text appears, so a
 * model that echoes a request header, or an error that quotes one, cannot carry them into files,
 * logs or API answers. Product-neutral: the server, builds and cassettes share it.
 */

/** Shown instead of a secret. */
export const REDACTED = '[redacted]';

/** Shorter values are not treated as secrets: replacing them would garble ordinary text. */
const MIN_SECRET_LENGTH = 8;

/** Environment variables whose values are secrets, by the end of their name. */
const SECRET_NAME = /(_API_KEY|_ACCESS_KEY|_TOKEN|_SECRET|_SECRET_KEY|_PASSWORD)$/i;

/**
 * Values this process was told are secrets (an API key passed as an option, the server token).
 * Once a value is known to be a secret anywhere in the process, every later redactor knows it too.
 */
const remembered = new Set<string>();

/** Remember values as secrets for the life of the process (see {@link knownSecrets}). */
export function rememberSecrets(values: readonly (string | undefined | null)[]): void {
  for (const value of values)
    if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) remembered.add(value);
}

/**
 * The values of secrets in the environment (every variable whose name ends in `_API_KEY`,
 * `_ACCESS_KEY`, `_TOKEN`, `_SECRET`, `_SECRET_KEY` or `_PASSWORD`), plus `extra` (e.g. the server token), which
 * are also remembered for the process. Longest first, so a key containing another is replaced whole.
 */
export function collectSecrets(
  env: NodeJS.ProcessEnv = process.env,
  extra: readonly (string | undefined)[] = [],
): string[] {
  rememberSecrets(extra);
  const values = Object.entries(env)
    .filter(([name]) => SECRET_NAME.test(name))
    .map(([, value]) => value);
  return normalize([...values, ...extra]);
}

/** Every secret this process knows: the environment's (see {@link collectSecrets}) and those remembered. */
export function knownSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return normalize([...collectSecrets(env), ...remembered]);
}

/**
 * Where a secret value comes from, for messages that must not show it: the name of the
 * environment variable holding it, else a generic description.
 */
export function describeSecret(value: string, env: NodeJS.ProcessEnv = process.env): string {
  const name = Object.entries(env).find(([key, v]) => v === value && SECRET_NAME.test(key))?.[0];
  return name ? `the value of ${name}` : 'a secret this process holds (an API key or the server token)';
}

/** The secrets that occur in `text`. */
export function secretsIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

function normalize(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values)]
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
