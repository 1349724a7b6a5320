// Where a policy's PDF goes: out/<org>/<id>-<version>.pdf. Every part comes from the document, so each is reduced
// to safe file-name characters: a frontmatter value can never point outside the output folder.
import { foldDiacritics } from '../text/normalise.js';
import { join } from 'node:path';
import type { Policy, PolicyMeta } from '../model/policy.js';

/** What a policy's output file is named by: its organisation, id and version. */
export type OutputIdentity = { meta: Pick<PolicyMeta, 'org' | 'id' | 'version'> };

function safePart(text: string, fallback: string): string {
  const cleaned = foldDiacritics(text)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/\.{2,}/g, '.');
  return cleaned === '' ? fallback : cleaned;
}

function outputName(policy: OutputIdentity, extension: string): string {
  const id = safePart(policy.meta.id, 'policy');
  const version = policy.meta.version ? `-${safePart(policy.meta.version, '')}` : '';
  return `${id}${version.replace(/-$/, '')}.${extension}`;
}

export function outputPath(outDir: string, policy: OutputIdentity, extension: string): string {
  return join(outDir, safePart(policy.meta.org, 'policies'), outputName(policy, extension));
}

/** Where a version diff of a policy goes: out/<org>/<id>-<old version>-to-<new version>.<extension>. */
export function diffOutputPath(outDir: string, oldPolicy: Policy, newPolicy: Policy, extension: string): string {
  const id = safePart(newPolicy.meta.id, 'policy');
  const from = safePart(oldPolicy.meta.version, 'old');
  const to = safePart(newPolicy.meta.version, 'new');
  return join(outDir, safePart(newPolicy.meta.org, 'policies'), `${id}-${from}-to-${to}.${extension}`);
}
