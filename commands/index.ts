import type { SlashCommand } from '../src/command-kit/slash-command.js';
import { helpCommand } from './help.js';
import { montageCommand } from './montage/montage.js';

/** Every command the bot offers. A new command is a new file here plus one line below. */
export const COMMANDS: readonly SlashCommand[] = [montageCommand, helpCommand];
