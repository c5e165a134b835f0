import type { APIInteraction } from 'discord-api-types/v10';

/** In a server the user sits inside `member`; in DMs and group DMs it is `user`. */
export function invokerId(interaction: APIInteraction): string {
  return interaction.member?.user.id ?? interaction.user?.id ?? '0';
}
