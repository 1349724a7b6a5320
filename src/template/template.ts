// A sector template read from its Markdown file: the parsed document (Handlebars braces are plain text to the
// Markdown parser), its variable declarations and uses, its clause markers, and everything wrong with it.
import { statSync } from 'node:fs';
import { worded } from '../io/messages.js';
import type { MessageParam } from '../model/diagnostics.js';
import { ClausemarkError } from '../model/errors.js';
import type { Point, Policy } from '../model/policy.js';
import { splitFrontmatter } from '../parse/frontmatter-edit.js';
import { loadPolicy, parsePolicy } from '../parse/index.js';
import { nearest } from '../text/similarity.js';
import { scanText, type ScannedText } from './handlebars.js';
import { readMarkers, type ClauseMarkers } from './markers.js';
import {
  formatRef,
  type TemplateProblem,
  type TemplateRef,
  type VariableDeclaration,
  type VariableUse,
} from './types.js';
import { isMapping, readDeclarations } from './variables.js';

export interface SectorTemplate {
  /** The path as given, for messages. */
  file: string;
  source: string;
  /** The template as a document, `{{…}}` still in its text. */
  policy: Policy;
  ref: TemplateRef;
  declarations: Map<string, VariableDeclaration>;
  markers: ClauseMarkers;
  uses: VariableUse[];
  /** What is wrong with the template itself (check reports these; adapt, deviations and upgrade refuse). */
  problems: TemplateProblem[];
  body: { text: string; program?: hbs.AST.Program };
  title: { text: string; program?: hbs.AST.Program };
}

/** A document is a template when it declares variables (name → description) or clause markers. */
export function isTemplateDocument(policy: Policy): boolean {
  const data = policy.frontmatter?.data ?? {};
  if (data.clauses !== undefined) return true;
  const variables = data.variables;
  return isMapping(variables) && Object.values(variables).some(isMapping);
}

/** Neither `variables:` nor `clauses:` in the front matter: a model text as it comes, not written for clausemark. */
function declaresNothing(policy: Policy): boolean {
  const data = policy.frontmatter?.data ?? {};
  return data.variables === undefined && data.clauses === undefined;
}

const NOTHING_SCANNED: ScannedText = { uses: [], problems: [] };

function lineCount(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

function titleOrigin(policy: Policy): Point {
  const start = policy.frontmatter?.fields.title?.value.start ?? { line: 1, column: 1, offset: 0 };
  const quoted = /["']/.test(policy.source.charAt(start.offset ?? -1));
  return { line: start.line, column: start.column + (quoted ? 1 : 0) };
}

export function templateFromPolicy(policy: Policy): SectorTemplate {
  const problems: TemplateProblem[] = [];
  const { declarations, problems: declarationProblems } = readDeclarations(policy);
  const { markers, problems: markerProblems } = readMarkers(policy);
  const { body } = splitFrontmatter(policy.source);
  const bodyOrigin = { line: lineCount(policy.source.slice(0, policy.source.length - body.length)) + 1, column: 1 };
  const titleText =
    typeof policy.frontmatter?.data.title === 'string' ? policy.frontmatter.data.title : policy.meta.title;
  // A model text that declares neither variables nor clause markers has no variables of ours: its braces
  // (`{{ site.baseurl }}` of a Jekyll or Liquid site) are another tool's placeholders, read as text (issue 26).
  const asText = declaresNothing(policy);
  const bodyScan = asText ? NOTHING_SCANNED : scanText(body, bodyOrigin);
  const titleScan = asText ? NOTHING_SCANNED : scanText(titleText, titleOrigin(policy));
  const uses = [...titleScan.uses, ...bodyScan.uses];
  problems.push(...declarationProblems, ...markerProblems, ...titleScan.problems, ...bodyScan.problems);
  for (const field of ['id', 'version'] as const) {
    if (policy.meta.inferred.includes(field)) {
      problems.push({
        messageId: 'template-definition.no-field',
        fixId: field === 'id' ? 'template-definition.add-id' : 'template-definition.add-version',
        params: { field },
        place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
    }
  }
  const declared = [...declarations.keys()];
  for (const use of uses) {
    if (declarations.has(use.name)) continue;
    const meant = nearest(use.name, declared);
    problems.push({
      messageId: 'template-definition.undeclared',
      fixId: meant ? 'template-definition.did-you-mean-variable' : 'template-definition.declare-variable',
      params: { name: use.name, ...(meant ? { meant: `{{${meant}}}` } : {}) },
      place: { start: use.point, end: use.point },
    });
  }
  const template: SectorTemplate = {
    file: policy.path,
    source: policy.source,
    policy,
    // A model text as it comes, without id or version: its key from the file name, its version "unversioned".
    ref: { id: policy.meta.id, version: policy.meta.version || UNVERSIONED },
    declarations,
    markers,
    uses,
    problems,
    body: bodyScan.program ? { text: body, program: bodyScan.program } : { text: body },
    title: titleScan.program ? { text: titleText, program: titleScan.program } : { text: titleText },
  };
  return template;
}

export function templateFromSource(source: string, file: string): SectorTemplate {
  return templateFromPolicy(parsePolicy(source, { path: file }).policy);
}

const cache = new Map<string, { stamp: string; template: SectorTemplate }>();

/** Reads a template file (cached per process while the file is unchanged). */
export function loadTemplate(file: string): SectorTemplate {
  let stamp = '';
  try {
    const stat = statSync(file);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // loadPolicy says what is wrong with the path.
  }
  const cached = cache.get(file);
  if (cached && stamp !== '' && cached.stamp === stamp) return cached.template;
  const parsed = loadPolicy(file);
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) {
    // The parser's finding is the {{problem}} (by its ids when it has them) and its fix hint is kept.
    const problem: MessageParam = fatal.messageId
      ? { messageId: fatal.messageId, params: fatal.params ?? {} }
      : fatal.message;
    const ids = worded({
      messageId: 'template-unreadable.cannot-read',
      ...(fatal.fix === undefined ? { fixId: 'template-unreadable.run-check' } : {}),
      params: { ...fatal.params, problem, file },
    });
    throw ClausemarkError.of({
      ...fatal,
      file,
      ...ids,
      ...(fatal.fix !== undefined ? { fix: fatal.fix, ...(fatal.fixId ? { fixId: fatal.fixId } : {}) } : {}),
      ruleId: 'template-unreadable',
    });
  }
  const template = templateFromPolicy(parsed.policy);
  if (stamp !== '') cache.set(file, { stamp, template });
  return template;
}

/** The version of a template whose front matter names none. */
const UNVERSIONED = 'unversioned';

/**
 * A missing id or version is advice for the template's author (`check` reports it), not a reason to refuse a model
 * text as it comes (issue 26 item 10): its id is then taken from the file name and its version is "unversioned".
 */
const ADVICE_ONLY = new Set(['template-definition.no-field']);

/** Throws the first problem of a template that cannot be used as one. */
export function requireUsable(template: SectorTemplate): SectorTemplate {
  const blocking = template.problems.filter((problem) => !ADVICE_ONLY.has(problem.messageId));
  const problem = blocking[0];
  if (!problem) return template;
  const more = blocking.length - 1;
  const { messageId, fixId, params } = problem;
  throw ClausemarkError.of({
    ...(problem.place ? { place: problem.place } : {}),
    file: template.file,
    ...worded({
      messageId: more > 0 ? 'template-invalid.not-usable-more' : 'template-invalid.not-usable',
      fixId,
      // The problem's own values stay beside it, for its fix hint.
      params: {
        ...params,
        template: formatRef(template.ref),
        problem: { messageId, params },
        ...(more > 0 ? { more, file: template.file } : {}),
      },
    }),
    ruleId: 'template-invalid',
  });
}
