// `clausemark compare` as a library job: the policies' clauses aligned into provisions across organisations
// (compare-align.ts, whose alignment the workplace's review questions are asked of too), and the report in the format
// asked for. The command (src/cli/commands/compare.ts) writes what this returns.
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic.js';
import { errorById } from '../io/messages.js';
import { COMPARE_REPORT, compareRenderInput } from '../report/formats/compare.js';
import { formatNamed, type Rendered } from '../render/shared/format-table.js';
import { alignComparison } from './compare-align.js';

export interface CompareJobOptions {
  /**
   * The command's Project.root (src/io/project.ts), whose templates/ this job reads. The root alone is enough: the
   * job reads brands, layouts, labels, topics and procedures, never sector templates (sectorRoot) or settings.
   */
  root: string;
  /** A format of COMPARE_REPORT (src/report/formats/compare.ts). */
  format: string;
  /** The organisation the others are compared with (default: the first). */
  base?: string;
  /** The kind of policy (its `kind:`, else its `id:`; src/model/kind.ts) to compare when the paths hold several. */
  kind?: string;
  /** Told what the terminal should hear of the documents read (compare-read.ts `onNotice`). */
  onNotice?: (line: string) => void;
  /** Folder of the disk cache of word layouts, for --format pdf (src/build/shaping-cache.ts). */
  shapingCache?: string;
  /**
   * --topics: the topic list to compare by, a file or a kind ("privacyverklaring": templates/topics/<kind>.yaml of the
   * project, else the shipped one), instead of the one the documents' kind (src/model/kind.ts) names.
   */
  topics?: string;
  /** --write-topics: also write the comparison's topics (listed or induced) to this file, as a topic list to edit. */
  writeTopics?: string;
  /** Told the topic list file written. */
  onWroteTopics?: (file: string, count: number) => void;
  /** The workplace's download: its questions answered by the workplace's buttons, not by a command (html). */
  served?: boolean;
}

/** Refuses, before any work, a --write-topics file that exists: it may be a person's edited list. */
function refuseExistingTopics(file: string | undefined): void {
  if (file === undefined || !existsSync(file)) return;
  throw errorById(
    { messageId: 'compare-job.topics-file-exists', fixId: 'compare-job.name-new-topics-file', params: { file } },
    { place: { argument: '--write-topics' }, ruleId: 'bad-arguments' },
  );
}

/** Compares the policies in `paths` (files or folders; default: policies/) and renders the comparison. */
export async function compareJob(paths: readonly string[], options: CompareJobOptions): Promise<Rendered> {
  const format = formatNamed(COMPARE_REPORT, options.format);
  refuseExistingTopics(options.writeTopics);
  const { policies, alignment, topics, kind } = await alignComparison(paths, options);
  if (options.writeTopics !== undefined) {
    const written = topics ?? alignment.topicsInduced ?? [];
    if (written.length === 0) {
      throw errorById(
        { messageId: 'compare-job.no-topics', fixId: 'compare-job.share-headings' },
        { place: { argument: '--write-topics' }, ruleId: 'bad-arguments' },
      );
    }
    const { topicListYaml } = await import('../compare/index.js');
    writeFileAtomic(options.writeTopics, topicListYaml(written, kind));
    options.onWroteTopics?.(options.writeTopics, written.length);
  }
  return format.render(
    await compareRenderInput(policies, alignment, {
      root: options.root,
      shapingCache: options.shapingCache,
      served: options.served,
    }),
  );
}
