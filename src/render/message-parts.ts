import {
  ComponentType,
  type APIButtonComponent,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';

export type MessageControls = ReturnType<typeof messageControls>;

/** In reading order: rendering and pressing both use this, so `press 2` is the button shown as 2. */
export function messageControls(components: readonly APIMessageTopLevelComponent[] | undefined) {
  const controls = (components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow ? row.components : [],
  );
  return {
    buttons: controls.filter((control) => control.type === ComponentType.Button),
    menus: controls.filter((control) => control.type === ComponentType.StringSelect),
  };
}

export function buttonLabel(button: APIButtonComponent): string {
  return ('label' in button ? button.label : undefined) ?? '(no label)';
}

/** Discord draws an embed without a colour with a grey bar. */
export const DEFAULT_BAR = 0x4e5058;

export function hexColour(rgb: number): string {
  return `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
}
