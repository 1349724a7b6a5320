// Which roles (read/role-list.ts: who a policy applies to, who enforces it, where its text comes from) a comparison
// without a topic list adds to its induced topics: those whose signals a clause of two organisations or more holds,
// since a topic one organisation states compares nothing, as an induced topic needs two. A role whose name's words an
// induced topic already bears ("Handhaving" induced from the documents' headings beside "Toezicht en handhaving") is
// left out: the documents name that part themselves.
import { Side } from '../../match/entries.js';
import type { Policy } from '../../model/policy.js';
import { normalisedWords } from '../../text/normalise.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { isFunctionWord } from '../terms/function-words.js';
import { signalText, TopicSignalSet } from './topic-signals.js';

/** Content words of a name, as a name is compared. */
function nameWords(name: string): Set<string> {
  return new Set(normalisedWords(name).filter((word) => word.length > 2 && !isFunctionWord(word)));
}

/** The roles two organisations or more state, in the roles' order, without those an induced topic already names. */
export function sharedRoles(
  documents: readonly { key: string; policy: Policy }[],
  roles: readonly TopicDefinition[],
  induced: readonly TopicDefinition[],
): TopicDefinition[] {
  if (roles.length === 0) return [];
  const signals = new TopicSignalSet(roles.map((role) => role.signals));
  const stating = roles.map(() => new Set<string>());
  for (const document of documents) {
    for (const entry of new Side(document.policy).entries) {
      signals.in(signalText(entry.text)).forEach((found, role) => {
        if (found.length > 0) stating[role]?.add(document.policy.meta.organisation || document.key);
      });
    }
  }
  const named = induced.map((topic) => nameWords(topic.name));
  return roles.filter((role, index) => {
    if ((stating[index]?.size ?? 0) < 2) return false;
    const words = nameWords(role.name);
    return !named.some((topic) => [...topic].some((word) => words.has(word)));
  });
}
