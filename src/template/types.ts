// The vocabulary of sector templates (docs/templates.md): a model policy with variables and per-clause markers,
// from which schools adapt their own policy and against which their deviations are registered.
import type { MessageParams } from '../model/diagnostics.js';
import type { Point, Span } from '../model/policy.js';

/** locked: adopt verbatim; required: may be reworded, not removed; optional: may be reworded or removed. */
export type ClauseMarker = 'locked' | 'required' | 'optional';
export const CLAUSE_MARKERS: readonly ClauseMarker[] = ['locked', 'required', 'optional'];
/** A clause the template does not list under `clauses:` is required. */
export const DEFAULT_MARKER: ClauseMarker = 'required';

/**
 * Something wrong in a template's own definition, with where it stands in the template: entries of
 * templates/messages/en.yaml (`template-definition.*`) and their values, worded when reported (check) or thrown
 * (requireUsable).
 */
export interface TemplateProblem {
  messageId: string;
  fixId: string;
  params: MessageParams;
  place?: Span;
}

export interface VariableDeclaration {
  name: string;
  description: string;
  default?: string;
  /** Where the declaration's name stands in the frontmatter. */
  place?: Span;
}

/** One `{{name}}` in the template, at its file position. */
export interface VariableUse {
  name: string;
  point: Point;
}

/** `sector-social-media@1.1`, split. */
export interface TemplateRef {
  id: string;
  version: string;
}

export function formatRef(ref: TemplateRef): string {
  return `${ref.id}@${ref.version}`;
}

/** Reads `<template-id>@<version>`; undefined when it is not of that form. */
export function parseRef(text: string): TemplateRef | undefined {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return undefined;
  return { id: trimmed.slice(0, at), version: trimmed.slice(at + 1) };
}
