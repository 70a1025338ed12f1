import { CodifyError } from '../errors.ts';

/**
 * The submitted module cannot become a transform: it does not parse, imports something, fails
 * in its top-level code, or has no default export function. `line`/`column` (1-based) point into
 * the submitted source when known.
 */
export class SandboxCompileError extends CodifyError {
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly filename: string;

  constructor(
    message: string,
    options: { filename: string; line?: number; column?: number; cause?: unknown },
  ) {
    const where =
      options.line === undefined
        ? options.filename
        : `${options.filename}:${options.line}${options.column === undefined ? '' : `:${options.column}`}`;
    super('sandbox-compile', `${where}: ${message}`, {
      hint: 'Fix the module: it must be a self-contained ES module whose default export is a synchronous function of one record.',
      cause: options.cause,
    });
    this.line = options.line;
    this.column = options.column;
    this.filename = options.filename;
  }
}

/** `run` was called after `close`. */
export class SandboxClosedError extends CodifyError {
  constructor() {
    super('sandbox-closed', 'The sandbox has been closed.', {
      hint: 'Create a new sandbox with createSandbox().',
    });
  }
}
