// `clausemark acknowledge ACTION POLICY` (Dutch `kennisname`, issue 72): staff confirm they know the version of a
// policy in force, recorded without a server (docs/acknowledge.md). Actions: ask (a group, once per substantive
// change; editorial-only versions propose carrying over), record (a CSV from a form tool, or a typed paper list),
// status (who has not yet, per school and team), meeting (a team-meeting page where each ticks their own name; the
// same page is in `serve`'s workplace, src/jobs/serve-acknowledge.ts) and remove (records past their retention).
// Every record is kept in acknowledgements/, never in out/.
import { type AcknowledgeBase, acknowledgeContext } from './acknowledge-context.js';
import { type AskOptions, type AskOutcome, askAcknowledgement } from './acknowledge-ask.js';
import { type RecordOptions, type RecordOutcome, recordAcknowledgements } from './acknowledge-record.js';
import { type AcknowledgeReport, acknowledgeReport } from './acknowledge-report.js';
import { type RemovedFile, removeExpired } from './acknowledge-remove.js';
import { writeSignList } from './acknowledge-pdf.js';
import { holdMeeting, type MeetingOptions } from './acknowledge-meeting.js';

export type { AskOutcome, RecordOutcome, AcknowledgeReport, RemovedFile };

/** Asks, and writes the sign list of those asked who have not acknowledged yet (none for a proposal). */
export async function askJob(
  file: string,
  options: AcknowledgeBase & AskOptions,
): Promise<{ outcome: AskOutcome; signList?: string | { tooMany: number } }> {
  const context = acknowledgeContext(file, options);
  const outcome = askAcknowledgement(context, options, options.root);
  if (outcome.action === 'carry-over-proposed') return { outcome };
  return { outcome, signList: await writeSignList(context, outcome, options) };
}

export function recordJob(file: string, options: AcknowledgeBase & RecordOptions): RecordOutcome {
  return recordAcknowledgements(acknowledgeContext(file, options), options);
}

export function reportJob(file: string, options: AcknowledgeBase): AcknowledgeReport {
  return acknowledgeReport(acknowledgeContext(file, options));
}

export function removeJob(today: string, options: { dir?: string; dryRun?: boolean } = {}): RemovedFile[] {
  return removeExpired(today, options);
}

/** Serves the meeting page until the process ends; resolves with its address once it listens. */
export async function meetingJob(file: string, options: AcknowledgeBase & MeetingOptions): Promise<{ url: string }> {
  const { url } = await holdMeeting(acknowledgeContext(file, options), options);
  return { url };
}
