import { ApplicationCommandOptionType, type Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  validateAutocompletePayload,
  validateMessagePayload,
} from '../../../src/local-discord/discord-limits.js';
import { startLocalDiscord, type LocalDiscord } from '../../../src/local-discord/local-discord.js';
import {
  createLocalClient,
  handleInteractions,
  loginLocalClient,
} from '../../../fixtures/local-discord-client.js';

let discord: LocalDiscord;
let client: Client;

beforeEach(async () => {
  discord = await startLocalDiscord({
    guildCount: 1,
    channelsPerGuild: 1,
    heartbeatIntervalMs: 500,
  });
  client = createLocalClient(discord);
});

afterEach(async () => {
  await client.destroy();
  await discord.close();
});

const localCommands = [
  {
    name: 'montage',
    description: 'Show a montage',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'which',
        description: 'Which one',
        required: true,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'private',
        description: 'Only me',
        required: false,
      },
    ],
  },
];

describe('given a bot that deploys its commands with a bulk overwrite', () => {
  it('when it PUTs and then GETs, then Discord-added defaults are reported and a second identical PUT keeps id and version', async () => {
    await loginLocalClient(client, discord.token);
    const first = await client.rest.put(`/applications/${discord.applicationId}/commands`, {
      body: localCommands,
    });
    const listed = await client.rest.get(`/applications/${discord.applicationId}/commands`);

    expect(listed).toEqual(first);
    expect(listed).toEqual([
      {
        id: expect.any(String) as unknown,
        application_id: discord.applicationId,
        version: expect.any(String) as unknown,
        type: 1,
        name: 'montage',
        description: 'Show a montage',
        default_member_permissions: null,
        nsfw: false,
        integration_types: [0],
        contexts: null,
        dm_permission: true,
        options: [
          { type: 3, name: 'which', description: 'Which one', required: true, autocomplete: true },
          { type: 5, name: 'private', description: 'Only me' },
        ],
      },
    ]);

    const second = await client.rest.put(`/applications/${discord.applicationId}/commands`, {
      body: localCommands,
    });
    expect(second).toEqual(first);
    expect(discord.restLog.records({ method: 'PUT' })).toHaveLength(2);
  });

  it('when a guild command is registered, then interactions for it carry its id and guild_id', async () => {
    const guild = discord.guilds[0];
    if (guild === undefined) throw new Error('no fixture guild');
    await loginLocalClient(client, discord.token);
    const [registered] = (await client.rest.put(
      `/applications/${discord.applicationId}/guilds/${guild.id}/commands`,
      { body: [{ name: 'ping', description: 'Ping' }] },
    )) as { id: string; guild_id: string }[];
    handleInteractions(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(interaction.commandId);
    });

    const record = await discord.sendInteraction({ kind: 'command', name: 'ping' });

    expect(registered?.guild_id).toBe(guild.id);
    expect(record.payload.data).toMatchObject({ id: registered?.id, guild_id: guild.id });
    expect(record.accepted?.body).toMatchObject({ data: { content: registered?.id } });
  });

  it('when a request has no bot token, then it gets 401 with code 0', async () => {
    const response = await fetch(
      `${discord.restBaseUrl}/v10/applications/${discord.applicationId}/commands`,
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: '401: Unauthorized', code: 0 });
  });
});

describe('given an autocomplete interaction', () => {
  it('when the bot answers with 26 choices, then Discord rejects it with 50035', async () => {
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      await interaction.respond(
        Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` })),
      );
    });
    await loginLocalClient(client, discord.token);

    discord.dispatchInteraction({
      kind: 'autocomplete',
      name: 'montage',
      options: [
        { type: ApplicationCommandOptionType.String, name: 'which', value: 'ro', focused: true },
      ],
    });

    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatchObject({
      code: 50035,
      rawError: { errors: { data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
    });
  });
});

describe('the pure limits validator', () => {
  it('reports every violated message limit with its path', () => {
    const violations = validateMessagePayload({
      content: 'x'.repeat(2001),
      embeds: [
        {
          title: 't'.repeat(257),
          description: 'd'.repeat(4097),
          fields: Array.from({ length: 26 }, () => ({ name: 'n'.repeat(257), value: 'v' })),
          footer: { text: 'f'.repeat(2049) },
          author: { name: 'a'.repeat(257) },
        },
      ],
      components: Array.from({ length: 6 }, () => ({
        type: 1,
        components: Array.from({ length: 6 }, () => ({
          type: 2,
          style: 1,
          custom_id: 'c'.repeat(101),
        })),
      })),
    });
    const paths = violations.map((v) => v.path.join('.'));

    expect(paths).toEqual(
      expect.arrayContaining([
        'content',
        'embeds.0.title',
        'embeds.0.description',
        'embeds.0.fields',
        'embeds.0.fields.0.name',
        'embeds.0.footer.text',
        'embeds.0.author.name',
        'embeds',
        'components',
        'components.0.components',
        'components.0.components.0.custom_id',
      ]),
    );
    expect(violations.find((v) => v.path.join('.') === 'embeds')?.code).toBe(
      'MAX_EMBED_SIZE_EXCEEDED',
    );
  });

  it('accepts a payload exactly at the limits and counts emoji as one character', () => {
    expect(
      validateMessagePayload({
        content: '🥊'.repeat(2000),
        embeds: Array.from({ length: 10 }, () => ({
          title: 't'.repeat(256),
          description: 'd'.repeat(300),
        })),
      }),
    ).toEqual([]);
  });

  it('checks autocomplete choice names and values', () => {
    const violations = validateAutocompletePayload({
      choices: [
        { name: '', value: 'ok' },
        { name: 'ok', value: 'v'.repeat(101) },
      ],
    });
    expect(violations.map((v) => v.path.join('.'))).toEqual(['choices.0.name', 'choices.1.value']);
  });
});
