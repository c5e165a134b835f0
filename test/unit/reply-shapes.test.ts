import { AllowedMentionsTypes, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
  notice,
  reply,
  staleControlNotice,
  update,
} from '../../src/render/interaction-responses.js';

describe('reply', () => {
  it('given ephemeral false, then a channel message with no flags that pings nobody', () => {
    expect(reply({ content: 'hi' }, { ephemeral: false })).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'hi', allowed_mentions: { parse: [] } },
    });
  });

  it('given ephemeral true, then only the asker sees it', () => {
    expect(reply({ content: 'hi' }, { ephemeral: true }).data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('given data that asks for pings, then allowed_mentions still allows none', () => {
    const data = {
      content: '@everyone',
      allowed_mentions: { parse: [AllowedMentionsTypes.Everyone] },
    };
    expect(reply(data, { ephemeral: false }).data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('update', () => {
  it('given only embeds, then the old content and components are cleared', () => {
    expect(update({ embeds: [{ title: 'Rocky' }] })).toEqual({
      type: InteractionResponseType.UpdateMessage,
      data: {
        content: '',
        embeds: [{ title: 'Rocky' }],
        components: [],
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('given only content, then the old embeds are cleared', () => {
    expect(update({ content: 'x' }).data).toEqual({
      content: 'x',
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
    });
  });

  it('given data that asks for pings, then allowed_mentions still allows none', () => {
    const data = { content: '@here', allowed_mentions: { parse: [AllowedMentionsTypes.Everyone] } };
    expect(update(data).data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('notice', () => {
  it('given only text, then a private message with no controls', () => {
    expect(notice('Nope.')).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        content: 'Nope.',
        components: [],
        allowed_mentions: { parse: [] },
        flags: MessageFlags.Ephemeral,
      },
    });
  });

  it('given a stale control, then it names the command to run again, privately', () => {
    const response = staleControlNotice('montage');
    expect(response.data.content).toBe(
      'That control is out of date. Run `/montage` again for a fresh one.',
    );
    expect(response.data.flags).toBe(MessageFlags.Ephemeral);
  });
});
