import { COMMANDS } from '../../../commands/index.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import { createSite, type SiteOptions } from './create-site.js';

export interface BotSiteConfig {
  readonly DISCORD_APPLICATION_ID?: string | undefined;
  readonly SITE_CONTACT?: string | undefined;
}

/** The one place the pages meet this bot's core and commands. */
export function botSiteOptions(config: BotSiteConfig): SiteOptions {
  return {
    answer: createInteractionHandler(COMMANDS),
    commands: COMMANDS,
    applicationId: config.DISCORD_APPLICATION_ID,
    contact: config.SITE_CONTACT,
  };
}

export const createBotSite = (config: BotSiteConfig) => createSite(botSiteOptions(config));
