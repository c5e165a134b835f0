import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { MONTAGES } from '../../data/index.js';
import { MAX_QUERY_LENGTH } from '../../src/lookup/find-montage.js';
import { USABLE_EVERYWHERE } from '../../src/command-kit/slash-command.js';
import { montageLabel } from './labels.js';

/** The options, written once: the definition Discord receives, the handler's types and the checks. */
export const OPTIONS = [
  {
    type: ApplicationCommandOptionType.Integer,
    name: 'rank',
    description: 'Its place in the ranking (#1 is the best)',
    choices: MONTAGES.map((montage) => ({ name: montageLabel(montage), value: montage.rank })),
  },
  {
    type: ApplicationCommandOptionType.String,
    name: 'film',
    description: 'A film, number or name: Rocky IV, 4, Drago, Tommy Gunn…',
    max_length: MAX_QUERY_LENGTH,
    autocomplete: true,
  },
  {
    type: ApplicationCommandOptionType.Boolean,
    name: 'hide',
    description: 'Show the answer only to you',
  },
] as const;

export const definition = {
  name: 'montage',
  description: 'Look up a ranked Rocky training montage, or see the whole ranking',
  options: [...OPTIONS],
  ...USABLE_EVERYWHERE,
};
