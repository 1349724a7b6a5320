// The parts almost every policy has, whatever its kind (who it applies to, who enforces it, where its text comes
// from): a topic list per language (templates/topics/roles/<lang>.yaml, the project's file before the shipped one),
// the same ids in each. A comparison whose kind has no topic list adds them to the topics it induces where two
// organisations or more state them (topics/shared-roles.ts). Documents in two languages read both lists: a role's
// signals are those of every language present, its name and description those of the first document's language.
import { join } from 'node:path';
import { templatePath } from '../../io/root.js';
import type { Policy } from '../../model/policy.js';
import { readTopicList, type TopicDefinition } from './topic-list.js';
import type { AlignOptions } from './types.js';

/** The role list of a language: the project's, else the shipped one, else none. */
export function roleListPath(lang: string, root: string): string | undefined {
  const language = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(language) ? templatePath(root, join('topics', 'roles', `${language}.yaml`)) : undefined;
}

/** The roles for these policies' languages, in the order of the first list read. */
export function rolesFor(policies: readonly Policy[], root: string): TopicDefinition[] {
  const paths = [...new Set(policies.map((policy) => roleListPath(policy.meta.lang, root)))].filter(
    (path): path is string => path !== undefined,
  );
  const roles = new Map<string, TopicDefinition>();
  for (const path of paths) {
    for (const role of readTopicList(path).topics) {
      const known = roles.get(role.id);
      roles.set(role.id, known ? { ...known, signals: [...new Set([...known.signals, ...role.signals])] } : role);
    }
  }
  return [...roles.values()];
}

/** A comparison's topics: the kind's list where there is one, else those induced, with the roles of `policies`. */
export function comparisonTopics(
  topics: readonly TopicDefinition[] | undefined,
  policies: readonly Policy[],
  root: string,
): Pick<AlignOptions, 'topics' | 'roles'> {
  return topics ? { topics } : { topics: 'induce', roles: rolesFor(policies, root) };
}
