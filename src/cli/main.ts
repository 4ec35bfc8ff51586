#!/usr/bin/env node
import { Command } from 'commander';
import { commands } from './commands/index.js';

const program = new Command();
program
  .name('sitrep')
  .description('Reads dated news articles and keeps a sourced, structured situation picture.')
  .version('0.1.0')
  .showHelpAfterError();
for (const c of commands) c.register(program);
await program.parseAsync(process.argv);
