// Where a clause's links lead. The approval hash covers link targets (src/model/reader-view.ts), so a link pointed
// elsewhere after adoption is a change of its clause (issue 23 item 1). Only a different TARGET is: how a link is
// written (inline, reference, HTML <a>, which label) is no change, and neither is a link that appeared or went
// with its words (the words say so). A link is compared with the link of the same words in the other version, in
// order. An address written another way (http → https, "www.", a trailing slash: url-forms.ts) is editorial.
import type { Definition, Nodes } from 'mdast';
import type { Clause, Policy } from '../model/policy.js';
import { withSpacedReferenceLinks } from '../parse/spaced-reference-links.js';
import { inlineText } from '../parse/text.js';
import type { ClauseChange, LinkTargetChange, Reason } from './types.js';
import { urlForm } from './url-forms.js';

interface Link {
  text: string;
  target: string;
}

const definitionsCache = new WeakMap<Policy, Map<string, Definition>>();

/** The policy's link reference definitions by identifier (the first one wins, as CommonMark says). */
function definitionsOf(policy: Policy): Map<string, Definition> {
  let found = definitionsCache.get(policy);
  if (found) return found;
  const map = new Map<string, Definition>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition' && !map.has(node.identifier.toLowerCase()))
      map.set(node.identifier.toLowerCase(), node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(policy.tree);
  found = map;
  definitionsCache.set(policy, found);
  return found;
}

const words = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The opening tag of an HTML link, with its address. */
const HTML_LINK_OPEN = /^<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>$/i;
const HTML_LINK_CLOSE = /^<\/a\s*>$/i;

/** The links in some nodes, in reading order, with their words and target. */
function linksIn(nodes: readonly Nodes[], definitions: Map<string, Definition>): Link[] {
  const links: Link[] = [];
  let open: { target: string; text: string } | undefined;
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const opening = HTML_LINK_OPEN.exec(node.value.trim());
      if (opening) open = { target: opening[1] ?? opening[2] ?? opening[3] ?? '', text: '' };
      else if (open && HTML_LINK_CLOSE.test(node.value.trim())) {
        links.push({ text: words(open.text), target: open.target });
        open = undefined;
      }
      return;
    }
    if (node.type === 'link') {
      links.push({ text: words(inlineText(node)), target: node.url });
      return;
    }
    if (node.type === 'linkReference') {
      const definition = definitions.get(node.identifier.toLowerCase());
      if (definition) links.push({ text: words(inlineText(node)), target: definition.url });
      return;
    }
    if (open && 'value' in node && typeof node.value === 'string') open.text += node.value;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  // `[text] [4]` written the original Markdown way is one link to [4], as the clause text reads it.
  for (const node of nodes) visit(withSpacedReferenceLinks(node));
  // A link that shows its own address (an autolink, a bare address) changes its words when its target changes.
  return links.filter((link) => link.target.trim() !== '' && urlForm(link.text) !== urlForm(link.target));
}

/**
 * Whether some nodes hold anything linksIn reads a link from (a link, a link reference, HTML). Most clauses hold
 * none, and this look at each clause of a civil code costs far less than linksIn's copy of it.
 */
function mayLink(nodes: readonly Nodes[]): boolean {
  return nodes.some(
    (node) =>
      node.type === 'link' ||
      node.type === 'linkReference' ||
      node.type === 'html' ||
      ('children' in node && mayLink(node.children as Nodes[])),
  );
}

/** The links of the same words in both clauses whose targets differ, in the new clause's reading order. */
export function changedLinkTargets(
  before: Clause,
  oldPolicy: Policy,
  after: Clause,
  newPolicy: Policy,
): LinkTargetChange[] {
  if (!mayLink(before.content as Nodes[]) || !mayLink(after.content as Nodes[])) return [];
  const oldLinks = linksIn(before.content as Nodes[], definitionsOf(oldPolicy));
  if (oldLinks.length === 0) return [];
  const newLinks = linksIn(after.content as Nodes[], definitionsOf(newPolicy));
  if (newLinks.length === 0) return [];
  const waiting = new Map<string, Link[]>();
  for (const link of oldLinks) waiting.set(link.text, [...(waiting.get(link.text) ?? []), link]);
  const changes: LinkTargetChange[] = [];
  for (const link of newLinks) {
    const old = waiting.get(link.text)?.shift();
    if (!old || old.target === link.target) continue;
    const formOnly = urlForm(old.target) === urlForm(link.target);
    changes.push({ text: link.text, from: old.target, to: link.target, ...(formOnly ? { formOnly: true } : {}) });
  }
  return changes;
}

/** A link pointed elsewhere is substantive; only its address written another way is not. */
export function linkTargetReasons(changes: readonly LinkTargetChange[]): Reason[] {
  return changes
    .filter((change) => !change.formOnly)
    .map((change) => ({
      code: 'link-target-changed',
      params: { text: change.text, from: change.from, to: change.to },
    }));
}

/**
 * What the renderers say beside the text about links whose address was only written another way: the same words as
 * a reason, though no reason (the change is editorial, and the clause text shows nothing).
 */
export function linkFormNotes(change: Pick<ClauseChange, 'linkTargets'>): Reason[] {
  return (change.linkTargets ?? [])
    .filter((link) => link.formOnly)
    .map((link) => ({ code: 'link-target-changed', params: { text: link.text, from: link.from, to: link.to } }));
}
