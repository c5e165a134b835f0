import {
  ComponentType,
  type APIButtonComponent,
  type APIMessageTopLevelComponent,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';

export interface MessageControls {
  readonly buttons: readonly APIButtonComponent[];
  readonly menus: readonly APIStringSelectComponent[];
}

/**
 * The buttons and string menus on a message, in reading order. Rendering and pressing both use
 * this, so the numbers shown are the numbers `press` understands.
 */
export function messageControls(
  components: readonly APIMessageTopLevelComponent[] | undefined,
): MessageControls {
  const buttons: APIButtonComponent[] = [];
  const menus: APIStringSelectComponent[] = [];
  for (const row of components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (component.type === ComponentType.Button) buttons.push(component);
      else if (component.type === ComponentType.StringSelect) menus.push(component);
    }
  }
  return { buttons, menus };
}

export function buttonLabel(button: APIButtonComponent): string {
  const label = 'label' in button ? (button.label ?? '') : '';
  const emoji = 'emoji' in button ? (button.emoji.name ?? '') : '';
  return [emoji, label].filter(Boolean).join(' ') || '(no label)';
}
