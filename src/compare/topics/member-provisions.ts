// Which provisions a document's clause is a member of, looked up instead of searched for. Topic coverage (topics.ts)
// names, under each topic, the provisions of its covering clauses: asked of every provision's members once per topic,
// that was the topics times the provisions (Boek 2 BW: 43 × 2,770), where one pass over the provisions answers every
// topic. A clause may be a member of several provisions (a unit of it joins another: unit-links.ts).
import type { Provision } from '../read/types.js';

export class ProvisionsByMember {
  /** Per document key, per member id, the provisions (ascending, each once) it is a member of. */
  private readonly byKey = new Map<string, Map<string, number[]>>();

  constructor(provisions: readonly Provision[]) {
    provisions.forEach((provision, index) => {
      for (const [key, members] of Object.entries(provision.members)) {
        let ids = this.byKey.get(key);
        if (!ids) {
          ids = new Map();
          this.byKey.set(key, ids);
        }
        for (const member of members) {
          const indices = ids.get(member.id);
          if (!indices) ids.set(member.id, [index]);
          else if (indices[indices.length - 1] !== index) indices.push(index);
        }
      }
    });
  }

  /** Indices (ascending, each once) of the provisions any member of which is one of the clauses, by document key. */
  of(clauses: Readonly<Record<string, readonly { id: string }[]>>): number[] {
    const found = new Set<number>();
    for (const [key, list] of Object.entries(clauses)) {
      const ids = this.byKey.get(key);
      if (!ids) continue;
      for (const clause of list) for (const index of ids.get(clause.id) ?? []) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  }
}
