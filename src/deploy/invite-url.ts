const AUTHORIZE = 'https://discord.com/oauth2/authorize';

export function inviteUrls(applicationId: string) {
  return {
    // `bot` makes the app a server member; `applications.commands` shows its slash commands there.
    // permissions=0: replies go through the interaction token, which needs no channel permission,
    // and the bot never acts on its own.
    guildInstall: `${AUTHORIZE}?client_id=${applicationId}&scope=bot+applications.commands&permissions=0&integration_type=0`,
    // A user install (if enabled under Developer Portal > Installation) has no server to join.
    userInstall: `${AUTHORIZE}?client_id=${applicationId}&scope=applications.commands&integration_type=1`,
  };
}
