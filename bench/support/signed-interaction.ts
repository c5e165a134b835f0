import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { chatInputInteraction } from '../../src/adapters/console/interaction-factory.js';

/**
 * A real Ed25519 key pair generated per bench run and requests signed exactly as Discord signs
 * them (signature over timestamp + raw body), so every server does real verification work.
 */
export interface BenchKeys {
  /** The 32-byte public key as 64 hex characters, as the Developer Portal shows it. */
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

export interface SignedRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export function generateBenchKeys(): BenchKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.x === undefined) throw new Error('Ed25519 public key has no x coordinate');
  return { publicKeyHex: Buffer.from(jwk.x, 'base64url').toString('hex'), privateKey };
}

/** Signs with a fresh timestamp so the request passes the 5-minute replay window. */
export function signRequest(keys: BenchKeys, body: string, nowMs = Date.now()): SignedRequest {
  const timestamp = String(Math.floor(nowMs / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
  };
}

/** `/montage rank:1` as Discord would POST it to the interactions endpoint. */
export function montageRankOneBody(): string {
  return JSON.stringify(
    chatInputInteraction('montage', [
      { name: 'rank', type: ApplicationCommandOptionType.Integer, value: 1 },
    ]),
  );
}
