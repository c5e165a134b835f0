import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIInteraction,
} from 'discord-api-types/v10';

export const APPLICATION_ID = '123456789012345678';

export interface Ed25519Pair {
  readonly privateKey: KeyObject;
  /** The bare 32-byte key as Discord shows it in the Developer Portal. */
  readonly publicKeyHex: string;
}

export function generateEd25519Pair(): Ed25519Pair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.x === undefined) throw new Error('ed25519 JWK without x');
  return { privateKey, publicKeyHex: Buffer.from(jwk.x, 'base64url').toString('hex') };
}

export const nowSeconds = (): string => String(Math.floor(Date.now() / 1000));

/** Signs exactly as Discord does: Ed25519 over timestamp + raw body, hex encoded. */
export function signBody(privateKey: KeyObject, timestamp: string, body: string | Buffer): string {
  return sign(
    null,
    Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]),
    privateKey,
  ).toString('hex');
}

export function signedHeaders(
  privateKey: KeyObject,
  body: string | Buffer,
  timestamp = nowSeconds(),
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signBody(privateKey, timestamp, body),
    'x-signature-timestamp': timestamp,
  };
}

let sequence = 0;
const nextId = (): string => String(1_300_000_000_000_000_000n + BigInt(++sequence));

/** Fields every guild interaction carries, close to what Discord sends. */
function envelope() {
  const user = {
    id: '80351110224678912',
    username: 'adrian',
    global_name: 'Adrian',
    discriminator: '0',
    avatar: null,
  };
  return {
    id: nextId(),
    application_id: APPLICATION_ID,
    token: `aW50ZXJhY3Rpb246${nextId()}OnRva2Vu`,
    version: 1,
    guild_id: '290926798626357250',
    channel_id: '290926798626357999',
    channel: { id: '290926798626357999', type: 0 },
    member: {
      user,
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '0',
    },
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': '290926798626357250' },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

// Fixtures are cast once here: the full discord-api-types shapes demand fields (guild objects,
// resolved data) that change nothing for the endpoint under test.
export function pingInteraction(): APIInteraction {
  const { id, application_id, token, version } = envelope();
  return {
    id,
    application_id,
    token,
    version,
    type: InteractionType.Ping,
  } as unknown as APIInteraction;
}

export function chatInputInteraction(): APIInteraction {
  return {
    ...envelope(),
    type: InteractionType.ApplicationCommand,
    data: {
      id: '1100000000000000001',
      name: 'montage',
      type: ApplicationCommandType.ChatInput,
      options: [{ name: 'name', type: ApplicationCommandOptionType.String, value: 'Rocky IV' }],
    },
  } as unknown as APIInteraction;
}

export function autocompleteInteraction(): APIInteraction {
  return {
    ...envelope(),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: '1100000000000000001',
      name: 'montage',
      type: ApplicationCommandType.ChatInput,
      options: [
        { name: 'name', type: ApplicationCommandOptionType.String, value: 'roc', focused: true },
      ],
    },
  } as unknown as APIInteraction;
}

export function buttonInteraction(): APIInteraction {
  return {
    ...envelope(),
    type: InteractionType.MessageComponent,
    message: {
      id: '1200000000000000001',
      channel_id: '290926798626357999',
      content: 'Rocky IV',
      type: 0,
      author: { id: APPLICATION_ID, username: 'bot', discriminator: '0', avatar: null },
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      timestamp: '2024-01-01T00:00:00.000Z',
      edited_timestamp: null,
      flags: 0,
    },
    data: { custom_id: 'montage:next:1', component_type: ComponentType.Button },
  } as unknown as APIInteraction;
}
