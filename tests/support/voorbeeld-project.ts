// A project of its own for the `approve` tests: clausemark's templates copied in, and Stichting Voorbeeld's proposed
// klachtenregeling at board level, whose sector procedure asks the GMR's consent before the adoption.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

export const VOORBEELD_POLICY = `---
id: klachtenregeling
title: Klachtenregeling
organisation: Stichting Voorbeeld
org: voorbeeld
version: "1.0"
status: proposed
kind: klachtenregeling
level: bestuur
review: 2099-01-01
---

## Doel {#doel}

1. {#doel.klacht} Ouders en leerlingen kunnen een klacht indienen bij de klachtencommissie.
`;

/** The policy's file, relative to the project. */
export const VOORBEELD_FILE = join('policies', 'voorbeeld', 'klachtenregeling.md');

/** A new project folder (its name starting `prefix`) holding `policy` as VOORBEELD_FILE. */
export function voorbeeldProject(prefix: string, policy = VOORBEELD_POLICY): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'policies', 'voorbeeld'), { recursive: true });
  writeFileSync(join(dir, VOORBEELD_FILE), policy);
  return dir;
}
