// Which documents a comparison of organisations compares. A corpus holds more than one document per organisation: a
// proposed revision (policies/<org>/revisions/), older versions, and policies of other kinds (a privacy regulation
// beside a social-media protocol). Comparing them all as if each were an organisation gives a proposal of
// Casparus College a column of its own and puts a privacy regulation in one matrix with a social-media protocol.
// So: one comparison per policy kind (src/model/kind.ts: its `kind:`, else its written `id`), and in each one document per organisation: the newest
// adopted version, else the newest, revisions last. What is set aside is returned with the reason, so callers can
// say which version was taken.
import { dirname, resolve, sep } from 'node:path';
import { isAdopted } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import { errorById, wordMessage } from '../../io/messages.js';
import type { MessageRef } from '../../model/diagnostics.js';
import type { Policy } from '../../model/policy.js';
import { slugify } from '../../parse/ids.js';
import { policyKind } from '../../model/kind.js';

/** The folder (under an organisation's folder) where proposed revisions are kept. */
const REVISIONS_FOLDER = 'revisions';

/** Why a document is not compared: another document of its organisation and kind is taken instead. */
export type SetAsideReason = 'revision' | 'superseded' | 'retired' | 'same-version';

export interface SetAside {
  policy: Policy;
  reason: SetAsideReason;
  /** The document of the same organisation and kind that is compared instead. */
  taken: Policy;
}

export interface ComparisonInput {
  /** The policy kind its documents' frontmatter states (policyKind); '' for documents whose frontmatter names none. */
  kind: string;
  /** One document per organisation (the version taken), in input order. */
  policies: Policy[];
  setAside: SetAside[];
}

const written = (policy: Policy, field: string): boolean => !policy.meta.inferred.includes(field);

export { policyKind };

const inRevisions = (policy: Policy): boolean => resolve(dirname(policy.path)).split(sep).includes(REVISIONS_FOLDER);

/** The folder a policy belongs to: its own, or the one above its revisions/ folder. */
function folderOf(policy: Policy): string {
  const parts = resolve(dirname(policy.path)).split(sep);
  const at = parts.lastIndexOf(REVISIONS_FOLDER);
  return (at > 0 ? parts.slice(0, at) : parts).join(sep);
}

interface Identity {
  key: string;
  /** The organisation is named in the frontmatter (`org` or `organisation`), not guessed from the folder. */
  named: boolean;
}

/** Who a policy belongs to: its written `org`, else its written organisation's name, else its folder. */
function identityOf(policy: Policy): Identity {
  const { meta } = policy;
  if (written(policy, 'org')) return { key: `org:${meta.org}`, named: true };
  if (written(policy, 'organisation')) return { key: `org:${slugify(meta.organisation, 12)}`, named: true };
  return { key: `folder:${folderOf(policy)}`, named: false };
}

const compareVersions = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Newest first: by version, then by effective date; the path keeps it deterministic. */
function newestFirst(a: Policy, b: Policy): number {
  return (
    compareVersions(b.meta.version, a.meta.version) ||
    (b.meta.effective ?? '').localeCompare(a.meta.effective ?? '', 'en') ||
    a.path.localeCompare(b.path, 'en')
  );
}

/** The version taken: adopted before not adopted, in force before retired, outside revisions/ before inside, newest. */
function preference(a: Policy, b: Policy): number {
  const rank = (policy: Policy): number[] => [
    isAdopted(policy, todayIso()) ? 0 : 1,
    policy.meta.status === 'retired' ? 1 : 0,
    inRevisions(policy) ? 1 : 0,
  ];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
  return newestFirst(a, b);
}

function reasonFor(policy: Policy, taken: Policy): SetAsideReason {
  if (inRevisions(policy)) return 'revision';
  if (policy.meta.status === 'retired') return 'retired';
  const order = compareVersions(policy.meta.version, taken.meta.version);
  if (order > 0) return 'revision';
  return order < 0 ? 'superseded' : 'same-version';
}

/**
 * Documents of one organisation (as far as the frontmatter or folder tells) and kind. Named organisations: all are
 * versions of one policy. A folder without names (five downloaded files side by side) holds separate documents,
 * unless every one states its own version; revisions/ below it holds revisions either way.
 */
function versionChains(members: Policy[], named: boolean): Policy[][] {
  if (named) return [members];
  const outside = members.filter((policy) => !inRevisions(policy));
  const versions = outside.map((policy) => (written(policy, 'version') ? policy.meta.version : undefined));
  const allVersioned = versions.every((version) => version !== undefined) && new Set(versions).size === versions.length;
  if (allVersioned || outside.length <= 1) return [members];
  const revisions = members.filter(inRevisions);
  // Revisions of a folder of separate documents: set aside beside the first document, which they cannot replace.
  return outside.map((policy, index) => (index === 0 ? [policy, ...revisions] : [policy]));
}

/** The comparisons a set of policies makes: one per kind, in order of first appearance. */
export function comparisonInputs(policies: readonly Policy[]): ComparisonInput[] {
  const kinds = new Map<string, Map<string, { named: boolean; members: Policy[] }>>();
  for (const policy of policies) {
    const kind = policyKind(policy);
    const identity = identityOf(policy);
    const groups = kinds.get(kind) ?? new Map<string, { named: boolean; members: Policy[] }>();
    kinds.set(kind, groups);
    const group = groups.get(identity.key) ?? { named: identity.named, members: [] };
    groups.set(identity.key, group);
    group.members.push(policy);
  }
  return [...kinds.entries()].map(([kind, groups]) => {
    const taken = new Set<Policy>();
    const setAside: SetAside[] = [];
    for (const group of groups.values()) {
      for (const chain of versionChains(group.members, group.named)) {
        const [first, ...rest] = [...chain].sort(preference);
        if (!first) continue;
        taken.add(first);
        for (const policy of rest) setAside.push({ policy, reason: reasonFor(policy, first), taken: first });
      }
    }
    return { kind, policies: policies.filter((policy) => taken.has(policy)), setAside };
  });
}

/** Why a document was set aside, as a phrase of templates/messages/en.yaml (`set-aside.*`). */
function whySetAside(item: SetAside): MessageRef {
  switch (item.reason) {
    case 'revision':
      return inRevisions(item.policy)
        ? { messageId: 'set-aside.revision', params: { folder: REVISIONS_FOLDER } }
        : { messageId: 'set-aside.newer-not-adopted' };
    case 'superseded':
      return { messageId: 'set-aside.superseded', params: { version: item.taken.meta.version } };
    case 'retired':
      return { messageId: 'set-aside.retired' };
    case 'same-version':
      return { messageId: 'set-aside.same-version' };
  }
}

/** One line per document set aside, for the terminal: which file is compared instead, and why. */
export function describeSetAside(item: SetAside): string {
  const { version } = item.policy.meta;
  return wordMessage({
    messageId: version ? 'set-aside.not-compared' : 'set-aside.not-compared-no-version',
    params: { path: item.policy.path, version, why: whySetAside(item), taken: item.taken.path },
  });
}

const kindName = (kind: string): string => kind || '(no id)';

/** The one comparison a `compare` run makes: the kind asked for with --kind, else the only one there is. */
export function chooseComparison(inputs: readonly ComparisonInput[], kind: string | undefined): ComparisonInput {
  const listed = inputs.map((input) => `${kindName(input.kind)} (${input.policies.length})`).join(', ');
  if (kind !== undefined) {
    const found = inputs.find((input) => input.kind === kind);
    if (found) return found;
    throw errorById(
      { messageId: 'unknown-kind.no-policy', fixId: 'unknown-kind.kinds-given', params: { kind, kinds: listed } },
      { place: { argument: '--kind' }, ruleId: 'unknown-kind' },
    );
  }
  const [only, ...more] = inputs;
  if (!only) return { kind: '', policies: [], setAside: [] };
  if (more.length === 0) return only;
  throw errorById(
    {
      messageId: 'several-kinds.several',
      fixId: 'several-kinds.choose-kind',
      params: { count: inputs.length, kinds: listed },
    },
    { place: { argument: '--kind' }, ruleId: 'several-kinds' },
  );
}
