import {
  ButtonStyle,
  ComponentType,
  type APIButtonComponent,
  type APIMessageTopLevelComponent,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
  buttonLabel,
  DEFAULT_BAR,
  hexColour,
  messageControls,
} from '../../src/render/message-parts.js';

const button = (label: string): APIButtonComponent => ({
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  custom_id: label,
  label,
});

describe('messageControls', () => {
  it('given two rows of buttons and a menu, then buttons in reading order and the menu apart', () => {
    const menu: APIStringSelectComponent = {
      type: ComponentType.StringSelect,
      custom_id: 'pick',
      options: [{ label: 'One', value: '1' }],
    };
    const components: APIMessageTopLevelComponent[] = [
      { type: ComponentType.ActionRow, components: [button('a'), button('b')] },
      { type: ComponentType.ActionRow, components: [menu] },
      { type: ComponentType.ActionRow, components: [button('c')] },
    ];
    const { buttons, menus } = messageControls(components);
    expect(buttons.map(buttonLabel)).toEqual(['a', 'b', 'c']);
    expect(menus).toEqual([menu]);
  });

  it('given no components or only text, then nothing to press', () => {
    const text: APIMessageTopLevelComponent = { type: ComponentType.TextDisplay, content: 'hi' };
    expect(messageControls(undefined)).toEqual({ buttons: [], menus: [] });
    expect(messageControls([text])).toEqual({ buttons: [], menus: [] });
  });
});

describe('buttonLabel', () => {
  it('given a labelled button, then its label', () => {
    expect(buttonLabel(button('Full ranking'))).toBe('Full ranking');
  });

  it('given an emoji-only or a premium button, then a placeholder rather than nothing', () => {
    const emojiOnly: APIButtonComponent = {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      custom_id: 'x',
      emoji: { name: '🥊' },
    };
    const premium: APIButtonComponent = {
      type: ComponentType.Button,
      style: ButtonStyle.Premium,
      sku_id: '1',
    };
    expect(buttonLabel(emojiOnly)).toBe('(no label)');
    expect(buttonLabel(premium)).toBe('(no label)');
  });
});

describe('hexColour', () => {
  it('given an RGB number, then six upper-case hex digits, zero-padded', () => {
    expect(hexColour(0xd4af37)).toBe('#D4AF37');
    expect(hexColour(0x00ff00)).toBe('#00FF00');
    expect(hexColour(0)).toBe('#000000');
  });

  it('given no embed colour, then the bar is Discord’s grey', () => {
    expect(hexColour(DEFAULT_BAR)).toBe('#4E5058');
  });
});
