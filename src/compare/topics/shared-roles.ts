// Which roles (read/role-list.ts: who a policy applies to, who enforces it, where its text comes from) a comparison
// without a topic list adds to its induced topics: those whose signals a clause of two organisations or more (two of
// the comparison's columns, as for an induced topic) holds, since a topic one of them states compares nothing. A role
// whose clauses stand, half of them or more, under a heading an induced topic is made of is left out: the documents
// name that part themselves ("License" as a heading of two). An induced topic's words in the clause's own text do not
// count: a topic induced from words holds words of many long clauses ("safe environment" in the paragraph that also
// says whom the code binds and who enforces it).
import { Side } from '../../match/entries.js';
import type { Policy } from '../../model/policy.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { signalText, TopicSignalSet } from './topic-signals.js';

/** Per topic of `set`, whether `text` holds one of its signals. */
function holding(set: TopicSignalSet, text: string): boolean[] {
  return set.in(signalText(text)).map((found) => found.length > 0);
}

/** The roles two organisations or more state, in the roles' order, without those the documents' headings name. */
export function sharedRoles(
  documents: readonly { key: string; policy: Policy }[],
  roles: readonly TopicDefinition[],
  induced: readonly TopicDefinition[],
): TopicDefinition[] {
  if (roles.length === 0) return [];
  const roleSignals = new TopicSignalSet(roles.map((role) => role.signals));
  const inducedSignals = new TopicSignalSet(induced.map((topic) => topic.signals));
  const stating = roles.map(() => new Set<string>());
  const clauses = roles.map(() => 0);
  /** Per role, per induced topic: how many of the role's clauses stand under a heading of that topic. */
  const shared = roles.map(() => induced.map(() => 0));
  for (const document of documents) {
    for (const entry of new Side(document.policy).entries) {
      const roleHits = holding(roleSignals, entry.text);
      if (!roleHits.includes(true)) continue;
      const inTitles = holding(inducedSignals, entry.ref.sectionPath.join(' . '));
      roleHits.forEach((hit, role) => {
        if (!hit) return;
        stating[role]?.add(document.key);
        clauses[role] = (clauses[role] ?? 0) + 1;
        induced.forEach((_, topic) => {
          const row = shared[role] as number[];
          if (inTitles[topic]) row[topic] = (row[topic] ?? 0) + 1;
        });
      });
    }
  }
  return roles.filter(
    (_, role) =>
      (stating[role]?.size ?? 0) >= 2 && !(shared[role] ?? []).some((count) => 2 * count >= (clauses[role] ?? 0)),
  );
}
