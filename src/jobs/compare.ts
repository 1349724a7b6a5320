// `clausemark compare` as a library job: the policies' clauses aligned into provisions across organisations, and
// the report in the format asked for. The command (src/cli/commands/compare.ts) writes what this returns.
import { existsSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic.js';
import { errorById } from '../io/messages.js';
import { COMPARE_REPORT, compareRenderInput } from '../report/formats/compare.js';
import { formatNamed, type Rendered } from '../render/shared/format-table.js';

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
  /** Told each document set aside (a revision, an older version), for the terminal. */
  onSetAside?: (line: string) => void;
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
}

/** Refuses, before any work, a --write-topics file that exists: it may be a person's edited list. */
function refuseExistingTopics(file: string | undefined): void {
  if (file === undefined || !existsSync(file)) return;
  throw errorById(
    { messageId: 'compare-job.topics-file-exists', fixId: 'compare-job.name-new-topics-file', params: { file } },
    { place: { argument: '--write-topics' }, ruleId: 'bad-arguments' },
  );
}

/** The topic list --topics names: a file, or a kind's list (the project's, else the shipped one). */
function namedTopicList(
  named: string,
  root: string,
  compare: typeof import('../compare/index.js'),
): import('../compare/index.js').TopicDefinition[] {
  const path = existsSync(named) && statSync(named).isFile() ? named : compare.topicListPath(named, root);
  if (!path) {
    throw errorById(
      {
        messageId: 'compare-job.no-topic-list',
        fixId: 'compare-job.topic-lists',
        params: { topics: named, kinds: compare.topicListKinds(root).join(', ') },
      },
      { place: { argument: '--topics' }, ruleId: 'bad-arguments' },
    );
  }
  return compare.readTopicList(path).topics;
}

/** Compares the policies in `paths` (files or folders; default: policies/) and renders the comparison. */
export async function compareJob(paths: readonly string[], options: CompareJobOptions): Promise<Rendered> {
  const format = formatNamed(COMPARE_REPORT, options.format);
  refuseExistingTopics(options.writeTopics);
  // Loaded here, not at the top: the command's --help needs only its format table.
  const [compare, { confirmationsFor, absencesFor, provisionAbsencesFor, topicVerdictsFor }, { comparedPolicies }] =
    await Promise.all([
      import('../compare/index.js'),
      import('../compare/read/confirmations.js'),
      import('./compare-read.js'),
    ]);
  const policies = await comparedPolicies(paths, options);
  const kind = compare.comparisonKind(policies);
  const topics =
    options.topics !== undefined
      ? namedTopicList(options.topics, options.root, compare)
      : compare.topicsFor(policies, options.root);
  // One document is enough where there are topics: what the law asks of it, and what it covers.
  if (policies.length < (topics?.length ? 1 : 2)) {
    throw errorById(
      { messageId: 'compare-job.too-few', fixId: 'compare-job.name-two' },
      { place: { argument: paths.join(' ') || 'policies/' }, ruleId: 'bad-arguments' },
    );
  }
  const alignment = compare.alignPolicies(policies, {
    confirmations: confirmationsFor(policies),
    topics: topics ?? 'induce',
    absences: absencesFor(policies),
    provisionAbsences: provisionAbsencesFor(policies),
    topicVerdicts: topicVerdictsFor(policies),
    ...(options.base ? { base: options.base } : {}),
    ...(options.topics === undefined && kind.fromTitles ? { kindFromTitles: kind.kind } : {}),
  });
  const { addLawView } = await import('../compare/topics/law-view.js');
  addLawView(alignment, policies, options.root);
  if (options.writeTopics !== undefined) {
    const written = topics ?? alignment.topicsInduced ?? [];
    if (written.length === 0) {
      throw errorById(
        { messageId: 'compare-job.no-topics', fixId: 'compare-job.share-headings' },
        { place: { argument: '--write-topics' }, ruleId: 'bad-arguments' },
      );
    }
    writeFileAtomic(options.writeTopics, compare.topicListYaml(written, kind.kind));
    options.onWroteTopics?.(options.writeTopics, written.length);
  }
  return format.render(
    await compareRenderInput(policies, alignment, { root: options.root, shapingCache: options.shapingCache }),
  );
}
