import type { Command } from 'commander';

/**
 * Adds an option the command cannot run without. Commander's own `requiredOption` is checked
 * before unknown flags, so a misspelt `--inptu x` was answered with "required option '--input'
 * not specified" and no hint of the typo. Checked here in a `preAction` hook instead, which runs
 * after commander has reported any unknown flag (with its "Did you mean …?"), the error for a truly
 * missing flag is the same as commander's.
 */
export function requiredOption(command: Command, flags: string, description: string): Command {
  command.option(flags, description);
  const option = command.options.at(-1);
  if (!option) throw new Error(`requiredOption: ${flags} was not added`);
  return command.hook('preAction', (_self, actionCommand) => {
    if (actionCommand !== command) return;
    if (command.getOptionValue(option.attributeName()) === undefined)
      command.error(`error: required option '${option.flags}' not specified`, {
        code: 'commander.missingMandatoryOptionValue',
      });
  });
}
