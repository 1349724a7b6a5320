// The alignment `compare` reports (src/jobs/compare.ts), and the one the workplace's review questions are asked of
// (src/jobs/serve-questions.ts): the documents chosen as compare chooses them, their topic list, a person's answers
// recorded beside them, the provisions aligned and what the law asks added. One function, so the page asks exactly the
// questions of the comparison the command writes.
import { existsSync, statSync } from 'node:fs';
import { errorById } from '../io/messages.js';
import type { Alignment, TopicDefinition } from '../compare/index.js';
import type { Policy } from '../model/policy.js';

export interface AlignOptions {
  /** The command's Project.root, whose templates/ (topic lists, procedures, laws) are read. */
  root: string;
  /** The organisation the others are compared with (default: the first). */
  base?: string | undefined;
  /** The kind of policy (frontmatter id) to compare when the paths hold several. */
  kind?: string | undefined;
  /** Told what the terminal should hear of the documents read (compare-read.ts `onNotice`). */
  onNotice?: ((line: string) => void) | undefined;
  /** --topics: a topic list file or a kind, instead of the one the documents' kind names. */
  topics?: string | undefined;
}

export interface AlignedComparison {
  policies: Policy[];
  alignment: Alignment;
  /** The topic list compared by, when there is one (else the alignment's topics were induced). */
  topics: TopicDefinition[] | undefined;
  /** The documents' kind, for a topic list written out. */
  kind: string;
}

/** The topic list --topics names: a file, or a kind's list (the project's, else the shipped one). */
function namedTopicList(named: string, root: string, compare: typeof import('../compare/index.js')): TopicDefinition[] {
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

/** The policies in `paths` (files or folders; default: policies/) aligned into provisions, as compare aligns them. */
export async function alignComparison(paths: readonly string[], options: AlignOptions): Promise<AlignedComparison> {
  // Loaded here, not at the top: the command's --help needs only its format table.
  const [compare, { confirmationsFor, absencesFor, provisionAbsencesFor, topicVerdictsFor }, { comparedDocuments }] =
    await Promise.all([
      import('../compare/index.js'),
      import('../compare/read/confirmations.js'),
      import('./compare-read.js'),
    ]);
  const { policies, leftOut } = await comparedDocuments(paths, options);
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
    ...compare.comparisonTopics(topics, policies, options.root),
    absences: absencesFor(policies),
    provisionAbsences: provisionAbsencesFor(policies),
    topicVerdicts: topicVerdictsFor(policies),
    ...(options.base ? { base: options.base } : {}),
    ...(options.topics === undefined && kind.fromTitles ? { kindFromTitles: kind.kind } : {}),
  });
  const { addLawView } = await import('../compare/topics/law-view.js');
  addLawView(alignment, policies, options.root);
  // Said in the report too, not only on the terminal: a reader of the page sees which files it leaves out and why.
  if (leftOut.length > 0) alignment.leftOut = leftOut;
  return { policies, alignment, topics, kind: kind.kind };
}
