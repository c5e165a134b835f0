import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { SlashCommand } from '../command-kit/slash-command.js';

export type CommandPayload = RESTPostAPIApplicationCommandsJSONBody;

// The bulk-overwrite body, from the very modules the bot dispatches to, so what users can type
// and what the bot can answer never drift apart.
export function buildCommandPayload(
  commands: readonly Pick<SlashCommand, 'definition'>[],
): CommandPayload[] {
  const names = commands.map(({ definition }) => definition.name);
  // Discord rejects the whole PUT on a duplicate name; say which one before sending anything.
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) throw new Error(`Two command modules define /${twice}`);
  return commands.map(({ definition }) => definition);
}
