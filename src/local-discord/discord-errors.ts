import { RESTJSONErrorCodes as Code } from 'discord-api-types/v10';

/**
 * Discord's REST error bodies, byte-for-byte in shape, so client libraries parse them exactly as
 * they would in production (discord.js turns `code`/`message`/`errors` into a DiscordAPIError).
 */

export interface DiscordFieldError {
  readonly code: string;
  readonly message: string;
}

/** Nested like the request body; leaves carry `_errors`. Array indices become string keys. */
export interface DiscordErrorTree {
  [key: string]: DiscordErrorTree | DiscordFieldError[] | undefined;
  _errors?: DiscordFieldError[];
}

export interface DiscordErrorBody {
  readonly message: string;
  readonly code: number;
  readonly errors?: DiscordErrorTree;
}

export interface DiscordRateLimitBody {
  readonly message: string;
  readonly retry_after: number;
  readonly global: boolean;
  readonly code?: number;
}

export interface ApiFailure {
  readonly status: number;
  readonly body: DiscordErrorBody;
}

export const unauthorized = (): ApiFailure => ({
  status: 401,
  body: { message: '401: Unauthorized', code: Code.GeneralError },
});

export const notFoundRoute = (): ApiFailure => ({
  status: 404,
  body: { message: '404: Not Found', code: Code.GeneralError },
});

export const methodNotAllowed = (): ApiFailure => ({
  status: 405,
  body: { message: '405: Method Not Allowed', code: Code.GeneralError },
});

export const unknownInteraction = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown interaction', code: Code.UnknownInteraction },
});

export const alreadyAcknowledged = (): ApiFailure => ({
  status: 400,
  body: {
    message: 'Interaction has already been acknowledged.',
    code: Code.InteractionHasAlreadyBeenAcknowledged,
  },
});

export const unknownWebhook = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown Webhook', code: Code.UnknownWebhook },
});

export const invalidWebhookToken = (): ApiFailure => ({
  status: 401,
  body: { message: 'Invalid Webhook Token', code: Code.InvalidWebhookToken },
});

export const unknownMessage = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown Message', code: Code.UnknownMessage },
});

export const unknownCommand = (): ApiFailure => ({
  status: 404,
  body: {
    message: 'Unknown application command',
    code: Code.UnknownApplicationCommand,
  },
});

export const unknownChannel = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown Channel', code: Code.UnknownChannel },
});

export const emptyMessage = (): ApiFailure => ({
  status: 400,
  body: { message: 'Cannot send an empty message', code: Code.CannotSendAnEmptyMessage },
});

export const invalidFormBody = (errors: DiscordErrorTree): ApiFailure => ({
  status: 400,
  body: { message: 'Invalid Form Body', code: Code.InvalidFormBodyOrContentType, errors },
});

export const requestEntityTooLarge = (): ApiFailure => ({
  status: 413,
  body: { message: 'Request entity too large', code: Code.RequestEntityTooLarge },
});
