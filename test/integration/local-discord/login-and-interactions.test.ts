import { ButtonStyle, ComponentType, MessageFlags, type Client } from 'discord.js';
import { ApplicationCommandOptionType, InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLocalDiscord, type LocalDiscord } from '../../../src/local-discord/local-discord.js';
import {
  createLocalClient,
  handleInteractions,
  loginLocalClient,
} from '../../../fixtures/local-discord-client.js';
import { chatInputInteraction } from '../../../src/adapters/console/interaction-factory.js';
import { click } from '../../../fixtures/member-clicks.js';

let discord: LocalDiscord;
let client: Client;

beforeEach(async () => {
  discord = await startLocalDiscord({
    guildCount: 3,
    channelsPerGuild: 4,
    heartbeatIntervalMs: 500,
  });
  client = createLocalClient(discord);
});

afterEach(async () => {
  await client.destroy();
  await discord.close();
});

describe('given the real discord.js client and the local Discord stand-in', () => {
  it('when it logs in, then it becomes ready with every guild and channel in cache', async () => {
    await loginLocalClient(client, discord.token);

    expect(client.user?.id).toBe(discord.applicationId);
    expect(client.application?.id).toBe(discord.applicationId);
    expect([...client.guilds.cache.keys()].sort()).toEqual(discord.guilds.map((g) => g.id).sort());
    const firstGuild = discord.guilds[0];
    expect(client.guilds.cache.get(firstGuild?.id ?? '')?.channels.cache.size).toBe(4);
    expect(discord.gateway.stats.identified).toBe(1);
    expect(discord.restLog.records({ method: 'GET', path: '/gateway/bot' })).toHaveLength(1);
  });

  it('when a client hands over an interaction built elsewhere, then Discord’s fields are its own and only type and data are kept', async () => {
    await loginLocalClient(client, discord.token);
    const sent = chatInputInteraction('ping', [
      { name: 'who', type: ApplicationCommandOptionType.String, value: 'me' },
    ]);
    const [guild] = discord.guilds;

    const record = discord.dispatchInteraction(sent);

    expect(record.payload).toMatchObject({
      type: sent.type,
      application_id: discord.applicationId,
      guild_id: guild?.id,
      channel_id: guild?.channels[0]?.id,
      member: { user: { id: discord.defaultUser.id } },
      data: { name: 'ping', options: sent.data.options },
    });
    expect(record.payload.id).not.toBe(sent.id);
    expect(record.payload.token).not.toBe(sent.token);
    expect(record.payload.data).not.toMatchObject({ id: sent.data.id });
    // Discord leaves out an empty options list.
    expect(
      discord.dispatchInteraction(chatInputInteraction('ping')).payload.data,
    ).not.toHaveProperty('options');
  });

  it('when a listener replies with interaction.reply, then the reply is recorded exactly once', async () => {
    client.on('interactionCreate', (interaction) => {
      if (interaction.isChatInputCommand()) void interaction.reply({ content: 'Pong!' });
    });
    await loginLocalClient(client, discord.token);

    const record = await discord.sendInteraction(chatInputInteraction('ping'));

    expect(record.acknowledgements).toHaveLength(1);
    expect(record.accepted?.status).toBe(204);
    expect(record.accepted?.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(record.accepted?.body).toMatchObject({ data: { content: 'Pong!' } });
    expect(record.accepted?.latencyMs).toBeLessThan(3000);
    const original = discord.messages.get(record.originalMessageId ?? '');
    expect(original?.content).toBe('Pong!');
    expect(original?.interaction_metadata?.id).toBe(record.id);
  });

  it('when the bot defers and then edits, then @original holds the edit and the edit is logged', async () => {
    handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply('done');
      await interaction.followUp({ content: 'and one more thing' });
    });
    await loginLocalClient(client, discord.token);

    const record = await discord.sendInteraction(chatInputInteraction('slow'));
    const edited = await discord.interactions.waitForEdits(record.id, 1);
    await discord.interactions.waitUntil(
      () => (discord.interactions.get(record.id)?.followupMessageIds.length ?? 0) === 1,
      'one followup',
    );

    expect(edited.accepted?.callbackType).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const original = discord.messages.get(edited.originalMessageId ?? '');
    expect(original?.content).toBe('done');
    expect((original?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect((original?.flags ?? 0) & MessageFlags.Loading).toBe(0);
  });

  it('when a button on a recorded message is clicked, then the interaction carries that message', async () => {
    handleInteractions(client, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'Pick one',
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Primary,
                  custom_id: 'next',
                  label: 'Next',
                },
              ],
            },
          ],
        });
      } else if (interaction.isButton()) {
        await interaction.update({
          content: `clicked ${interaction.customId} on ${interaction.message.id}`,
        });
      }
    });
    await loginLocalClient(client, discord.token);

    const command = await discord.sendInteraction(chatInputInteraction('menu'));
    const pressed = await discord.sendInteraction(click('next'));

    expect(pressed.payload.message?.id).toBe(command.originalMessageId);
    expect(pressed.accepted?.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(discord.messages.get(command.originalMessageId ?? '')?.content).toBe(
      `clicked next on ${command.originalMessageId ?? ''}`,
    );
  });

  it('when the bot acknowledges twice, then the second is rejected with 40060 and only one counts', async () => {
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('first');
      // Bypass discord.js's own replied-guard to reach Discord as a buggy bot would.
      await client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: 'second' } },
        auth: false,
      });
    });
    await loginLocalClient(client, discord.token);

    const record = await discord.sendInteraction(chatInputInteraction('twice'));
    await discord.interactions.waitUntil(
      () => (discord.interactions.get(record.id)?.acknowledgements.length ?? 0) === 2,
      'two acknowledgement attempts',
    );

    const attempts = discord.interactions.get(record.id)?.acknowledgements ?? [];
    expect(attempts.map((a) => [a.status, a.errorCode])).toEqual([
      [204, null],
      [400, 40060],
    ]);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatchObject({
      code: 40060,
      message: 'Interaction has already been acknowledged.',
    });
  });

  it('when the callback arrives after the deadline, then it is rejected with 10062 Unknown interaction', async () => {
    discord.setInteractionDeadline(50);
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 150));
      await interaction.reply('too late');
    });
    await loginLocalClient(client, discord.token);

    const record = discord.dispatchInteraction(chatInputInteraction('late'));
    await discord.interactions.waitUntil(
      () => (discord.interactions.get(record.id)?.acknowledgements.length ?? 0) === 1,
      'the late attempt',
    );

    const after = discord.interactions.get(record.id);
    expect(after?.accepted).toBeNull();
    expect(after?.acknowledgements[0]).toMatchObject({ status: 404, errorCode: 10062 });
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatchObject({ code: 10062, status: 404 });
  });

  it('when the reply has an oversized embed, then it is rejected with 50035 and the field path', async () => {
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ embeds: [{ title: 'x'.repeat(257), description: 'ok' }] });
    });
    await loginLocalClient(client, discord.token);

    const record = discord.dispatchInteraction(chatInputInteraction('huge'));
    await expect.poll(() => errors.length).toBe(1);

    expect(errors[0]).toMatchObject({
      status: 400,
      code: 50035,
      rawError: {
        message: 'Invalid Form Body',
        errors: {
          data: { embeds: { '0': { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
        },
      },
    });
    expect(discord.interactions.get(record.id)?.accepted).toBeNull();
  });
});
