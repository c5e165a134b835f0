import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import { COUNTDOWN, montageByRank, type Montage } from '../../data/index.js';
import { EDGE_IDS, encodeControl } from './custom-ids.js';
import { montageLabel } from './labels.js';

const MAX_BUTTONS_PER_ROW = 5;

type ButtonRow = APIActionRowComponent<APIButtonComponent>;

// Literal objects, not spreads: this runs on every answer, and spread copies are slower.
function button(
  label: string,
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label, custom_id: customId };
}

/** At either end of the countdown a disabled button keeps the row's shape; it never changes. */
const EDGES = {
  previous: { ...button('◀ Start of the countdown', EDGE_IDS.previous), disabled: true },
  next: { ...button('Top of the ranking ▶', EDGE_IDS.next), disabled: true },
};

function showButton(target: Montage, ownerId: string, label: string): APIButtonComponent {
  return button(label, encodeControl({ action: 'show', rank: target.rank, ownerId }));
}

/** Next moves toward #1, as the article counts down; the Wikipedia link lets a fan check facts. */
export function navigationRow(montage: Montage, ownerId: string): ButtonRow {
  const previous = montageByRank(montage.rank + 1);
  const next = montageByRank(montage.rank - 1);
  return {
    type: ComponentType.ActionRow,
    components: [
      previous
        ? showButton(previous, ownerId, `◀ #${previous.rank} ${previous.film.title}`)
        : EDGES.previous,
      next ? showButton(next, ownerId, `#${next.rank} ${next.film.title} ▶`) : EDGES.next,
      button('Full ranking', encodeControl({ action: 'ranking', ownerId }), ButtonStyle.Primary),
      {
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: `${montage.film.title} on Wikipedia`,
        url: montage.film.wikipedia,
      },
    ],
  };
}

export function openButtonsRow(montages: readonly Montage[], ownerId: string): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: montages
      .slice(0, MAX_BUTTONS_PER_ROW)
      .map((montage) => showButton(montage, ownerId, `Open ${montageLabel(montage)}`)),
  };
}

export function pickMenuRow(
  ownerId: string,
  placeholder = 'Open a montage…',
  montages: readonly Montage[] = COUNTDOWN,
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
