// How the workplace's returned-document page (src/jobs/serve-returned-word.ts) names what import's report names by ID:
// an article by its number, section and opening words, a chapter by its number and title, as the rest of the page
// does. Import's own words for a Word round trip (import-word.*) are the CLI's, said of a source already written; the
// page shows them before anything is saved, so it says them as what saving will do (workplace-returned-preview.*).
import { wordMessage } from '../io/messages.js';
import type { CheckFinding } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { wordFinding } from '../wording/messages.js';

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
 * article or chapter named as the page names them; any other finding in import's own words.
 */
export function previewLine(finding: CheckFinding, policy: Policy): string {
  const [group, key = ''] = (finding.messageId ?? '').split('.');
  const names = PREVIEWED[key];
  if (group !== 'import-word' || names === undefined) return wordFinding(finding).message;
  // A heading not brought in is named "#id" (src/import/into.ts).
  const id = String(finding.params?.id ?? '').replace(/^#/, '');
  const params = {
    [names]: names === 'section' ? sectionName(policy, id) : articleName(policy, id),
    into: articleName(policy, String(finding.params?.into ?? '')),
    name: String(finding.params?.name ?? ''),
  };
  return wordMessage({ messageId: `workplace-returned-preview.${key}`, params });
}
