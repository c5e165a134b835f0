/** The Art Museum steps on a red badge: the bot's avatar on the previews and the tab icon. */
const BADGE =
  '<circle cx="20" cy="20" r="20" fill="#b3261e"/><path d="M8 30h6v-5h6v-5h6v-5h6v15z" fill="#fff"/>';

/** Drawn inline, so the page fetches no image for it. */
export const AVATAR_SVG = `<svg class="avatar" aria-hidden="true" focusable="false" viewBox="0 0 40 40">${BADGE}</svg>`;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">${BADGE}</svg>\n`;
