import { watch } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { ClausemarkError } from '../../model/errors.js';

interface ServeOptions {
  out: string;
  port: string;
  watch?: boolean;
}

/** Builds the PDFs and the report of policies/ into `out`; returns a one-line summary. */
async function rebuild(out: string): Promise<string> {
  const [{ discoverPolicies }, { buildBatch }, { writeSite }, { findProjectRoot }] = await Promise.all([
    import('../../io/discover.js'), import('../../build/batch.js'), import('../../build/site/index.js'), import('../../build/root.js'),
  ]);
  const root = findProjectRoot();
  const files = discoverPolicies([], ['policies']);
  const report = await buildBatch(files, { root, outDir: out, showIds: false, pdfa: false });
  for (const failure of report.failed) console.error(`clausemark: ${failure.error.format()}`);
  const site = writeSite(files, { root, outDir: out });
  return `${report.built.length} PDFs, ${site.written} pages changed${report.failed.length ? `, ${report.failed.length} failed` : ''}`;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTML report in out/ on localhost (with --watch: rebuild when a policy or template changes)')
    .option('--out <dir>', 'the report folder', 'out')
    .option('--port <port>', 'port on 127.0.0.1 (0: any free port)', '4173')
    .option('--watch', 'rebuild the PDFs and the report when policies/ or templates/ change')
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new ClausemarkError(`\`${options.port}\` is not a port`, { place: { argument: '--port' }, hint: 'give a number from 1024 to 65535, e.g. --port 4173', ruleId: 'bad-arguments' });
      }
      const { serveFolder } = await import('../../io/serve.js');
      if (options.watch) console.log(`building: ${await rebuild(options.out)}`);
      const server = await serveFolder(options.out, { port }).catch((error: NodeJS.ErrnoException) => {
        throw new ClausemarkError(`cannot listen on port ${port} (${error.code ?? error.message})`, { place: { argument: '--port' }, hint: 'choose another port, e.g. --port 4174', ruleId: 'bad-arguments' });
      });
      console.log(`serving ${options.out}/ at http://127.0.0.1:${(server.address() as AddressInfo).port}/ (Ctrl+C stops)`);
      if (!options.watch) return;
      let timer: NodeJS.Timeout | undefined;
      let running = Promise.resolve();
      const schedule = (): void => {
        clearTimeout(timer);
        // Editors save in bursts (temp file, rename): wait until the burst is over.
        timer = setTimeout(() => {
          running = running.then(async () => console.log(`rebuilt: ${await rebuild(options.out)}`)).catch((error: unknown) => {
            console.error(`clausemark: ${error instanceof ClausemarkError ? error.format() : String(error)}`);
          });
        }, 300);
      };
      for (const folder of ['policies', 'templates']) {
        try {
          watch(folder, { recursive: true }, schedule);
        } catch {
          console.error(`clausemark: ${folder}/ cannot be watched; changes there are not picked up`);
        }
      }
    });
}
