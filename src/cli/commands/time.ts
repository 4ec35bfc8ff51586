import type { Command } from 'commander';
import { InputError } from '../../model/index.js';
import { action } from '../run.js';

// PLACEHOLDER (issue 2): the owning issue implements this command behind the same name.
export function register(program: Command): void {
  program
    .command('time')
    .description('(not implemented yet)')
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(
      action(() => {
        throw new InputError('time', 'this command is not implemented yet');
      }),
    );
}
