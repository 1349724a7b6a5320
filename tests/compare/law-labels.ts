// Scores "Wat de wet vraagt" (src/compare/topics/law-view.ts) against the hand labels of tests/fixtures/law-labels (issue
// 70): per kind, how many ✓ the tool gives and how many of them the labels call false, how many requirements it shows
// as binding an organisation they do not bind, how many labelled requirements it leaves "mogelijk" or not found, and
// how many it shows as applying directly by law where no clause states them ("geldt rechtstreeks", nothing missing).
// Documents are read as `compare` reads them, from ../shared/dev-corpus or this repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lawView } from '../../src/compare/topics/law-view.js';
import { readTopicList } from '../../src/compare/read/topic-list.js';
import { topicCoverage } from '../../src/compare/topics/topics.js';
import type { Alignment, LawRow } from '../../src/compare/read/types.js';
import type { Policy } from '../../src/model/policy.js';
import { loadPolicy } from '../../src/parse/index.js';
import type { OrganisationProfile } from '../../src/procedure/organisation.js';
import { PROJECT_ROOT, sharedData } from '../support/paths.js';

export const LAW_LABELS = join(PROJECT_ROOT, 'tests', 'fixtures', 'law-labels');
export const LAW_LABELLED_KINDS = ['klachtenregeling', 'privacyverklaring', 'privacyreglement'] as const;
/** Kinds with few labelled documents, one or more in ../shared/dev-corpus: a pestprotocol has two. */
export const LAW_LABELLED_FEW_KINDS = ['pestprotocol'] as const;
/**
 * Kinds whose labelled documents are in this repository (tests/fixtures/law-labels/documents/), few and short; the
 * meldcode and the medezeggenschapsreglement are fixtures written here, since ../shared has no such document.
 */
export const LAW_LABELLED_REPO_KINDS = [
  'klokkenluidersregeling',
  'schoolgids',
  'leerlingenstatuut',
  'meldcode',
  'medezeggenschapsreglement',
] as const;
export const devCorpus = sharedData('dev-corpus');

interface LawLabels {
  kind: string;
  organisations: Record<
    string,
    {
      path: string;
      profile: Omit<OrganisationProfile, 'answers'> & { answers?: OrganisationProfile['answers'] };
      binds: string[];
    }
  >;
  requirements: Record<string, Record<string, 'met' | 'not'>>;
}

export function readLawLabels(kind: string): LawLabels {
  return parse(readFileSync(join(LAW_LABELS, `${kind}.yaml`), 'utf8')) as LawLabels;
}

function pathOf(labelled: string): string {
  const [root, ...rest] = labelled.split('/');
  return root === 'repo' ? join(PROJECT_ROOT, ...rest) : join(devCorpus.dir, ...rest);
}

export interface LawScore {
  /** Rows shown for organisations, every requirement of the list. */
  rows: number;
  /** ✓ given, and those the labels call not met (or that do not bind the organisation). */
  ticks: number;
  falseTicks: string[];
  /** Rows shown as binding ("binds" or a ✓ on one) an organisation the labels say the law does not bind. */
  wrongBinding: string[];
  /** Rows of a binding law shown "niet van toepassing". */
  missedBinding: string[];
  /**
   * Rows of a law that does not bind an organisation which stated its sector and body, shown otherwise than "niet van
   * toepassing" (an mbo institution's WPO row "indien van toepassing" would leave it a question it has answered).
   */
  notExcluded: string[];
  /** Per organisation that stated its sector: the sector, and how many rows of each law it was shown bound or excluded. */
  sectors: {
    key: string;
    sector: string;
    laws: Record<string, { binds: number; conditional: number; excluded: number }>;
  }[];
  /** Labelled `met` requirements and how many got their ✓. */
  met: number;
  metTicked: number;
  /**
   * Rows that bind, or may, and that no clause states but the law applies directly ("geldt rechtstreeks": Awb 9:11 at a
   * public body): shown as nothing missing, and of them those the labels call met (a ✓ the view leaves out).
   */
  direct: number;
  directLabelledMet: string[];
}

const rowName = (row: LawRow): string => `${row.law} ${row.article}`;

/** The law view of each labelled organisation, alone, as `compare` gives it, and its score against the labels. */
export function scoreLawKind(kind: string): LawScore {
  const labels = readLawLabels(kind);
  const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
  const score: LawScore = {
    rows: 0,
    ticks: 0,
    falseTicks: [],
    wrongBinding: [],
    missedBinding: [],
    notExcluded: [],
    sectors: [],
    met: 0,
    metTicked: 0,
    direct: 0,
    directLabelledMet: [],
  };
  for (const [key, organisation] of Object.entries(labels.organisations)) {
    const policy: Policy = loadPolicy(pathOf(organisation.path)).policy;
    const topics = topicCoverage([{ key, policy }], list.topics, []);
    const alignment: Alignment = {
      documents: [{ key, name: key, path: policy.path, title: policy.meta.title, organisation: key, version: '' }],
      provisions: [],
      similarity: {},
      base: key,
      topics,
    };
    const profile: OrganisationProfile = { answers: {}, ...organisation.profile };
    const view = lawView(alignment, [policy], new Map([[key, profile]]));
    const labelled = labels.requirements[key] ?? {};
    const stated = profile.sector !== undefined && profile.body !== undefined;
    const laws: Record<string, { binds: number; conditional: number; excluded: number }> = {};
    if (profile.sector !== undefined) score.sectors.push({ key, sector: profile.sector, laws });
    for (const row of view?.groups[0]?.rows ?? []) {
      const tally = (laws[row.law] ??= { binds: 0, conditional: 0, excluded: 0 });
      if (row.applies === 'binds') tally.binds++;
      else if (row.applies === 'if-applicable') tally.conditional++;
      else tally.excluded++;
      score.rows++;
      const name = `${key}: ${rowName(row)}`;
      // The list's entries without a `binds:` (the AVG, the Besluit verplichte meldcode) bind every organisation.
      const binds = organisation.binds.includes(row.law) || !row.who;
      if (!binds && row.applies === 'binds') score.wrongBinding.push(name);
      if (binds && row.applies === 'not-applicable' && !row.question) score.missedBinding.push(name);
      if (!binds && stated && row.applies !== 'not-applicable') score.notExcluded.push(name);
      // A label may name the topic where one article is two requirements (AVG 13 lid 1 onder c: purposes, ground).
      const label = labelled[`${row.topic} · ${rowName(row)}`] ?? labelled[rowName(row)];
      if (label === 'met') score.met++;
      if (row.finding === 'direct') score.direct++;
      if (row.finding === 'direct' && label === 'met') score.directLabelledMet.push(name);
      if (row.finding !== 'met') continue;
      score.ticks++;
      if (label === 'met') score.metTicked++;
      else score.falseTicks.push(`${name} (${label ?? 'unlabelled'})`);
    }
  }
  return score;
}

export function lawScoreLine(kind: string, score: LawScore): string {
  return (
    `${kind}: ${score.rows} rows, ${score.ticks} ✓ of which ${score.falseTicks.length} false; ` +
    `${score.wrongBinding.length} shown binding an organisation the law does not bind, ` +
    `${score.missedBinding.length} binding shown "niet van toepassing", ` +
    `${score.notExcluded.length} not binding left otherwise for an organisation that stated what it is; ` +
    `${score.metTicked} of ${score.met} labelled met requirements got their ✓; ` +
    `${score.direct} the law applies directly, unstated ("geldt rechtstreeks")`
  );
}
