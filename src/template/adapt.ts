// `clausemark adapt`: a school's own policy from a sector template, with the school's values filled in, the
// template's clause ids kept, and the values recorded (`variables:`) so deviations can be told from fill-ins.
import { Document, isMap, type Pair } from 'yaml';
import { errorById } from '../io/messages.js';
import { parsePolicy } from '../parse/index.js';
import { fillBody, fillTitle, requireValues, resolveValues } from './instance.js';
import { sectorLabels } from './labels.js';
import { requireUsable, type SectorTemplate } from './template.js';
import { formatRef } from './types.js';

const ORG_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface AdaptOptions {
  /** The school's key (its folder under policies/). */
  org: string;
  /** Values given for the template's variables (already checked against its declarations). */
  values: Readonly<Record<string, string>>;
  /** Whose the policy is, where the organisations' procedure.yaml says (src/check/rules/declared-place.ts). */
  level?: 'bestuur' | 'school';
}

export interface Adapted {
  /** The new policy file's text. */
  source: string;
  /** The policy's id: the template's without its `sector-` prefix. */
  id: string;
  derivedFrom: string;
  values: Record<string, string>;
}

export function policyIdFor(template: SectorTemplate): string {
  return template.ref.id.replace(/^sector-/, '') || template.ref.id;
}

/** Refuses an organisation key that is not lower-case words joined by "-" (adapt --org), before any work. */
export function requireOrgKey(org: string): void {
  if (!ORG_KEY.test(org)) {
    throw errorById(
      { messageId: 'bad-arguments.not-org-key', fixId: 'bad-arguments.org-key-form', params: { org } },
      { place: { argument: '--org' }, ruleId: 'bad-arguments' },
    );
  }
}

export function adaptTemplate(template: SectorTemplate, options: AdaptOptions): Adapted {
  requireUsable(template);
  requireOrgKey(options.org);
  const resolved = resolveValues(template, options.values);
  requireValues(template, resolved);
  const { values } = resolved;
  const id = policyIdFor(template);
  const derivedFrom = formatRef(template.ref);
  const meta = template.policy.meta;
  const doc = new Document({
    id,
    title: fillTitle(template, values),
    organisation: values.organisation ?? options.org,
    org: options.org,
    version: '1.0',
    status: 'draft',
    lang: meta.lang,
    // The kind a model is of (regeling-kennisname) decides the procedure the adapted policy goes through, and the
    // level (the school's or the board's) which council takes part in it.
    ...(typeof template.policy.frontmatter?.data.kind === 'string'
      ? { kind: template.policy.frontmatter.data.kind, ...(options.level ? { level: options.level } : {}) }
      : {}),
    derivedFrom,
    ...(Object.keys(values).length > 0 ? { variables: values } : {}),
  });
  if (isMap(doc.contents)) {
    const variables = doc.contents.items.find(
      (pair: Pair) => String((pair.key as { value?: unknown }).value) === 'variables',
    );
    if (variables)
      (variables.key as { commentBefore?: string }).commentBefore = sectorLabels(meta.lang).variablesComment;
  }
  const body = fillBody(template, values);
  const source = `---\n${doc.toString({ lineWidth: 0 })}---\n${body.startsWith('\n') ? body : `\n${body}`}`;
  // The result must read back as a policy with every clause of the template; anything else is a bug here.
  const parsed = parsePolicy(source, { path: `${id}.md` });
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) throw new Error(`adapt produced an unreadable policy: ${fatal.message}`);
  return { source, id, derivedFrom, values };
}
