import { ApplicationCommandOptionType as OptionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { MONTAGES } from '../../data/index.js';
import { chatInputInteraction } from '../../src/adapters/console/interaction-factory.js';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/**
 * The exact payloads Discord receives, reviewed once and pinned: any change to wording, layout
 * or data shows up in review as a snapshot diff.
 */
describe('reply payload snapshots', () => {
  it.each(MONTAGES.map((montage) => [montage.rank, montage.film.title] as const))(
    '#%i %s',
    (rank) => {
      const response = handleInteraction(
        chatInputInteraction('montage', [{ name: 'rank', type: OptionType.Integer, value: rank }]),
      );
      expect(response).toMatchSnapshot();
    },
  );

  it('the full ranking', () => {
    expect(handleInteraction(chatInputInteraction('montage'))).toMatchSnapshot();
  });

  it('/help', () => {
    expect(handleInteraction(chatInputInteraction('help'))).toMatchSnapshot();
  });
});
