// An adoption written by hand records no hash, so the text it adopted is not recorded; git may still show it: the
// first commit of the file whose approvals hold that adoption row holds the text as it stood when the adoption was
// written down. Where that text differs from the one now, the words changed after the adoption ("gewijzigd na
// vaststelling (volgens git)"); where it is the same, git shows this is the adopted text, and `diff FILE` compares
// with that commit's text, not with the last version marked approved. Every output that says where such a policy
// stands reads it here: the dossier, the HTML report, the PDF and Word cover, kennisname, `start`'s table, the
// overview of what each school must have and check's warnings about it, the workplace of `serve`, `diff` and its
// board pack. Here, below check and build, so each can ask; and asked once per file and git state in a run (a build,
// its report and its overview all ask of each such policy). In a shallow clone (`git clone --depth 1`) the first
// commit git shows may be where the clone's history is cut, not the one that wrote the row down: git then shows
// neither, and the outputs say why it cannot be told ("de git-geschiedenis is niet volledig (ondiepe kopie)"). An
// adoption recorded with the old hash (sha256:, src/model/fingerprint.ts) of a text edited since is read here too:
// git holds the text adopted, whose current hash kennisname's records name (adoptedHashOfOldScheme).
import { resolve } from 'node:path';
import {
  blobAt,
  type FileVersion,
  fileVersions,
  type GitFile,
  gitFile,
  shallowBoundary,
  shortCommit,
} from '../io/git.js';
import { gitFileState } from '../io/input-hash.js';
import { decodeSource } from '../io/read.js';
import { adopts, approvalKey, datedAfter, sameAdoption } from '../model/adoption.js';
import { approvalHash, hashMatches } from '../model/fingerprint.js';
import { isClausemarkError } from '../model/errors.js';
import type { Approval, Policy } from '../model/policy.js';
import { parsePolicyCached } from '../parse/cached.js';

/**
 * The commit that first held the adoption, and its day; `corrected`: the later commit where its row first reads as it
 * reads now (a name or role spelled otherwise since, src/model/adoption.ts sameAdoption).
 */
export interface ChangedSinceCommit {
  commit: string;
  date: string;
  corrected?: string;
}

/** The same as an output prints it: the commits shortened (src/wording/adoption-note.ts words it). */
export type ChangedPerGit = ChangedSinceCommit;

/** Where git shows the words of an adoption without a hash are these: the commit (as printed), the adoption's day. */
export interface AdoptedPerGit {
  commit: string;
  /** The adoption row's date (the day adopted), not the commit's. */
  date: string;
  /** The later commit (as printed) where the row first reads as it reads now. */
  corrected?: string;
}

/**
 * The first text holding an adoption: its approvalHash, the commit and day it was committed, its path there;
 * `corrected`, the later commit where its row first reads as now; `shallow` where that commit is where a shallow
 * clone's history is cut, `notFollowed` where the file was added there and git does not follow its history before
 * (src/io/git-history.ts): either way the adoption may be older, its words other.
 */
export interface Holding {
  hash: string;
  commit: string;
  date: string;
  path: string;
  corrected?: string;
  shallow?: true;
  notFollowed?: true;
}

/** A version of a file, read as a policy, with the commit that holds it and that commit's day. */
interface DatedText {
  policy: Policy;
  commit: string;
  date: string;
  /** The file was added in this commit, and git does not follow its history before (a move it cannot connect). */
  notFollowed?: true;
}

/** A version as git holds it, with the file's path in that commit (relative to the repository root). */
interface GitText extends DatedText {
  path: string;
}

/** The first text holding an adoption, and the later one where its row first reads as it does now. */
interface FirstHolding<Text> {
  text: Text;
  hash: string;
  corrected?: Text;
}

/**
 * Of `texts` (oldest first), the first whose approvals hold `adoption` (the same decision: sameAdoption), with its
 * approvalHash; and, where the row read otherwise there, the first that holds it word for word.
 */
function firstHolding<Text extends DatedText>(
  texts: Iterable<Text>,
  adoption: Approval,
): FirstHolding<Text> | undefined {
  const row = approvalKey(adoption);
  const holds = (text: Text, same: (approval: Approval) => boolean) => text.policy.meta.approvals.some(same);
  let first: FirstHolding<Text> | undefined;
  for (const text of texts) {
    first ??= holds(text, (approval) => sameAdoption(approval, adoption))
      ? { text, hash: approvalHash(text.policy) }
      : undefined;
    if (!first || !holds(text, (approval) => approvalKey(approval) === row)) continue;
    return text === first.text ? first : { ...first, corrected: text };
  }
  return first;
}

/** What a first holding shows, full commits: `cut` where git cannot tell, else the words changed or adopted. */
function holdingShows(
  first: { hash: string; commit: string; date: string; corrected?: string },
  adoption: Approval,
  policy: Policy,
): { changed: ChangedSinceCommit } | { adopted: ChangedSinceCommit } {
  const corrected = first.corrected === undefined ? {} : { corrected: first.corrected };
  return first.hash === approvalHash(policy)
    ? { adopted: { commit: first.commit, date: adoption.date, ...corrected } }
    : { changed: { commit: first.commit, date: first.date, ...corrected } };
}

/**
 * What `texts` (oldest first) show of `adoption`, a row without a hash of `policy`: the first commit holding it, as
 * `changed` where its text is other than `policy`'s, as `adopted` (with the adoption's day) where it is the same;
 * neither where none holds it, nor (`shallow`) where that commit is one of `cut`, where a shallow clone's history is
 * cut (shallowBoundary), nor (`notFollowed`) where the file was added there and git does not follow it before. Full
 * commits.
 */
export function firstHoldingShows(
  texts: Iterable<DatedText>,
  adoption: Approval,
  policy: Policy,
  cut: ReadonlySet<string> = new Set(),
): { changed?: ChangedSinceCommit; adopted?: ChangedSinceCommit; shallow?: true; notFollowed?: { commit: string } } {
  const first = firstHolding(texts, adoption);
  if (!first) return {};
  const { commit, date } = first.text;
  if (cut.has(commit)) return { shallow: true };
  if (first.text.notFollowed) return { notFollowed: { commit } };
  const corrected = first.corrected === undefined ? {} : { corrected: first.corrected.commit };
  return holdingShows({ hash: first.hash, commit, date, ...corrected }, adoption, policy);
}

/** The adoption that stands on `day` when it records no hash; undefined when it records one or there is none. */
export function unrecordedAdoption(policy: Policy, day: string): Approval | undefined {
  const adoption = policy.meta.approvals
    .filter((approval) => adopts(approval) && approval.date && !datedAfter(approval, day))
    .at(-1);
  return adoption && !adoption.hash ? adoption : undefined;
}

/**
 * The file's versions in git, oldest first, read lazily; one that cannot be read or understood is passed over. Read
 * as a build reads a file (the parse cache keeps each), without its procedure: the rows and words are all it asks.
 */
function* gitTexts(tracked: GitFile, file: string, versions: readonly FileVersion[]): Generator<GitText> {
  for (const { commit, date, path, notFollowed } of [...versions].reverse()) {
    try {
      const { text, bom, eol } = decodeSource(blobAt(tracked, commit, path), file);
      const parsed = parsePolicyCached(text, { path: file, encoding: { bom, eol } });
      const cut = notFollowed ? { notFollowed: true as const } : {};
      if (!parsed.findings.some((finding) => finding.fatal))
        yield { policy: parsed.policy, commit, date, path, ...cut };
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
    }
  }
}

/**
 * What git showed in this run of an adoption row's first commit, per file (resolved) and by the state it was read in
 * (gitFileState: the file, HEAD and the commit it names, the index, git's configuration) and the row: each reading
 * is a process per question and one per version read, and one `start` asks it of each such policy for its table, the
 * overview, the build and the report. A commit made or undone meanwhile is another state, and asked anew. Kept in
 * memory only, for at most this many files; a build worker is handed what this thread knows of its file.
 */
const holdings = new Map<string, Map<string, Holding | null>>();
const FILES_KEPT = 1024;
const ANSWERS_KEPT_PER_FILE = 16;

/** What a thread knows of one file's adoption rows in git: per state and row, the first commit holding it, or null. */
export type GitAnswers = [key: string, holding: Holding | null][];

function keep(path: string, key: string, holding: Holding | null): void {
  let known = holdings.get(path);
  if (!known) {
    if (holdings.size >= FILES_KEPT) holdings.clear();
    holdings.set(path, (known = new Map()));
  }
  if (known.size >= ANSWERS_KEPT_PER_FILE) known.clear();
  known.set(key, holding);
}

/** This thread's answers about `file`, for a build worker that is handed it (src/build/batch.ts); undefined: none. */
export function gitAnswersOf(file: string): GitAnswers | undefined {
  const known = holdings.get(resolve(file));
  return known && known.size > 0 ? [...known] : undefined;
}

/** Answers another thread read about `file` (keyed by the git state it read them in), taken as this thread's own. */
export function takeGitAnswers(file: string, answers: GitAnswers): void {
  for (const [key, holding] of answers) keep(resolve(file), key, holding);
}

/**
 * The first commit of `file` in git holding `adoption`, marked `shallow` where the clone's history is cut there and
 * `notFollowed` where git does not follow the file's history before it; `workTree` where the answer turns on the
 * work tree besides the file (a move not committed, src/io/git-history.ts), so it is not kept.
 */
function readHolding(file: string, adoption: Approval): { holding?: Holding; workTree: boolean } {
  const tracked = gitFile(file);
  if (!tracked) return { workTree: false };
  const versions = fileVersions(tracked);
  // Read from a move not committed, or none for a file HEAD does not hold: what the work tree holds besides the file
  // (an old file gone or back) decides it, which the git state this is kept by does not cover.
  const workTree = versions[0]?.path !== tracked.path;
  const first = firstHolding(gitTexts(tracked, file, versions), adoption);
  return { workTree, ...(first ? { holding: holdingOf(first, shallowBoundary(tracked)) } : {}) };
}

/** The first text holding an adoption, as a Holding: marked `shallow` where `cut` (the clone's boundary) holds it. */
function holdingOf(first: FirstHolding<GitText>, cut: ReadonlySet<string>): Holding {
  const { commit, date, path, notFollowed } = first.text;
  const shallow = cut.has(commit);
  return {
    hash: first.hash,
    commit,
    date,
    path,
    ...(first.corrected ? { corrected: first.corrected.commit } : {}),
    ...(shallow ? { shallow } : {}),
    ...(notFollowed ? { notFollowed } : {}),
  };
}

/** Whether git cannot tell of the first commit holding an adoption: the history is cut there. */
const isCut = (first: Holding): boolean => Boolean(first.shallow || first.notFollowed);

function holdingInGit(file: string, adoption: Approval): Holding | undefined {
  const path = resolve(file);
  const state = gitFileState(file, process.env);
  const key = state === undefined ? undefined : `${state}\u0000${approvalKey(adoption)}`;
  const known = key === undefined ? undefined : holdings.get(path);
  if (key !== undefined && known?.has(key)) return known.get(key) ?? undefined;
  const { holding, workTree } = readHolding(file, adoption);
  // Kept only if nothing changed while git was asked (an edit then, or a commit), and not read from the work tree.
  if (key !== undefined && !workTree && gitFileState(file, process.env) === state) keep(path, key, holding ?? null);
  return holding;
}

/**
 * For `policy` as `file` holds it (or held it, in a version read from git), adopted on `day` by a row without a
 * hash: the commit where git shows that row first with other words. Reads git only for such an adoption, and only up
 * to the first commit holding the row.
 */
export function changedSinceAdoption(file: string, policy: Policy, day: string): ChangedSinceCommit | undefined {
  const adoption = unrecordedAdoption(policy, day);
  if (!adoption) return undefined;
  const first = holdingInGit(file, adoption);
  if (!first || isCut(first)) return undefined;
  const shown = holdingShows(first, adoption, policy);
  return 'changed' in shown ? shown.changed : undefined;
}

/**
 * What git was asked of an adoption without a hash: `changed` where it shows other words, `adopted` where it shows
 * these are the words adopted; neither where no commit holds the adoption row, and `shallow` with neither where the
 * first commit holding it is where a shallow clone's history is cut. Every output that qualifies the status (cover,
 * HTML page, the report's index, the board pack) says which (src/wording/adoption-note.ts).
 */
export interface GitEvidence {
  changed?: ChangedPerGit;
  adopted?: AdoptedPerGit;
  shallow?: true;
  /** The file was added in this commit (as printed) and git does not follow its history before. */
  notFollowed?: { commit: string };
}

/**
 * What git shows of `policy`'s adoption without a hash on `day`, as an output prints it (short commit); undefined
 * when the adoption records a hash, or there is none: git is then not read, and nothing it could show changes the PDF.
 */
export function gitEvidence(file: string, policy: Policy, day: string): GitEvidence | undefined {
  const adoption = unrecordedAdoption(policy, day);
  if (!adoption) return undefined;
  const first = holdingInGit(file, adoption);
  if (!first) return {};
  if (first.shallow) return { shallow: true };
  if (first.notFollowed) return { notFollowed: { commit: shortCommit(first.commit) } };
  const corrected = first.corrected === undefined ? {} : { corrected: shortCommit(first.corrected) };
  return holdingShows({ ...first, commit: shortCommit(first.commit), ...corrected }, adoption, policy);
}

/**
 * What `firstHoldingShows` read (full commits) as gitEvidence gives it (the commits as printed): for a caller that
 * read the file's versions already (the dossier), so that what it hands on is what gitEvidence would have said.
 */
export function shownAsEvidence(shown: ReturnType<typeof firstHoldingShows>): GitEvidence {
  const printed = ({ commit, date, corrected }: ChangedSinceCommit): ChangedSinceCommit => ({
    commit: shortCommit(commit),
    date,
    ...(corrected === undefined ? {} : { corrected: shortCommit(corrected) }),
  });
  if (shown.shallow) return { shallow: true };
  if (shown.notFollowed) return { notFollowed: { commit: shortCommit(shown.notFollowed.commit) } };
  if (shown.changed) return { changed: printed(shown.changed) };
  return shown.adopted ? { adopted: printed(shown.adopted) } : {};
}

/**
 * Whether git shows neither that these are the words an adoption by hand adopted nor that they changed since (its
 * GitEvidence): no commit holds the row, the file is in no repository, or git cannot tell (a shallow clone, a move
 * it does not follow). Every output then says the adopted text is not recorded.
 */
export const showsNeither = (evidence: GitEvidence): boolean => !evidence.changed && !evidence.adopted;

/**
 * showsNeither, for a file in a git repository: the board's overview and `start`'s table say it there only, for
 * outside one every adoption by hand is so (the cover and check say it).
 */
export function untoldInRepository(file: string, evidence: GitEvidence | undefined): boolean {
  return evidence !== undefined && showsNeither(evidence) && gitFile(file) !== undefined;
}

/** Where git holds the text an adoption without a hash adopted: the commit, the file's path there, the adoption. */
export interface AdoptedTextInGit {
  /** The full commit that first holds the adoption row. */
  commit: string;
  path: string;
  adoption: Approval;
}

/**
 * For `policy`, a version of `file` adopted on `day` by a row without a hash: where git holds the text that row
 * adopted (the first commit holding it). Undefined when the adoption records a hash, there is none, or no commit
 * holds the row, or only the commit where a shallow clone's history is cut: then nothing but the version itself says
 * what was adopted.
 */
export function adoptedTextInGit(file: string, policy: Policy, day: string): AdoptedTextInGit | undefined {
  const adoption = unrecordedAdoption(policy, day);
  const first = adoption && holdingInGit(file, adoption);
  return adoption && first && !isCut(first) ? { commit: first.commit, path: first.path, adoption } : undefined;
}

/**
 * The approval fingerprint of the text `policy`'s adoption without a hash on `day` adopted, as git holds it (the first
 * commit holding the row): what kennisname's records of the version in force name where the file was edited since.
 */
export function adoptedHashInGit(file: string, policy: Policy, day: string): string | undefined {
  const adoption = unrecordedAdoption(policy, day);
  const first = adoption && holdingInGit(file, adoption);
  return first && !isCut(first) ? first.hash : undefined;
}

/** Where git shows the words of `policy` changed since its adoption without a hash on `day`: as a cover prints it. */
export function changedPerGit(file: string, policy: Policy, day: string): ChangedPerGit | undefined {
  return gitEvidence(file, policy, day)?.changed;
}

/**
 * The evidence as the incremental build's manifest keeps it: a PDF is made again when it reads otherwise. The cover
 * prints the commit and day of either answer, so each is in the key; git showing neither reads as nothing shown, or,
 * where a shallow clone's history is cut, as that (the cover says why git cannot tell).
 */
export function evidenceKey(evidence: GitEvidence | undefined): string | undefined {
  if (!evidence) return undefined;
  const shown = evidence.changed ?? evidence.adopted;
  if (shown) {
    const corrected = shown.corrected === undefined ? '' : ` corrected ${shown.corrected}`;
    return `${evidence.changed ? 'changed' : 'adopted'} ${shown.commit} ${shown.date}${corrected}`;
  }
  if (evidence.notFollowed) return `not followed before ${evidence.notFollowed.commit}`;
  return evidence.shallow ? 'shallow' : 'not shown';
}

/**
 * The approval fingerprint (sha256-v2:) of the text an adoption recorded with the old hash (sha256:, which covers the
 * section titles and clause texts only) adopted, of a file edited since: kennisname's records name a text by its
 * current fingerprint, which the old hash cannot be turned into. Git holds the text: the first commit holding the
 * adoption's row, taken only when the old hash verifies it and the history is not cut there. Undefined otherwise.
 * Rare (an adoption recorded before sha256-v2, edited since), so git is asked each time, not kept.
 */
export function adoptedHashOfOldScheme(file: string, adoption: Approval): string | undefined {
  const tracked = adoption.hash ? gitFile(file) : undefined;
  if (!tracked || !adoption.hash) return undefined;
  const first = firstHolding(gitTexts(tracked, file, fileVersions(tracked)), adoption);
  if (!first || isCut(holdingOf(first, shallowBoundary(tracked)))) return undefined;
  return hashMatches(first.text.policy, adoption.hash, adoption.date) ? first.hash : undefined;
}
