// The template's IDs for a school's copy that has none (pasted from Word, imported from .docx): each clause the
// content aligner pairs with a template clause gets that clause's ID, each section the ID of the template section
// most of its clauses come from. `fmt --template` and `import --template` write them (fmt's lossless writer), so
// deviations, check and upgrade match by ID from then on, exactly.
import type { WantedIds } from '../fmt/assign.js';
import type { IdSource } from '../fmt/index.js';
import type { Clause, Policy, Section } from '../model/policy.js';
import { allClauses } from '../model/walk.js';
import { alignClauses } from './align.js';
import { instantiate, resolveValues } from './instance.js';
import { resolveTemplateArgument } from './store.js';
import type { Project } from '../io/project.js';
import { requireUsable, type SectorTemplate } from './template.js';
import { recordedValues } from './variables.js';

export interface TemplateIds extends WantedIds {
  /** Template clauses found in the policy, and how many the template has. */
  found: number;
  total: number;
}

/** Which template ID each clause and section of `policy` should carry (only those the aligner paired). */
export function templateIdsFor(template: SectorTemplate, policy: Policy): TemplateIds {
  const { values } = resolveValues(template, recordedValues(policy));
  const instance = instantiate(template, values);
  const ours = allClauses(instance.policy);
  const theirs = allClauses(policy);
  const alignment = alignClauses(instance.policy, ours, policy, theirs);
  const clauses = new Map<Clause, string>();
  const votes = new Map<Section, Map<string, number>>();
  for (const pair of alignment.pairs) {
    const mine = ours[pair.template];
    const their = theirs[pair.policy];
    if (!mine || !their || mine.clause.synthetic) continue;
    // Every paired clause is listed, ids of the school's own included: fmt only fills in missing ones, upgrade
    // also renames ones the template does not know (prepare.ts).
    // Two template paragraphs the school merged into one: the clause keeps the first one's id.
    if (!clauses.has(their.clause)) clauses.set(their.clause, mine.clause.id);
    if (mine.section.synthetic || mine.section === instance.policy.preamble || their.section === policy.preamble)
      continue;
    const tally = votes.get(their.section) ?? new Map<string, number>();
    tally.set(mine.section.id, (tally.get(mine.section.id) ?? 0) + 1);
    votes.set(their.section, tally);
  }
  // Each template section goes to the school's section holding most of its clauses (ties: the earlier section).
  const ranked = [...votes].flatMap(([section, tally]) => [...tally].map(([id, count]) => ({ section, id, count })));
  ranked.sort((a, b) => b.count - a.count);
  const sections = new Map<Section, string>();
  const used = new Set<string>();
  for (const { section, id } of ranked) {
    if (sections.has(section) || used.has(id)) continue;
    sections.set(section, id);
    used.add(id);
  }
  return { clauses, sections, found: new Set(alignment.pairs.map((pair) => pair.template)).size, total: ours.length };
}

/** For `fmt --template` and `import --template`: the template (file, id or id@version of `project`) as a source of IDs. */
export function templateIdSource(argument: string, project: Project): IdSource {
  const template = requireUsable(resolveTemplateArgument(argument, project));
  return (policy) => templateIdsFor(template, policy);
}
