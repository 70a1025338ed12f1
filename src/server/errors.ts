import { CodifyError } from '../core/errors.ts';

/** The request body, query or parameters are wrong. */
export class BadRequestError extends CodifyError {
  constructor(message: string, options: { hint?: string } = {}) {
    super('bad-request', message, options);
  }
}

/** The `/api` routes need `Authorization: Bearer <token>`. */
export class UnauthorizedError extends CodifyError {
  constructor(message = 'Missing or wrong API token.') {
    super('unauthorized', message, {
      hint: 'Send the header "Authorization: Bearer <token>" with the token the server was started with.',
    });
  }
}

/** The request is understood but not allowed (e.g. from another web origin). */
export class ForbiddenError extends CodifyError {
  constructor(message: string, options: { hint?: string } = {}) {
    super('forbidden', message, options);
  }
}

/** The request conflicts with the current state (e.g. a run of the same subject is in progress). */
export class ConflictError extends CodifyError {
  constructor(message: string, options: { hint?: string } = {}) {
    super('conflict', message, options);
  }
}

/** A route or resource that does not exist. */
export class NotFoundError extends CodifyError {
  constructor(message: string, options: { hint?: string } = {}) {
    super('not-found', message, options);
  }
}

/** The server is shutting down and accepts no new runs. */
export class ShuttingDownError extends CodifyError {
  constructor() {
    super('shutting-down', 'The server is shutting down and starts no new runs.', {
      hint: 'Start the run again once the server is back.',
    });
  }
}

/** HTTP status for each stable error code; anything else is a 500. */
const STATUS_BY_CODE: Record<string, number> = {
  'bad-request': 400,
  'bad-path': 400,
  config: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'shutting-down': 503,
  // A provider call failed for good (after retries): the upstream's fault, not ours.
  'model-call': 502,
};

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 500;
}

/** The one shape every error response has. */
export interface ErrorBody {
  error: { code: string; message: string; hint?: string };
}

export function errorBody(code: string, message: string, hint?: string): ErrorBody {
  return { error: hint === undefined ? { code, message } : { code, message, hint } };
}
