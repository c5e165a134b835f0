import { describe, expect, it } from 'vitest';
import { contactHtml } from '../../../src/adapters/web/policy-pages.js';

describe('the contact line (SITE_CONTACT)', () => {
  it('given an email address or an https link, then it becomes a link', () => {
    expect(contactHtml('bot@example.org')).toContain(
      '<a href="mailto:bot@example.org">bot@example.org</a>',
    );
    expect(contactHtml('https://example.org/contact')).toContain(
      '<a href="https://example.org/contact" rel="noopener noreferrer">',
    );
  });

  it('given anything else, then it is shown as escaped text, never as a link or markup', () => {
    const html = contactHtml('<script>x</script> javascript:alert(1)');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<a');
    expect(html).toContain('&lt;script&gt;');
  });

  it('given no contact, then the page says so and names the variable to set', () => {
    expect(contactHtml(undefined)).toContain('<code>SITE_CONTACT</code>');
    expect(contactHtml('  ')).toContain('<code>SITE_CONTACT</code>');
  });
});
