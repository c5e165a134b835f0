import { stderr, stdin, stdout } from 'node:process';
import { createInterface, type Interface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { SlashCommand } from '../../command-kit/slash-command.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import { ConsoleSession, USAGE, type AnswerInteraction } from './console-session.js';

const BANNER =
  'Rocky montage bot, local console: try /montage rank:1 or /help. Tab completes; type a button label to press it; ? for more; Ctrl-D quits.';

const ARGUMENTS_USAGE = `Usage: npm run console [-- [--json] ["/montage film:Rocky IV"]]
  With a command: answers it and exits (1 if the command was refused before reaching the bot).
  Without one: a prompt in a terminal, or one answer per line of piped input.
  --json  one line of interaction response JSON per answer, {"error": ...} for refused lines.

${USAGE}`;

const OPTIONS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function runConsole(
  args: readonly string[],
  commands: readonly SlashCommand[],
  answer: AnswerInteraction = answerInProcess(commands),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
  } catch (err) {
    stderr.write(`${err instanceof Error ? err.message : String(err)}\n${ARGUMENTS_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help === true) {
    stdout.write(`${ARGUMENTS_USAGE}\n`);
    return 0;
  }

  const json = parsed.values.json === true;
  const session = new ConsoleSession({
    answer,
    commands: commands.map((command) => command.definition),
    json,
    // hasColors() honours NO_COLOR, FORCE_COLOR and TERM=dumb.
    colour: !json && stdout.isTTY && stdout.hasColors(),
    width: () => (stdout.isTTY ? stdout.columns : undefined),
  });

  if (parsed.positionals.length > 0) {
    const outcome = await session.answerLine(parsed.positionals.join(' '));
    if (outcome) stdout.write(`${outcome.stdout}\n`);
    return outcome?.rejected === true ? 1 : 0;
  }
  await (stdin.isTTY && stdout.isTTY && !json ? runInteractive(session) : runLines(session, !json));
  return 0;
}

function answerInProcess(commands: readonly SlashCommand[]): AnswerInteraction {
  const handle = createInteractionHandler(commands);
  return (interaction) => Promise.resolve({ response: handle(interaction) });
}

/** Piped input: every non-blank line answered in order, until end of input. */
async function runLines(session: ConsoleSession, echoLines: boolean): Promise<void> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    const outcome = await session.answerLine(line);
    if (!outcome) continue;
    // A transcript reads better with each question above its answer.
    const echo = echoLines ? `${first ? '' : '\n'}› ${line.trim()}\n` : '';
    stdout.write(`${echo}${outcome.stdout}\n`);
    first = false;
  }
}

/** A prompt with history and Tab completion, until Ctrl-D, Ctrl-C on an empty line, or `exit`. */
async function runInteractive(session: ConsoleSession): Promise<void> {
  stderr.write(`${BANNER}\n`);
  const prompt = createInterface({
    input: stdin,
    output: stdout,
    prompt: '› ',
    completer: (line: string, done: (err: null, result: [string[], string]) => void) => {
      // readline only extends what was typed; film names need the whole value replaced.
      void session
        .complete(line)
        .catch(() => [])
        .then((completions) => {
          done(null, [[], line]);
          // Several are listed and the line grows by what they share; one replaces the line.
          const several = completions.length > 1;
          const shared = commonPrefix(completions.map((completion) => completion.line));
          const list = completions.map(({ label }) => `\n  ${label}`).join('');
          if (several) stdout.write(`${list}\n`);
          if (completions.length === 1 || shared.length > line.length) replaceTyped(prompt, shared);
          if (several) prompt.prompt(true);
        });
    },
  });
  prompt.on('SIGINT', () => {
    if (prompt.line === '') prompt.close();
    else replaceTyped(prompt, '');
  });
  prompt.prompt();
  for await (const line of prompt) {
    if (['exit', 'quit'].includes(line.trim().toLowerCase())) break;
    const outcome = await session.answerLine(line);
    if (outcome) stdout.write(`${outcome.stdout}\n\n`);
    prompt.prompt();
  }
  prompt.close();
  stdout.write('\n');
}

/** Replaces what is left of the cursor, the part the completer was given. */
function replaceTyped(prompt: Interface, text: string): void {
  prompt.write(null, { ctrl: true, name: 'u' });
  if (text !== '') prompt.write(text);
}

function commonPrefix(lines: readonly string[]): string {
  const [first = ''] = lines;
  const start = (line: string, length: number) => line.slice(0, length).toLowerCase();
  let length = first.length;
  while (lines.some((line) => start(line, length) !== start(first, length))) length -= 1;
  return first.slice(0, length);
}
