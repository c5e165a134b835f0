import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';

/** Discord's rule for chat-input command and option names (lower case where a case exists). */
const NAME_PATTERN = /^[-_\p{L}\p{N}]{1,32}$/u;

const definitions = COMMANDS.map((command) => command.definition);

function allOptions(
  options: readonly APIApplicationCommandOption[] = [],
): APIApplicationCommandOption[] {
  return options.flatMap((option) => [
    option,
    ...('options' in option ? allOptions(option.options) : []),
  ]);
}

describe('the command definitions Discord receives', () => {
  it.each(definitions.map((definition) => [definition.name, definition] as const))(
    '/%s has a valid lower-case name and a 1-100 character description',
    (_name, definition) => {
      expect(definition.name).toMatch(NAME_PATTERN);
      expect(definition.name).toBe(definition.name.toLowerCase());
      expect(definition.description.length).toBeGreaterThanOrEqual(1);
      expect(definition.description.length).toBeLessThanOrEqual(100);
    },
  );

  it.each(definitions.map((definition) => [definition.name, definition] as const))(
    '/%s options have valid names, descriptions and at most 25 choices',
    (_name, definition) => {
      const options = allOptions(definition.options);
      expect(options.length).toBeLessThanOrEqual(25);
      for (const option of options) {
        expect(option.name).toMatch(NAME_PATTERN);
        expect(option.name).toBe(option.name.toLowerCase());
        expect(option.description.length).toBeGreaterThanOrEqual(1);
        expect(option.description.length).toBeLessThanOrEqual(100);
        const choices = 'choices' in option ? (option.choices ?? []) : [];
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const choice of choices) {
          expect(choice.name.length).toBeLessThanOrEqual(100);
          expect(String(choice.value).length).toBeLessThanOrEqual(100);
        }
      }
    },
  );

  it('has unique command names', () => {
    expect(new Set(definitions.map((definition) => definition.name)).size).toBe(definitions.length);
  });

  it.each(definitions.map((definition) => [definition.name, definition] as const))(
    '/%s works in servers, DMs and as a user-installed app',
    (_name, definition) => {
      expect(definition.integration_types).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(definition.contexts).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
    },
  );

  it('/montage offers rank (1-6 with film names), film (autocomplete, ≤100) and hide', () => {
    const montage = definitions.find((definition) => definition.name === 'montage');
    const options = montage?.options ?? [];
    expect(options.map((option) => [option.name, option.type])).toEqual([
      ['rank', ApplicationCommandOptionType.Integer],
      ['film', ApplicationCommandOptionType.String],
      ['hide', ApplicationCommandOptionType.Boolean],
    ]);
    const [rank, film] = options;
    const choices = rank && 'choices' in rank ? rank.choices : [];
    expect(choices.map((choice) => choice.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(choices[1]?.name).toBe('#2 · Rocky IV (1985)');
    expect(film).toMatchObject({ autocomplete: true, max_length: 100 });
  });
});
