// `clausemark dossier ORG` (issue 27 item 5): the inspection dossier of one organisation. Of each of its policies
// the version in force on the date (today, or --at; from the files and their git history, as `build --at` chooses
// it), held against its procedure (src/procedure/dossier.ts), printed as one PDF with the same as JSON attached.
import { join } from 'node:path';
import { loadBrand, resolveBrandName } from '../../brand/load.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { errorById, messageTexts } from '../../io/messages.js';
import { toolVersion } from '../../io/version.js';
import { sha256 } from '../../model/fingerprint.js';
import { type Dossier, dossierPolicy } from '../../procedure/dossier.js';
import { todayIso } from '../../procedure/evaluate.js';
import { versionInForce } from '../../procedure/in-force.js';
import { proceduresFor } from '../../procedure/load.js';
import { DOSSIER_WORDS, type DossierTexts, type DossierWord } from '../../render/dossier/input.js';
import { fillLabel, loadLabels } from '../../wording/labels.js';
import { versionsByPolicy } from '../versions.js';
import { inForceDate } from './in-force.js';

export interface DossierJobOptions {
  root: string;
  /** The organisation: its folder under policies/ (`org`). */
  org: string;
  /** The date (YYYY-MM-DD); default today. */
  at?: string;
  /** The PDF to write; default out/dossier-<org>.pdf. */
  out?: string;
  brand?: string;
}

export interface DossierJobResult {
  file: string;
  dossier: Dossier;
}

/** The dossier's words: Dutch for a Dutch organisation, else English (templates/messages, dossier-report). */
function dossierTexts(lang: string, root: string, organisation: string): DossierTexts {
  const language = lang.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const say = (key: DossierWord, params: Record<string, string> = {}): string => {
    const id = DOSSIER_WORDS[key];
    // tests/wording/messages.test.ts holds that every id named here is in both message files.
    return fillLabel(messageTexts(language).get(id) ?? messageTexts('en').get(id) ?? id, params);
  };
  const labels = loadLabels(language, { root });
  return {
    lang: language,
    title: say('title', { organisation }),
    page: (page, pages) => fillLabel(labels.page, { page, pages }),
    say,
  };
}

export async function dossierJob(files: readonly string[], options: DossierJobOptions): Promise<DossierJobResult> {
  const date = inForceDate(options.at ?? todayIso());
  const groups = versionsByPolicy(files);
  const mine = groups.filter((versions) => versions[0]!.policy.meta.org === options.org);
  if (mine.length === 0) {
    const known = [...new Set(groups.map((versions) => versions[0]!.policy.meta.org))].sort().join(', ');
    throw errorById(
      {
        messageId: 'dossier-job.unknown-org',
        fixId: 'dossier-job.name-org',
        params: { org: options.org, known: known || '-' },
      },
      { place: { argument: options.org }, ruleId: 'bad-arguments' },
    );
  }
  const first = mine[0]![0]!.policy;
  const dossier: Dossier = {
    organisation: first.meta.organisation,
    org: options.org,
    date,
    policies: [],
    notInForce: [],
  };
  for (const versions of mine) {
    const chosen = versionInForce(versions, date);
    if (chosen) dossier.policies.push(dossierPolicy(chosen, proceduresFor(chosen.source.file, options.root), date));
    else dossier.notInForce.push({ id: versions[0]!.policy.meta.id, title: versions[0]!.policy.meta.title });
  }
  dossier.policies.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
  dossier.notInForce.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
  const json = `${JSON.stringify(dossier, null, 2)}\n`;
  const brandName = resolveBrandName(first.meta, options.brand, options.root);
  const brand = loadBrand(brandName, {
    root: options.root,
    ...(options.brand ? { requestedAt: { argument: '--brand' } } : {}),
  });
  const { renderDossier } = await import('../../render/dossier/index.js');
  const bytes = await renderDossier({
    dossier,
    brand,
    texts: dossierTexts(first.meta.lang, options.root, dossier.organisation),
    json,
    options: {
      creationDate: new Date(`${date}T00:00:00Z`),
      producer: `clausemark ${toolVersion()}`,
      sourceHash: sha256(json),
    },
  });
  const file = options.out ?? join('out', `dossier-${options.org}.pdf`);
  writeFileAtomic(file, bytes);
  return { file, dossier };
}
