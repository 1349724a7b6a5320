// The project a command works in: found once per command from its working folder (the CLI shell does it,
// src/cli/context.ts) and handed to the job and, through the rule context, to every check rule. So within one run the
// brands, labels, procedures, sector templates and settings all come from the same place, whichever file is read: a
// policy file of another folder is judged by the project the command runs in, as build already brands it. A project
// folder without templates of its own is still the project (its policies/, its procedure.yaml, the paths the
// overview and check name): every template it lacks is clausemark's own (src/io/root.ts templatePath).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from './root.js';

/** The project's settings file (its `lang`: the language of messages, src/cli/message-language.ts). */
const SETTINGS_FILE = 'clausemark.yaml';

export interface Project {
  /**
   * The project's folder, whose templates/ (brands, layouts, labels, topics, procedures) a command uses, and inside
   * which every path a document or brand names must stay: the nearest one up that has templates/brands, else the
   * nearest with a clausemark.yaml, else the nearest with a policies/ folder, else the folder the command runs in
   * (each template the project lacks is the one shipped with clausemark; the brand then the built-in default).
   */
  root: string;
  /** The folder whose templates/sector holds the sector templates: the nearest one up that has it, else clausemark's. */
  sectorRoot: string;
  /** The nearest clausemark.yaml up, when there is one. */
  settingsFile?: string;
}

/** The nearest folder from `start` up in which `marker` exists, else undefined. */
function nearestWith(start: string, marker: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, marker))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The project around `start` (default: the working folder): looked for once per command by its shell. */
export function findProject(start: string = process.cwd()): Project {
  const settings = nearestWith(start, SETTINGS_FILE);
  return {
    root:
      nearestWith(start, join('templates', 'brands')) ?? settings ?? nearestWith(start, 'policies') ?? resolve(start),
    sectorRoot: nearestWith(start, join('templates', 'sector')) ?? PACKAGE_ROOT,
    ...(settings ? { settingsFile: join(settings, SETTINGS_FILE) } : {}),
  };
}
