/**
 * Everything the pages use is served from here, as files: no inline script or style, nothing
 * from another origin, no framing. The try box's script may only fetch this origin.
 */
const SOURCES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
];

export const CONTENT_SECURITY_POLICY = [...SOURCES, "frame-ancestors 'none'"].join('; ');

/**
 * For the static export, whose host may send no headers: the same policy in a <meta> tag, less
 * frame-ancestors, which browsers ignore there.
 */
export const PAGE_CONTENT_SECURITY_POLICY = SOURCES.join('; ');

/** Sent with every page and file the site serves, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // For browsers too old for frame-ancestors.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
