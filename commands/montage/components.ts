import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import { montageByRank, RANK_COUNT, type Montage } from '../../data/index.js';
import { EDGE_IDS, encodeControl } from './custom-ids.js';
import { montageLabel } from './labels.js';

const MAX_BUTTONS_PER_ROW = 5;

function showButton(target: Montage, ownerId: string, label: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodeControl({ action: 'show', rank: target.rank, ownerId }),
  };
}

function edgeButton(customId: string, label: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: customId,
    disabled: true,
  };
}

/** Opens the film's Wikipedia page, so a fan can check the facts; Discord follows it, not the bot. */
function sourceLinkButton(montage: Montage): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: `${montage.film.title} on Wikipedia`,
    url: montage.film.wikipedia,
  };
}

/**
 * Previous and next follow the article's countdown (#6 first, #1 last), so "next" moves toward #1.
 * The film's Wikipedia link sits at the end of the same row.
 */
export function navigationRow(
  montage: Montage,
  ownerId: string,
): APIActionRowComponent<APIButtonComponent> {
  const previous = montage.rank < RANK_COUNT ? montageByRank(montage.rank + 1) : undefined;
  const next = montage.rank > 1 ? montageByRank(montage.rank - 1) : undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      previous
        ? showButton(previous, ownerId, `◀ #${previous.rank} ${previous.film.title}`)
        : edgeButton(EDGE_IDS.previous, '◀ Start of the countdown'),
      next
        ? showButton(next, ownerId, `#${next.rank} ${next.film.title} ▶`)
        : edgeButton(EDGE_IDS.next, 'Top of the ranking ▶'),
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'Full ranking',
        custom_id: encodeControl({ action: 'ranking', ownerId }),
      },
      sourceLinkButton(montage),
    ],
  };
}

/** One button per montage, for short choices such as a rank that disagrees with a film. */
export function openButtonsRow(
  montages: readonly Montage[],
  ownerId: string,
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: montages
      .slice(0, MAX_BUTTONS_PER_ROW)
      .map((montage) => showButton(montage, ownerId, `Open ${montageLabel(montage)}`)),
  };
}

/** A menu to open any of the given montages. */
export function pickMenuRow(
  montages: readonly Montage[],
  ownerId: string,
  placeholder: string,
  describe: (montage: Montage) => string = (montage) => montage.tagline,
): APIActionRowComponent<APIStringSelectComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeControl({ action: 'pick', ownerId }),
        placeholder,
        options: montages.map((montage) => ({
          label: montageLabel(montage),
          value: String(montage.rank),
          description: describe(montage),
        })),
      },
    ],
  };
}
