import { CodifyError } from '../core/errors.ts';

/** No Chromium binary could be found on this machine. */
export class ChromiumNotFoundError extends CodifyError {
  readonly searched: string[];
  constructor(searched: string[]) {
    super(
      'chromium-not-found',
      `No Chromium executable found (looked at: ${searched.join(', ') || 'nothing'}).`,
      {
        hint:
          'Install Chromium (Debian/Ubuntu: `apt-get install chromium`), or point CODIFY_CHROMIUM at a ' +
          'Chrome/Chromium binary, e.g. `export CODIFY_CHROMIUM=/usr/bin/chromium`.',
      },
    );
    this.searched = searched;
  }
}

/** Why an action could not be performed; the planner gets this back and picks again. */
export type ActionErrorKind =
  | 'not-found'
  | 'ambiguous'
  | 'timeout'
  | 'detached'
  | 'not-editable'
  | 'not-visible'
  | 'invalid-action'
  | 'unknown-ref'
  | 'unknown-variable'
  | 'assertion-failed'
  | 'navigation';

/** An action (or a `done` claim) failed on the page. */
export class ActionError extends CodifyError {
  readonly kind: ActionErrorKind;
  constructor(kind: ActionErrorKind, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(`action-${kind}`, message, options);
    this.kind = kind;
  }
}

/** A spec file does not match the format. */
export class SpecError extends CodifyError {
  readonly issues: string[];
  constructor(message: string, issues: string[] = [], hint?: string) {
    super(
      'spec-invalid',
      issues.length ? `${message}\n${issues.map((i) => `  - ${i}`).join('\n')}` : message,
      {
        hint:
          hint ??
          'Fix the spec file by hand or record it again with `codify test run`; see docs/spec-format.md.',
      },
    );
    this.issues = issues;
  }
}

/** A variable or file the spec needs was not supplied at run time. */
export class MissingInputError extends CodifyError {
  constructor(kind: 'variable' | 'file', name: string) {
    super(`missing-${kind}`, `The ${kind} "${name}" has no value.`, {
      hint:
        kind === 'variable'
          ? `Pass it with --var ${name}=VALUE (or set a non-secret default in the spec).`
          : `Pass it with --file ${name}=PATH.`,
    });
  }
}

/** The kind of a failed step, for reports and planner feedback. */
export function stepErrorKind(error: unknown): string {
  if (error instanceof ActionError) return error.kind;
  return error instanceof MissingInputError ? 'missing-input' : 'error';
}

/**
 * One line on why a step failed. `withHint` adds what to do next (for people reading a replay
 * report); planners get the bare message.
 */
export function stepErrorMessage(error: unknown, options: { withHint?: boolean } = {}): string {
  if (error instanceof ActionError || error instanceof MissingInputError) {
    return options.withHint ? error.describe() : error.message;
  }
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * A browser test folder refused an operation. `code` is one of the stable codes adapters map
 * (`bad-request`: an invalid name or setting, `not-found`: no such test, `conflict`: it exists).
 */
export class TestFolderError extends CodifyError {
  constructor(
    code: 'bad-request' | 'not-found' | 'conflict',
    message: string,
    options: { hint?: string } = {},
  ) {
    super(code, message, options);
  }
}
