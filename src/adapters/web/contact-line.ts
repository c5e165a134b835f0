import { escapeHtml } from './escape-html.js';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** The operator's contact (SITE_CONTACT): an address or https link becomes a link, else text. */
export function contactHtml(contact: string | undefined): string {
  const value = contact?.trim() ?? '';
  if (value === '') {
    return 'The operator of this copy of the bot has not published a contact yet (they set it with <code>SITE_CONTACT</code>). Until then, ask the admins of the server where you met the bot.';
  }
  if (EMAIL.test(value)) {
    return `Contact the operator at <a href="mailto:${escapeHtml(value)}">${escapeHtml(value)}</a>.`;
  }
  if (/^https:\/\/\S+$/.test(value)) {
    return `Contact the operator at <a href="${escapeHtml(value)}" rel="noopener noreferrer">${escapeHtml(value)}</a>.`;
  }
  return `Contact the operator: ${escapeHtml(value)}.`;
}
