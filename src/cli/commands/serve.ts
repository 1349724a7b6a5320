// `clausemark serve [--watch]`: the HTML report on localhost. With --watch it rebuilds when a policy or template is
// saved (src/io/watch.ts sees saves by rename too), pages reload themselves after each rebuild, and while a rebuild
// fails every page shows its findings instead (src/io/live-reload.ts). The files in out/ stay as `build` writes them.
import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { ClausemarkError, isClausemarkError } from '../../model/errors.js';
import type { LiveState } from '../../io/live-reload.js';

interface ServeOptions {
  out: string;
  port: string;
  watch?: boolean;
}

interface RebuildResult {
  summary: string;
  /** Each failure as clausemark prints it: `file:line:col: message` and the fix. */
  errors: string[];
}

const describe = (error: unknown): string =>
  isClausemarkError(error)
    ? error.format()
    : `internal error: ${error instanceof Error ? error.message : String(error)}`;

/** Builds the PDFs and the report of policies/ into `out`. */
async function rebuild(out: string): Promise<RebuildResult> {
  const [{ discoverPolicies }, { buildBatch }, { writeSite }, { findProjectRoot }] = await Promise.all([
    import('../../io/discover.js'),
    import('../../build/batch.js'),
    import('../../build/site/index.js'),
    import('../../io/root.js'),
  ]);
  const root = findProjectRoot();
  const files = discoverPolicies([], ['policies']);
  const report = await buildBatch(files, { root, outDir: out, showIds: false, pdfa: false });
  const site = writeSite(files, { root, outDir: out });
  return {
    summary: `${report.built.length} PDFs, ${site.written} pages changed${report.failed.length ? `, ${report.failed.length} failed` : ''}`,
    errors: report.failed.map((failure) => failure.error.format()),
  };
}

/** Rebuilds, prints the outcome, and hands it to the pages: a new build number, and the errors (none on success). */
async function rebuildInto(out: string, live: LiveState, label: string): Promise<void> {
  try {
    const result = await rebuild(out);
    live.errors = result.errors;
    for (const error of result.errors) console.error(`clausemark: ${error}`);
    console.log(`${label}: ${result.summary}`);
  } catch (error) {
    live.errors = [describe(error)];
    console.error(`clausemark: ${describe(error)}`);
  }
  live.version++;
}

/** The report folder must be a folder; without --watch (which builds it) it must exist already. */
function checkReportFolder(out: string, watching: boolean): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(out).isDirectory();
  } catch {
    if (watching) return;
    throw new ClausemarkError('there is no report to serve: the folder does not exist', {
      place: { file: out },
      hint: 'run `clausemark build` first (it writes the report), or serve with --watch, which builds it; --out names another folder',
      ruleId: 'bad-arguments',
    });
  }
  if (!isFolder) {
    throw new ClausemarkError('is a file, not the report folder', {
      place: { file: out },
      hint: 'name the report folder with --out (default: out)',
      ruleId: 'bad-arguments',
    });
  }
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTML report in out/ on localhost (with --watch: rebuild when a policy or template changes)')
    .option('--out <dir>', 'the report folder', 'out')
    .option('--port <port>', 'port on 127.0.0.1 (0: any free port)', '4173')
    .option('--watch', 'rebuild the PDFs and the report when policies/ or templates/ change, and reload the pages')
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new ClausemarkError(`\`${options.port}\` is not a port`, {
          place: { argument: '--port' },
          hint: 'give a number from 1024 to 65535, e.g. --port 4173',
          ruleId: 'bad-arguments',
        });
      }
      checkReportFolder(options.out, options.watch === true);
      const [{ serveFolder }, { confirmEndpoint }] = await Promise.all([
        import('../../io/serve.js'),
        import('../../build/confirm-endpoint.js'),
      ]);
      const live: LiveState | undefined = options.watch ? { version: 0, errors: [] } : undefined;
      if (live) await rebuildInto(options.out, live, 'building');
      const server = await serveFolder(options.out, {
        port,
        confirm: confirmEndpoint(),
        ...(live ? { live } : {}),
      }).catch((error: NodeJS.ErrnoException) => {
        throw new ClausemarkError(`cannot listen on port ${port} (${error.code ?? error.message})`, {
          place: { argument: '--port' },
          hint: 'choose another port, e.g. --port 4174',
          ruleId: 'bad-arguments',
        });
      });
      console.log(
        `serving ${options.out}/ at http://127.0.0.1:${(server.address() as AddressInfo).port}/ (Ctrl+C stops)`,
      );
      if (!live) return;
      const { watchFolders } = await import('../../io/watch.js');
      let timer: NodeJS.Timeout | undefined;
      let running = Promise.resolve();
      const schedule = (): void => {
        clearTimeout(timer);
        // Editors save in bursts (temp file, rename): wait until the burst is over.
        timer = setTimeout(() => {
          running = running.then(() => rebuildInto(options.out, live, 'rebuilt'));
        }, 300);
      };
      watchFolders(['policies', 'templates'], schedule, (folder) => {
        console.error(`clausemark: ${folder}/ cannot be watched; changes there are not picked up`);
      });
    });
}
