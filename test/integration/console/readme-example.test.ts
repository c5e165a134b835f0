import { readFileSync } from 'node:fs';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { chatInputInteraction } from '../../../src/adapters/console/interaction-factory.js';
import { renderResponse } from '../../../src/adapters/console/render-response.js';
import { COMMANDS } from '../../../commands/index.js';
import { createInteractionHandler } from '../../../src/core/handle-interaction.js';

const handleInteraction = createInteractionHandler(COMMANDS);
const COMMAND_LINE = '$ npm run -s console -- "/montage film:drago"';

describe('the example at the top of the README', () => {
  it('given the command it shows, then its output is exactly what the console prints (piped: no colour, no wrapping)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = readme.split(`${COMMAND_LINE}\n`)[1]?.split('\n```')[0];
    const printed = renderResponse(
      handleInteraction(
        chatInputInteraction('montage', [
          { name: 'film', type: ApplicationCommandOptionType.String, value: 'drago' },
        ]),
      ),
      { colour: false },
    );
    expect(example).toBe(printed);
  });
});
