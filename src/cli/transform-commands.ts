import type { Command } from 'commander';

/** Registers `codify transform …`. (Being built; see the transforms issue.) */
export function registerTransformCommands(program: Command): void {
  program.command('transform').description('Build and run data transforms (in progress).');
}
