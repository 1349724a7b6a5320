// `clausemark dossier ORG` (issue 27 item 5): the inspection dossier of one organisation. Of each of its policies
// the version in force on the date (today, or --at; from the files and their git history, as `build --at` chooses
// it), held against its procedure (src/procedure/dossier.ts), printed as one PDF with the same as JSON attached. Each
// policy's version in force is worked out once (Standing: git asked once, kennisname counted once) for the dossier's
// list and its table of what each school must have, which is handed what git shows of each file's adoption by hand
// (not asked again through src/procedure/adoption-git.ts).
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadBrand, resolveBrandName } from '../brand/load.js';
import { writeFileAtomic } from '../io/atomic.js';
import { errorById, refusedBecause } from '../io/messages.js';
import { toolVersion } from '../io/version.js';
import { PACKAGE_ROOT } from '../io/root.js';
import { formatDate } from '../text/format-date.js';
import { outputLanguage } from '../text/output-language.js';
import { approvalHash, sha256 } from '../model/fingerprint.js';
import { type Dossier, dossierPolicy } from '../procedure/dossier.js';
import { todayIso } from '../procedure/evaluate.js';
import { retiredOn, supersededOn, type VersionInForce, versionInForce } from '../procedure/in-force.js';
import { proceduresFor } from '../procedure/load.js';
import type { DossierTexts } from '../render/dossier/index.js';
import { fillLabel, loadLabels } from '../wording/labels.js';
import { sayIn } from '../wording/messages.js';
import { DOSSIER_REPORT } from '../report/formats/dossier.js';
import { formatNamed } from '../render/shared/format-table.js';
import { historyBegins, type ReadVersion, readVersions, type UnreadableFile } from '../build/versions.js';
import {
  type ChangedPerGit,
  firstHoldingShows,
  type GitEvidence,
  shownAsEvidence,
  unrecordedAdoption,
} from '../procedure/adoption-git.js';
import { shallowBoundary, shortCommit } from '../io/git.js';
import { ClausemarkError } from '../model/errors.js';
import type { Approval, Policy } from '../model/policy.js';
import { adoptionOf } from '../model/adoption.js';
import { namedKind } from '../model/kind.js';
import { dutiesFor } from '../procedure/duties.js';
import { schoolYearCovered, schoolYearOf } from '../procedure/school-year.js';
import { inForceDate } from './build-at.js';
import { acknowledgementTally } from '../io/acknowledgement-counts.js';
import type { AckCounts, Audience } from '../model/acknowledgement.js';
import { ACKNOWLEDGEMENTS_DIR } from '../io/acknowledgements.js';
import { declaredOrganisations, type OrganisationDeclaration } from '../procedure/organisation.js';
import type { OverviewHistory } from '../procedure/project-overview.js';
import { schoolOverview, wordOverview } from '../report/documents/school-overview.js';

export interface DossierJobOptions {
  /**
   * The command's Project.root (src/io/project.ts), whose templates/ this job reads. The root alone is enough: the
   * job reads brands, layouts, labels, topics and procedures, never sector templates (sectorRoot) or settings.
   */
  root: string;
  /** The organisation: its `org`, or its folder under policies/ (with its schools in folders beneath it). */
  org: string;
  /**
   * The folder whose policies/ holds the organisation's folder and declarations (default: the working folder): the
   * workplace's, which need not be the folder it runs in nor the project's.
   */
  folder?: string;
  /** The date (YYYY-MM-DD); default today. */
  at?: string;
  /** The PDF to write; default out/dossier-<org>.pdf. */
  out?: string;
  brand?: string;
  /** The folder of kennisname's records (docs/acknowledge.md); default acknowledgements/ in the working folder. */
  acknowledgements?: string;
  /**
   * The workplace's download (`serve`): a line that tells what to do (a version in force from a later day, where to
   * read what is to be done) says it by the workplace's pages and buttons, not by a command (workplace-advice.*).
   */
  served?: boolean;
}

export interface DossierJobResult {
  file: string;
  dossier: Dossier;
}

/**
 * The dossier's words: Dutch for a Dutch organisation, else English (templates/messages, dossier-report); `served`,
 * the workplace's own words where the messages give them (workplace-advice.dossier-report.*).
 */
function dossierTexts(lang: string, root: string, organisation: string, served = false): DossierTexts {
  const language = outputLanguage(lang);
  const say = sayIn(language, served);
  const labels = loadLabels(language, { root });
  return {
    lang: language,
    title: say('dossier-report.title', { organisation }),
    page: (page, pages) => fillLabel(labels.page, { page, pages }),
    say,
    day: (iso) => formatDate(iso, language) ?? iso,
  };
}

/**
 * The organisations declared in the project at `root` and in `folder`'s policies/ (the project's first), as `check`
 * and the overview read them (src/procedure/organisation.ts); where the project is the package itself and the folder
 * another (one without templates/ of its own, as the workplace may serve), the folder's only: the package's
 * policies/ are clausemark's example organisations, nothing of the folder's.
 */
function declaredIn(root: string, folder: string): OrganisationDeclaration[] {
  if (resolve(folder) === resolve(root)) return declaredOrganisations(root);
  const own = declaredOrganisations(folder);
  return packageAsProject(root, folder) ? own : [...declaredOrganisations(root), ...own];
}

/** Whether the project at `root` is the package, lent to `folder`, which holds no templates/ of its own. */
function packageAsProject(root: string, folder: string): boolean {
  return resolve(root) === PACKAGE_ROOT && resolve(folder) !== PACKAGE_ROOT;
}

/**
 * Whether a file is of organisation `org` (a foundation's include its schools': those it declares in its
 * procedure.yaml, by their `org` or folder, in any layout, and those in folders under its own), by its `org` when
 * it can be read, else by its folder. `folder`: the folder whose policies/ `org` may name a folder of.
 */
export function organisationOf(org: string, root: string, folder = '.'): (file: string, fileOrg?: string) => boolean {
  const declared = declaredIn(root, folder).find((organisation) => organisation.org === org);
  // policies/ in the project, and in the folder asked of (a project without templates/ of its own has the
  // package's root, where its policies are not; the workplace serves a folder of its own).
  const folders = [
    resolve(root, 'policies', org),
    resolve(folder, 'policies', org),
    ...(declared ? [declared.folder] : []),
    ...(declared?.schools ?? []).flatMap((school) => school.folder ?? []),
  ];
  const orgs = new Set([org, ...(declared?.schools ?? []).map((school) => school.org)]);
  return (file, fileOrg) =>
    (fileOrg !== undefined && orgs.has(fileOrg)) ||
    folders.some((parent) => resolve(file).startsWith(`${parent}${sep}`));
}

/** A policy a dossier holds, as its name is found from it (dossierName). */
export interface NamedPolicy {
  file: string;
  org?: string;
  organisation?: string;
}

/**
 * The name the dossier of `org` goes by (its title, and the workplace's list): the `organisation` of its own policies;
 * else the name its procedure.yaml gives it; else, for a folder whose policies lie in folders beneath it (a board's
 * with its schools'), the board as its schools' `organisation` names it ("Basisschool De Wilg (Stichting De Linde)"),
 * never one school's name; else its policies' `organisation`; only where nothing names it, its folder's name with a
 * capital ("Linde"). `policies`: those organisationOf finds of it.
 */
export function dossierName(org: string, root: string, folder: string, policies: readonly NamedPolicy[]): string {
  const own = policies.find((policy) => policy.org === org && policy.organisation);
  if (own?.organisation) return own.organisation;
  const folders = [resolve(folder, 'policies', org), resolve(root, 'policies', org)];
  const declared = declaredIn(root, folder).find(
    (organisation) => organisation.org === org || folders.includes(organisation.folder),
  );
  if (declared && !declared.unnamed) return declared.name;
  const beneath = (file: string): boolean =>
    folders.some((parent) => resolve(file).startsWith(`${parent}${sep}`) && dirname(resolve(file)) !== parent);
  const named = policies.some((policy) => beneath(policy.file))
    ? policies.map((policy) => boardNamed(policy.organisation)).find((name) => name !== undefined)
    : policies.find((policy) => policy.organisation)?.organisation;
  return named ?? capitalised(declared?.name ?? org);
}

/** The board a school's `organisation` names after it in brackets ("Basisschool De Wilg (Stichting De Linde)"). */
function boardNamed(organisation: string | undefined): string | undefined {
  return organisation ? /\(([^()]+)\)\s*$/.exec(organisation)?.[1]?.trim() || undefined : undefined;
}

/** A folder's name as a name: its first letter a capital ("linde" → "Linde"). */
function capitalised(name: string): string {
  return name.charAt(0).toLocaleUpperCase('nl') + name.slice(1);
}

/** The version groups of organisation `org` (organisationOf), or a usage error naming those known. */
function organisationGroups(
  groups: readonly ReadVersion[][],
  org: string,
  root: string,
  folder: string,
): ReadVersion[][] {
  const ours = organisationOf(org, root, folder);
  const mine = groups.filter((versions) => ours(versions[0]!.source.file, versions[0]!.policy.meta.org));
  if (mine.length > 0) return mine;
  const known = [...new Set(groups.map((versions) => versions[0]!.policy.meta.org))].sort().join(', ');
  throw errorById(
    { messageId: 'dossier-job.unknown-org', fixId: 'dossier-job.name-org', params: { org, known: known || '-' } },
    { place: { argument: org }, ruleId: 'bad-arguments' },
  );
}

/**
 * Refuses the dossier while a file of the organisation cannot be read as it stands: only its history would be in
 * the dossier, so a version adopted in the file since would be missing from it, and its policy perhaps said absent.
 */
function refuseUnreadable(unreadable: readonly UnreadableFile[], org: string, root: string, folder: string): void {
  const ours = organisationOf(org, root, folder);
  const first = unreadable.find(({ file }) => ours(file));
  if (!first) return;
  const file = relative(folder, first.file) || first.file;
  throw ClausemarkError.of({
    ...first.problem,
    file: first.file,
    ...refusedBecause(first.problem, 'dossier-job.unreadable', 'dossier-job.unreadable-fix', { org, file }),
  });
}

/**
 * The versions of one policy adopted by `date` that enter into force after it, each once (a file and its history may
 * hold the same text), the first to enter into force first; not one its own file replaced by a later adoption.
 */
function adoptedLater(versions: readonly ReadVersion[], date: string): VersionInForce[] {
  const seen = new Set<string>();
  const later: VersionInForce[] = [];
  for (const [index, version] of versions.entries()) {
    const found = versionInForce([version], '9999-12-31');
    if (!found || found.adoption.date > date || found.inForceFrom <= date) continue;
    if (supersededOn(versions, index, date)) continue;
    const key = approvalHash(found.policy);
    if (seen.has(key)) continue;
    seen.add(key);
    later.push(found);
  }
  return later.sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom, 'en'));
}

/**
 * For a version of `file` whose adoption recorded no hash: the first commit of its file whose approvals hold that
 * adoption row. Git shows then that the words changed after the adoption was written down (`changed`, its text
 * differs), or that they are the words adopted (`adopted`, the same text, dated by the adoption); neither when no
 * commit holds the row, nor (`shallow`, `notFollowed`) when the first is where a shallow clone's history is cut or
 * where git does not follow the file before. Read from the
 * versions the dossier read already; git is asked only where its history is cut.
 */
function adoptionCommitShows(
  version: { policy: Policy; adoption: Approval; file: string },
  versions: readonly ReadVersion[],
): ReturnType<typeof firstHoldingShows> {
  const texts = versions.flatMap(({ policy, source }) =>
    source.kind === 'git' && source.file === version.file
      ? [
          {
            policy,
            commit: source.commit,
            date: source.date,
            ...(source.notFollowed ? { notFollowed: true as const } : {}),
          },
        ]
      : [],
  );
  return firstHoldingShows(texts.reverse(), version.adoption, version.policy, shallowBoundary(version.file));
}

/**
 * The approval fingerprint of the text in force, which kennisname's records name: the version's own, or, where git
 * shows that its adoption by hand adopted other words (`changed`: the file edited since), those words' as the commit
 * holding the adoption has them (kennisname asks for no text nobody adopted).
 */
function textInForceHash(
  chosen: VersionInForce,
  versions: readonly ReadVersion[],
  changed: { commit: string } | undefined,
): string {
  const adopted = changed
    ? versions.find(
        ({ source }) => source.kind === 'git' && source.file === chosen.source.file && source.commit === changed.commit,
      )
    : undefined;
  return approvalHash((adopted ?? chosen).policy);
}

/**
 * What the dossier and its table of what each school must have both read of a policy's version in force on a date,
 * worked out once: git asked once of its adoption by hand, its kennisname counted once from the records.
 */
interface Standing {
  chosen: VersionInForce;
  /** What git shows of its adoption by hand ({} for an adoption with a hash: git is not asked). */
  shown: ReturnType<typeof firstHoldingShows>;
  /** The fingerprint of the text in force, which kennisname's records name (textInForceHash). */
  hash: string;
  /** Its kind's audience (templates/procedures), whom kennisname counts. */
  audience: Audience | undefined;
  /** Kennisname as of the date (acknowledgementTally); none where the organisation keeps no people list. */
  tally?: AckCounts;
}

/** The Standing of `versions` on `date`; none where no version is in force then. */
function standingOf(
  versions: readonly ReadVersion[],
  date: string,
  today: string,
  { root, acknowledgements }: Pick<DossierJobOptions, 'root' | 'acknowledgements'>,
): Standing | undefined {
  const chosen = versionInForce(versions, date, today);
  if (!chosen) return undefined;
  const audience = proceduresFor(chosen.source.file, root).kinds[namedKind(chosen.policy) ?? '']?.audience;
  const shown = chosen.adoption.hash ? {} : adoptionCommitShows({ ...chosen, file: chosen.source.file }, versions);
  const hash = textInForceHash(chosen, versions, shown.changed);
  const tally = acknowledgementTally(chosen.policy.meta, hash, audience, date, acknowledgements);
  return { chosen, shown, hash, audience, ...(tally ? { tally } : {}) };
}

/** The dossier's entry of the version in force, with its kennisname as of `date` and the versions adopted for later. */
function inForceEntry(
  { chosen, shown, tally }: Standing,
  versions: readonly ReadVersion[],
  date: string,
  root: string,
) {
  const entry = dossierPolicy(chosen, proceduresFor(chosen.source.file, root), date);
  // Counted only where the version was asked by the date: the dossier says nothing of kennisname not asked.
  if (tally && tally.asked > 0) entry.acknowledged = tally;
  if (shown.changed) entry.changedSinceCommit = shown.changed;
  if (shown.adopted) entry.adoptedInCommit = shown.adopted;
  if (shown.shallow) entry.historyShallow = true;
  if (shown.notFollowed) entry.historyNotFollowed = shortCommit(shown.notFollowed.commit);
  const later = adoptedLater(versions, date).filter((version) => version.inForceFrom > chosen.inForceFrom);
  if (later.length > 0)
    entry.adoptedLater = later.map((version) => ({
      version: version.policy.meta.version,
      adopted: version.adoption.date,
      inForceFrom: version.inForceFrom,
    }));
  return entry;
}

/**
 * Why a policy has no version in force on `date`: withdrawn by then (`status: retired`), adopted but in force from a
 * later date (said with the date a dossier shows it from), not adopted as the file stands, or, when `date` lies before
 * its files' git history, not known (the day the history begins).
 */
function notInForceEntry(versions: readonly ReadVersion[], date: string, today: string): Dossier['notInForce'][number] {
  const { id, title, organisation } = versions[0]!.policy.meta;
  const retired = retiredOn(versions, date, today);
  const later = adoptedLater(versions, date)[0];
  const begins = historyBegins(versions);
  return {
    id,
    title,
    organisation,
    ...(retired ? { retired } : later ? { adopted: later.adoption.date, inForceFrom: later.inForceFrom } : {}),
    ...(!retired && !later ? unadopted(versions[0]!.policy, date) : {}),
    ...(!retired && begins !== undefined && date < begins ? { historyFrom: begins } : {}),
  };
}

/**
 * The school year a schoolgids (a kind whose duty comes each school year) in force on `date` was adopted for, when
 * that year is over: it is not this year's, so the dossier lists it as expired, as the duty table calls it late.
 */
function pastSchoolYear(chosen: VersionInForce, root: string, date: string): string | undefined {
  const kind = namedKind(chosen.policy);
  if (kind === undefined) return undefined;
  const { sector } = proceduresFor(chosen.source.file, root);
  if (dutiesFor(root, sector)?.duties.find((duty) => duty.kind === kind)?.cycle !== 'schooljaar') return undefined;
  const { title, version } = chosen.policy.meta;
  const covers = schoolYearCovered({ title, version, adopted: chosen.adoption.date, inForceFrom: chosen.inForceFrom });
  return covers < schoolYearOf(date) ? covers : undefined;
}

/**
 * The dossier of `mine` (named by dossierName): each policy's version in force on `date`, or its absence; the
 * foundation's own first.
 */
function assembleDossier(
  mine: readonly ReadVersion[][],
  standings: readonly (Standing | undefined)[],
  date: string,
  options: DossierJobOptions,
): Dossier {
  const { org } = options;
  const named = mine.map((versions) => ({ file: versions[0]!.source.file, ...versions[0]!.policy.meta }));
  const organisation = dossierName(org, options.root, options.folder ?? '.', named);
  const dossier: Dossier = { organisation, org, date, policies: [], notInForce: [] };
  const today = todayIso();
  for (const [index, versions] of mine.entries()) {
    const standing = standings[index];
    const chosen = standing?.chosen;
    const expired = chosen && pastSchoolYear(chosen, options.root, date);
    if (standing && !expired) {
      dossier.policies.push(inForceEntry(standing, versions, date, options.root));
    } else if (chosen && expired) {
      const { id, title, organisation } = chosen.policy.meta;
      dossier.notInForce.push({
        id,
        title,
        organisation,
        expired: { schoolYear: expired, current: schoolYearOf(date) },
      });
    } else {
      dossier.notInForce.push(notInForceEntry(versions, date, today));
    }
  }
  // The foundation's own first, then each school's, each by title.
  const order = (a: { organisation: string; title: string }, b: { organisation: string; title: string }): number =>
    Number(a.organisation !== dossier.organisation) - Number(b.organisation !== dossier.organisation) ||
    a.organisation.localeCompare(b.organisation, 'nl') ||
    a.title.localeCompare(b.title, 'nl');
  dossier.policies.sort(order);
  dossier.notInForce.sort(order);
  return dossier;
}

/**
 * Why a file's version is not adopted on `date`: edited since its adoption, or marked adopted by a decision dated
 * after that day (not taken yet then).
 */
function unadopted(policy: Policy, date: string): Pick<Dossier['notInForce'][number], 'changed' | 'notYet'> {
  const adoption = adoptionOf(policy, date);
  if (adoption.status === 'outdated') return { changed: true };
  if (adoption.declared === 'approved' && adoption.notYet) return { notYet: adoption.notYet.date };
  return {};
}

/**
 * Of the file as it stands (its first version), adopted without a hash: what git shows of that adoption, as
 * gitEvidence says it (the overview is handed it, so git is not asked again); null where its adoption records a hash.
 * Where that is the version in force, by the same adoption, git was asked of it already (`standing`).
 */
function fileShownByGit(
  versions: readonly ReadVersion[],
  date: string,
  standing: Standing | undefined,
): GitEvidence | null {
  const { policy, source } = versions[0]!;
  const adoption = unrecordedAdoption(policy, date);
  if (!adoption) return null;
  const asked = standing?.chosen.policy === policy && standing.chosen.adoption === adoption;
  return shownAsEvidence(
    asked ? standing.shown : adoptionCommitShows({ policy, adoption, file: source.file }, versions),
  );
}

/**
 * Per policy (its file as it stands), the version in force on `date`, the day it was withdrawn, what git shows of an
 * adoption without a hash, from its history, and the kennisname of the version in force the dossier counted (for a
 * kind with an audience, as the overview counts it).
 */
function historyOf(
  mine: readonly ReadVersion[][],
  standings: readonly (Standing | undefined)[],
  date: string,
): Map<Policy, OverviewHistory> {
  const today = todayIso();
  return new Map(
    mine.map((versions, index) => {
      const standing = standings[index];
      const retired = retiredOn(versions, date, today);
      const inForce = standing
        ? {
            version: standing.chosen.policy.meta.version,
            adopted: standing.chosen.adoption.date,
            inForceFrom: standing.chosen.inForceFrom,
            hash: standing.hash,
          }
        : null;
      const gitShown = fileShownByGit(versions, date, standing);
      const changed = gitShown?.changed;
      const changedPerGit: ChangedPerGit | undefined = changed && { commit: changed.commit, date: changed.date };
      const acknowledged = standing?.audience ? standing.tally : undefined;
      return [
        versions[0]!.policy,
        {
          inForce,
          ...(retired ? { retired } : {}),
          ...(changedPerGit ? { changedPerGit } : {}),
          ...(acknowledged ? { acknowledged } : {}),
          gitShown,
        },
      ];
    }),
  );
}

export async function dossierJob(files: readonly string[], options: DossierJobOptions): Promise<DossierJobResult> {
  const date = inForceDate(options.at ?? todayIso());
  const folder = options.folder ?? '.';
  const { groups, unreadable } = readVersions(files, options.root);
  refuseUnreadable(unreadable, options.org, options.root, folder);
  const mine = organisationGroups(groups, options.org, options.root, folder);
  const first = (mine.find((versions) => versions[0]!.policy.meta.org === options.org) ?? mine[0]!)[0]!.policy;
  const today = todayIso();
  const standings = mine.map((versions) => standingOf(versions, date, today, options));
  const dossier = assembleDossier(mine, standings, date, options);
  // What the organisation must have, when it declares what it is (src/procedure/overview.ts), standing as the
  // dossier's own list says: the version in force from the history, or the day it was withdrawn.
  const required = schoolOverview(
    mine.map((versions) => versions[0]!.policy),
    options.root,
    date,
    declaredIn(options.root, folder),
    historyOf(mine, standings, date),
    [],
    packageAsProject(options.root, folder) ? folder : options.root,
    options.acknowledgements ?? ACKNOWLEDGEMENTS_DIR,
  ).organisations.find((organisation) => organisation.org === options.org);
  if (required) dossier.required = required;
  const json = `${JSON.stringify(dossier, null, 2)}\n`;
  const brandName = resolveBrandName(first.meta, options.brand, options.root);
  const brand = loadBrand(brandName, {
    root: options.root,
    ...(options.brand ? { requestedAt: { argument: '--brand' } } : {}),
  });
  const format = formatNamed(DOSSIER_REPORT, undefined);
  const bytes = await format.render({
    dossier,
    brand,
    texts: dossierTexts(first.meta.lang, options.root, dossier.organisation, options.served),
    ...(dossier.required
      ? {
          required: wordOverview(
            dossier.required,
            { date, organisations: [] },
            { lang: first.meta.lang, ...(options.served ? { served: true } : {}) },
          ),
        }
      : {}),
    json,
    options: {
      creationDate: new Date(`${date}T00:00:00Z`),
      producer: `clausemark ${toolVersion()}`,
      sourceHash: sha256(json),
    },
  });
  const file = options.out ?? join('out', `dossier-${options.org}.${format.extension}`);
  writeFileAtomic(file, bytes);
  return { file, dossier };
}
