// The review questions in the workplace (`clausemark serve`, /werkplek/vragen?soort=KIND): the open questions of the
// comparison of one kind, asked of the alignment `compare` reports (compare-align.ts) as the report's review page asks
// them (render/shared/compare/review-items.ts); an answer recorded by the job of `clausemark confirm`
// (confirmVerdictJob) in the comparison's alignments file, given the compared policies alone so it lands where compare
// reads it, then that file committed by the officer with a message saying what was answered. An answer to a question
// that is no longer open (answered in another tab, or settled by another answer) is refused and nothing written.
import { join } from 'node:path';
import { wordMessage } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { comparisonLanguage } from '../compare/read/base-policy.js';
import type { Alignment } from '../compare/read/types.js';
import type { ConfirmVerdict } from '../io/confirm-buttons.js';
import { type ReviewGroup, reviewGroups } from '../render/shared/compare/review-items.js';
import { loadLabels } from '../wording/labels.js';
import { alignComparison } from './compare-align.js';
import { confirmVerdictJob } from './confirm.js';
import { type Committed, commitChange, needOfficer, WorkplaceRefusal } from './serve-actions.js';
import { comparableKinds } from './serve-exports.js';

export interface OpenQuestions {
  kind: string;
  /** The comparison's language (its base document's): the questions' words and the commit message are in it. */
  lang: string;
  /** The organisations compared, by name. */
  names: string[];
  groups: ReviewGroup[];
  /** The compared policies' files: what the answer's job is given. */
  files: string[];
  alignment: Alignment;
}

/** The answer a form posted: what `clausemark confirm` takes. */
export interface PostedAnswer {
  verdict: string;
  first: string;
  second: string;
}

/** The open questions of the comparison of `kind` (a kind two or more organisations have), as the page shows them. */
export async function openQuestions(folder: string, kind: string, project: Project): Promise<OpenQuestions> {
  if (!comparableKinds(folder).includes(kind))
    throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-exports.no-kind' }));
  const { policies, alignment } = await alignComparison([join(folder, 'policies')], { root: project.root, kind });
  const lang = comparisonLanguage(policies, alignment);
  return {
    kind,
    lang,
    names: alignment.documents.map((document) => document.name || document.key),
    groups: reviewGroups(alignment, loadLabels(lang, { root: project.root })),
    files: policies.map((policy) => policy.path),
    alignment,
  };
}

/** The answer as one of the questions on the page, or undefined when no open question has it. */
function asked(open: OpenQuestions, answer: PostedAnswer): ConfirmVerdict | undefined {
  const button = open.groups
    .flatMap((group) => group.items)
    .flatMap((item) => item.buttons)
    .find(
      (candidate) =>
        candidate.verdict === answer.verdict && candidate.first === answer.first && candidate.second === answer.second,
    );
  return button?.verdict;
}

/** The commit message's words of the answer: organisations by name with the clause, topics by name. */
function answerParams(open: OpenQuestions, verdict: ConfirmVerdict, answer: PostedAnswer): Record<string, string> {
  const names = new Map(open.alignment.documents.map((document) => [document.key, document.name || document.key]));
  const clause = (reference: string): string => {
    const colon = reference.indexOf(':');
    const org = reference.slice(0, colon);
    return `${names.get(org) ?? org} (${reference.slice(colon + 1)})`;
  };
  const topic = (id: string): string => open.alignment.topics?.find((candidate) => candidate.id === id)?.name ?? id;
  const kind = { kind: open.kind };
  if (verdict === 'absent')
    return { ...kind, org: names.get(answer.first) ?? answer.first, topic: topic(answer.second) };
  if (verdict === 'on-topic' || verdict === 'off-topic')
    return { ...kind, clause: clause(answer.first), topic: topic(answer.second) };
  return { ...kind, first: clause(answer.first), second: clause(answer.second) };
}

/**
 * The officer's answer to an open question of the comparison of `kind`, recorded as `clausemark confirm` records it
 * and committed by the officer; refused (409) when the question is not open now.
 */
export async function answerQuestion(
  folder: string,
  kind: string,
  answer: PostedAnswer,
  officer: string,
  project: Project,
): Promise<Committed> {
  const who = needOfficer(officer);
  const open = await openQuestions(folder, kind, project);
  const verdict = asked(open, answer);
  if (!verdict) throw new WorkplaceRefusal(wordMessage({ messageId: 'workplace-questions.not-open' }), true);
  const { file } = confirmVerdictJob(open.files, verdict, answer.first, answer.second, project);
  const params = answerParams(open, verdict, answer);
  return commitChange(folder, file, open.lang, `workplace-questions-commit.${verdict}`, params, who);
}
