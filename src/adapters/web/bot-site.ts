import { COMMANDS } from '../../../commands/index.js';
import type { Config } from '../../config/config-schema.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import { createSite, type SiteOptions } from './create-site.js';

export type BotSiteConfig = Pick<Config, 'DISCORD_APPLICATION_ID' | 'SITE_CONTACT'>;

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
