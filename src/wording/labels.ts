// Output labels ("Pagina 3 van 9", "Vaststelling", "Concept") per language, from templates/labels/<lang>.yaml so an
// organisation changes wording without touching code. The policy's `lang` picks the file: the exact tag if there is
// a file for it (nl-be.yaml), else its language (nl-BE → nl.yaml), else English (de → en.yaml). A project that has
// no file of its own for a language uses the one clausemark ships.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isMap, isScalar } from 'yaml';
import { errorById, type MessageIds } from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import type { ClausemarkError } from '../model/errors.js';
import type { EffectiveStatus } from '../model/adoption.js';
import type { PolicyStatus } from '../model/policy.js';
import { POLICY_STATUSES } from '../model/policy.js';
import { displayPath, entriesOf, readYamlMapping, type YamlEntry } from '../io/yaml-file.js';
import { cachedParse } from '../io/parsed-cache.js';
import { PACKAGE_ROOT } from '../io/root.js';
import { languageFileNames } from '../text/output-language.js';
import { fillLabel, placeholdersIn } from '../text/placeholders.js';
import { templateFile } from './lookup.js';
import { REASON_CATEGORY_KEYS, REASON_PLACEHOLDERS, REASON_TEXT_KEYS, type ReasonTextKey } from './reason-keys.js';
import { CHANGE_KINDS, type ChangeKind, type ReasonCategory } from '../diff/types.js';
import { KNOWN_FIELDS } from '../parse/meta.js';
import { APPROVAL_FIELDS, type ApprovalField } from '../model/policy.js';

/** Every label a renderer may print. Placeholders like {{page}} are filled with fillLabel. */
export const LABEL_KEYS = [
  'page',
  'contents',
  'approvals',
  'date',
  'name',
  'role',
  'step',
  'signature',
  'version',
  'effective',
  'organisation',
  'status',
  'supersedes',
  'watermark',
  'adoptedBy',
  'on',
  'colophon',
  'sourceHash',
  'generatedBy',
  'buildDate',
  'footnotes',
  'pendingApproval',
  'approvalLawAsOf',
  // A policy declared approved whose text changed after the approval that recorded its hash (src/model/adoption.ts).
  'outdated',
  'changedAfterAdoption',
  // Version diffs (board packs, reports): the words around the changes.
  'changes',
  'changeSummary',
  'substantive',
  'editorial',
  'rewritten',
  'oldText',
  'newText',
  'noChanges',
  'details',
  'comparedTo',
  'reasons',
  'clause',
  'section',
  'approvalBlock',
  // Under a board pack's signing table: the approvals its new version's file lists that were given for another text.
  'approvalsOfOldVersion',
  'approvalsOfOtherText',
  // A board pack of a returned Word document (diff SOURCE.md RETURNED.docx): its proposals and comments by clause.
  'wordNotes',
  'proposedBy',
  'commentBy',
  // Singular summary, a diff whose only changes are in the frontmatter, and a change nobody can see.
  'changeSummaryOne',
  'metaChangesOnly',
  'invisibleOnly',
  // Cross-organisation comparison (clausemark compare --format pdf/html): the provision matrix and its legend.
  'compareTitle',
  'compareSummary',
  'compareDocuments',
  'compareBase',
  'compareReference',
  'compareProvisions',
  'compareProvision',
  'compareSimilarity',
  'compareTextHeadline',
  'compareTextSimilarity',
  'compareTextLegend',
  'compareTextProvision',
  'compareTextOnlyIn',
  'compareSimilarityNote',
  'compareTexts',
  'compareIdentical',
  'compareReworded',
  'compareDifferent',
  'compareAbsent',
  'compareAbsentIn',
  // An empty cell with evidence (src/compare/provisions/provision-evidence.ts): "not matched", and what it points at.
  'compareUnmatched',
  'compareUnmatchedTopic',
  'compareUnmatchedLead',
  // The same on the board's pages (PDF, web page): the clause, no similarity score (issue 69 item 5).
  'compareUnmatchedLeadNamed',
  'compareUnmatchedNote',
  'compareUnmatchedList',
  'compareInserted',
  'compareDeleted',
  'compareLegend',
  'compareContinued',
  'compareFile',
  'compareOnlyHere',
  'compareUnpaired',
  'compareOwn',
  'compareDocumentTitle',
  // What each organisation lacks (src/compare/provisions/missing.ts), in every comparison format.
  'compareMissing',
  'compareMissingNote',
  'compareMissingAt',
  'compareMissingHeld',
  'compareMissingNone',
  // Coverage by topic (templates/topics/<kind>.yaml, src/compare/topics/topics.ts), in every comparison format.
  'compareTopics',
  'compareTopicsNote',
  'compareTopicsInduced',
  'compareTopicsFromTitles',
  'compareTopic',
  'compareTopicNotFound',
  'compareTopicCandidates',
  'compareCandidateElsewhere',
  'compareCandidateDefinition',
  'compareCandidateDelegated',
  'compareTopicAbsent',
  'compareTopicStale',
  'compareTopicProvisions',
  'compareTopicPossible',
  'compareAdds',
  // What the law asks of the kind of policy (topic lists' law: entries), in every comparison format.
  'compareLaw',
  'compareLawNote',
  'compareLawRequirement',
  'compareLawAsOf',
  'compareLawUnverifiedText',
  'compareLawNotApplicable',
  'compareLawAnsweredNo',
  'compareLawAsk',
  'compareLawAskWho',
  'compareLawUnmet',
  'compareLawUntested',
  'compareLawOpposite',
  'compareLawDirect',
  'compareLawSchoolsOnly',
  'compareLawDutchWords',
  'compareLawDutchWordsGist',
  // A person's confirmations (clausemark confirm) and the aligner's possible matches for absent cells.
  'comparePossible',
  'comparePossibleEvidence',
  // The same on the web page, which a board member reads: the words in common, no score (issue 69 item 5).
  'comparePossibleWords',
  'compareConfirmWith',
  // The terminal and Markdown list of possible matches and of confirmations
  // (src/render/shared/compare/confirmations.ts).
  'comparePossibleMatches',
  'compareConfirmNot',
  'compareConfirmationsHeading',
  'compareConfirmButton',
  'compareRejectButton',
  'compareAbsentButton',
  'compareQuestions',
  'compareQuestionsNote',
  // The same in the comparison the workplace hands to download, where its own buttons answer a question.
  'compareAnswerInWorkplace',
  'compareQuestionsNoteWorkplace',
  'compareUnmatchedNoteWorkplace',
  'compareLawNoteWorkplace',
  // The comparison and review pages in out/ as `serve` shows them beside the workplace (src/text/served-words.ts).
  'compareAnswerHere',
  'compareQuestionsNoteServed',
  'compareTopicsInducedWorkplace',
  'compareTopicsFromTitlesWorkplace',
  'reviewIntroServed',
  'compareQuestionsNone',
  'compareQuestionsMore',
  // The review page of serve (src/render/html/review-page.ts).
  'reviewTitle',
  'reviewIntro',
  'reviewCount',
  'reviewOther',
  'reviewMore',
  'reviewLink',
  'reviewNone',
  'reviewPair',
  'reviewTopicPossible',
  'reviewTopicWeak',
  'reviewTopicNotFound',
  'reviewRequired',
  'reviewSame',
  'reviewDifferent',
  'reviewCovers',
  'reviewNot',
  'reviewAbsent',
  'compareQuestionPossible',
  'compareQuestionLow',
  'compareQuestionNotMatched',
  'compareQuestionTopic',
  'compareQuestionTopicPossible',
  // A clause on a topic by little (one signal of one word), and the buttons that answer whether it covers the topic.
  'compareQuestionTopicWeak',
  'compareQuestionTopicWeakEvidence',
  'compareTopicAnswerStale',
  'compareQuestionTopicDecides',
  'compareTopicYesButton',
  'compareTopicNoButton',
  'compareConfirmed',
  'compareConfirmations',
  'compareConfirmationsOne',
  'compareVerdictSame',
  'compareVerdictDifferent',
  'compareNotApplied',
  'compareLeftOut',
  'compareLeftOutNote',
  'compareLeftOutFile',
  'compareLeftOutFix',
  'compareNotAppliedChanged',
  'compareNotAppliedWordsOnly',
  'compareNotAppliedGone',
  'compareNotAppliedConflict',
  'compareSentence',
  'compareSentences',
  'compareRow',
  'compareParts',
  'compareRowReference',
  'compareTableRows',
  // The page of the policies in force on a date (build --at DATE, src/render/html/in-force-page.ts).
  'inForceTitle',
  'inForcePolicy',
  'inForceVersion',
  'inForceAdopted',
  'inForceFrom',
  'inForceSource',
  'inForceAdoptedBy',
  'inForceNone',
  'inForceBeforeHistory',
  'inForceTextBeforeHistory',
  'adoptionTextUnrecorded',
  'adoptionTextUnrecordedShallow',
  'adoptionTextUnrecordedNotFollowed',
  'adoptionChangedPerGit',
  'adoptedTextPerGit',
  'adoptionRowCorrected',
  'inForceTextNotInGit',
  'inForceAdoptedFromGit',
  'inForceTextFromGit',
  'inForceFromCommit',
] as const;

export { fillLabel, placeholdersIn };

export type LabelKey = (typeof LABEL_KEYS)[number];

/**
 * Words the version-diff reports need beside the labels above (the `phrases` mapping: view names, column heads,
 * the compact line for renumbered clauses, the screen-reader markers around deletions and insertions).
 */
const PHRASE_KEYS = [
  'renumbered',
  'renumberedOne',
  'metadata',
  // A change to a section heading rather than a clause (src/diff/headings.ts).
  'heading',
  'count',
  'kind',
  'total',
  'inline',
  'sideBySide',
  'view',
  'hiddenEditorial',
  'hiddenEditorialOne',
  'line',
  'deletionStart',
  'deletionEnd',
  'insertionStart',
  'insertionEnd',
  'absent',
  'parts',
  'generatedBy',
  // The step written in the rows a board signs in its board pack.
  'decisionStep',
  // A policy whose sections are typed articles ("Artikel 3"): its clauses are an article's provisions, not articles
  // (src/wording/article-words.ts). They stand for the clause reasons and the renumbered line there.
  'provisionAdded',
  'provisionRemoved',
  'provisionRewritten',
  'provisionSplit',
  'provisionsMerged',
  'renumberedProvisions',
  'renumberedProvisionOne',
  'renumberedInArticles',
  'renumberedInArticle',
  // A clause cited in a table's article column (src/model/printed-number.ts citeClause): "Artikel 3.1, lid 5, onder a".
  'citeArticle',
  'citeMember',
  'citePoint',
] as const;
export type PhraseKey = (typeof PHRASE_KEYS)[number];

/** The placeholders each phrase is given; the others are plain text. */
const PHRASE_PLACEHOLDERS: Partial<Record<PhraseKey, readonly string[]>> = {
  renumbered: ['count'],
  provisionSplit: ['count'],
  provisionsMerged: ['count'],
  renumberedProvisions: ['count'],
  renumberedInArticles: ['count', 'articles'],
  renumberedInArticle: ['count'],
  hiddenEditorial: ['count'],
  line: ['count'],
  citeArticle: ['number'],
  citeMember: ['number'],
  citePoint: ['number'],
};

export type Labels = Record<LabelKey, string> & {
  /** Which label set this is (the file's name without .yaml). */
  lang: string;
  /** Display names of the policy statuses. */
  statuses: Record<PolicyStatus, string>;
  /** Display names of the kinds of change in a version diff. */
  kinds: Record<ChangeKind, string>;
  /** How a diff reason is worded (src/wording/reasons.ts): per shape of category reason and per other code. */
  reasonTexts: Record<ReasonTextKey, string>;
  /** Display names of the reason categories ("obligation", "verplichting"). */
  reasonCategories: Record<ReasonCategory, string>;
  /** The diff reports' other words (PHRASE_KEYS). */
  phrases: Record<PhraseKey, string>;
  /** Display names of the frontmatter fields clausemark knows ("level" → "Niveau"), for the diff's metadata changes. */
  fields: Record<FieldKey, string>;
  /** Display names of an approval row's fields ("outcome" → "uitkomst"), for an approval whose row changed. */
  approvalFields: Record<ApprovalField, string>;
};

/** A frontmatter field clausemark knows (src/parse/meta.ts): each has a display name in every label file. */
export type FieldKey = (typeof KNOWN_FIELDS)[number];

type LabelMapping = 'statuses' | 'kinds' | 'reasonTexts' | 'reasonCategories' | 'phrases' | 'fields' | 'approvalFields';
/** Mappings a project's label file may leave out: they are taken from clausemark's own file for the language. */
const OPTIONAL_MAPPINGS: readonly LabelMapping[] = [
  'reasonTexts',
  'reasonCategories',
  'phrases',
  'fields',
  'approvalFields',
];

/** Placeholders each label may contain; every other label is plain text. */
const PLACEHOLDERS: Partial<Record<LabelKey, readonly string[]>> = {
  page: ['page', 'pages'],
  changeSummary: ['total', 'substantive', 'editorial'],
  changeSummaryOne: ['substantive', 'editorial'],
  metaChangesOnly: ['count'],
  proposedBy: ['who', 'date', 'before', 'after'],
  commentBy: ['who', 'date', 'text'],
  comparedTo: ['old', 'new'],
  compareSummary: ['documents', 'provisions', 'shared'],
  compareTextHeadline: ['documents', 'base', 'provisions'],
  compareTextLegend: ['kinds'],
  compareUnmatchedTopic: ['topic', 'ids'],
  compareUnmatchedLead: ['id', 'score'],
  compareUnmatchedLeadNamed: ['id'],
  compareTextOnlyIn: ['name', 'count'],
  compareMissingAt: ['name', 'count'],
  compareTopicCandidates: ['count', 'ids'],
  compareCandidateElsewhere: ['id', 'topic'],
  compareCandidateDefinition: ['id'],
  compareCandidateDelegated: ['id'],
  compareTopicsFromTitles: ['kind'],
  compareTopicsFromTitlesWorkplace: ['kind'],
  compareTopicPossible: ['ids'],
  compareAdds: ['words'],
  compareLawAsOf: ['dates'],
  approvalLawAsOf: ['dates'],
  approvalsOfOldVersion: ['version', 'approvals'],
  approvalsOfOtherText: ['approvals'],
  compareLawNotApplicable: ['who'],
  compareLawAnsweredNo: ['question'],
  compareLawAsk: ['question'],
  compareLawAskWho: ['who'],
  compareLawUnmet: ['ids', 'needs'],
  compareLawUntested: ['ids'],
  compareLawOpposite: ['ids'],
  compareLawDirect: ['note'],
  compareLawSchoolsOnly: ['who'],
  compareLawDutchWordsGist: ['gist'],
  compareSentence: ['n'],
  compareSentences: ['from', 'to'],
  compareRow: ['n'],
  compareRowReference: ['n'],
  compareMissingHeld: ['held', 'others'],
  comparePossibleEvidence: ['score', 'words'],
  comparePossibleWords: ['words'],
  compareConfirmations: ['confirmed', 'rejected', 'file'],
  compareConfirmationsOne: ['rejected', 'file'],
  compareQuestionPossible: ['number', 'label', 'first', 'second', 'score'],
  compareQuestionLow: ['number', 'label', 'first', 'second', 'score'],
  compareQuestionNotMatched: ['number', 'label', 'org', 'first', 'second', 'score'],
  compareQuestionTopic: ['name', 'org'],
  reviewCount: ['count'],
  reviewMore: ['count'],
  compareQuestionsMore: ['count'],
  reviewLink: ['count'],
  reviewTopicPossible: ['org'],
  reviewTopicWeak: ['org'],
  reviewTopicNotFound: ['org'],
  reviewRequired: ['basis'],
  compareQuestionTopicPossible: ['name', 'org', 'clause'],
  compareQuestionTopicWeak: ['name', 'clause', 'signals', 'score'],
  compareQuestionTopicDecides: ['org'],
  compareNotApplied: ['pair', 'reason'],
  compareLeftOutFile: ['at', 'reason'],
  compareLeftOutFix: ['fix'],
  inForceTitle: ['date'],
  inForceAdoptedBy: ['date', 'name', 'role'],
  inForceNone: ['date'],
  inForceBeforeHistory: ['begins'],
  inForceTextBeforeHistory: ['begins', 'date'],
  inForceTextNotInGit: ['date'],
  adoptionChangedPerGit: ['commit', 'date'],
  adoptedTextPerGit: ['commit', 'date'],
  adoptionTextUnrecordedNotFollowed: ['commit'],
  adoptionRowCorrected: ['commit'],
  inForceAdoptedFromGit: ['date', 'commit'],
  inForceTextFromGit: ['commit'],
  inForceFromCommit: ['file', 'commit', 'date'],
};
/** `{page}` with one brace on each side: a placeholder written wrongly. */
const SINGLE_BRACES = /(?<!\{)\{\s*[A-Za-z]\w*\s*\}(?!\})/;

/**
 * The <lang>.yaml in `templates/<folder>` for `lang`: exact tag, then language, then English (see the top of this
 * file); for each, the project's own file, else the one clausemark ships (src/wording/lookup.ts).
 */
export function pickLanguageFile(root: string, folder: string, lang: string): string {
  for (const candidate of languageFileNames(lang)) {
    const file = templateFile(root, `${folder}/${candidate}.yaml`);
    if (existsSync(file)) return file;
  }
  return join(resolve(root), 'templates', folder, 'en.yaml');
}

/** The label file `lang` uses. */
export function labelFileFor(lang: string, root: string): string {
  return pickLanguageFile(root, 'labels', lang);
}

/** The error for a language without a label file, here nor in clausemark's own templates; `what` names the file. */
export function missingLanguageFile(file: string, what: MessageRef): ClausemarkError {
  return errorById(
    {
      messageId: 'labels.no-language-file',
      fixId: 'shipped-file.add-or-reinstall',
      params: { what, file: displayPath(file) },
    },
    { place: { file: displayPath(file) }, ruleId: 'labels-missing' },
  );
}

/**
 * `read(file)`, cached per process and read again when the file changes; `missing` is thrown when the file is
 * not there at all.
 */
export function readCached<T>(
  cache: Map<string, { stamp: string; value: T }>,
  file: string,
  read: (file: string) => T,
  missing: () => ClausemarkError,
): T {
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    throw missing();
  }
  const cached = cache.get(file);
  if (cached && cached.stamp === stamp) return cached.value;
  const value = read(file);
  cache.set(file, { stamp, value });
  return value;
}

/** The display name of a status as outputs show it: "Vastgesteld", or the `outdated` label for a changed text. */
export function statusLabel(labels: Labels, status: EffectiveStatus): string {
  return status === 'outdated' ? labels.outdated : (labels.statuses[status] ?? status);
}

const cache = new Map<string, { stamp: string; value: Labels }>();

/** Throws the keyed error for a label file, at an entry's value when there is one. */
type LabelFail = (ids: MessageIds, entry: YamlEntry | undefined, ruleId?: string) => never;

/** The words of each mapping, and what one item of it is called in an error. */
const MAPPING_NAMES: Record<LabelMapping, readonly string[]> = {
  statuses: POLICY_STATUSES,
  kinds: CHANGE_KINDS,
  reasonTexts: REASON_TEXT_KEYS,
  reasonCategories: REASON_CATEGORY_KEYS,
  phrases: PHRASE_KEYS,
  fields: KNOWN_FIELDS,
  approvalFields: APPROVAL_FIELDS,
};
const MAPPING_ITEM: Record<LabelMapping, MessageRef> = {
  statuses: { messageId: 'labels.status' },
  kinds: { messageId: 'labels.kind' },
  reasonTexts: { messageId: 'labels.reason-text' },
  reasonCategories: { messageId: 'labels.reason-category' },
  phrases: { messageId: 'labels.phrase' },
  fields: { messageId: 'labels.field' },
  approvalFields: { messageId: 'labels.approval-field' },
};

/** `{{page}} and {{pages}}`: the placeholders a label may use, as it would write them. */
function writtenPlaceholders(allowed: readonly string[]): string {
  return allowed.map((p) => `{{${p}}}`).join(' and ');
}

/** Only the placeholders a label is given; "{page}" with single braces would be printed as it stands. */
function checkPlaceholders(
  fail: LabelFail,
  value: string,
  allowed: readonly string[] | undefined,
  key: string,
  entry: YamlEntry,
): void {
  for (const name of placeholdersIn(value)) {
    if (!(allowed ?? []).includes(name)) {
      fail(
        {
          messageId: 'labels.unknown-placeholder',
          fixId: allowed && allowed.length > 0 ? 'labels.can-use' : 'labels.no-placeholders',
          params: { key, placeholder: `{{${name}}}`, placeholders: writtenPlaceholders(allowed ?? []) },
        },
        entry,
      );
    }
  }
  const single = allowed && allowed.length > 0 ? SINGLE_BRACES.exec(value) : null;
  if (allowed && single) {
    // "Pagina {page} van {pages}" would print the braces on every page.
    fail(
      {
        messageId: 'labels.single-braces',
        fixId: 'labels.two-braces',
        params: { key, written: single[0], placeholders: writtenPlaceholders(allowed) },
      },
      entry,
    );
  }
}

/** An entry's value as text; a mapping, list or empty value is refused. */
function labelText(fail: LabelFail, entry: YamlEntry, key: string): string {
  if (!isScalar(entry.value) || entry.value.value === null || typeof entry.value.value === 'object') {
    return fail({ messageId: 'labels.not-text', fixId: 'labels.write-text', params: { key } }, entry);
  }
  return String(entry.value.value);
}

/** One mapping of the file (statuses, kinds, phrases, ...): every item known, worded, and none missing. */
function readMapping(
  fail: LabelFail,
  yaml: ReturnType<typeof readYamlMapping>,
  entry: YamlEntry,
  mapping: LabelMapping,
): Record<string, string> {
  const names = MAPPING_NAMES[mapping];
  if (!isMap(entry.value))
    return fail(
      {
        messageId: 'labels.not-mapping',
        fixId: 'labels.one-per-line',
        params: { mapping: entry.key, names: names.join(', ') },
      },
      entry,
    );
  const values: Record<string, string> = {};
  for (const item of entriesOf(entry.value, yaml.pointOf, entry.valuePoint)) {
    if (!names.includes(item.key))
      fail(
        {
          messageId: 'labels.unknown-item',
          fixId: 'labels.items-are',
          params: { item: MAPPING_ITEM[mapping], key: item.key, mapping: entry.key, names: names.join(', ') },
        },
        item,
      );
    values[item.key] = labelText(fail, item, `${entry.key}.${item.key}`);
    if (mapping === 'reasonTexts')
      checkPlaceholders(
        fail,
        values[item.key] ?? '',
        REASON_PLACEHOLDERS[item.key as ReasonTextKey],
        `${entry.key}.${item.key}`,
        item,
      );
    if (mapping === 'phrases')
      checkPlaceholders(
        fail,
        values[item.key] ?? '',
        PHRASE_PLACEHOLDERS[item.key as PhraseKey],
        `${entry.key}.${item.key}`,
        item,
      );
  }
  const missing = names.filter((name) => values[name] === undefined);
  if (missing.length > 0)
    fail(
      {
        messageId: 'labels.mapping-lacks',
        fixId: 'labels.name-every-one',
        params: { mapping: entry.key, names: missing.join(', ') },
      },
      entry,
    );
  return values;
}

/** One plain label: a known key, worded as text with only its own placeholders. */
function readLabel(fail: LabelFail, entry: YamlEntry): { key: LabelKey; value: string } {
  if (!(LABEL_KEYS as readonly string[]).includes(entry.key)) {
    fail(
      {
        messageId: 'labels.unknown-label',
        fixId: 'labels.labels-are',
        params: { key: entry.key, keys: LABEL_KEYS.join(', ') },
      },
      { ...entry, valuePoint: entry.keyPoint },
      'labels-unknown-key',
    );
  }
  const key = entry.key as LabelKey;
  const value = labelText(fail, entry, key);
  checkPlaceholders(fail, value, PLACEHOLDERS[key], key, entry);
  return { key, value };
}

/** Every label and the two mappings outputs cannot do without are there; the others have shipped defaults. */
function checkComplete(fail: LabelFail, labels: Partial<Labels>): void {
  const missing = LABEL_KEYS.filter((key) => labels[key] === undefined);
  const absentMappings = (['statuses', 'kinds'] as const).filter((mapping) => labels[mapping] === undefined);
  if (missing.length > 0 || absentMappings.length > 0) {
    fail(
      {
        messageId: missing.length + absentMappings.length === 1 ? 'labels.missing-one' : 'labels.missing-many',
        fixId: 'labels.copy-missing',
        params: { keys: [...missing, ...absentMappings].join(', ') },
      },
      undefined,
    );
  }
}

function readLabels(file: string, lang: string): Labels {
  const yaml = readYamlMapping(file, {
    what: { messageId: 'settings-file.label' },
    fix: { messageId: 'labels.file-shape', params: { count: LABEL_KEYS.length } },
  });
  const fail: LabelFail = (ids, entry, ruleId = 'labels-invalid') => {
    throw errorById(ids, { place: { file: yaml.display, ...(entry ? { point: entry.valuePoint } : {}) }, ruleId });
  };
  const labels: Partial<Labels> = { lang };
  for (const entry of yaml.entries) {
    if (Object.hasOwn(MAPPING_NAMES, entry.key)) {
      const mapping = entry.key as LabelMapping;
      (labels as Record<string, unknown>)[mapping] = readMapping(fail, yaml, entry, mapping);
      continue;
    }
    const { key, value } = readLabel(fail, entry);
    labels[key] = value;
  }
  checkComplete(fail, labels);
  return labels as Labels;
}

/** Changes when readLabels reads a file into other labels: labels kept by another version are never read. */
const LABELS_READER = 'labels-1';

function isStringRecord(value: unknown, keys: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')
  );
}

/** Labels as readLabels makes them: every label a string, every mapping present a record of strings. */
function isLabels(value: unknown): value is Labels {
  if (!isStringRecord(value, [...LABEL_KEYS, 'lang'])) return false;
  const labels = value as Record<string, unknown>;
  return (Object.keys(MAPPING_NAMES) as LabelMapping[]).every((mapping) =>
    labels[mapping] === undefined
      ? OPTIONAL_MAPPINGS.includes(mapping)
      : isStringRecord(labels[mapping], Object.keys(labels[mapping] as object)),
  );
}

/** readLabels, or what it made of the same text before when the CLI keeps parsed files (src/io/parsed-cache.ts). */
function readLabelsKept(file: string, lang: string): Labels {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return readLabels(file, lang);
  }
  return cachedParse(`${LABELS_READER}-${lang}`, text, isLabels, () => readLabels(file, lang));
}

/** The labels for a policy language (see labelFileFor for the fallback). Cached per process, reread when changed. */
export function loadLabels(lang: string, options: { root: string }): Labels {
  const file = labelFileFor(lang, options.root);
  const labels = readCached(
    cache,
    file,
    (path) => readLabelsKept(path, basename(path, '.yaml')),
    () => missingLanguageFile(file, { messageId: 'labels.label-file' }),
  );
  if (OPTIONAL_MAPPINGS.every((mapping) => labels[mapping] !== undefined)) return labels;
  // A project's own label file written before reasons were worded here: clausemark's file for its language lends them.
  const shipped = labelFileFor(lang, PACKAGE_ROOT);
  if (resolve(shipped) === resolve(file)) {
    throw errorById(
      {
        messageId: 'labels.lacks-optional',
        fixId: 'labels.copy-optional',
        params: { names: OPTIONAL_MAPPINGS.join(', ') },
      },
      { place: { file: displayPath(file) }, ruleId: 'labels-invalid' },
    );
  }
  const lender = loadLabels(lang, { root: PACKAGE_ROOT });
  return {
    ...labels,
    reasonTexts: labels.reasonTexts ?? lender.reasonTexts,
    reasonCategories: labels.reasonCategories ?? lender.reasonCategories,
    phrases: labels.phrases ?? lender.phrases,
    fields: labels.fields ?? lender.fields,
    approvalFields: labels.approvalFields ?? lender.approvalFields,
  };
}
