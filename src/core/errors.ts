/**
 * Base class of every error codify raises on purpose. `hint` tells the user what to do next;
 * `code` is stable so callers (CLI exit codes, HTTP status) can branch on it.
 */
export class CodifyError extends Error {
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
  }

  /** Message plus the hint, as shown to a person. */
  describe(): string {
    return this.hint ? `${this.message}\n  → ${this.hint}` : this.message;
  }
}

/** Bad user input or configuration: the CLI exits 2. */
export class ConfigError extends CodifyError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super('config', message, options);
  }
}

/** The operation was cancelled through an AbortSignal. */
export class CancelledError extends CodifyError {
  constructor(message = 'The operation was cancelled.') {
    super('cancelled', message);
  }
}

/**
 * The user stopped the command (Ctrl-C). The CLI exits 130 (128 + SIGINT), as shells report an
 * interrupted program, so a script can tell a stop from a run that finished with failures.
 */
export class InterruptedError extends CodifyError {
  constructor(message: string, options: { hint?: string } = {}) {
    super('interrupted', message, options);
  }
}
