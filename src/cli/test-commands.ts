import type { Command } from 'commander';

/** Registers `codify test …`. (Being built; see the browser-tests issue.) */
export function registerTestCommands(program: Command): void {
  program.command('test').description('Record, replay, heal and export browser tests (in progress).');
}
