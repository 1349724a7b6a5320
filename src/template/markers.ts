// Per-clause markers of a template, written in its frontmatter:
//
//   clauses:
//     locked: [up.respect, mdw.twijfel]     # adopt verbatim
//     optional: [inl.kansen]                # may be dropped
//     default: required                     # the rest (this line may be left out: required is the default)
//
// A template without a `clauses:` field marks nothing: every clause is then optional (issue 26 item 10).
//
// Kept in the frontmatter rather than in the `{#id}` markers so the body stays plain policy text that every tool
// already reads, and so the school's adapted copy (which drops this field) carries no template machinery.
import type { Policy, Span } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { asText } from '../parse/frontmatter.js';
import { CLAUSE_MARKERS, DEFAULT_MARKER, type ClauseMarker, type TemplateProblem } from './types.js';
import { isMapping } from './variables.js';

export interface ClauseMarkers {
  byId: Map<string, ClauseMarker>;
  fallback: ClauseMarker;
}

export function markerOf(markers: ClauseMarkers, id: string): ClauseMarker {
  return markers.byId.get(id) ?? markers.fallback;
}

const isMarker = (text: string | undefined): text is ClauseMarker => CLAUSE_MARKERS.includes(text as ClauseMarker);

/** What reading the markers builds up, and where in the front matter a path stands (for the problems). */
interface MarkerRead {
  markers: ClauseMarkers;
  problems: TemplateProblem[];
  where: (path: string) => { place?: Span };
}

/** `default: required`: the marker of every clause not listed. */
function readDefaultMarker(read: MarkerRead, value: unknown): void {
  const text = asText(value);
  if (isMarker(text)) read.markers.fallback = text;
  else
    read.problems.push({
      messageId: 'template-definition.default-not-marker',
      fixId: 'template-definition.write-default',
      params: { value: String(text ?? value) },
      ...read.where('clauses.default'),
    });
}

/** `locked: [a, b]`: each id a clause of the template (not a section), marked once. */
function readMarkedIds(
  read: MarkerRead,
  marker: ClauseMarker,
  ids: readonly unknown[],
  clauseIds: ReadonlySet<string>,
  sectionIds: ReadonlySet<string>,
): void {
  ids.forEach((item, index) => {
    const id = asText(item);
    const at = read.where(`clauses.${marker}[${index}]`);
    if (id === undefined || !clauseIds.has(id)) {
      const section = id !== undefined && sectionIds.has(id);
      read.problems.push({
        messageId: section ? 'template-definition.marked-section' : 'template-definition.marked-unknown',
        fixId: 'template-definition.name-clause',
        params: { marker, id: String(id ?? item) },
        ...at,
      });
      return;
    }
    const earlier = read.markers.byId.get(id);
    if (earlier !== undefined) {
      read.problems.push({
        messageId: 'template-definition.marked-twice',
        fixId: 'template-definition.one-marker',
        params: { id, earlier, marker },
        ...at,
      });
      return;
    }
    read.markers.byId.set(id, marker);
  });
}

export function readMarkers(policy: Policy): { markers: ClauseMarkers; problems: TemplateProblem[] } {
  const markers: ClauseMarkers = { byId: new Map(), fallback: DEFAULT_MARKER };
  const problems: TemplateProblem[] = [];
  const raw = policy.frontmatter?.data.clauses;
  // A model text that says nothing of lock levels (a Contributor Covenant, a SOC2 policy as it comes) asks for no
  // clause to be kept: every clause is optional, so dropping "Enforcement" is a deviation, not a violation.
  if (raw === undefined || raw === null) return { markers: { ...markers, fallback: 'optional' }, problems };
  const items = policy.frontmatter?.items ?? {};
  const fieldPlace = policy.frontmatter?.fields.clauses?.key;
  const where = (path: string): { place?: Span } => {
    const place = items[path] ?? fieldPlace;
    return place ? { place } : {};
  };
  if (!isMapping(raw)) {
    problems.push({
      messageId: 'template-definition.markers-not-mapping',
      fixId: 'template-definition.markers-example',
      params: {},
      ...where('clauses'),
    });
    return { markers, problems };
  }
  const read: MarkerRead = { markers, problems, where };
  const clauseIds = new Set(
    allClauses(policy)
      .filter(({ clause }) => !clause.synthetic)
      .map(({ clause }) => clause.id),
  );
  const sectionIds = new Set(allSections(policy).map((section) => section.id));
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'default') readDefaultMarker(read, value);
    else if (!isMarker(key))
      problems.push({
        messageId: 'template-definition.not-a-marker',
        fixId: 'template-definition.list-under-markers',
        params: { key },
        ...where(`clauses.${key}`),
      });
    else if (!Array.isArray(value))
      problems.push({
        messageId: 'template-definition.marker-not-list',
        fixId: 'template-definition.one-line-per-marked',
        params: { marker: key },
        ...where(`clauses.${key}`),
      });
    else readMarkedIds(read, key, value, clauseIds, sectionIds);
  }
  return { markers, problems };
}
