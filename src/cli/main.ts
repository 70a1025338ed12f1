import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CodifyError, ConfigError, InterruptedError } from '../core/errors.ts';
import { COMMAND_GROUPS, requestedGroup } from './command-groups.ts';

/**
 * Entry point of the `codify` CLI. Returns the process exit code:
 * 0 success, 1 the job ran but did not fully succeed, 2 usage or configuration error, 130 stopped
 * by Ctrl-C.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('codify')
    .description("Turn a model's judgement into code people can read, run and review.")
    .version(packageVersion(), '-V, --version', 'print the codify version')
    .showHelpAfterError()
    .exitOverride();
  try {
    await registerCommands(program, argv);
    pointToHelpAfterErrors(program, 'codify');
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportError(error);
  }
}

/**
 * Registers the group the command line names with all its subcommands, and every other group as
 * a name and a description only: enough for `codify --help` and for Commander's suggestions,
 * without importing what those groups need.
 */
async function registerCommands(program: Command, argv: string[]): Promise<void> {
  const wanted = requestedGroup(argv);
  for (const group of COMMAND_GROUPS) {
    if (group === wanted) (await group.load())(program);
    else program.command(group.name).description(group.description);
  }
}

/**
 * After a usage mistake each command names its own `--help` instead of printing the whole help:
 * a long option list pushed the one line that said what was wrong off the screen.
 */
function pointToHelpAfterErrors(command: Command, name: string): void {
  command.showHelpAfterError(`(all options: ${name} --help)`);
  for (const sub of command.commands) pointToHelpAfterErrors(sub, `${name} ${sub.name()}`);
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message; --help and --version are not errors.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof CodifyError) {
    console.error(`codify: ${error.describe()}`);
    if (error instanceof InterruptedError) return 130;
    return error instanceof ConfigError || error.code === 'config' ? 2 : 1;
  }
  const file = fileProblem(error);
  if (file) {
    console.error(`codify: ${file}`);
    return 2;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
}

/**
 * A file the user named that cannot be opened or created (missing, a folder, in the way, no
 * permission) is a usage mistake: say which file and why, without a stack trace. Null otherwise.
 */
function fileProblem(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code, path: file } = error as NodeJS.ErrnoException;
  if (typeof file !== 'string') return null;
  const why: Record<string, string> = {
    ENOENT: 'does not exist',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'cannot be opened: a part of its path is a file, not a folder',
    EEXIST: 'already exists and is in the way (a file where a folder is needed?)',
    EACCES: 'cannot be opened: permission denied',
    EPERM: 'cannot be opened: operation not permitted',
  };
  const reason = code ? why[code] : undefined;
  return reason ? `${file} ${reason}.` : null;
}

/** The version in codify's package.json. */
function packageVersion(): string {
  const file = path.join(import.meta.dirname, '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
