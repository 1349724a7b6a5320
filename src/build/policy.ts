// Building one policy: parse, resolve brand and wording, render the PDF (and/or the Word document). `renderPolicy`
// returns the PDF's bytes (tests and the worker pool call it), `renderPolicyFiles` the bytes of every format asked
// for; `buildPolicy` also writes them atomically.
import { loadBrand, resolveBrandName } from '../brand/load.js';
import type { Finding } from '../model/diagnostics.js';
import { ClausemarkError } from '../model/errors.js';
import { adoptionOf, type EffectiveStatus } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import { todayIso } from '../procedure/evaluate.js';
import { allClauses } from '../model/walk.js';
import { ruleContextFor } from '../check/context.js';
import { fieldType, NOT_KEBAB_CASE } from '../check/rules/field-type.js';
import { invalidDate } from '../check/rules/invalid-date.js';
import { FONT_MISSING_GLYPHS, missingGlyphFindings } from '../check/rules/font-missing-glyphs.js';
import type { ParseResult } from '../parse/index.js';
import { numberByBrand } from '../parse/own-numbering.js';
import { readPolicyFile, type PolicyRead } from './read.js';
import { writeFileAtomicAfterPoll } from '../io/atomic.js';
import { displayPath } from '../io/yaml-file.js';
import { wordFinding } from '../wording/messages.js';
import { errorById, messageLanguage, worded } from '../io/messages.js';
import { formatDecimal } from '../text/output-language.js';
import type { Brand } from '../brand/types.js';
import { COVER_LOGO_BOX } from '../render/pdf/cover.js';
import { oversizedLogo, PRINT_DPI } from '../render/engine/logo.js';
import { creationDate, type MadeDay, madeDay, madeUpDate, sourceHash } from '../io/reproducible.js';
import { useShapingCache } from './shaping-cache.js';
import { formatNamed } from '../render/shared/format-table.js';
import { layOutHeadingPages, layOutPdf, POLICY_REPORT, type ResolvedPolicy } from './policy-formats.js';
import { outputPath } from '../io/output-paths.js';
import { toolVersion } from '../io/version.js';
import { evidenceKey, gitEvidence, type GitEvidence } from '../procedure/adoption-git.js';
import type { LaidOutPdf } from '../render/pdf/index.js';
import type { HeadingPages } from '../render/shared/contents.js';

export interface BuildOptions {
  /**
   * The command's Project.root (src/io/project.ts), whose templates/ the job reads. The root alone is enough for the
   * PDFs and the corpus reports (brands, layouts, labels, topics, procedures); the HTML report's deviation registers,
   * the one part that reads sector templates, take the Project's sectorRoot beside it (`sectorRoot`, build job).
   */
  root: string;
  outDir: string;
  /** --brand: overrides the policy's own brand. */
  brand?: string;
  showIds: boolean;
  pdfa: boolean;
  /** What to write, by the names of POLICY_REPORT (src/build/policy-formats.ts): pdf (the default), docx, or both. */
  formats?: readonly string[];
  /** Folder of the disk cache of word layouts (src/build/shaping-cache.ts); the CLI sets it, library calls need not. */
  shapingCache?: string;
  /**
   * Write the one format to this file instead of <outDir>/<org>/<id>-<version>.<format> (`build ONE --out x.pdf`,
   * as pandoc and every converter take a file name); only for one policy and one format.
   */
  outFile?: string;
  /**
   * The day whose decisions the cover and watermark show (YYYY-MM-DD: `build --at`); default today. An adoption
   * dated after it is not taken yet, and the policy is built as a draft.
   */
  day?: string;
}

/** One output file of a policy: its format, where it goes and its bytes. */
export interface RenderedFile {
  format: string;
  output: string;
  bytes: Uint8Array;
}

export interface RenderedPolicy {
  policy: Policy;
  output: string;
  pdf: Uint8Array;
  /** sha256 of the source file's bytes the PDF was made from (read once; the incremental build records it). */
  sourceSha256: string;
  /** What the build should tell the user although the PDF is fine (a logo far too large); each names its file. */
  warnings: BuildWarning[];
}

/** A warning is a finding like any other (src/model/diagnostics.ts), always naming its file. */
export type BuildWarning = Finding & { file: string };

export interface BuiltPolicy {
  file: string;
  /** The first file written (the PDF when there is one); `outputs` lists them all. */
  output: string;
  outputs: string[];
  bytes: number;
  milliseconds: number;
  /** The status the PDF shows (src/model/adoption.ts): `outdated` when built as a draft despite `status: approved`. */
  status: EffectiveStatus;
  /** Marked approved, but these steps of its procedure were not taken before the adoption: built as a draft. */
  missingSteps?: string[];
  /** Marked approved, but its adoption is dated after the day of the build (this date): built as a draft. */
  notYet?: string;
  warnings?: BuildWarning[];
}

/** What the build summary says of a policy's adoption today: its status, and why one marked approved is a draft. */
export function adoptionSummary(policy: Policy): Pick<BuiltPolicy, 'status' | 'missingSteps' | 'notYet'> {
  const adoption = adoptionOf(policy, todayIso());
  return {
    status: adoption.status,
    ...(adoption.missingSteps ? { missingSteps: adoption.missingSteps } : {}),
    ...(adoption.notYet && adoption.declared === 'approved' ? { notYet: adoption.notYet.date } : {}),
  };
}

/** A PNG logo with far more pixels than the cover prints goes into every PDF whole: say so, and what suffices. */
function logoWarnings(brand: Brand): BuildWarning[] {
  const oversized = brand.logo ? oversizedLogo(brand.logo, COVER_LOGO_BOX) : undefined;
  if (!brand.logo || !oversized) return [];
  const { pixels, printed, suffices } = oversized;
  const megabytes = formatDecimal(oversized.bytes / 1024 / 1024, messageLanguage(), 1);
  const millimetres = (points: number): number => Math.round((points / 72) * 25.4);
  return [
    {
      ruleId: 'logo-oversized',
      severity: 'warning',
      file: displayPath(brand.logo.path),
      ...worded({
        messageId: 'logo-oversized.too-large',
        fixId: 'logo-oversized.scale-down',
        params: {
          megabytes,
          width: pixels.width,
          height: pixels.height,
          printedWidth: millimetres(printed.width),
          printedHeight: millimetres(printed.height),
          sufficesWidth: suffices.width,
          sufficesHeight: suffices.height,
          dpi: PRINT_DPI,
        },
      }),
    },
  ];
}

/** Frontmatter rules whose findings would otherwise surface as a wrong cover, or as an error in clausemark's own template. */
const COVER_RULES = [fieldType, invalidDate];

/**
 * A policy that cannot be understood at all, has no text, or has a cover field that cannot be printed (a date
 * that is no date, a list where text belongs) is an error at its own file:line:col, never a half-made PDF.
 * `reportOnly`: for a report that renders none of it (src/build/read.ts).
 */
export function loadBuildablePolicy(file: string, root?: string, reportOnly = false): Policy {
  return buildable(readPolicyFile(file, root, reportOnly).parsed, file);
}

/**
 * loadBuildablePolicy, with the sha256 of the bytes read. The file is read once (or not at all when the batch has
 * read it already, `read`): an edit saved while the PDF is being made cannot end up in the manifest as if the PDF
 * had been made from it.
 */
function readBuildablePolicy(
  file: string,
  read?: PolicyRead,
  /** The command's project root, whose procedures hold (src/build/read.ts). */
  root?: string,
): { policy: Policy; sourceSha256: string } {
  read ??= readPolicyFile(file, root);
  return { policy: buildable(read.parsed, file), sourceSha256: read.sourceSha256 };
}

function buildable(parsed: ParseResult, file: string): Policy {
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) {
    throw ClausemarkError.of({ ...fatal, file });
  }
  const { policy } = parsed;
  if (policy.sections.length === 0 && allClauses(policy).length === 0) {
    // Worded as check's empty-clause words it: the same words for the same problem.
    throw errorById(
      { messageId: 'empty-clause.no-text', fixId: 'empty-clause.write-text' },
      { place: { file }, ruleId: 'empty-policy' },
    );
  }
  for (const rule of COVER_RULES) {
    // An id or org key that is not kebab-case is only spelling: the output path is made safe either way.
    const [finding] = rule.run(ruleContextFor(policy)).filter((hit) => hit.messageId !== NOT_KEBAB_CASE);
    if (!finding) continue;
    throw ClausemarkError.of(wordFinding({ ...finding, file, ruleId: rule.id, severity: 'error' }));
  }
  return policy;
}

/** The policy with what every renderer needs: its brand, creation date, source hash and tool version. */
function resolvePolicy(
  file: string,
  options: BuildOptions,
  read?: PolicyRead,
): ResolvedPolicy & { sourceSha256: string; evidence: GitEvidence | undefined } {
  const { policy, sourceSha256 } = readBuildablePolicy(file, read, options.root);
  const brandName = resolveBrandName(policy.meta, options.brand, options.root);
  const requestedAt = options.brand
    ? { argument: '--brand' }
    : policy.meta.brand && policy.frontmatter?.fields.brand
      ? { file, point: policy.frontmatter.fields.brand.value.start }
      : undefined;
  const brand = loadBrand(brandName, { root: options.root, ...(requestedAt ? { requestedAt } : {}) });
  // A brand's label patterns ("Artikel %1", "%1.%2") number a policy that names none of its own.
  numberByBrand(policy, brand.labels);
  // Text the brand's fonts cannot draw would print as "?": refused, like `check` reports it, before anything is written.
  const [undrawable] = missingGlyphFindings(policy, brand);
  if (undrawable) {
    throw ClausemarkError.of(wordFinding({ ...undrawable, file, ruleId: FONT_MISSING_GLYPHS, severity: 'error' }));
  }
  // The date it was made up, when known (src/io/reproducible.ts); the colophon leaves the line out otherwise.
  const made = madeUpDate(policy);
  const created = made?.date ?? creationDate(policy);
  const version = toolVersion();
  const day = options.day ?? todayIso();
  // An adoption written by hand: the cover says what git shows of it, as the HTML page does (adoption-git.ts).
  const evidence = gitEvidence(file, policy, day);
  const textOptions = {
    root: options.root,
    sourceHash: sourceHash(policy.source),
    toolVersion: version,
    date: made ? madeDay(made.date) : null,
    day,
    ...(evidence ? { adoptionGit: evidence } : {}),
  };
  return {
    file,
    policy,
    sourceSha256,
    evidence,
    brand,
    created,
    version,
    textOptions,
    showIds: options.showIds,
    pdfa: options.pdfa,
  };
}

export async function renderPolicy(file: string, options: BuildOptions): Promise<RenderedPolicy> {
  const resolved = resolvePolicy(file, options);
  const { bytes: pdf } = await layOutPdf(resolved);
  const { policy, sourceSha256, brand } = resolved;
  return {
    policy,
    output: options.outFile ?? outputPath(options.outDir, policy, 'pdf'),
    pdf,
    sourceSha256,
    warnings: logoWarnings(brand),
  };
}

/**
 * Every format in `options.formats` (default: the PDF), in that order, from one reading of the source: `read` when
 * the caller has read it already (src/build/batch.ts), else read here.
 */
export async function renderPolicyFiles(
  file: string,
  options: BuildOptions,
  read?: PolicyRead,
): Promise<{
  policy: Policy;
  files: RenderedFile[];
  sourceSha256: string;
  warnings: BuildWarning[];
  /** What git showed of an adoption without a hash (evidenceKey), for the manifest; undefined when not asked. */
  adoptionGit?: string;
  /** When it was made up and the day "Datum opmaak" prints for it where the user is; undefined when not printed. */
  made?: MadeDay;
}> {
  const resolved = resolvePolicy(file, options, read);
  const files: RenderedFile[] = [];
  // The Word document needs the PDF's layout too (its contents' page numbers): one layout serves both, and without
  // the PDF only the pages are laid out.
  const formats = options.formats ?? [POLICY_REPORT.fallback];
  let pdf: LaidOutPdf | undefined;
  let pages: HeadingPages | undefined;
  const laidOut = async (): Promise<LaidOutPdf> => (pdf ??= await layOutPdf(resolved));
  const input = {
    ...resolved,
    laidOut,
    headingPages: async (): Promise<HeadingPages> =>
      formats.includes('pdf') ? (await laidOut()).headingPages : (pages ??= await layOutHeadingPages(resolved)),
  };
  for (const name of formats) {
    const format = formatNamed(POLICY_REPORT, name);
    files.push({
      format: format.name,
      output: options.outFile ?? outputPath(options.outDir, resolved.policy, format.extension),
      bytes: await format.render(input),
    });
  }
  return {
    policy: resolved.policy,
    files,
    sourceSha256: resolved.sourceSha256,
    warnings: logoWarnings(resolved.brand),
    ...(resolved.evidence ? { adoptionGit: evidenceKey(resolved.evidence) } : {}),
    ...(resolved.textOptions.date ? { made: { at: resolved.created.getTime(), day: resolved.textOptions.date } } : {}),
  };
}

export async function buildPolicy(file: string, options: BuildOptions): Promise<BuiltPolicy> {
  const started = performance.now();
  const cache = useShapingCache(options.shapingCache);
  const { policy, files, warnings } = await renderPolicyFiles(file, options);
  // After a poll of the event loop: a run in the binary's main thread answers a signal that came meanwhile there.
  for (const rendered of files) await writeFileAtomicAfterPoll(rendered.output, rendered.bytes);
  cache?.flush();
  const bytes = files.reduce((total, rendered) => total + rendered.bytes.byteLength, 0);
  return {
    file,
    output: files[0]?.output ?? '',
    outputs: files.map((rendered) => rendered.output),
    bytes,
    milliseconds: performance.now() - started,
    ...adoptionSummary(policy),
    warnings,
  };
}
