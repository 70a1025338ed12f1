/** The redactor lives in `src/core/secrets/` (builds and cassettes use it too); kept here for server code. */
export {
  REDACTED,
  collectSecrets,
  createRedactingStream,
  createRedactor,
  createTextRedactor,
} from '../core/secrets/redact.ts';
export type { Redactor } from '../core/secrets/redact.ts';
