import { parseArgs } from 'node:util';
import type { SlashCommand } from '../../command-kit/slash-command.js';
import { answerInProcess, type AnswerInteraction } from './answer-interaction.js';
import {
  ConsoleSession,
  runInteractive,
  runLines,
  runOnce,
  USAGE,
  type ConsoleIo,
} from './console-session.js';
import { wantsColour } from './terminal-style.js';

export interface ConsoleRun {
  readonly args: readonly string[];
  readonly commands: readonly SlashCommand[];
  readonly answer?: AnswerInteraction;
}

const ARGUMENTS_USAGE = `Usage: npm run console [-- [--json] ["/montage film:Rocky IV"]]
  With a command: answers it and exits (1 if the command was refused before reaching the bot).
  Without one: a prompt in a terminal, or one answer per line of piped input.
  --json  one line of interaction response JSON per answer, {"error": ...} for refused lines.

${USAGE}`;

/** Runs the console over this process's stdin and stdout; resolves to the exit code. */
export async function runConsole(run: ConsoleRun): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...run.args],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (err) {
    process.stderr.write(
      `${err instanceof Error ? err.message : String(err)}\n${ARGUMENTS_USAGE}\n`,
    );
    return 2;
  }
  if (parsed.values.help === true) {
    process.stdout.write(`${ARGUMENTS_USAGE}\n`);
    return 0;
  }

  const json = parsed.values.json === true;
  const { stdin, stdout, stderr } = process;
  const io: ConsoleIo = { input: stdin, output: stdout, errors: stderr };
  const session = new ConsoleSession({
    answer: run.answer ?? answerInProcess(run.commands),
    commands: run.commands.map((command) => command.definition),
    json,
    colour: !json && wantsColour(stdout),
    width: () => (stdout.isTTY ? stdout.columns : undefined),
  });

  if (parsed.positionals.length > 0) {
    return (await runOnce(session, parsed.positionals.join(' '), io)) ? 0 : 1;
  }
  if (stdin.isTTY && stdout.isTTY && !json) {
    await runInteractive(session, io);
  } else {
    await runLines(session, io, { echo: !json });
  }
  return 0;
}
