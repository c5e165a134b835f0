import {
  ComponentType,
  type APIButtonComponent,
  type APIMessageTopLevelComponent,
  type APISelectMenuOption,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';

/** A button as the console numbers it: `press 2` means the second button on the message. */
export interface NumberedButton {
  readonly number: number;
  readonly button: APIButtonComponent;
}

export interface Menu {
  readonly menu: APIStringSelectComponent;
  readonly options: readonly APISelectMenuOption[];
}

export interface MessageControls {
  readonly buttons: readonly NumberedButton[];
  readonly menus: readonly Menu[];
}

/**
 * The buttons and string menus on a message, in reading order. Rendering and pressing both use
 * this, so the numbers shown are the numbers `press` understands.
 */
export function messageControls(
  components: readonly APIMessageTopLevelComponent[] | undefined,
): MessageControls {
  const buttons: NumberedButton[] = [];
  const menus: Menu[] = [];
  for (const row of components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (component.type === ComponentType.Button) {
        buttons.push({ number: buttons.length + 1, button: component });
      } else if (component.type === ComponentType.StringSelect) {
        menus.push({ menu: component, options: component.options });
      }
    }
  }
  return { buttons, menus };
}

export function buttonLabel(button: APIButtonComponent): string {
  const label = 'label' in button ? (button.label ?? '') : '';
  const emoji = 'emoji' in button ? (button.emoji.name ?? '') : '';
  return [emoji, label].filter(Boolean).join(' ') || '(no label)';
}
