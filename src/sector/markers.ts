// Per-clause markers of a template, written in its frontmatter:
//
//   clauses:
//     locked: [up.respect, mdw.twijfel]     # adopt verbatim
//     optional: [inl.kansen]                # may be dropped
//     default: required                     # the rest (this line may be left out: required is the default)
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

const EXAMPLE = 'clauses:\n  locked:\n    - up.respect\n  optional:\n    - inl.kansen';

export function markerOf(markers: ClauseMarkers, id: string): ClauseMarker {
  return markers.byId.get(id) ?? markers.fallback;
}

const isMarker = (text: string | undefined): text is ClauseMarker => CLAUSE_MARKERS.includes(text as ClauseMarker);

export function readMarkers(policy: Policy): { markers: ClauseMarkers; problems: TemplateProblem[] } {
  const markers: ClauseMarkers = { byId: new Map(), fallback: DEFAULT_MARKER };
  const problems: TemplateProblem[] = [];
  const raw = policy.frontmatter?.data.clauses;
  if (raw === undefined || raw === null) return { markers, problems };
  const items = policy.frontmatter?.items ?? {};
  const fieldPlace = policy.frontmatter?.fields.clauses?.key;
  const where = (path: string): { place?: Span } => {
    const place = items[path] ?? fieldPlace;
    return place ? { place } : {};
  };
  if (!isMapping(raw)) {
    problems.push({
      message: 'template field "clauses" must list clause IDs under locked, required or optional',
      fix: `write it as\n${EXAMPLE}`,
      ...where('clauses'),
    });
    return { markers, problems };
  }
  const clauseIds = new Set(
    allClauses(policy)
      .filter(({ clause }) => !clause.synthetic)
      .map(({ clause }) => clause.id),
  );
  const sectionIds = new Set(allSections(policy).map((section) => section.id));
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'default') {
      const text = asText(value);
      if (isMarker(text)) markers.fallback = text;
      else
        problems.push({
          message: `clauses.default must be locked, required or optional, not "${String(text ?? value)}"`,
          fix: 'write default: required (or leave the line out)',
          ...where('clauses.default'),
        });
      continue;
    }
    if (!isMarker(key)) {
      problems.push({
        message: `"${key}" under clauses is not a marker`,
        fix: 'list clause IDs under locked, required or optional',
        ...where(`clauses.${key}`),
      });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({
        message: `clauses.${key} must be a list of clause IDs`,
        fix: `write one "- <clause-id>" line per clause under ${key}:`,
        ...where(`clauses.${key}`),
      });
      continue;
    }
    value.forEach((item, index) => {
      const id = asText(item);
      const at = where(`clauses.${key}[${index}]`);
      if (id === undefined || !clauseIds.has(id)) {
        const what =
          id !== undefined && sectionIds.has(id)
            ? `"${id}" is a section; markers apply to clauses`
            : `clauses.${key} names "${String(id ?? item)}", which is not a clause ID in this template`;
        problems.push({
          message: what,
          fix: 'name the {#id} of a clause in the template body (or remove the line)',
          ...at,
        });
        return;
      }
      const earlier = markers.byId.get(id);
      if (earlier !== undefined) {
        problems.push({
          message: `clause "${id}" is marked twice (${earlier} and ${key})`,
          fix: 'give each clause one marker',
          ...at,
        });
        return;
      }
      markers.byId.set(id, key);
    });
  }
  return { markers, problems };
}
