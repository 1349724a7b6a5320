// Footnotes across an upgrade. Clause text taken from the new template version (a changed clause, a new clause, the
// sector's text in a conflict note) may cite footnotes; their definitions come along, and when the school already
// uses that label for a note of its own the sector's note gets a fresh label, so neither points at the other's text.
// Afterwards a template note that no clause cites any more (the clause it belonged to was replaced or removed) is
// removed, but only when it is still the template's own text: a note the school wrote or changed always stays.
import type { FootnoteDefinition, Nodes } from 'mdast';
import type { Clause, Policy } from '../model/policy.js';
import { footnoteReferences, footnoteShape } from './shape.js';
import type { TemplateInstance } from './instance.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

/** Footnote identifiers referenced anywhere in a policy body (clauses, conflict notes, other definitions). */
function referencedFootnotes(policy: Policy): Set<string> {
  const found = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteReference') found.add(node.identifier);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(policy.tree);
  return found;
}

/** Brings the definitions of the footnotes cited by sector text into the school's policy. */
export class FootnoteCarrier {
  /** Label in the policy → definition source lines to append. */
  private readonly added = new Map<string, string[]>();
  /** The sector's identifier → the label its note got in the policy (itself, or a fresh one). */
  private readonly labels = new Map<string, string>();

  constructor(
    private readonly local: Policy,
    private readonly upstream: TemplateInstance,
    private readonly version: string,
  ) {}

  /** `markdown` (the sector's text of `clause`) with footnote labels renamed where needed; remembers definitions. */
  carry(markdown: string, clause: Clause): string {
    let out = markdown;
    for (const identifier of footnoteReferences(clause.content)) {
      const theirs = this.upstream.policy.footnotes[identifier];
      if (!theirs) continue;
      const ours = Object.hasOwn(this.local.footnotes, identifier)
        ? footnoteShape(this.local.footnotes, identifier)
        : undefined;
      if (ours === footnoteShape(this.upstream.policy.footnotes, identifier)) continue;
      let target = this.labels.get(identifier);
      if (target === undefined) {
        target = ours === undefined ? identifier : this.freshLabel(identifier);
        this.labels.set(identifier, target);
        this.added.set(
          target,
          this.definitionLines(theirs, target === identifier ? (theirs.label ?? identifier) : target),
        );
      }
      if (target !== identifier)
        out = out.replace(new RegExp(`\\[\\^${escapeRegExp(theirs.label ?? identifier)}\\]`, 'gi'), `[^${target}]`);
    }
    return out;
  }

  /** Definitions to append at the end of the policy. */
  definitions(): string[][] {
    return [...this.added.values()];
  }

  /** `<label>-<version>` (then -2, -3 …): a label neither the school nor an earlier carried note uses. */
  private freshLabel(identifier: string): string {
    const stem = `${identifier}-${this.version}`.replace(/\s+/g, '-').toLowerCase();
    const taken = (label: string): boolean => Object.hasOwn(this.local.footnotes, label) || this.added.has(label);
    let label = stem;
    for (let n = 2; taken(label); n++) label = `${stem}-${n}`;
    return label;
  }

  private definitionLines(definition: FootnoteDefinition, label: string): string[] {
    const start = definition.position?.start.offset ?? 0;
    const end = definition.position?.end.offset ?? 0;
    return this.upstream.source
      .slice(start, end)
      .replace(/^\s*\[\^[^\]]*\]:/, `[^${label}]:`)
      .split('\n');
  }
}

/**
 * Footnote definitions to remove after an upgrade: cited in the school's policy before, cited nowhere now, and
 * still exactly the base template's note (so the school did not write or change it).
 */
export function orphanedTemplateNotes(before: Policy, after: Policy, base: TemplateInstance): FootnoteDefinition[] {
  const citedBefore = referencedFootnotes(before);
  const citedNow = referencedFootnotes(after);
  const out: FootnoteDefinition[] = [];
  for (const [identifier, definition] of Object.entries(after.footnotes)) {
    if (!citedBefore.has(identifier) || citedNow.has(identifier)) continue;
    if (!Object.hasOwn(before.footnotes, identifier) || !Object.hasOwn(base.policy.footnotes, identifier)) continue;
    if (footnoteShape(before.footnotes, identifier) === footnoteShape(base.policy.footnotes, identifier))
      out.push(definition);
  }
  return out;
}

/** A footnote problem the upgrade would introduce: a citation without a note, or a note nothing cites. */
export function newFootnoteProblems(before: Policy, after: Policy): string[] {
  const problems: string[] = [];
  const citedBefore = referencedFootnotes(before);
  const citedNow = referencedFootnotes(after);
  for (const identifier of citedNow) {
    if (
      !Object.hasOwn(after.footnotes, identifier) &&
      (Object.hasOwn(before.footnotes, identifier) || !citedBefore.has(identifier))
    ) {
      problems.push(`footnote [^${identifier}] would be cited without a definition`);
    }
  }
  for (const identifier of Object.keys(after.footnotes)) {
    const wasOrphan = Object.hasOwn(before.footnotes, identifier) && !citedBefore.has(identifier);
    if (!citedNow.has(identifier) && !wasOrphan)
      problems.push(`footnote [^${identifier}] would be left without a citation`);
  }
  return problems;
}
