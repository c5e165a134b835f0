import type { APIMessage } from 'discord-api-types/v10';
import { buttonInteraction, selectInteraction } from './interaction-factory.js';
import { buttonLabel, messageControls } from '../../render/message-parts.js';

const BUTTON_VERBS = /^(?:press|click|push|tap)\s+/i;
const MENU_VERBS = /^(?:pick|choose|select)\s+/i;

interface Target {
  readonly label: string;
  readonly disabledBecause?: string | undefined;
  readonly customId: string;
  /** A menu option's value, which the member may type too; buttons have none. */
  readonly value?: string;
}

/** The labels that would press something, for Tab to finish. */
export function pressableLabels(message: APIMessage | undefined): string[] {
  const { buttons, options } = targetsOn(message);
  const pressable = [...buttons, ...options].filter((target) => !target.disabledBecause);
  return pressable.map((target) => target.label);
}

/**
 * What a typed label, `press 2` or `pick 2` presses, or text saying why not (`undefined`: it names
 * no control). Case, accents and arrows don't matter; a unique start or run of words is enough.
 */
export function findPress(text: string, message: APIMessage) {
  const typed = text.replace(BUTTON_VERBS, '').replace(MENU_VERBS, '').trim();
  const all = targetsOn(message);
  const buttons = MENU_VERBS.test(text) ? [] : all.buttons;
  const options = BUTTON_VERBS.test(text) ? [] : all.options;

  if (/^\d+$/.test(typed)) return byNumber(Number(typed), buttons, options, message);

  const targets = [...buttons, ...options];
  const rawWanted = typed.toLowerCase().replace(/\s+/g, ' ');
  const wanted = loose(typed);
  const tiers: ((name: string) => boolean)[] = [
    (name) => name.toLowerCase().replace(/\s+/g, ' ') === rawWanted,
    (name) => loose(name) === wanted,
    (name) => wanted !== '' && loose(name).startsWith(wanted),
    (name) => wanted !== '' && ` ${loose(name)} `.includes(` ${wanted} `),
  ];
  for (const matches of tiers) {
    const found = targets.filter((target) =>
      [target.label, target.value].some((name) => name !== undefined && matches(name)),
    );
    if (found.length === 1 && found[0]) return choose(found[0], message);
    if (found.length > 1) {
      const labels = found.map((target) => `“${target.label}”`).join(', ');
      return `“${typed}” could be ${labels}. Type more of the label.`;
    }
  }
  return undefined;
}

/** `press 2` counts buttons; `pick 2` names a menu option by its value, as labels show it. */
function byNumber(number: number, buttons: Target[], options: Target[], message: APIMessage) {
  const option = options.find((target) => target.value === String(number));
  // A bare number means a button where there are buttons: buttons are what is numbered.
  const target = buttons.length > 0 ? buttons[number - 1] : option;
  if (target) return choose(target, message);
  if (buttons.length > 0) {
    const count = buttons.length === 1 ? 'one button' : `${buttons.length} buttons`;
    return `There is no button ${number}; the message has ${count}.`;
  }
  if (options.length > 0) {
    const values = options.map((target) => target.value).join(', ');
    return `No menu option ${number}; the options are ${values}.`;
  }
  return undefined;
}

function choose(target: Target, message: APIMessage) {
  if (target.disabledBecause) return target.disabledBecause;
  const interaction =
    target.value === undefined
      ? buttonInteraction(target.customId, message)
      : selectInteraction(target.customId, [target.value], message);
  return { interaction, label: target.label };
}

function targetsOn(message: APIMessage | undefined) {
  const { buttons, menus } = messageControls(message?.components);
  return {
    buttons: buttons.map((button): Target => {
      const label = buttonLabel(button);
      if (!('custom_id' in button)) {
        const url = 'url' in button ? `: ${button.url}` : '';
        return { label, customId: '', disabledBecause: `“${label}” is a link${url}` };
      }
      const disabledBecause = button.disabled === true ? `“${label}” is disabled.` : undefined;
      return { label, customId: button.custom_id, disabledBecause };
    }),
    options: menus.flatMap((menu) =>
      menu.options.map(({ label, value }): Target => ({ label, customId: menu.custom_id, value })),
    ),
  };
}

/** Lowercase, accents and punctuation gone: `◀ #3 Rocky` and `#3 rocky` are the same label. */
function loose(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}
