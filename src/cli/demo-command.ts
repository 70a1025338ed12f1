import type { Command } from 'commander';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Run the main job on the local engine (no key needed).')
    .action(() => {
      console.log('codify demo: nothing here yet');
    });
}
