/**
 * Permissions the bot asks for when added to a server: none. It only answers interactions, and
 * interaction responses (initial reply, deferral, follow-ups, editing its own replies) go through
 * the interaction token, which needs no channel permission. It never posts, reads or manages
 * anything on its own. Asking for nothing also means server admins have nothing to audit; if a
 * future feature sends messages outside an interaction, add exactly those bits here.
 */
export const BOT_PERMISSIONS = 0n;

const AUTHORIZE = 'https://discord.com/oauth2/authorize';

export interface InviteUrls {
  /** Adds the bot to a server: commands for everyone there (integration_type 0). */
  readonly guildInstall: string;
  /**
   * Adds the app to a user's account: their commands everywhere (integration_type 1). Works
   * only if "User Install" is enabled under Developer Portal > Installation.
   */
  readonly userInstall: string;
}

export function inviteUrls(applicationId: string, permissions = BOT_PERMISSIONS): InviteUrls {
  // `bot` makes the app a server member (so it shows up and can be mentioned);
  // `applications.commands` lets its slash commands appear in that server.
  return {
    guildInstall: `${AUTHORIZE}?client_id=${applicationId}&scope=bot+applications.commands&permissions=${permissions.toString()}&integration_type=0`,
    // A user install has no server to join and no permissions to grant: commands scope only.
    userInstall: `${AUTHORIZE}?client_id=${applicationId}&scope=applications.commands&integration_type=1`,
  };
}
