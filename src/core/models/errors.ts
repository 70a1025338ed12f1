import { CodifyError } from '../errors.ts';

/** Why a model call failed, as far as codify can tell. */
export type ModelFailureKind =
  | 'rate-limit'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'malformed-response'
  | 'truncated-stream'
  | 'invalid-output'
  | 'auth'
  | 'bad-request'
  | 'not-found'
  | 'unknown';

/**
 * A model call failed for good: either the error cannot be fixed by retrying (e.g. 401, 400), or
 * every retry was used up. `attempts` counts every try, the first included.
 */
export class ModelCallError extends CodifyError {
  readonly kind: ModelFailureKind;
  readonly status: number | undefined;
  readonly attempts: number;
  readonly spec: string;

  constructor(options: {
    spec: string;
    kind: ModelFailureKind;
    status?: number;
    attempts: number;
    detail: string;
    hint: string;
    cause?: unknown;
  }) {
    const statusText = options.status === undefined ? '' : ` (HTTP ${options.status})`;
    const tries = options.attempts === 1 ? '1 attempt' : `${options.attempts} attempts`;
    super(
      'model-call',
      `Model call to ${options.spec} failed after ${tries}: ${options.kind}${statusText}: ${options.detail}`,
      { hint: options.hint, cause: options.cause },
    );
    this.kind = options.kind;
    this.status = options.status;
    this.attempts = options.attempts;
    this.spec = options.spec;
  }
}

/** A replay cassette has no answer for this request. */
export class CassetteMissError extends CodifyError {
  readonly key: string;
  readonly cassettePath: string;

  constructor(key: string, cassettePath: string) {
    super('cassette-miss', `No recorded answer for request ${key} in cassette ${cassettePath}.`, {
      hint:
        'The request differs from what was recorded (prompt, schema, model or settings changed). ' +
        `Re-record the cassette: run again with --record ${cassettePath} against a live model, ` +
        'or use --model local.',
    });
    this.key = key;
    this.cassettePath = cassettePath;
  }
}
