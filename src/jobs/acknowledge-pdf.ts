// The page `acknowledge ask` writes (issue 72 item 2): the version asked, only its substantive changes since the
// version asked before, and a sign list of those asked who have not acknowledged it yet, in the policy's language.
// Written beside the version's record file (acknowledgements/<org>/<policy>/<version>-tekenlijst.pdf), never under
// out/: it names people.
import { loadBrand, resolveBrandName } from '../brand/load.js';
import { formatNamed } from '../render/shared/format-table.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readRecords } from '../io/acknowledgements.js';
import { messageTexts } from '../io/messages.js';
import { toolVersion } from '../io/version.js';
import { statusOf } from '../model/acknowledgement.js';
import { sha256 } from '../model/fingerprint.js';
import { ACKNOWLEDGE_REPORT } from '../report/formats/acknowledge.js';
import { formatDate } from '../text/format-date.js';
import { outputLanguage } from '../text/output-language.js';
import { fillLabel, loadLabels } from '../wording/labels.js';
import type { AskOutcome } from './acknowledge-ask.js';
import type { AcknowledgeContext } from './acknowledge-context.js';

/** The sign list's file: beside the version's records. */
export const signListFile = (context: AcknowledgeContext): string =>
  context.recordFile.replace(/\.csv$/, '-tekenlijst.pdf');

/** A sign list is for a group at a meeting: past this many people it is not made (narrow with --school, --team). */
export const SIGN_LIST_MAX = 500;

/** Writes the sign list and returns its file; the number of people instead when there are too many for one. */
export async function writeSignList(
  context: AcknowledgeContext,
  outcome: Exclude<AskOutcome, { action: 'carry-over-proposed' }>,
  options: { root: string; date: string; by?: string },
): Promise<string | { tooMany: number }> {
  const { meta } = context.policy;
  const language = outputLanguage(meta.lang);
  const say = (id: string, params: Record<string, string> = {}): string =>
    fillLabel(messageTexts(language).get(`acknowledge-pdf.${id}`) ?? '', params, language);
  const day = (iso: string): string => formatDate(iso, language) ?? iso;
  const statuses = statusOf(context.people, readRecords(context.recordFile), context.hash);
  const open = statuses.filter((status) => status.asked && !status.acknowledged).map((status) => status.person);
  if (open.length > SIGN_LIST_MAX) return { tooMany: open.length };
  const changes = outcome.action === 'asked' ? outcome.changes : [];
  const labels = loadLabels(language, { root: options.root });
  const title = say('title', { title: meta.title, version: meta.version });
  const bytes = await formatNamed(ACKNOWLEDGE_REPORT, undefined).render({
    brand: loadBrand(resolveBrandName(meta, undefined, options.root), { root: options.root }),
    texts: {
      lang: language,
      title,
      intro: options.by
        ? say('intro-by', { date: day(options.date), by: day(options.by) })
        : say('intro', { date: day(options.date) }),
      changesHeading: outcome.previous ? say('changes', { version: outcome.previous.version }) : say('changes-first'),
      noChanges: outcome.previous ? say('no-changes') : say('whole-text'),
      listHeading: say('list'),
      columns: [say('column-name'), say('column-where'), say('column-date'), say('column-signature')],
      page: (page, pages) => fillLabel(labels.page, { page, pages }),
    },
    policy: { id: meta.id, org: meta.org, organisation: meta.organisation, version: meta.version },
    changes: changes.map((change) => {
      const ref = change.new ?? change.old;
      const text = change.new ? change.new.text : `[${say('removed')}] ${change.old?.text ?? ''}`;
      return { number: ref?.number || ref?.id || '', text: text.replace(/\s+/g, ' ').trim() };
    }),
    people: open.map((person) => ({
      name: person.name,
      where: [person.school, person.teams.join(', ')].filter(Boolean).join(' · '),
    })),
    options: {
      creationDate: new Date(`${options.date}T00:00:00Z`),
      producer: `clausemark ${toolVersion()}`,
      sourceHash: sha256(`${context.hash}\0${options.date}`),
    },
  });
  const file = signListFile(context);
  writeFileAtomic(file, bytes);
  return file;
}
