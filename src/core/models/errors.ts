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
  | 'too-large'
  | 'deadline'
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

/**
 * A model server sent more bytes for one answer than the cap allows (`maxAnswerBytes`). Thrown
 * from inside the response body stream, so reading stops there: no answer is held whole.
 */
export class AnswerTooLargeError extends CodifyError {
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(
      'answer-too-large',
      `the server sent more than ${limitBytes} bytes for one answer, so codify stopped reading it`,
      { hint: ANSWER_TOO_LARGE_HINT },
    );
    this.limitBytes = limitBytes;
  }
}

/** What to do when an answer is over the cap. */
export const ANSWER_TOO_LARGE_HINT =
  'No real model answers this much to one request: check that the base URL points at a model API and ' +
  'not at something that streams without end. If a model really must answer more, raise the cap with ' +
  'CODIFY_MODEL_MAX_ANSWER_BYTES (bytes; createModel option maxAnswerBytes).';

/**
 * A streamed request was answered with a page or a JSON document instead of an event stream (a
 * proxy's error page, a server that ignores `stream: true`). Left alone, it reads as an empty
 * stream that "ended without a finish reason", which blames the wrong thing.
 */
export class NotAStreamError extends CodifyError {
  constructor(contentType: string) {
    super(
      'not-a-stream',
      `the server answered a streamed request with ${contentType}, not an event stream (text/event-stream)`,
      {
        hint: 'Check that the base URL points at an OpenAI-compatible API (usually ending in /v1) and not at a proxy page.',
      },
    );
  }
}
