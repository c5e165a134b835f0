/**
 * The peer: set up like Discord's official example app (discord/discord-example-app, app.js),
 * which is plain JavaScript: express with discord-interactions' verifyKeyMiddleware, answering
 * with res.send(). The embed comes from the same core as the project's so the bytes match.
 */
import express from 'express';
import {
  InteractionType,
  InteractionResponseType,
  verifyKeyMiddleware,
} from 'discord-interactions';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import { announceListening, requireEnv } from './listening-line.js';

const handleInteraction = createInteractionHandler(COMMANDS);

const app = express();

app.post('/interactions', verifyKeyMiddleware(requireEnv('BENCH_PUBLIC_KEY')), (req, res) => {
  if (req.body.type === InteractionType.PING) {
    return res.send({ type: InteractionResponseType.PONG });
  }
  return res.send(handleInteraction(req.body));
});

const server = app.listen(0, '127.0.0.1', () => {
  announceListening(server.address().port);
});
process.once('SIGTERM', () => server.close());
