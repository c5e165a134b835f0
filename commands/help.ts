import type { APIEmbed } from 'discord-api-types/v10';
import { ARTICLE_SOURCE, RANK_COUNT } from '../data/index.js';
import { USABLE_EVERYWHERE, type SlashCommand } from '../src/command-kit/slash-command.js';
import { reply } from '../src/render/interaction-responses.js';
import { RANK_COUNT_WORD } from './montage/labels.js';
import { colourForRank } from './montage/rank-colours.js';

const helpEmbed: APIEmbed = {
  title: 'Rocky training montages, ranked',
  description: `I answer questions about the ${RANK_COUNT_WORD} training montages of the Rocky films, as one article ranks them: where each one ranks and why, who trains whom, for which fight, the music and the moments people remember.`,
  color: colourForRank(1),
  fields: [
    {
      name: 'Look one up',
      value: [
        '`/montage rank:1` opens the top-ranked montage.',
        '`/montage film:Rocky IV` finds a film by title, number (`4`, `IV`), year (`1985`) or a name from it (`Drago`, `Tommy Gunn`). Typos are fine.',
        'The buttons step through the countdown or go back to the **Full ranking**, and a link opens the film’s Wikipedia page.',
      ].join('\n'),
    },
    {
      name: 'See the ranking',
      value: `\`/montage\` on its own lists all ${RANK_COUNT_WORD}, from #${RANK_COUNT} up to #1.`,
    },
    { name: 'Keep it to yourself', value: 'Add `hide:True` and only you will see the answer.' },
    {
      name: 'Where the answers come from',
      value: `The ranking and its reasons come from the article “${ARTICLE_SOURCE.title}” (${ARTICLE_SOURCE.year}; ${ARTICLE_SOURCE.titleNote}; ${ARTICLE_SOURCE.publisherNote}), summarized in our own words with short quotes. Other facts (years, cast, music) were checked separately, and anything unconfirmed is marked as such. The *Creed* films are not part of the ranking.`,
    },
  ],
};

export const helpCommand: SlashCommand = {
  definition: {
    name: 'help',
    description: 'What this bot does and how to use it',
    ...USABLE_EVERYWHERE,
  },
  execute: () => reply({ embeds: [helpEmbed] }, { ephemeral: true }),
};
