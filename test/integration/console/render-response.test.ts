import { montageByRank } from '../../../data/index.js';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { chatInputInteraction } from '../../../src/adapters/console/interaction-factory.js';
import { renderResponse } from '../../../src/adapters/console/render-response.js';
import { COMMANDS } from '../../../commands/index.js';
import { createInteractionHandler } from '../../../src/core/handle-interaction.js';

const handleInteraction = createInteractionHandler(COMMANDS);

// eslint-disable-next-line no-control-regex -- looking for escape codes is the point
const ANSI = /\x1b\[/;

const montage = (rank: number, hide = false) =>
  handleInteraction(
    chatInputInteraction('montage', [
      { name: 'rank', type: ApplicationCommandOptionType.Integer, value: rank },
      ...(hide
        ? [{ name: 'hide', type: ApplicationCommandOptionType.Boolean as const, value: true }]
        : []),
    ]),
  );

describe('rendering a reply for a terminal', () => {
  it('given a montage reply, when rendered plain, then title, colour name, fields, footer and buttons show without ANSI', () => {
    const text = renderResponse(montage(2), { colour: false });
    expect(text).toContain('│ #2 · Rocky IV (1985)');
    expect(text).toContain('silver · #C0C0C0');
    expect(text).toContain('│ 🥊 Who trains whom');
    expect(text).toContain(
      '│ Ranked #2 of 6 · 5th in the countdown from #6 to #1\n│ Source: “Rocky',
    );
    expect(text).toContain(
      '[1] ◀ #3 Rocky   [2] #1 Rocky Balboa ▶   [3] Full ranking   [4] Rocky IV on Wikipedia ↗',
    );
    expect(text).not.toMatch(ANSI);
    expect(text).not.toContain('Only you can see this');
  });

  it('given subtext, quotes and bold, when rendered plain, then their markers are gone', () => {
    const text = renderResponse(montage(2), { colour: false });
    expect(text).not.toMatch(/^│ -# /m);
    expect(text).toContain('│   Directed by Sylvester Stallone');
    expect(text).toMatch(/^│ ┆ “Rocky, a man built by nature/m);
    const ranking = renderResponse(handleInteraction(chatInputInteraction('montage')), {
      colour: false,
    });
    expect(ranking).toContain('│ #6 · Rocky III (1982)');
    expect(ranking).not.toContain('**');
  });

  it('given colour, when rendered, then the bar is drawn in the embed colour', () => {
    const text = renderResponse(montage(1), { colour: true });
    expect(text).toContain('\x1b[38;2;212;175;55m▌');
    expect(text).toContain('gold · #D4AF37');
  });

  it('given hide:true, when rendered, then it says only you can see it, and disabled buttons say so', () => {
    const text = renderResponse(montage(1, true), {
      colour: false,
    });
    expect(text).toContain('👁 Only you can see this');
    expect(text).toContain('[2] Top of the ranking ▶ (disabled)');
  });

  it('given the ranking, when rendered, then the menu lists every option with its value', () => {
    const text = renderResponse(handleInteraction(chatInputInteraction('montage')), {
      colour: false,
    });
    expect(text).toContain('▾ Open a montage…');
    expect(text).toContain(`  [2] #2 · Rocky IV (1985) — ${montageByRank(2)?.tagline ?? ''}`);
  });

  it('given a width, when rendered, then embed lines wrap inside it and keep the bar', () => {
    const lines = renderResponse(montage(2), { colour: false, width: 60 }).split('\n');
    for (const line of lines.filter((line) => line.startsWith('│'))) {
      expect(line.length).toBeLessThanOrEqual(62);
    }
  });

  it('given the podium and the rest, when rendered, then their colours read gold, silver, bronze and dark red', () => {
    const named = [1, 2, 3, 4].map(
      (rank) =>
        /[a-z]+(?: [a-z]+)? · #[0-9A-F]{6}/.exec(
          renderResponse(montage(rank), { colour: false }),
        )?.[0],
    );
    expect(named).toEqual([
      'gold · #D4AF37',
      'silver · #C0C0C0',
      'bronze · #CD7F32',
      'dark red · #9B1C1C',
    ]);
  });
});
