import {
  InteractionResponseType,
  type APIInteractionResponse,
  type APIMessage,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';
import {
  buttonInteraction,
  LOCAL_CONTEXT,
  selectInteraction,
  type LocalContext,
} from './interaction-factory.js';
import { editedMessage, messageFromResponse } from '../../local-discord/message-from-response.js';
import { buttonLabel, type MessageControls } from './message-controls.js';

export type Press =
  | { readonly kind: 'button'; readonly customId: string }
  | { readonly kind: 'select'; readonly customId: string; readonly values: readonly string[] };

/** `undefined` when the text names no control at all, so the caller can say something better. */
export type PressResult =
  | { readonly ok: true; readonly press: Press; readonly label: string }
  | { readonly ok: false; readonly problem: string }
  | undefined;

const BUTTON_VERBS = /^(?:press|click|push|tap)\s+/i;
const MENU_VERBS = /^(?:pick|choose|select)\s+/i;

interface Target {
  readonly label: string;
  /** Everything the member may type for it: a label, and for menu options also the value. */
  readonly names: readonly string[];
  readonly disabledBecause?: string;
  readonly press: Press;
}

/**
 * What a member means by typing a control's label (`Full ranking`, `#3 rocky`), `press 2` for
 * the second button, or `pick 2` for the menu option whose value is 2. Case and the arrows and
 * dots around labels don't matter; a unique start of a label or a whole word run of it is enough.
 */
export function findPress(text: string, controls: MessageControls): PressResult {
  const wantsButton = BUTTON_VERBS.test(text);
  const wantsMenu = MENU_VERBS.test(text);
  const typed = text.replace(BUTTON_VERBS, '').replace(MENU_VERBS, '').trim();

  const buttons = wantsMenu ? [] : buttonTargets(controls);
  const options = wantsButton ? [] : optionTargets(controls);
  if (typed === '') return undefined;

  if (/^\d+$/.test(typed)) return byNumber(Number(typed), buttons, options);

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
    const found = targets.filter((target) => target.names.some(matches));
    if (found.length === 1 && found[0]) return choose(found[0]);
    if (found.length > 1) {
      const labels = found.map((target) => `“${target.label}”`).join(', ');
      return { ok: false, problem: `“${typed}” could be ${labels}. Type more of the label.` };
    }
  }
  return undefined;
}

/** `press 2` counts buttons; `pick 2` names a menu option by its value, as labels show it. */
function byNumber(
  number: number,
  buttons: readonly Target[],
  options: readonly Target[],
): PressResult {
  const option = options.find(
    (target) => target.press.kind === 'select' && target.press.values.includes(String(number)),
  );
  // With both kinds on one message a bare number means a button: buttons are what is numbered.
  const target = buttons.length > 0 ? buttons[number - 1] : option;
  if (target) return choose(target);
  if (buttons.length > 0) {
    const count = buttons.length === 1 ? 'one button' : `${buttons.length} buttons`;
    return { ok: false, problem: `There is no button ${number}; the message has ${count}.` };
  }
  if (options.length > 0) {
    const values = options.flatMap((target) =>
      target.press.kind === 'select' ? target.press.values : [],
    );
    return {
      ok: false,
      problem: `No menu option ${number}; the options are ${values.join(', ')}.`,
    };
  }
  return undefined;
}

function choose(target: Target): PressResult {
  if (target.disabledBecause) return { ok: false, problem: target.disabledBecause };
  return { ok: true, press: target.press, label: target.label };
}

function buttonTargets(controls: MessageControls): Target[] {
  return controls.buttons.map((button) => {
    const label = buttonLabel(button);
    const disabledBecause = !('custom_id' in button)
      ? `“${label}” is a link${'url' in button ? `: ${button.url}` : ''}`
      : button.disabled === true
        ? `“${label}” is disabled.`
        : undefined;
    return {
      label,
      names: [label],
      ...(disabledBecause === undefined ? {} : { disabledBecause }),
      press: { kind: 'button' as const, customId: 'custom_id' in button ? button.custom_id : '' },
    };
  });
}

function optionTargets(controls: MessageControls): Target[] {
  return controls.menus.flatMap((menu) =>
    menu.options.map((option) => ({
      label: option.label,
      names: [option.label, option.value],
      ...(menu.disabled === true
        ? { disabledBecause: `The menu “${menu.placeholder ?? ''}” is disabled.` }
        : {}),
      press: { kind: 'select' as const, customId: menu.custom_id, values: [option.value] },
    })),
  );
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

export function pressInteraction(
  press: Press,
  message: APIMessage,
  context: LocalContext = LOCAL_CONTEXT,
): APIMessageComponentInteraction {
  return press.kind === 'button'
    ? buttonInteraction(press.customId, message, context)
    : selectInteraction(press.customId, [...press.values], message, context);
}

let messageCounter = 0;

/**
 * The message whose controls the member can press after this response. A new reply with controls
 * becomes current; an update (type 7) edits the current one in place, as Discord does. A reply
 * without controls leaves the earlier message's controls pressable, as scrolling up would.
 */
export function messageAfter(
  current: APIMessage | undefined,
  response: APIInteractionResponse,
  context: LocalContext = LOCAL_CONTEXT,
): APIMessage | undefined {
  if (response.type === InteractionResponseType.UpdateMessage && current) {
    return editedMessage(current, response.data ?? {});
  }
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return current;
  if (!response.data.components?.length) return current;
  messageCounter += 1;
  return messageFromResponse(response.data, {
    id: String(700000000000000000n + BigInt(messageCounter)),
    channelId: context.channelId,
    author: {
      id: context.applicationId,
      username: 'Rocky Montages',
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
    },
    applicationId: context.applicationId,
  });
}
