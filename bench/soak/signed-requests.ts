import {
  generateEd25519Pair,
  nowSeconds,
  signBody,
  signedHeaders,
  type Ed25519Pair,
} from '../../fixtures/ed25519-signer.js';
import {
  ApplicationCommandOptionType as OptionType,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIMessage,
} from 'discord-api-types/v10';
import {
  LOCAL_CONTEXT,
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { RANK_COUNT } from '../../data/index.js';
import { asMessage, messageData } from '../../fixtures/core-responses.js';
import { buttonCustomIds } from './interaction-mix.js';
import type { Random } from '../../fixtures/seeded-random.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/**
 * Requests for the HTTP soak, each with the answer it must get. Valid ones are signed exactly as
 * Discord signs (Ed25519 over timestamp + raw body); invalid ones are forged or malformed in the
 * ways an attacker or a broken proxy would produce.
 */
export const INVALID_KINDS = [
  'bad-signature',
  'other-key',
  'stale-timestamp',
  'not-json',
  'truncated',
  'wrong-method',
  'missing-headers',
] as const;
export type InvalidKind = (typeof INVALID_KINDS)[number];

export interface SoakRequest {
  readonly kind: 'valid' | InvalidKind;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly expectedStatus: number;
  /** For valid requests: the core's response, as JSON would carry it. */
  readonly expectedJson?: unknown;
}

// Beyond Discord's 5 minute replay window.
const STALE_BY_SECONDS = 10 * 60;

/** A message as Discord would send it inside a component interaction: the bot's earlier reply. */
function replyMessage(): APIMessage {
  const response = handleInteraction(
    chatInputInteraction('montage', [{ name: 'rank', type: OptionType.Integer, value: 3 }]),
  );
  return asMessage(messageData(response));
}

const FILMS = ['Rocky IV', 'Drago', '2', 'Creed', 'nothing like it'];

export function createRequestFactory(random: Random, keys: Ed25519Pair) {
  const otherKeys = generateEd25519Pair();
  const message = replyMessage();
  const customIds = buttonCustomIds(message.components ?? []);

  const interaction = (): APIInteraction | { type: InteractionType.Ping; id: string } => {
    const roll = random.next();
    if (roll < 0.3) {
      return chatInputInteraction('montage', [
        { name: 'rank', type: OptionType.Integer, value: random.int(1, RANK_COUNT) },
      ]);
    }
    if (roll < 0.55) {
      return chatInputInteraction('montage', [
        { name: 'film', type: OptionType.String, value: random.pick(FILMS) },
      ]);
    }
    if (roll < 0.8) {
      return autocompleteInteraction('montage', {
        name: 'film',
        value: random.pick(['', 'ro', 'dra']),
      });
    }
    if (roll < 0.95 && customIds.length > 0) {
      return buttonInteraction(random.pick(customIds), message);
    }
    // PING, as Discord sends when the endpoint URL is saved.
    return { type: InteractionType.Ping, id: String(random.int(1, 1e9)) };
  };

  const signedValid = (): SoakRequest => {
    const payload = interaction();
    const body = Buffer.from(
      JSON.stringify({ application_id: LOCAL_CONTEXT.applicationId, token: 'soak', ...payload }),
    );
    const expectedJson: unknown =
      payload.type === InteractionType.Ping
        ? { type: InteractionResponseType.Pong }
        : JSON.parse(JSON.stringify(handleInteraction(payload)));
    return {
      kind: 'valid',
      method: 'POST',
      headers: signedHeaders(keys.privateKey, body),
      body,
      expectedStatus: 200,
      expectedJson,
    };
  };

  const invalid = (kind: InvalidKind): SoakRequest => {
    const valid = signedValid();
    const timestamp = valid.headers['x-signature-timestamp'] ?? nowSeconds();
    const withSignature = (sig: string, ts = timestamp) => ({
      'content-type': 'application/json',
      'x-signature-ed25519': sig,
      'x-signature-timestamp': ts,
    });
    switch (kind) {
      case 'bad-signature': {
        const sig = valid.headers['x-signature-ed25519'] ?? '';
        // One flipped hex digit: well-formed, wrong.
        const flipped = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');
        return { ...valid, kind, headers: withSignature(flipped), expectedStatus: 401 };
      }
      case 'other-key':
        return {
          ...valid,
          kind,
          headers: withSignature(signBody(otherKeys.privateKey, timestamp, valid.body)),
          expectedStatus: 401,
        };
      case 'stale-timestamp': {
        const stale = String(Number(timestamp) - STALE_BY_SECONDS);
        return {
          ...valid,
          kind,
          headers: withSignature(signBody(keys.privateKey, stale, valid.body), stale),
          expectedStatus: 401,
        };
      }
      case 'not-json': {
        // Correctly signed, so it gets past verification and tests the parser: 400, not 500.
        const body = Buffer.from('{"type": 2, "data": {"name": "montage"');
        return {
          kind,
          method: 'POST',
          headers: withSignature(signBody(keys.privateKey, timestamp, body)),
          body,
          expectedStatus: 400,
        };
      }
      case 'truncated':
        // Signed over the whole body, delivered cut short (a proxy dropped the tail).
        return {
          ...valid,
          kind,
          body: valid.body.subarray(0, Math.floor(valid.body.length / 2)),
          expectedStatus: 401,
        };
      case 'wrong-method':
        return {
          ...valid,
          kind,
          method: random.pick(['GET', 'PUT', 'DELETE']),
          expectedStatus: 405,
        };
      case 'missing-headers':
        return {
          ...valid,
          kind,
          headers: { 'content-type': 'application/json' },
          expectedStatus: 401,
        };
    }
  };

  return {
    /** One request; `invalidShare` of them forged or malformed. */
    next(invalidShare: number): SoakRequest {
      return random.next() < invalidShare ? invalid(random.pick(INVALID_KINDS)) : signedValid();
    },
  };
}
