import { ApplicationCommandOptionType, type Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  callbackViolations,
  commandViolations,
  messageViolations,
} from '../../../src/local-discord/request-validation.js';
import { startLocalDiscord, type LocalDiscord } from '../../../src/local-discord/local-discord.js';
import {
  createLocalClient,
  handleInteractions,
  loginLocalClient,
} from '../../../fixtures/local-discord-client.js';
import {
  chatInputInteraction,
  autocompleteInteraction,
} from '../../../src/adapters/console/interaction-factory.js';

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

    const record = await discord.sendInteraction(chatInputInteraction('ping'));

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

    discord.dispatchInteraction(autocompleteInteraction('montage', { name: 'which', value: 'ro' }));

    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatchObject({
      code: 50035,
      rawError: { errors: { data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
    });
  });
});

describe('the pure request validator (Discord’s OpenAPI schemas plus the rules they do not state)', () => {
  it('reports every violated message limit with its path', () => {
    const violations = messageViolations('follow-up', {
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
        'embeds.0.footer.text',
        'embeds.0.author.name',
        'components.0.components',
      ]),
    );
    expect(violations.find((v) => v.path.join('.') === 'content')).toEqual({
      path: ['content'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 2000 or fewer in length.',
    });
  });

  it('reports each limit at its own path: nested fields and custom_ids (spec), rows and total embed size (beyond it)', () => {
    const paths = (body: unknown) =>
      messageViolations('follow-up', body).map((v) => `${v.path.join('.')} ${v.code}`);

    expect(paths({ embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v' }] }] })).toEqual([
      'embeds.0.fields.0.name BASE_TYPE_MAX_LENGTH',
    ]);
    expect(
      paths({
        components: [
          { type: 1, components: [{ type: 2, style: 1, label: 'x', custom_id: 'c'.repeat(101) }] },
        ],
      }),
    ).toEqual(['components.0.components.0.custom_id BASE_TYPE_MAX_LENGTH']);
    const row = { type: 1, components: [{ type: 2, style: 1, label: 'x', custom_id: 'c' }] };
    expect(paths({ components: Array.from({ length: 6 }, () => row) })).toEqual([
      'components BASE_TYPE_MAX_LENGTH',
    ]);
    expect(
      paths({ embeds: Array.from({ length: 2 }, () => ({ description: 'd'.repeat(3001) })) }),
    ).toEqual(['embeds MAX_EMBED_SIZE_EXCEEDED']);
  });

  it('given buttons, then a link button needs a url and no custom_id, and any other button the reverse', () => {
    const paths = (control: Record<string, unknown>) =>
      messageViolations('follow-up', {
        components: [{ type: 1, components: [{ type: 2, label: 'x', ...control }] }],
      }).map((v) => `${v.path.join('.')} ${v.code}`);
    const url = 'https://en.wikipedia.org/wiki/Rocky';

    expect(paths({ style: 5, url })).toEqual([]);
    expect(paths({ style: 1, custom_id: 'c' })).toEqual([]);
    expect(paths({ style: 5 })).toEqual(['components.0.components.0.url BASE_TYPE_REQUIRED']);
    expect(paths({ style: 5, url, custom_id: 'c' })).toEqual([
      'components.0.components.0.custom_id BASE_TYPE_INVALID',
    ]);
    expect(paths({ style: 2 })).toEqual(['components.0.components.0.custom_id BASE_TYPE_REQUIRED']);
    expect(paths({ style: 2, custom_id: 'c', url })).toEqual([
      'components.0.components.0.url BASE_TYPE_INVALID',
    ]);
  });

  it('accepts a payload exactly at the limits and counts emoji as one character', () => {
    expect(
      messageViolations('follow-up', {
        content: '🥊'.repeat(2000),
        embeds: Array.from({ length: 10 }, () => ({
          title: 't'.repeat(256),
          description: 'd'.repeat(300),
        })),
      }),
    ).toEqual([]);
  });

  it('checks autocomplete choice names and values', () => {
    const violations = callbackViolations({
      type: 8,
      data: {
        choices: [
          { name: '', value: 'ok' },
          { name: 'ok', value: 'v'.repeat(101) },
        ],
      },
    });
    expect(violations.map((v) => v.path.join('.'))).toEqual(['data.choices.0.name']);
    expect(
      callbackViolations({ type: 8, data: { choices: [{ name: 'ok', value: 'v'.repeat(101) }] } }),
    ).toEqual([
      {
        path: ['data', 'choices', 0, 'value'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 100 or fewer in length.',
      },
    ]);
  });

  it('rejects a callback type Discord does not know and a modal without a title', () => {
    expect(callbackViolations({ type: 42 }).map((v) => v.code)).toEqual(['BASE_TYPE_CHOICES']);
    expect(
      callbackViolations({ type: 9, data: { custom_id: 'm', components: [] } }).map((v) =>
        v.path.join('.'),
      ),
    ).toEqual(expect.arrayContaining(['data.title', 'data.components']));
  });

  it('checks command registrations: lengths from the spec, name pattern and description beyond it', () => {
    const codes = (body: unknown) =>
      commandViolations('create', body).map((v) => `${v.path.join('.')} ${v.code}`);

    expect(codes({ name: 'montage', description: 'Show one' })).toEqual([]);
    expect(codes({ name: 'Montage', description: 'Show one' })).toEqual([
      'name APPLICATION_COMMAND_INVALID_NAME',
    ]);
    expect(codes({ name: 'montage' })).toEqual(['description BASE_TYPE_BAD_LENGTH']);
    expect(codes({ name: 'm'.repeat(33), description: 'd' })).toEqual([
      'name BASE_TYPE_MAX_LENGTH',
    ]);
    expect(codes([])).toEqual([' DICT_TYPE_CONVERT']);
    expect(commandViolations('overwrite', {}).map((v) => v.code)).toEqual(['LIST_TYPE_CONVERT']);
    expect(commandViolations('overwrite', null)).toEqual([]);
    expect(commandViolations('edit', { name: 'Bad' }, { description: 'kept' })).toEqual([
      expect.objectContaining({ path: ['name'], code: 'APPLICATION_COMMAND_INVALID_NAME' }),
    ]);
  });
});
