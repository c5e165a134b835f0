import { BOT_NAME } from './chat-message.js';
import { escapeHtml } from './escape-html.js';
import { PAGE_CONTENT_SECURITY_POLICY } from './security-headers.js';

/** Where pages find each other: absolute paths when served, relative files in the static export. */
export interface SitePaths {
  readonly home: string;
  readonly privacy: string;
  readonly terms: string;
  readonly styles: string;
  readonly icon: string;
  /** Absent in the static export, which has no try box. */
  readonly tryPage?: string;
  readonly tryScript?: string;
}

export const SERVED_PATHS: SitePaths = {
  home: '/',
  privacy: '/privacy',
  terms: '/terms',
  styles: '/site.css',
  icon: '/favicon.svg',
  tryPage: '/try',
  tryScript: '/try.js',
};

export const STATIC_PATHS: SitePaths = {
  home: 'index.html',
  privacy: 'privacy.html',
  terms: 'terms.html',
  styles: 'site.css',
  icon: 'favicon.svg',
};

export interface Page {
  readonly title: string;
  readonly description: string;
  /** Everything inside <main>, already HTML. */
  readonly main: string;
}

export function layout(page: Page, paths: SitePaths, policyInPage = false): string {
  const title = page.title === BOT_NAME ? BOT_NAME : `${page.title} · ${BOT_NAME}`;
  const script = paths.tryScript
    ? `<script src="${escapeHtml(paths.tryScript)}" defer></script>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${policyInPage ? `<meta http-equiv="Content-Security-Policy" content="${PAGE_CONTENT_SECURITY_POLICY}">\n` : ''}<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="dark light">
<meta name="description" content="${escapeHtml(page.description)}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${escapeHtml(paths.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${escapeHtml(paths.styles)}">
${script}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><a class="site-name" href="${escapeHtml(paths.home)}">${BOT_NAME}</a><nav aria-label="Site"><a href="${escapeHtml(paths.privacy)}">Privacy</a> <a href="${escapeHtml(paths.terms)}">Terms</a></nav></header>
<main id="main">
${page.main}
</main>
<footer class="site-footer"><p><a href="${escapeHtml(paths.home)}">Home</a> · <a href="${escapeHtml(paths.privacy)}">Privacy Policy</a> · <a href="${escapeHtml(paths.terms)}">Terms of Service</a></p><p>Not affiliated with Discord or with the makers of the Rocky films.</p></footer>
</body>
</html>
`;
}
