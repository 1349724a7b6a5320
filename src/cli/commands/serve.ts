// `clausemark serve [--watch]`: the HTML report on localhost. With --watch it rebuilds when a policy or template is
// saved (src/jobs/serve.ts, with the same incremental build as `build`; src/io/watch.ts sees saves by rename
// too), pages reload themselves after each rebuild, and while a rebuild fails every page shows its findings instead
// (src/io/live-reload.ts). The files in out/ stay as `build` writes them.
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { errorById, wordMessage } from '../../io/messages.js';
import type { LiveState } from '../../io/live-reload.js';
import { cacheOption } from '../cache.js';
import type { CommandContext } from '../context.js';

interface ServeOptions {
  out: string;
  port: string;
  watch?: boolean;
  officer?: string;
  open?: boolean;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('serve');
  program
    .command('serve')
    .description(words('description'))
    .option('--out <dir>', words('opt-out'), 'out')
    .option('--port <port>', words('opt-port'), '4173')
    .option('--watch', words('opt-watch'))
    .option('--officer <name>', words('opt-officer'))
    .option('--open', words('opt-open'))
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw errorById(
          { messageId: 'bad-options.not-a-port', fixId: 'bad-options.port-range', params: { port: options.port } },
          { place: { argument: '--port' }, ruleId: 'bad-arguments' },
        );
      }
      const [{ checkReportFolder, serveFolder }, { confirmEndpoint }, { announceWorkplace, workplaceFor }, watching] =
        await Promise.all([
          import('../../io/serve.js'),
          import('../../jobs/confirm.js'),
          import('../../jobs/serve-workplace.js'),
          options.watch ? import('../../jobs/serve.js') : undefined,
        ]);
      // Without a built report the workplace is served alone (`/` leads to it).
      checkReportFolder(options.out, true);
      const live: LiveState | undefined = watching
        ? { version: 0, errors: [], errorPage: watching.serveErrorPage }
        : undefined;
      const watchOptions = {
        root: context.project.root,
        sectorRoot: context.project.sectorRoot,
        outDir: options.out,
        ...cacheOption(),
        log: { info: (line: string) => context.out(line), error: (line: string) => context.err(line) },
      };
      if (watching && live) await watching.rebuildInto(live, 'serve-report.building', watchOptions);
      const server = await serveFolder(options.out, {
        port,
        confirm: confirmEndpoint(context.project),
        workplace: workplaceFor(context.project, options.out, options.officer),
        ...(live ? { live } : {}),
      }).catch((error: NodeJS.ErrnoException) => {
        throw errorById(
          {
            messageId: 'bad-options.cannot-listen',
            fixId: 'bad-options.other-port',
            params: { port, reason: error.code ?? error.message },
          },
          { place: { argument: '--port' }, ruleId: 'bad-arguments' },
        );
      });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      // Watched before it says it is ready: a save made as soon as the line shows is seen, never missed.
      if (watching && live) watching.rebuildOnChange(live, watchOptions);
      context.out(wordMessage({ messageId: 'serve-report.serving', params: { out: options.out, url } }));
      announceWorkplace(url, options.open === true, context);
    });
}
