// `clausemark check [paths…]` as a library job: every policy found under the paths checked against the rules
// (src/check/), what each school of a declared organisation must have, and the exit code the findings give (1 on an
// error, or on a warning with --strict).
import type { FileCheck } from '../check/files.js';
import { discoverPolicies } from '../io/discover.js';
import type { Project } from '../io/project.js';
import { errorById } from '../io/messages.js';
import { isCalendarDate } from '../model/dates.js';

export interface CheckJobResult {
  results: FileCheck[];
  exitCode: number;
}

export async function checkJob(
  paths: readonly string[],
  options: { strict?: boolean; at?: string },
  project: Project,
): Promise<CheckJobResult> {
  // Imported here, not at the top: the CLI registers every command and should not load the parser for `--help`.
  const { checkExitCode, checkFiles } = await import('../check/files.js');
  const { schoolDutyChecks } = await import('../check/school-duties.js');
  // Then what each school of an organisation declared in the paths must have (src/check/school-duties.ts).
  // As of --at: the procedure's dates and what each school must have (src/check/rules/procedure-support.ts).
  const at = options.at;
  if (at !== undefined && !isCalendarDate(at))
    throw errorById(
      { messageId: 'invalid-date.not-a-date', fixId: 'invalid-date.write-date', params: { date: at } },
      { place: { argument: '--at' }, ruleId: 'invalid-date' },
    );
  const results = [
    ...checkFiles(discoverPolicies([...paths]), project, at),
    ...(at ? schoolDutyChecks(paths, project, at) : schoolDutyChecks(paths, project)),
  ];
  return { results, exitCode: checkExitCode(results, options.strict === true) };
}
