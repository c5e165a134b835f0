import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { chatMessage } from './chat-message.js';
import { escapeHtml } from './escape-html.js';
import { filmInvocation, type PreviewedCommand } from './site-interactions.js';

export type TryOutcome =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number }
  | {
      readonly kind: 'answered';
      readonly typed: string;
      readonly response: APIInteractionResponse;
    };

/**
 * The try box's query string, answered by the bot as if typed into the film option. Longer text
 * than Discord's client would send is refused here, as the client refuses it there.
 */
export function tryQuery(
  film: string,
  command: PreviewedCommand,
  answer: InteractionHandler,
): TryOutcome {
  if (film.trim() === '') return { kind: 'empty' };
  if (film.length > command.filmMaxLength) return { kind: 'too-long', length: film.length };
  const invocation = filmInvocation(command, film);
  return { kind: 'answered', typed: invocation.typed, response: answer(invocation.interaction) };
}

export function tryForm(film: string, command: PreviewedCommand, action: string): string {
  return `<form class="try" method="get" action="${escapeHtml(action)}" role="search">
<label for="film">A film, number, year or name, as in <code>/${escapeHtml(command.name)} ${escapeHtml(command.filmOption)}:</code></label>
<div class="try-row"><input id="film" name="film" type="search" maxlength="${String(command.filmMaxLength)}" value="${escapeHtml(film)}" placeholder="rokcy 4, drago, 1976…" autocomplete="off" spellcheck="false" enterkeyhint="search"><button type="submit">Ask the bot</button></div>
</form>`;
}

/** The region the script swaps in place; without script the whole /try page carries it. */
export function tryAnswer(outcome: TryOutcome, command: PreviewedCommand): string {
  const inner =
    outcome.kind === 'answered'
      ? chatMessage(outcome.typed, outcome.response)
      : outcome.kind === 'too-long'
        ? `<p class="refused" role="alert">That is ${String(outcome.length)} characters; Discord's <code>${escapeHtml(command.filmOption)}</code> option takes at most ${String(command.filmMaxLength)}, so the bot would never see it.</p>`
        : '<p class="hint">Type a film and press <strong>Ask the bot</strong>: the answer below is the bot’s real reply, drawn as Discord would show it.</p>';
  return `<div id="try-answer" class="try-answer" aria-live="polite">${inner}</div>`;
}
