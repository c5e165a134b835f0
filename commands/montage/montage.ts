import {
  ComponentType,
  InteractionResponseType,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { montageByRank, RANK_COUNT } from '../../data/index.js';
import {
  focusedOption,
  invokerId,
  optionsParser,
  UNKNOWN_INVOKER,
  type SlashCommand,
} from '../../src/command-kit/slash-command.js';
import { findMontage, montagesOf, suggestMontages } from '../../src/lookup/find-montage.js';
import { notice, reply, update } from '../../src/render/interaction-responses.js';
import { decodeControl } from './custom-ids.js';
import { definition, OPTIONS } from './definition.js';
import { montageLabel } from './labels.js';
import { montageMessage, rankingMessage } from './messages.js';
import { conflictNotice, lookupNotice, staleNotice } from './notices.js';

/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;
const parseOptions = optionsParser(OPTIONS);
const [, FILM_OPTION] = OPTIONS;

const execute: SlashCommand['execute'] = (interaction) => {
  const parsed = parseOptions(interaction);
  if (!parsed.ok) return notice(`I couldn’t use those options: ${parsed.problem}.`);
  const { rank, film = '', hide = false } = parsed.value;
  const ownerId = invokerId(interaction);

  // No film is an empty one: the full ranking.
  const lookup = findMontage(film);
  const byRank = rank === undefined ? undefined : montageByRank(rank);

  // Creed is never a conflict with a rank: the article simply leaves those films out.
  if (byRank && lookup.kind !== 'creed') {
    const fromFilm = lookup.kind === 'miss' ? [] : montagesOf(lookup);
    if (lookup.kind !== 'empty' && !fromFilm.includes(byRank)) {
      return conflictNotice(byRank, film, fromFilm, ownerId);
    }
    return reply(montageMessage(byRank, ownerId), { ephemeral: hide });
  }
  if (lookup.kind === 'empty') return reply(rankingMessage(ownerId), { ephemeral: hide });
  if (lookup.kind !== 'found') return lookupNotice(film, lookup, ownerId);
  return reply(montageMessage(lookup.montage, ownerId), { ephemeral: hide });
};

const autocomplete: SlashCommand['autocomplete'] = (interaction) => {
  const focused = focusedOption(interaction);
  const matches = focused?.name === FILM_OPTION.name ? suggestMontages(focused.value) : [];
  return {
    type: InteractionResponseType.ApplicationCommandAutocompleteResult,
    data: {
      choices: matches
        .slice(0, MAX_CHOICES)
        .map((montage) => ({ name: montageLabel(montage), value: montage.film.title })),
    },
  };
};

const component: SlashCommand['component'] = (interaction) => {
  const control = decodeControl(interaction.data.custom_id);
  if (!control) return staleNotice();

  const clickerId = invokerId(interaction);
  // Someone else's message stays as it is; the clicker gets their own private copy. A message
  // whose owner is unknown belongs to nobody, so every clicker gets a copy.
  const owns = clickerId !== UNKNOWN_INVOKER && clickerId === control.ownerId;
  const answer = (data: APIInteractionResponseCallbackData) =>
    owns ? update(data) : reply(data, { ephemeral: true });

  if (control.action === 'ranking') return answer(rankingMessage(clickerId));
  const rank =
    control.action === 'show'
      ? control.rank
      : interaction.data.component_type === ComponentType.StringSelect
        ? Number(interaction.data.values[0])
        : Number.NaN;
  const montage = montageByRank(rank);
  if (!montage)
    return notice(`There is no montage at that rank. Ranks go from 1 to ${RANK_COUNT}.`);
  return answer(montageMessage(montage, clickerId));
};

export const montageCommand: SlashCommand = { definition, execute, autocomplete, component };
