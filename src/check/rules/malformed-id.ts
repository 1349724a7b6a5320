// IDs end up in URLs, anchors and diffs, so they are restricted to lower-case ASCII slugs (docs/format.md#ids).
import { ID_PATTERN, slugify } from '../../parse/ids.js';
import type { Policy, Span } from '../../model/policy.js';
import type { Rule, RuleFinding } from '../rule.js';
import { excerpt, idSites, type IdSite, kindWord, sourceLine, suggestId } from './support.js';

/** Something that looks like a marker but was not read as one, e.g. `{#mijn id}` with a space. */
const UNREAD_MARKER = /\{#[^}]*\}/;

function textOf(site: IdSite): string {
  return site.section?.title ?? site.clause?.text ?? '';
}

/** An unread marker at the end of a heading's text, at the start of a clause's. */
const AT_HEADING_END = /\{#[^}]*\}\s*$/;
const AT_CLAUSE_START = /^\{#[^}]*\}/;

/** Where an unread `{#…}` stands: on the first line of the clause or heading. */
function unreadMarker(policy: Policy, site: IdSite): { raw: string; place: Span } | undefined {
  const text = textOf(site);
  // Most texts have no `{#` where it counts: asked for every clause of a civil code, twice (here and by missing-id).
  const inText =
    site.kind === 'section'
      ? text.includes('{#') && AT_HEADING_END.exec(text)
      : text.startsWith('{#') && AT_CLAUSE_START.exec(text);
  if (!inText) return undefined;
  const line = site.place.start.line;
  const source = sourceLine(policy, line);
  const match = UNREAD_MARKER.exec(source);
  const column = match ? match.index + 1 : site.place.start.column;
  const length = match ? match[0].length : inText[0].length;
  return {
    raw: inText[0].trim().slice(2, -1),
    place: { start: { line, column }, end: { line, column: column + length } },
  };
}

export function hasUnreadMarker(policy: Policy, site: IdSite): boolean {
  return unreadMarker(policy, site) !== undefined;
}

function suggestion(raw: string, site: IdSite): string {
  return (
    suggestId(raw) ||
    slugify(textOf(site).replace(/\{#[^}]*\}/g, ''), 3) ||
    (site.kind === 'section' ? 'section' : 'clause')
  );
}

export const malformedId: Rule = {
  id: 'malformed-id',
  severity: 'error',
  description: 'an ID is not a lower-case slug ([a-z0-9][a-z0-9._-]*)',
  run({ policy }) {
    const findings: RuleFinding[] = [];
    for (const site of idSites(policy)) {
      if (!site.synthetic) {
        if (ID_PATTERN.test(site.id)) continue;
        const suggested = suggestion(site.id, site);
        findings.push(
          site.id === ''
            ? {
                messageId: 'malformed-id.empty-marker',
                fixId: 'malformed-id.write-id',
                params: { kind: kindWord(site.kind), excerpt: excerpt(textOf(site)), suggestion: suggested },
                place: site.place,
              }
            : {
                messageId: 'malformed-id.invalid',
                fixId: 'malformed-id.write-id',
                params: { id: site.id, suggestion: suggested },
                place: site.place,
              },
        );
        continue;
      }
      const unread = unreadMarker(policy, site);
      if (!unread) continue;
      findings.push({
        messageId: 'malformed-id.unread-marker',
        fixId: 'malformed-id.write-id',
        params: { raw: unread.raw, kind: kindWord(site.kind), suggestion: suggestion(unread.raw, site) },
        place: unread.place,
      });
    }
    return findings;
  },
};
