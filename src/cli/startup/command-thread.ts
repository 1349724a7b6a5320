// The command thread with every command (src/cli/startup/thread-run.ts): what src/cli/startup/thread-start.ts imports as ES modules,
// and the bundle of every command (scripts/bundle.mjs; the light bundle starts the same thread with its commands'
// entries of the table alone).
import { COMMANDS } from '../command-table.js';
import { runCommandThread } from './thread-run.js';

runCommandThread(COMMANDS);
