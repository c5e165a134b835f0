export const BOT_NAME = 'Rocky montage bot';

/** Safe in element text and in quoted attribute values alike; `&` goes first. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** No inline script or style, nothing from elsewhere; frame-ancestors (no <meta>) is a header. */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
].join('; ');

/** Where pages find each other: absolute paths when served, relative files in the static export. */
export const STATIC_PATHS = {
  home: 'index.html',
  privacy: 'privacy.html',
  terms: 'terms.html',
  styles: 'site.css',
  icon: 'favicon.svg',
};

/** Only the served site has the try box's page and script; the static export has no try box. */
export type SitePaths = Readonly<typeof STATIC_PATHS> & {
  readonly tryPage?: string;
  readonly tryScript?: string;
};

export const SERVED_PATHS = {
  home: '/',
  privacy: '/privacy',
  terms: '/terms',
  styles: '/site.css',
  icon: '/favicon.svg',
  tryPage: '/try',
  tryScript: '/try.js',
} as const satisfies SitePaths;

/** A page's title, meta description and everything inside <main>, the last already HTML. */
export type Page = Readonly<Record<'title' | 'description' | 'main', string>>;

export function layout(page: Page, paths: SitePaths): string {
  const title = page.title === BOT_NAME ? BOT_NAME : `${page.title} · ${BOT_NAME}`;
  // A static host may send no headers, so the static export carries its policy in the page.
  const policy = paths.tryPage
    ? ''
    : `<meta http-equiv="Content-Security-Policy" content="${PAGE_CONTENT_SECURITY_POLICY}">\n`;
  const script = paths.tryScript ? `<script src="${paths.tryScript}" defer></script>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${policy}<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="dark light">
<meta name="description" content="${escapeHtml(page.description)}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${paths.icon}" type="image/svg+xml">
<link rel="stylesheet" href="${paths.styles}">
${script}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><a class="site-name" href="${paths.home}">${BOT_NAME}</a><nav aria-label="Site"><a href="${paths.privacy}">Privacy</a> <a href="${paths.terms}">Terms</a></nav></header>
<main id="main">
${page.main}
</main>
<footer class="site-footer"><p><a href="${paths.home}">Home</a> · <a href="${paths.privacy}">Privacy Policy</a> · <a href="${paths.terms}">Terms of Service</a></p><p>Not affiliated with Discord or with the makers of the Rocky films.</p></footer>
</body>
</html>
`;
}
