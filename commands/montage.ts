import { SlashCommandBuilder } from '@discordjs/builders';
import {
  ComponentType,
  InteractionResponseType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandAutocompleteResponse,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';
import { z } from 'zod';
import { MONTAGES, RANK_COUNT, type Montage } from '../data/index.js';
import { focusedOption, parseOptions } from '../src/core/interaction-options.js';
import { invokerId } from '../src/core/interaction-user.js';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/core/command-availability.js';
import type { SlashCommand } from '../src/core/slash-command.js';
import { findMontage, findMontageByRank, type FilmLookup } from '../src/lookup/find-montage.js';
import { MAX_QUERY_LENGTH } from '../src/lookup/query-limit.js';
import { suggestMontages } from '../src/lookup/suggest-montages.js';
import { decodeControl } from '../src/render/custom-ids.js';
import { notice, reply, staleControlNotice, update } from '../src/render/interaction-responses.js';
import {
  ambiguousNotice,
  conflictNotice,
  creedNotice,
  missNotice,
} from '../src/render/lookup-notices.js';
import { montageLabel } from '../src/render/montage-labels.js';
import { montageMessage, rankingMessage } from '../src/render/montage-message.js';

const NAME = 'montage';
const OPTION = { rank: 'rank', film: 'film', hide: 'hide' } as const;
const FILM_MAX_LENGTH = MAX_QUERY_LENGTH;
const MAX_CHOICES = 25;

const definition = new SlashCommandBuilder()
  .setName(NAME)
  .setDescription('Look up a ranked Rocky training montage, or see the whole ranking')
  .addIntegerOption((option) =>
    option
      .setName(OPTION.rank)
      .setDescription('Its place in the ranking (#1 is the best)')
      .addChoices(
        MONTAGES.map((montage) => ({ name: montageLabel(montage), value: montage.rank })),
      ),
  )
  .addStringOption((option) =>
    option
      .setName(OPTION.film)
      .setDescription('A film, number or name: Rocky IV, 4, Drago, Tommy Gunn…')
      .setMaxLength(FILM_MAX_LENGTH)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) =>
    option.setName(OPTION.hide).setDescription('Show the answer only to you'),
  )
  .setIntegrationTypes(...EVERY_INSTALL)
  .setContexts(...EVERY_CONTEXT)
  .toJSON();

/** The option values Discord can send, checked again here: HTTP callers need not be Discord's client. */
const optionsSchema = z.strictObject({
  [OPTION.rank]: z
    .number({ message: `rank must be a whole number from 1 to ${RANK_COUNT}` })
    .int(`rank must be a whole number from 1 to ${RANK_COUNT}`)
    .min(1, `rank must be from 1 to ${RANK_COUNT}`)
    .max(RANK_COUNT, `rank must be from 1 to ${RANK_COUNT}`)
    .optional(),
  [OPTION.film]: z
    .string({ message: 'film must be text' })
    .max(FILM_MAX_LENGTH, `film must be at most ${FILM_MAX_LENGTH} characters`)
    .optional(),
  [OPTION.hide]: z.boolean({ message: 'hide must be true or false' }).optional(),
});

function execute(interaction: APIChatInputApplicationCommandInteraction): APIInteractionResponse {
  const parsed = parseOptions(interaction, optionsSchema);
  if (!parsed.ok) return notice(`I couldn't use those options: ${parsed.problem}.`);
  const { rank, film, hide = false } = parsed.value;
  const ownerId = invokerId(interaction);

  const byRank = rank === undefined ? undefined : findMontageByRank(rank);
  const lookup: FilmLookup = film === undefined ? { kind: 'empty' } : findMontage(film);

  // Creed is never a conflict with a rank: the article simply leaves those films out.
  if (lookup.kind === 'creed') return creedNotice(ownerId);
  if (byRank && film !== undefined && lookup.kind !== 'empty') {
    const fromFilm = montagesIn(lookup);
    if (!fromFilm.includes(byRank)) return conflictNotice(byRank, film, fromFilm, ownerId);
    return reply(montageMessage(byRank, ownerId), { ephemeral: hide });
  }
  if (byRank) return reply(montageMessage(byRank, ownerId), { ephemeral: hide });

  switch (lookup.kind) {
    case 'found':
      return reply(montageMessage(lookup.montage, ownerId), { ephemeral: hide });
    case 'empty':
      return reply(rankingMessage(ownerId), { ephemeral: hide });
    case 'ambiguous':
      return ambiguousNotice(film ?? '', lookup.candidates, ownerId, lookup.matchedAs);
    case 'miss':
      return missNotice(film ?? '', lookup.suggestions, ownerId);
  }
}

function montagesIn(lookup: FilmLookup): readonly Montage[] {
  switch (lookup.kind) {
    case 'found':
      return [lookup.montage];
    case 'ambiguous':
      return lookup.candidates;
    default:
      return [];
  }
}

function autocomplete(
  interaction: APIApplicationCommandAutocompleteInteraction,
): APIApplicationCommandAutocompleteResponse {
  const focused = focusedOption(interaction);
  const matches = focused?.name === OPTION.film ? suggestMontages(focused.value) : [];
  return {
    type: InteractionResponseType.ApplicationCommandAutocompleteResult,
    data: {
      choices: matches
        .slice(0, MAX_CHOICES)
        .map((montage) => ({ name: montageLabel(montage), value: montage.film.title })),
    },
  };
}

function component(interaction: APIMessageComponentInteraction): APIInteractionResponse {
  const control = decodeControl(interaction.data.custom_id);
  if (!control) return staleControlNotice();

  const clickerId = invokerId(interaction);
  // Someone else's message stays as it is; the clicker gets their own private copy.
  const answer = (data: ReturnType<typeof rankingMessage>) =>
    clickerId === control.ownerId ? update(data) : reply(data, { ephemeral: true });

  if (control.action === 'ranking') return answer(rankingMessage(clickerId));

  const rank =
    control.action === 'show'
      ? control.rank
      : interaction.data.component_type === ComponentType.StringSelect
        ? Number(interaction.data.values[0])
        : Number.NaN;
  const montage = findMontageByRank(rank);
  if (!montage)
    return notice(`There is no montage at that rank. Ranks go from 1 to ${RANK_COUNT}.`);
  return answer(montageMessage(montage, clickerId));
}

export const montageCommand: SlashCommand = { definition, execute, autocomplete, component };
