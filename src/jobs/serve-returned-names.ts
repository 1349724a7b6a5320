// How the workplace's returned-document page (src/jobs/serve-returned-word.ts) names what import's report names by ID:
// an article by its number, section and opening words, a chapter by its number and title, as the rest of the page
// does. Import's own words for a Word round trip (import-word.*) are the CLI's, said of a source already written; the
// page shows them before anything is saved, so it says them as what saving will do (workplace-returned-preview.*), and,
// once saved, as what was done, each article named as the page names it (workplace-returned-brought.*). Any other
// finding, and the fix of any, is said as the page says it (pageLine): what to do on the page, never a command.
import { wordMessage } from '../io/messages.js';
import type { CheckFinding } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { pageFinding, pageLine } from '../wording/messages.js';

/** The opening words of a clause: two clauses of one article told apart. */
const OPENING_WORDS = 6;

/**
 * The clause an ID names, as the officer reads it: its number and article, with its opening words ("2 (Aanpak):
 * “Wie pesten ziet of ervaart, meldt…”"), or the ID when the source lacks it.
 */
export function articleName(policy: Policy, id: string): string {
  const visit = allClauses(policy).find((candidate) => candidate.clause.id === id);
  if (!visit) return id;
  const title = visit.section.title ? ` (${visit.section.title})` : '';
  const words = visit.clause.text.split(/\s+/).filter(Boolean);
  const opening = words.slice(0, OPENING_WORDS).join(' ');
  const quote = opening ? `: “${opening}${words.length > OPENING_WORDS ? '…' : ''}”` : '';
  return `${visit.clause.number || visit.section.number || id}${title}${quote}`;
}

/** The chapter an ID names, by its number and title ("2 Aanpak"), or the ID when the source lacks it. */
export function sectionName(policy: Policy, id: string): string {
  const section = allSections(policy).find((candidate) => candidate.id === id);
  if (!section?.title) return id;
  return section.number ? `${section.number} ${section.title}` : section.title;
}

/** The import-word findings the preview words itself, and whether their `id` names an article or a chapter. */
const PREVIEWED: Record<string, 'article' | 'section'> = {
  changed: 'article',
  formatted: 'article',
  added: 'article',
  removed: 'article',
  moved: 'article',
  recognised: 'article',
  joined: 'article',
  renamed: 'section',
  'section-added': 'section',
  'section-removed': 'section',
  'not-brought': 'section',
  'adoption-lapsed': 'article',
};

/**
 * A line of import's dry-run report as the preview says it: a Word round trip's finding as what saving will do, its
 * article or chapter named as the page names them; any other finding in import's own words as the page says them.
 */
export function previewLine(finding: CheckFinding, policy: Policy): string {
  const [group, key = ''] = (finding.messageId ?? '').split('.');
  const names = PREVIEWED[key];
  if (group !== 'import-word' || names === undefined) return pageLine(finding);
  // A heading not brought in is named "#id" (src/import/into.ts).
  const id = String(finding.params?.id ?? '').replace(/^#/, '');
  const params = {
    [names]: names === 'section' ? sectionName(policy, id) : articleName(policy, id),
    into: articleName(policy, String(finding.params?.into ?? '')),
    name: String(finding.params?.name ?? ''),
  };
  return wordMessage({ messageId: `workplace-returned-preview.${key}`, params });
}

/** The findings of import's report once saved that the page words itself, and what their `id` names. */
const BROUGHT: Record<string, 'article' | 'section'> = {
  ...Object.fromEntries(Object.entries(PREVIEWED).map(([key, names]) => [`import-word.${key}`, names])),
  ...Object.fromEntries(['accepted', 'rejected', 'open'].map((key) => [`import-proposal.${key}`, 'article'])),
  ...Object.fromEntries(
    ['both-changed', 'changed-deleted', 'deleted-changed', 'no-base', 'no-base-missing'].map((key) => [
      `import-conflict.${key}`,
      'article',
    ]),
  ),
};

/** The entry of workplace-returned-brought that words a finding: import-proposal.open → proposal-open. */
function broughtKey(messageId: string): string {
  const [group = '', key = ''] = messageId.split('.');
  return group === 'import-word' ? key : `${group.replace(/^import-/, '')}-${key}`;
}

/** What `id` names in the first of `policies` that holds it: an article removed is named as the source had it. */
function namedIn(policies: readonly Policy[], id: string, names: 'article' | 'section'): string {
  const name = names === 'section' ? sectionName : articleName;
  for (const policy of policies) {
    const named = name(policy, id);
    if (named !== id) return named;
  }
  return id;
}

/**
 * A line of import's report once the returned document is saved, as the page says it: what was done, its article or
 * chapter named as the page names them, in the source as it is now (`policies[0]`) or as it was before, with its fix
 * as the page does it; any other finding in import's own words as the page says them.
 */
export function broughtLine(finding: CheckFinding, policies: readonly Policy[]): string {
  const messageId = finding.messageId ?? '';
  const names = BROUGHT[messageId];
  if (names === undefined) return pageLine(finding);
  const given = finding.params ?? {};
  const text = (name: string): string => String(given[name] ?? '');
  const params = {
    [names]: namedIn(policies, text('id').replace(/^#/, ''), names),
    into: namedIn(policies, text('into'), 'article'),
    ...Object.fromEntries(['name', 'authors', 'dates', 'before', 'after'].map((name) => [name, text(name)])),
  };
  const line = wordMessage({ messageId: `workplace-returned-brought.${broughtKey(messageId)}`, params });
  // What to do next (take a proposal rejected after all, resolve a conflict) as the page does it, where it says any;
  // "see every change" is what this page lists already.
  const { fix } = pageFinding(finding);
  return fix !== undefined && finding.fixId !== 'import-word.check-diff' ? `${line} — ${fix}` : line;
}
