// The binary's run (src/cli/main.ts loads it for every command but a bare --version): what only a real process does
// around one run of clausemark (src/cli/program.ts). Ctrl-C and SIGTERM end a long computation at once and finish the
// writes under way (src/io/atomic.ts); a reader that closes the pipe early ends the process quietly; the run's exit
// code becomes the process's.
import { finishWritesOnSignals } from '../io/atomic.js';
import { keepFontChecksIn } from '../brand/font-checks.js';
import { keepParsedMessagesIn } from '../io/messages-cache.js';
import { keepParsedFilesIn } from '../io/parsed-cache.js';
import { keepCompiledTemplatesIn } from '../wording/compiled-cache.js';
import { compiledTemplatesCacheDir, fontChecksCacheDir, messagesCacheDir, parsedFilesCacheDir } from './cache.js';
import { commandContext } from './context.js';
import { reportFailure, runInContext } from './program.js';

export function runBinary(): void {
  finishWritesOnSignals();
  // A real run keeps the parsed messages and label files, the verdicts of the font check and the compiled wording
  // templates in the cache folder (tests in one process parse, check and compile them as before).
  keepParsedMessagesIn(messagesCacheDir());
  keepFontChecksIn(fontChecksCacheDir());
  keepCompiledTemplatesIn(compiledTemplatesCacheDir());
  keepParsedFilesIn(parsedFilesCacheDir());
  const context = commandContext({ stdout: process.stdout, stderr: process.stderr });

  // A reader that stops early (`clausemark diff … | head`) closes the pipe: that is not an error, just stop quietly,
  // with the exit code the run has set so far.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(context.exitCode);
      throw error;
    });
  }

  runInContext(process.argv, context).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      reportFailure(error, process.argv, context);
      process.exitCode = context.exitCode;
    },
  );
}
