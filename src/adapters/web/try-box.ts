import { definition } from '../../../commands/montage/definition.js';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { escapeHtml, SERVED_PATHS, type Page } from './page-layout.js';
import { filmMessage, FILM } from './render-message.js';

function tryForm(film: string): string {
  return `<form class="try" method="get" action="${SERVED_PATHS.tryPage}" role="search">
<label for="film">A film, number, year or name, as in <code>/${definition.name} ${FILM.name}:</code></label>
<div class="try-row"><input id="film" name="film" type="search" maxlength="${String(FILM.max_length)}" value="${escapeHtml(film)}" placeholder="rokcy 4, drago, 1976…" autocomplete="off" spellcheck="false" enterkeyhint="search"><button type="submit">Ask the bot</button></div>
</form>`;
}

/** The region the script swaps in place; without script the whole /try page carries it. */
const answerRegion = (inner: string) =>
  `<div id="try-answer" class="try-answer" aria-live="polite">${inner}</div>`;

const HINT =
  '<p class="hint">Type a film and press <strong>Ask the bot</strong>: the answer below is the bot’s real reply, drawn as Discord would show it.</p>';

/** The home page's box, before anything is asked. */
export const TRY_BOX = `${tryForm('')}\n${answerRegion(HINT)}`;

/** `/try?film=…` as if typed into the film option; text Discord's client would refuse gets 400. */
export function tryPage(film: string, answer: InteractionHandler): { status: number; page: Page } {
  const blank = film.trim() === '';
  const tooLong = !blank && film.length > FILM.max_length;
  const shown = blank
    ? HINT
    : tooLong
      ? `<p class="refused" role="alert">That is ${String(film.length)} characters; Discord's <code>${FILM.name}</code> option takes at most ${String(FILM.max_length)}, so the bot would never see it.</p>`
      : filmMessage(answer, film);
  // A refused query is shown back in the box only as far as the box itself would take it.
  const form = tryForm(film.slice(0, FILM.max_length));
  return {
    status: tooLong ? 400 : 200,
    page: {
      title: blank || tooLong ? 'Try it' : 'Try it: the bot’s answer',
      description: 'Ask the bot about a Rocky film and see its real answer.',
      main: `<section aria-labelledby="try-heading"><h1 id="try-heading">Try it</h1>${form}${answerRegion(shown)}<p><a href="${SERVED_PATHS.home}">See every answer on the home page</a></p></section>`,
    },
  };
}

/** Answers in place as you type (else the form GETs /try); escaped HTML, parsed and never run. */
export const TRY_SCRIPT = `'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form.try');
  if (!form || !document.getElementById('try-answer')) return;
  let latest = 0;
  let timer = 0;
  const ask = async () => {
    const asked = ++latest;
    const url = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
    try {
      const res = await fetch(url, { headers: { accept: 'text/html' } });
      const page = new DOMParser().parseFromString(await res.text(), 'text/html');
      const fresh = page.getElementById('try-answer');
      const shown = document.getElementById('try-answer');
      if (asked === latest && fresh && shown) shown.replaceWith(document.adoptNode(fresh));
    } catch {
      if (asked === latest) form.submit();
    }
  };
  const askAfter = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(() => void ask(), delay);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    askAfter(0);
  });
  form.querySelector('input[name="film"]').addEventListener('input', () => askAfter(300));
});
`;
