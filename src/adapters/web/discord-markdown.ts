import { inlineMarkdown } from '../console/inline-markdown.js';
import { escapeHtml } from './escape-html.js';

/**
 * The part of Discord's message markdown the bot's answers use, as HTML: **bold**, *italics*,
 * __underline__, ~~strike~~, `code`, masked links, `-# ` subtext, `#` headings, `> ` and `>>> `
 * quotes, `- ` lists and code blocks. Every piece of text is escaped before a tag is added, so
 * whatever reaches the markdown (including a member's echoed query) can only ever be text.
 */
export function markdownToHtml(text: string): string {
  return blocks(text.split('\n'));
}

/** Inline markdown only, for one-line places such as titles and field names. */
export function inlineMarkdownToHtml(text: string): string {
  return inline(text.replace(/\n/g, ' '));
}

function blocks(lines: readonly string[]): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br>')}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trimStart().startsWith('```')) {
      flush();
      const end = lines.findIndex((next, j) => j > i && next.trimStart().startsWith('```'));
      const last = end === -1 ? lines.length : end;
      out.push(`<pre><code>${escapeHtml(lines.slice(i + 1, last).join('\n'))}</code></pre>`);
      i = last;
    } else if (line.startsWith('>>> ')) {
      flush();
      out.push(`<blockquote>${blocks([line.slice(4), ...lines.slice(i + 1)])}</blockquote>`);
      break;
    } else if (/^> ?/.test(line) && line !== '>') {
      flush();
      const quoted: string[] = [];
      while (i < lines.length && /^> ?/.test(lines[i] ?? '')) {
        quoted.push((lines[i] ?? '').replace(/^> ?/, ''));
        i += 1;
      }
      i -= 1;
      out.push(`<blockquote>${blocks(quoted)}</blockquote>`);
    } else if (/^\s*[-*] /.test(line)) {
      flush();
      const items: string[] = [];
      while (i < lines.length && /^\s*[-*] /.test(lines[i] ?? '')) {
        items.push(`<li>${inline((lines[i] ?? '').replace(/^\s*[-*] /, ''))}</li>`);
        i += 1;
      }
      i -= 1;
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (line.startsWith('-# ')) {
      flush();
      out.push(`<p class="subtext">${inline(line.slice(3))}</p>`);
    } else if (/^#{1,3} /.test(line)) {
      flush();
      const level = line.indexOf(' ');
      out.push(`<p class="heading h${String(level)}">${inline(line.slice(level + 1))}</p>`);
    } else {
      paragraph.push(inline(line));
    }
  }
  flush();
  return out.join('');
}

function inline(text: string): string {
  return inlineMarkdown(text, {
    text: escapeHtml,
    code: (body) => `<code>${body}</code>`,
    link: (label, url) => `<a href="${url}" rel="noopener noreferrer">${label}</a>`,
    bold: (body) => `<strong>${body}</strong>`,
    underline: (body) => `<u>${body}</u>`,
    italic: (body) => `<em>${body}</em>`,
    strike: (body) => `<s>${body}</s>`,
    spoiler: (body) => `<span class="spoiler">${body}</span>`,
  });
}
