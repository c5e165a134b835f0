import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { COMMANDS } from '../../../commands/index.js';
import { definition } from '../../../commands/montage/definition.js';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { inviteUrls } from '../../deploy/invite-url.js';
import { BOT_NAME, escapeHtml, type Page, type SitePaths } from './page-layout.js';
import { FILM, previewMessages } from './render-message.js';
import { TRY_BOX } from './try-box.js';

export function homePage(
  answer: InteractionHandler,
  applicationId: string | undefined,
  paths: SitePaths,
): Page {
  return {
    title: BOT_NAME,
    description:
      'A Discord bot that answers questions about the six Rocky training montages, as one article ranks them.',
    main: `<section class="hero" aria-labelledby="title">
<h1 id="title">${BOT_NAME}</h1>
<p class="lede">A Discord bot that answers questions about the six training montages of the Rocky films, as one article ranks them: where each one ranks and why, who trains whom, the music and the moments people remember. Ask with <code>/${definition.name}</code> by rank, or by film title, number, year or a name such as Drago; typos are fine.</p>
${inviteHtml(applicationId)}
</section>
<section aria-labelledby="try-heading">
<h2 id="try-heading">Try it</h2>
${paths.tryPage ? TRY_BOX : `<p>Once the bot is in your server, type <code>/${definition.name} ${FILM.name}:rokcy 4</code>: it finds Rocky IV despite the typo. This copy of the page is static, so it has no live try box.</p>`}
</section>
<section aria-labelledby="commands-heading">
<h2 id="commands-heading">Commands</h2>
${commandReference()}
</section>
<section aria-labelledby="previews-heading">
<h2 id="previews-heading">Every answer, as Discord shows it</h2>
<p>These are drawn from the bot’s own replies to the commands shown, produced when this page was built, so they always match what the bot says.</p>
<div class="previews">
${previewMessages(answer).join('\n')}
</div>
</section>`,
  };
}

function inviteHtml(applicationId: string | undefined): string {
  if (applicationId === undefined) {
    return `<div class="notice" role="note"><p><strong>No Add to Discord link yet.</strong> It needs the bot’s application id: copy it from the Discord Developer Portal › your app › General Information › Application ID, set <code>DISCORD_APPLICATION_ID</code> in <code>.env</code> (or the environment), then restart <code>npm run serve</code> or run <code>npm run build:site</code> again.</p></div>`;
  }
  const urls = inviteUrls(applicationId);
  return `<p class="invite"><a class="cta" id="invite-server" href="${escapeHtml(urls.guildInstall)}">Add to Discord</a> <a class="cta secondary" id="invite-user" href="${escapeHtml(urls.userInstall)}">Add to my apps</a></p>
<p class="small">“Add to Discord” adds the bot to a server you manage; it asks for no permissions. “Add to my apps” lets you use it anywhere, including DMs.</p>`;
}

const OPTION_KINDS: Partial<Record<ApplicationCommandOptionType, string>> = {
  [ApplicationCommandOptionType.String]: 'text',
  [ApplicationCommandOptionType.Integer]: 'a whole number',
  [ApplicationCommandOptionType.Boolean]: 'True or False',
};

function optionHtml(option: APIApplicationCommandOption): string {
  const kind = OPTION_KINDS[option.type] ?? 'a value';
  const limit =
    option.type === ApplicationCommandOptionType.String && option.max_length !== undefined
      ? `, up to ${String(option.max_length)} characters`
      : '';
  const required = option.required === true ? ', required' : ', optional';
  return `<li><code>${escapeHtml(option.name)}:</code> ${escapeHtml(option.description)} <span class="muted">(${kind}${limit}${required})</span></li>`;
}

/** From the definitions `npm run deploy` registers, so the reference is what Discord offers. */
function commandReference(): string {
  const items = COMMANDS.map(({ definition: command }) => {
    const options = command.options ?? [];
    const list = options.length > 0 ? `<ul>${options.map(optionHtml).join('')}</ul>` : '';
    return `<dt><code>/${escapeHtml(command.name)}</code></dt><dd>${escapeHtml(command.description)}${list}</dd>`;
  });
  return `<dl class="commands">${items.join('')}</dl>`;
}
