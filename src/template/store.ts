// Where sector templates live: templates/sector/<name>.md is the current version of each template, and
// templates/sector/versions/<name>-<version>.md keeps every released version, so a policy's `derivedFrom` keeps
// resolving after the sector publishes a newer one. The templates are those of the command's project
// (src/io/project.ts: its sectorRoot, the nearest folder up from the working folder that has templates/sector, else
// clausemark's own), whichever folder the policy is in.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../io/yaml-file.js';
import { blobAt, fileVersions, gitFile, repositoryRoot, shortCommit } from '../io/git.js';
import { errorById } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { isClausemarkError } from '../model/errors.js';
import { loadTemplate, templateFromSource, type SectorTemplate } from './template.js';
import { parseRef, type TemplateRef } from './types.js';

const SECTOR_FOLDER = join('templates', 'sector');
export const VERSIONS_FOLDER = join(SECTOR_FOLDER, 'versions');

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isFile() &&
          entry.name.endsWith('.md') &&
          !entry.name.startsWith('.') &&
          entry.name.toLowerCase() !== 'readme.md',
      )
      .map((entry) => join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}

export interface IndexedTemplate {
  template: SectorTemplate;
  /** In versions/: a released version that is never edited again. */
  frozen: boolean;
}

/** Every readable template of a project; unreadable files are left out here (check reports them). */
export function templateIndex(root: string): IndexedTemplate[] {
  const out: IndexedTemplate[] = [];
  for (const [folder, frozen] of [
    [VERSIONS_FOLDER, true],
    [SECTOR_FOLDER, false],
  ] as const) {
    for (const file of markdownFiles(join(root, folder))) {
      try {
        out.push({ template: loadTemplate(displayPath(file)), frozen });
      } catch (error) {
        if (!isClausemarkError(error)) throw error;
      }
    }
  }
  return out;
}

/** The template with this id and version; a released copy in versions/ wins over the current file. */
export function findTemplate(root: string, ref: TemplateRef): SectorTemplate | undefined {
  const matches = templateIndex(root).filter(
    ({ template }) => template.ref.id === ref.id && template.ref.version === ref.version,
  );
  return (matches.find((entry) => entry.frozen) ?? matches[0])?.template;
}

/** The versions of a template id that exist in the project, oldest first. */
export function knownVersions(root: string, id: string): string[] {
  const versions = new Set(
    templateIndex(root)
      .filter(({ template }) => template.ref.id === id)
      .map(({ template }) => template.ref.version),
  );
  return [...versions].sort(compareVersions);
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = Number(x);
    const ny = Number(y);
    const order =
      Number.isFinite(nx) && Number.isFinite(ny) && x !== '' && y !== '' ? nx - ny : x.localeCompare(y, 'en');
    if (order !== 0) return order;
  }
  return 0;
}

/** How many commits back to look for an old template version that is no longer in versions/. */
const HISTORY_LIMIT = 200;

/** An older template version recovered from the git history of templates/sector, when versions/ lacks it. */
export function findTemplateInHistory(root: string, ref: TemplateRef): SectorTemplate | undefined {
  const files = [...markdownFiles(join(root, SECTOR_FOLDER)), ...markdownFiles(join(root, VERSIONS_FOLDER))];
  if (files.length === 0 || !repositoryRoot(files[0] ?? root)) return undefined;
  for (const file of files) {
    try {
      const tracked = gitFile(file);
      if (!tracked) continue;
      for (const version of fileVersions(tracked).slice(0, HISTORY_LIMIT)) {
        const text = Buffer.from(blobAt(tracked, version.commit, version.path)).toString('utf8');
        const template = templateFromSource(text, `${displayPath(file)}@${shortCommit(version.commit)}`);
        if (template.ref.id === ref.id && template.ref.version === ref.version) return template;
      }
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
    }
  }
  return undefined;
}

/**
 * A template named on the command line: a file, or `<template-id>` (its current version) or `<template-id>@<version>`
 * looked up in the project's templates/sector.
 */
export function resolveTemplateArgument(argument: string, project: Project): SectorTemplate {
  if (existsSync(argument)) return loadTemplate(argument);
  const root = project.sectorRoot;
  const ref = parseRef(argument);
  const index = templateIndex(root);
  const candidates = index.filter(({ template }) => template.ref.id === (ref?.id ?? argument));
  const known = [...new Set(index.map(({ template }) => template.ref.id))].join(', ') || '(none)';
  if (candidates.length === 0) {
    throw errorById(
      {
        messageId:
          ref || /^[a-z0-9][a-z0-9._-]*$/.test(argument)
            ? 'unknown-template.not-in-sector'
            : 'unknown-template.no-such-file',
        fixId: 'unknown-template.name-template',
        params: { name: argument, folder: displayPath(join(root, SECTOR_FOLDER)), known },
      },
      { place: { argument }, ruleId: 'unknown-template' },
    );
  }
  if (ref) {
    const found = findTemplate(root, ref) ?? findTemplateInHistory(root, ref);
    if (!found) {
      throw errorById(
        {
          messageId: 'unknown-template.no-version',
          fixId: 'unknown-template.known-versions',
          params: { id: ref.id, version: ref.version, versions: knownVersions(root, ref.id).join(', ') },
        },
        { place: { argument }, ruleId: 'unknown-template' },
      );
    }
    return found;
  }
  // No version given: the current file, else the newest released version.
  const newest = [...candidates].sort((a, b) => compareVersions(a.template.ref.version, b.template.ref.version));
  const chosen = candidates.find((entry) => !entry.frozen) ?? newest[newest.length - 1];
  if (!chosen) throw new Error('unreachable: candidates is not empty');
  return chosen.template;
}
