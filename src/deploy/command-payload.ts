import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { SlashCommand } from '../command-kit/slash-command.js';

export type CommandPayload = RESTPostAPIApplicationCommandsJSONBody;

// The bulk-overwrite body, from the very modules the bot dispatches to, so what users can type
// and what the bot can answer never drift apart.
export function buildCommandPayload(
  commands: readonly Pick<SlashCommand, 'definition'>[],
): CommandPayload[] {
  const seen = new Set<string>();
  return commands.map(({ definition }) => {
    // Discord rejects the whole PUT on a duplicate name; say which one before sending anything.
    if (seen.has(definition.name))
      throw new Error(`Two command modules define /${definition.name}`);
    seen.add(definition.name);
    return definition;
  });
}
