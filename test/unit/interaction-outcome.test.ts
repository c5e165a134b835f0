import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { kindOf, outcomeOf } from '../../src/metrics/interaction-metrics.js';
import {
  notice,
  reply,
  staleControlNotice,
  update,
} from '../../src/render/interaction-responses.js';

describe('how a response is counted', () => {
  it('given a notice or a stale-control notice, then it is a notice', () => {
    expect(outcomeOf(notice('No montage matches that.'))).toBe('notice');
    expect(outcomeOf(staleControlNotice('montage'))).toBe('notice');
  });

  it('given an ephemeral embed (as /help sends), a public reply, an update or choices, then it is answered', () => {
    const embed = { embeds: [{ title: 'Help' }] };
    expect(outcomeOf(reply(embed, { ephemeral: true }))).toBe('answered');
    expect(outcomeOf(reply({ content: 'Rocky IV' }, { ephemeral: false }))).toBe('answered');
    expect(outcomeOf(update(embed))).toBe('answered');
    expect(
      outcomeOf({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      }),
    ).toBe('answered');
  });

  it('names each interaction type, and an unknown type as unknown', () => {
    expect(kindOf(InteractionType.ApplicationCommand)).toBe('command');
    expect(kindOf(InteractionType.ApplicationCommandAutocomplete)).toBe('autocomplete');
    expect(kindOf(InteractionType.MessageComponent)).toBe('component');
    expect(kindOf(InteractionType.ModalSubmit)).toBe('modal');
    expect(kindOf(InteractionType.Ping)).toBe('ping');
    expect(kindOf(99)).toBe('unknown');
  });
});
