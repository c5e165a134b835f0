import { BOT_NAME, escapeHtml, type Page, type SitePaths } from './page-layout.js';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** The operator's contact (SITE_CONTACT): an address or https link becomes a link, else text. */
export function contactHtml(contact: string | undefined): string {
  const value = contact?.trim() ?? '';
  if (value === '') {
    return 'The operator of this copy of the bot has not published a contact yet (they set it with <code>SITE_CONTACT</code>). Until then, ask the admins of the server where you met the bot.';
  }
  const shown = escapeHtml(value);
  if (EMAIL.test(value)) return `Contact the operator at <a href="mailto:${shown}">${shown}</a>.`;
  if (!/^https:\/\/\S+$/.test(value)) return `Contact the operator: ${shown}.`;
  return `Contact the operator at <a href="${shown}" rel="noopener noreferrer">${shown}</a>.`;
}

/** A policy page: its title is its heading, and it ends with how to reach the operator. */
function policyPage(title: string, description: string, contact: string | undefined, body: string) {
  const main = `<article class="prose">\n<h1>${title}</h1>\n${body}\n\n<h2>Contact</h2>\n<p>${contactHtml(contact)}</p>\n</article>`;
  return { title, description, main };
}

/** True to what src/adapters/{http,gateway}/ and src/logging/logger.ts log: change it with them. */
export const privacyPage = (contact: string | undefined): Page =>
  policyPage(
    'Privacy Policy',
    `What ${BOT_NAME} receives, keeps and logs.`,
    contact,
    `<p class="lede">The short version: the bot answers and forgets. It keeps nothing except its operator’s technical logs, and this website sets no cookies and tracks no one.</p>

<h2>What the bot receives</h2>
<p>The bot only sees what Discord sends it when someone uses one of its commands, types into an option with suggestions, or presses one of its buttons or menus. Each of these interactions carries:</p>
<ul>
<li>the interaction’s id, and a token the bot replies with, which Discord lets it use for 15 minutes;</li>
<li>which command, option values, button or menu choice was used;</li>
<li>the Discord account of the person using it: user id, username, display name and avatar, and inside a server their member details (roles, nickname, join date, permissions);</li>
<li>where it happened: server and channel ids, the channel’s type and name, and the user’s and server’s language settings;</li>
<li>for a button or menu, the bot message it belongs to.</li>
</ul>
<p>The bot asks for no permissions and cannot read messages. When it runs connected to Discord’s gateway, Discord also tells it which servers it is in, with their basic details; that stays in memory while the bot runs and is never written anywhere.</p>

<h2>What it keeps</h2>
<p>Nothing beyond logs: no database, no files. It uses an interaction to answer it and then lets it go. Two details last a little longer:</p>
<ul>
<li>The buttons and menus on a reply carry the user id of the person who asked, so that only they page through that reply (anyone else gets a private copy). They are part of the bot’s message, which Discord stores like any other message.</li>
<li>Connected through the gateway, the bot remembers the ids of interactions it answered (not who sent them) for up to 15 minutes, so a reconnect never answers one twice.</li>
</ul>

<h2>What the logs hold</h2>
<p>The bot writes technical log lines, each with a time, to its process’s error output. At the usual level (<code>info</code>) they record starting and stopping (with the bot’s own name and how many servers it is in), gateway connection events (shard numbers and close codes) and errors; an error names the interaction’s id and type, and the error message.</p>
<p>If the operator turns on detailed logs (<code>LOG_LEVEL=debug</code>), every interaction also adds a line with its id and type, the command name or the id of the button or menu pressed (which contains the Discord user id of the person who ran the command), the reply’s HTTP status and how long it took. Requests to the interactions endpoint that fail the signature or format checks are logged with their status and reason.</p>
<p>The logs never hold reply tokens or signatures (they are blanked out), what anyone typed into an option, usernames, IP addresses or message text.</p>
<p>Where the logs go and how long they are kept is up to the operator who runs this copy of the bot: it depends on their hosting or log service.</p>

<h2>This website</h2>
<p>No cookies, no tracking, no analytics, and no fonts, scripts or images from anywhere else. The bot does not log page visits or what you type into the try box: the text is answered and forgotten. A hosting provider or proxy in front of the site may keep its own access logs, as its operator configures them.</p>

<h2>Sharing</h2>
<p>Nothing is sold or shared. Answers go back to Discord, and nowhere else.</p>`,
  );

export const termsPage = (contact: string | undefined, paths: SitePaths): Page =>
  policyPage(
    'Terms of Service',
    `The terms for using ${BOT_NAME}.`,
    contact,
    `<p class="lede">By adding or using the bot you agree to these terms. They are short because the bot does one small thing: it answers questions about the Rocky training montages.</p>

<h2>The service</h2>
<p>The bot and this website are free and provided as they are, without any promise that they are always available, complete or free of errors. The operator may change or stop them at any time.</p>

<h2>Using it</h2>
<p>Use the bot within Discord’s Terms of Service and Community Guidelines. Don’t try to disrupt it or overload it. It only ever posts its own answers, in reply to you.</p>

<h2>The content</h2>
<p>The ranking and its reasons summarise one published article, named in each answer’s footer, in our own words with short, attributed quotes; other facts (years, cast, music) were checked separately. Rocky and related names belong to their owners. The bot is not affiliated with them or with Discord.</p>

<h2>Your data</h2>
<p>See the <a href="${paths.privacy}">Privacy Policy</a>: the bot keeps nothing beyond its operator’s technical logs.</p>`,
  );
