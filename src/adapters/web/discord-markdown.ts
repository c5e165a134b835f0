import { inlineMarkdown } from '../../render/inline-markdown.js';
import { escapeHtml } from './page-layout.js';

/**
 * The markdown the bot's answers use (inline marks, masked links, `-# `, `> `, `- `) as HTML.
 * Text is escaped before any tag is added, so whatever reaches it, an echoed query too, stays text.
 */
export function markdownToHtml(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  const block = (html: string) => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br>')}</p>`);
    paragraph = [];
    out.push(html);
  };
  let i = 0;
  /** The run of lines from `i` that match `pattern`, with it removed; `i` moves past them. */
  const take = (pattern: RegExp): string[] => {
    const taken: string[] = [];
    for (; i < lines.length && pattern.test(lines[i] ?? ''); i += 1) {
      taken.push((lines[i] ?? '').replace(pattern, ''));
    }
    return taken;
  };
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (/^> ?/.test(line) && line !== '>') {
      block(`<blockquote>${markdownToHtml(take(/^> ?/).join('\n'))}</blockquote>`);
    } else if (/^\s*[-*] /.test(line)) {
      const items = take(/^\s*[-*] /).map((item) => `<li>${inlineMarkdownToHtml(item)}</li>`);
      block(`<ul>${items.join('')}</ul>`);
    } else if (line.startsWith('-# ')) {
      block(`<p class="subtext">${inlineMarkdownToHtml(line.slice(3))}</p>`);
      i += 1;
    } else {
      paragraph.push(inlineMarkdownToHtml(line));
      i += 1;
    }
  }
  block('');
  return out.join('');
}

/** Inline markdown only, for one-line places such as titles and field names. */
export function inlineMarkdownToHtml(text: string): string {
  return inlineMarkdown(text.replace(/\n/g, ' '), {
    text: escapeHtml,
    code: (body) => `<code>${body}</code>`,
    link: (label, url) => `<a href="${url}" rel="noopener noreferrer">${label}</a>`,
    bold: (body) => `<strong>${body}</strong>`,
    underline: (body) => `<u>${body}</u>`,
    italic: (body) => `<em>${body}</em>`,
    strike: (body) => `<s>${body}</s>`,
  });
}
