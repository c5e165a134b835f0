import { describe, expect, it } from 'vitest';
import {
  inlineMarkdownToHtml,
  markdownToHtml,
} from '../../../src/adapters/web/discord-markdown.js';

describe('Discord markdown as HTML', () => {
  it('given the inline marks, then each becomes its element', () => {
    expect(inlineMarkdownToHtml('**bold** *it* _it_ __under__ ~~gone~~ `x`')).toBe(
      '<strong>bold</strong> <em>it</em> <em>it</em> <u>under</u> <s>gone</s> <code>x</code>',
    );
  });

  it('given blocks, then subtext, quotes, lists and plain lines keep their shape', () => {
    expect(markdownToHtml('one\ntwo\n-# small\n> quoted\n> more\n- a\n- b')).toBe(
      '<p>one<br>two</p><p class="subtext">small</p><blockquote><p>quoted<br>more</p></blockquote><ul><li>a</li><li>b</li></ul>',
    );
  });

  it('given HTML in the text, then it is escaped everywhere, marks and code included', () => {
    const html = markdownToHtml('<script>x</script> **<b>** `<i>` > "q" \'s\'');
    expect(html).not.toMatch(/<(script|b|i)>/);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('<strong>&lt;b&gt;</strong>');
    expect(html).toContain('<code>&lt;i&gt;</code>');
    expect(html).toContain('&quot;q&quot; &#39;s&#39;');
  });

  it('given markdown escapes, then the characters show literally, still HTML-escaped', () => {
    expect(inlineMarkdownToHtml('\\*not italic\\* \\<@123\\>')).toBe('*not italic* &lt;@123&gt;');
  });

  it('given a link, then only http(s) becomes a link', () => {
    expect(inlineMarkdownToHtml('[site](https://example.org/a?b=1&c=2)')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">site</a>',
    );
    expect(inlineMarkdownToHtml('[x](javascript:alert(1))')).not.toContain('<a');
  });
});
