import { BOT_NAME } from './chat-message.js';
import { contactHtml } from './contact-line.js';
import type { Page, SitePaths } from './page-layout.js';
import { escapeHtml } from './escape-html.js';

export function termsPage(contact: string | undefined, paths: SitePaths): Page {
  return {
    title: 'Terms of Service',
    description: `The terms for using ${BOT_NAME}.`,
    main: `<article class="prose">
<h1>Terms of Service</h1>
<p class="lede">By adding or using the bot you agree to these terms. They are short because the bot does one small thing: it answers questions about the Rocky training montages.</p>

<h2>The service</h2>
<p>The bot and this website are free and provided as they are, without any promise that they are always available, complete or free of errors. The operator may change or stop them at any time.</p>

<h2>Using it</h2>
<p>Use the bot within Discord’s Terms of Service and Community Guidelines. Don’t try to disrupt it or overload it. It only ever posts its own answers, in reply to you.</p>

<h2>The content</h2>
<p>The ranking and its reasons summarise one published article, named in each answer’s footer, in our own words with short, attributed quotes; other facts (years, cast, music) were checked separately. Rocky and related names belong to their owners. The bot is not affiliated with them or with Discord.</p>

<h2>Your data</h2>
<p>See the <a href="${escapeHtml(paths.privacy)}">Privacy Policy</a>: the bot keeps nothing beyond its operator’s technical logs.</p>

<h2>Contact</h2>
<p>${contactHtml(contact)}</p>
</article>`,
  };
}
