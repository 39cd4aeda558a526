#!/usr/bin/env node
// The `tandem` command. Each subcommand lives in cli/commands/<name>.ts and calls core use-cases.
import { ConfigError } from '../config.ts';
import { AppError } from '../core/shared/errors.ts';
import { commands } from './commands/index.ts';

// The overview loads every command for its summary; running one command loads only that one.
async function usage(): Promise<string> {
  const width = Math.max(...Object.keys(commands).map((name) => name.length)) + 2;
  const lines = await Promise.all(Object.entries(commands).map(async ([name, load]) => `  ${name.padEnd(width)}${(await load()).summary}`));
  return `Usage: tandem <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun tandem <command> --help for its options.`;
}

async function main(argv: string[]): Promise<number> {
  const [first, second] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    console.log(await usage());
    return first ? 0 : 1;
  }
  const twoWord = second ? `${first} ${second}` : '';
  const name = twoWord in commands ? twoWord : first;
  const load = commands[name];
  if (!load) {
    console.error(`tandem: unknown command "${first}"\n\n${await usage()}`);
    return 2;
  }
  const command = await load();
  const rest = argv.slice(name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage: tandem ${name} ${command.usage ?? ''}\n\n${command.summary}`);
    return 0;
  }
  return command.run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof ConfigError) console.error(err.message);
  else if (err instanceof AppError) console.error(`tandem: ${err.message} [${err.code}]`);
  else console.error(`tandem: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
