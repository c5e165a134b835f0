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

export const DiscordErrorCode = {
  General: 0,
  UnknownWebhook: 10015,
  UnknownMessage: 10008,
  UnknownApplication: 10002,
  UnknownApplicationCommand: 10063,
  UnknownInteraction: 10062,
  UnknownChannel: 10003,
  InteractionAlreadyAcknowledged: 40060,
  InvalidWebhookToken: 50027,
  InvalidFormBody: 50035,
  RequestEntityTooLarge: 40005,
} as const;

export const unauthorized = (): ApiFailure => ({
  status: 401,
  body: { message: '401: Unauthorized', code: DiscordErrorCode.General },
});

export const notFoundRoute = (): ApiFailure => ({
  status: 404,
  body: { message: '404: Not Found', code: DiscordErrorCode.General },
});

export const methodNotAllowed = (): ApiFailure => ({
  status: 405,
  body: { message: '405: Method Not Allowed', code: DiscordErrorCode.General },
});

export const unknownInteraction = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown interaction', code: DiscordErrorCode.UnknownInteraction },
});

export const alreadyAcknowledged = (): ApiFailure => ({
  status: 400,
  body: {
    message: 'Interaction has already been acknowledged.',
    code: DiscordErrorCode.InteractionAlreadyAcknowledged,
  },
});

export const unknownWebhook = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown Webhook', code: DiscordErrorCode.UnknownWebhook },
});

export const invalidWebhookToken = (): ApiFailure => ({
  status: 401,
  body: { message: 'Invalid Webhook Token', code: DiscordErrorCode.InvalidWebhookToken },
});

export const unknownMessage = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown Message', code: DiscordErrorCode.UnknownMessage },
});

export const unknownCommand = (): ApiFailure => ({
  status: 404,
  body: {
    message: 'Unknown application command',
    code: DiscordErrorCode.UnknownApplicationCommand,
  },
});

export const unknownChannel = (): ApiFailure => ({
  status: 404,
  body: { message: 'Unknown Channel', code: DiscordErrorCode.UnknownChannel },
});

export const invalidFormBody = (errors: DiscordErrorTree): ApiFailure => ({
  status: 400,
  body: { message: 'Invalid Form Body', code: DiscordErrorCode.InvalidFormBody, errors },
});

export const requestEntityTooLarge = (): ApiFailure => ({
  status: 413,
  body: { message: 'Request entity too large', code: DiscordErrorCode.RequestEntityTooLarge },
});
