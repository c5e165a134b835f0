import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';

/** Installable to a server or to a member's account ("user app"). */
export const EVERY_INSTALL = [
  ApplicationIntegrationType.GuildInstall,
  ApplicationIntegrationType.UserInstall,
] as const;

/** Usable in servers, in DMs with the bot, and in other DMs and group DMs (as a user app). */
export const EVERY_CONTEXT = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
] as const;
