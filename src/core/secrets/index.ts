/** Secrets by value: collect them, remember them, redact them from text and JSON-like values. */
export {
  REDACTED,
  collectSecrets,
  createRedactingStream,
  createRedactor,
  createTextRedactor,
  describeSecret,
  knownSecrets,
  rememberSecrets,
  secretsIn,
} from './redact.ts';
export type { Redactor } from './redact.ts';
