import {
  ComponentType,
  type APIButtonComponent,
  type APIMessageTopLevelComponent,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';

export type MessageControls = ReturnType<typeof messageControls>;

/** In reading order: rendering and pressing both use this, so `press 2` is the button shown as 2. */
export function messageControls(components: readonly APIMessageTopLevelComponent[] | undefined) {
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
