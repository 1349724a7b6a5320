// The open questions of a comparison, for one person to settle in a sitting (`clausemark serve`'s review queue):
// a possible match beside a "not found" cell, a link of low confidence (a member that states the provision in
// substantially other words and that no person confirmed), and a topic not found where some clause comes close
// (a word of a signal, not a whole one: the topic assignment's near misses). Each names the pair or the
// organisation and topic that `clausemark confirm` takes, so an answer is recorded exactly as the command would.
import type { Alignment } from './types.js';

export type ReviewQuestion =
  | {
      kind: 'possible' | 'low-confidence';
      /** 0-based index into `provisions`. */
      provision: number;
      label: string;
      /** ORG:CLAUSE-ID of the reference member and of the clause in question. */
      first: string;
      second: string;
      /** The suggestion's score, or the member's similarity to the reference (0..1). */
      score: number;
    }
  | {
      kind: 'topic-not-found';
      topic: string;
      name: string;
      org: string;
      /** The clauses that come closest: ORG:CLAUSE-ID each, best first. */
      candidates: string[];
    };

/** The questions a person can settle, in reading order of the provisions, then the topics in the list's order. */
export function reviewQuestions(alignment: Alignment): ReviewQuestion[] {
  const questions: ReviewQuestion[] = [];
  alignment.provisions.forEach((provision, index) => {
    const reference = provision.members[provision.reference]?.[0];
    if (!reference) return;
    const first = `${provision.reference}:${reference.id}`;
    for (const document of alignment.documents) {
      const suggestion = provision.suggestions?.[document.key];
      if (suggestion) {
        const second = `${document.key}:${suggestion.id}`;
        questions.push({
          kind: 'possible',
          provision: index,
          label: provision.label,
          first,
          second,
          score: suggestion.score,
        });
      }
      const member = provision.members[document.key]?.[0];
      if (member && member.status === 'different' && !member.confirmed && !member.part) {
        const second = `${document.key}:${member.id}`;
        questions.push({
          kind: 'low-confidence',
          provision: index,
          label: provision.label,
          first,
          second,
          score: member.similarity,
        });
      }
    }
  });
  for (const topic of alignment.topics ?? []) {
    for (const document of alignment.documents) {
      const notFound = topic.notFound[document.key];
      if (!notFound || notFound.absent === 'confirmed' || notFound.candidates.length === 0) continue;
      questions.push({
        kind: 'topic-not-found',
        topic: topic.id,
        name: topic.name,
        org: document.key,
        candidates: notFound.candidates.map((candidate) => `${document.key}:${candidate.id}`),
      });
    }
  }
  return questions;
}
