/**
 * The one stylesheet, served as a file so the Content-Security-Policy needs no inline styles.
 * Dark like Discord by default; light when the visitor's system asks for it.
 */
export const SITE_CSS = `:root {
  --page: #313338;
  --surface: #2b2d31;
  --raised: #1e1f22;
  --text: #dbdee1;
  --strong: #f2f3f5;
  --muted: #a3a9b3;
  --link: #38b6ff;
  --border: #3f4147;
  --blurple: #5865f2;
  --secondary: #4e5058;
  --quote: #4e5058;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji";
  line-height: 1.5;
  background: var(--page);
  color: var(--text);
}
@media (prefers-color-scheme: light) {
  :root {
    --page: #ffffff;
    --surface: #f2f3f5;
    --raised: #e3e5e8;
    --text: #313338;
    --strong: #060607;
    --muted: #50535b;
    --link: #005fcc;
    --border: #d4d7dc;
    --secondary: #5c5f66;
    --quote: #c4c9ce;
  }
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--link); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; background: var(--raised); padding: 0.1em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--surface); padding: 0.5rem; z-index: 1; }
.site-header, .site-footer, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.site-header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding-top: 1rem; padding-bottom: 1rem; border-bottom: 1px solid var(--border); }
.site-header nav a { margin-left: 1rem; }
.site-name { color: var(--strong); font-weight: 700; text-decoration: none; }
.site-footer { border-top: 1px solid var(--border); margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.875rem; }
h1, h2, h3, h4 { color: var(--strong); line-height: 1.25; }
h1 { font-size: clamp(1.75rem, 5vw, 2.5rem); margin: 2rem 0 0.75rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; }
.lede { font-size: 1.125rem; max-width: 48rem; }
.small, .muted { color: var(--muted); font-size: 0.875rem; }
.prose { max-width: 48rem; }
.prose li { margin: 0.25rem 0; }
.invite { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1.5rem 0 0.5rem; }
.cta { display: inline-block; background: var(--blurple); color: #ffffff; text-decoration: none; font-weight: 600; padding: 0.75rem 1.25rem; border-radius: 8px; }
.cta.secondary { background: var(--secondary); color: #ffffff; }
.cta:hover, .cta:focus-visible { filter: brightness(1.1); text-decoration: underline; }
.notice { border-left: 4px solid #f0b232; background: var(--surface); padding: 0.5rem 1rem; border-radius: 4px; max-width: 48rem; }
.commands dt { margin-top: 1rem; font-size: 1.125rem; }
.commands dd { margin: 0.25rem 0 0 1rem; }
.commands ul { padding-left: 1.25rem; margin: 0.5rem 0; }
form.try label { display: block; margin-bottom: 0.5rem; }
.try-row { display: flex; gap: 0.5rem; max-width: 40rem; }
.try-row input { flex: 1; min-width: 0; font: inherit; padding: 0.625rem 0.75rem; border-radius: 8px; border: 1px solid var(--border); background: var(--raised); color: var(--strong); }
.try-row button { font: inherit; font-weight: 600; padding: 0.625rem 1rem; border-radius: 8px; border: 0; background: var(--blurple); color: #ffffff; cursor: pointer; }
.try-answer { margin-top: 1rem; max-width: 40rem; }
.refused { border-left: 4px solid #da373c; background: var(--surface); padding: 0.5rem 1rem; border-radius: 4px; }
.previews { columns: 2 28rem; column-gap: 1.5rem; }
.previews .message { break-inside: avoid; margin-bottom: 1.5rem; }
.message { margin: 0; padding: 0.5rem 0.75rem 0.75rem; background: var(--page); border: 1px solid var(--border); border-radius: 8px; min-width: 0; }
.invocation { color: var(--muted); font-size: 0.8125rem; margin: 0 0 0.25rem 3.25rem; }
.message-row { display: flex; gap: 0.75rem; }
.avatar { width: 2.5rem; height: 2.5rem; flex: none; }
.message-main { min-width: 0; flex: 1; }
.message-head { margin: 0 0 0.125rem; }
.bot-name { color: var(--strong); font-weight: 600; }
.bot-tag { background: var(--blurple); color: #ffffff; font-size: 0.625rem; font-weight: 700; padding: 0.1rem 0.3rem; border-radius: 3px; vertical-align: 0.15em; }
.content p, .embed p { margin: 0; }
.content { overflow-wrap: anywhere; }
.embed { display: flex; max-width: 32rem; margin-top: 0.25rem; background: var(--surface); border-radius: 4px; overflow: hidden; }
.embed .bar { width: 4px; flex: none; align-self: stretch; height: auto; }
.embed-body { padding: 0.5rem 1rem 1rem 0.75rem; min-width: 0; font-size: 0.875rem; overflow-wrap: anywhere; }
.embed-title { font-size: 1rem; margin: 0.5rem 0 0; }
.embed .description { margin-top: 0.5rem; }
.fields { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem 1rem; margin-top: 0.5rem; }
.field h4 { font-size: 0.875rem; margin: 0 0 0.125rem; }
.embed .footer { margin-top: 0.5rem; white-space: pre-line; font-size: 0.75rem; color: var(--muted); }
.subtext { font-size: 0.75rem; color: var(--muted); }
blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 4px solid var(--quote); }
.embed ul, .content ul { margin: 0.125rem 0; padding-left: 1.25rem; }
.action-row { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.5rem; }
.button { display: inline-flex; align-items: center; min-height: 2rem; padding: 0.125rem 1rem; border-radius: 8px; font: inherit; font-size: 0.875rem; font-weight: 500; color: #ffffff; background: var(--secondary); border: 0; text-decoration: none; }
.button.primary { background: var(--blurple); }
.button.off { opacity: 0.5; cursor: not-allowed; }
.select { max-width: 32rem; width: 100%; background: var(--raised); border: 1px solid var(--border); border-radius: 8px; font-size: 0.875rem; }
.select summary { padding: 0.5rem 0.75rem; cursor: pointer; color: var(--muted); }
.select ul { list-style: none; margin: 0; padding: 0 0 0.25rem; }
.select li { padding: 0.375rem 0.75rem; border-top: 1px solid var(--border); }
.option-label { display: block; color: var(--strong); }
.option-description { display: block; color: var(--muted); font-size: 0.8125rem; }
.ephemeral { color: var(--muted); font-size: 0.75rem; margin: 0.5rem 0 0; }
.hint, .system { color: var(--muted); }
@media (max-width: 40rem) {
  .invocation { margin-left: 0; }
  .message { padding: 0.5rem; }
  .message-row { display: block; position: relative; }
  .avatar { position: absolute; left: 0; top: 0; width: 1.75rem; height: 1.75rem; }
  .message-head { padding-left: 2.25rem; min-height: 1.75rem; }
  .embed-body { padding-right: 0.75rem; }
  .site-header nav a { margin-left: 0.75rem; }
}
`;
