// Building one policy: parse, resolve brand and wording, render the PDF. `renderPolicy` returns the bytes (tests and
// the worker pool call it); `buildPolicy` also writes them atomically.
import { basename } from 'node:path';
import { loadBrand, resolveBrandName } from '../brand/load.js';
import { ClausemarkError } from '../model/errors.js';
import type { Policy } from '../model/policy.js';
import { allClauses } from '../model/walk.js';
import { fieldType } from '../check/rules/field-type.js';
import { invalidDate } from '../check/rules/invalid-date.js';
import { loadPolicy } from '../parse/index.js';
import { renderPdf } from '../render/pdf/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { displayPath } from '../brand/yaml-file.js';
import type { Brand } from '../brand/types.js';
import { COVER_LOGO_BOX } from '../render/pdf/cover.js';
import { oversizedLogo, PRINT_DPI } from '../render/pdf/logo.js';
import { creationDate, sourceHash } from './reproducible.js';
import { useShapingCache } from './shaping-cache.js';
import { outputPath } from './paths.js';
import { pdfTexts } from './texts.js';
import { toolVersion } from './version.js';

export interface BuildOptions {
  /** Project root (templates/ lives here). */
  root: string;
  outDir: string;
  /** --brand: overrides the policy's own brand. */
  brand?: string;
  showIds: boolean;
  pdfa: boolean;
  /** Folder of the disk cache of word layouts (src/build/shaping-cache.ts); the CLI sets it, library calls need not. */
  shapingCache?: string;
}

export interface RenderedPolicy {
  policy: Policy;
  output: string;
  pdf: Uint8Array;
  /** What the build should tell the user although the PDF is fine (a logo far too large); each names its file. */
  warnings: BuildWarning[];
}

export interface BuildWarning {
  file: string;
  message: string;
  hint: string;
}

export interface BuiltPolicy {
  file: string;
  output: string;
  bytes: number;
  milliseconds: number;
  warnings?: BuildWarning[];
}

/** A PNG logo with far more pixels than the cover prints goes into every PDF whole: say so, and what suffices. */
function logoWarnings(brand: Brand): BuildWarning[] {
  const oversized = brand.logo ? oversizedLogo(brand.logo, COVER_LOGO_BOX) : undefined;
  if (!brand.logo || !oversized) return [];
  const { pixels, printed, suffices } = oversized;
  const megabytes = (oversized.bytes / 1024 / 1024).toFixed(1);
  const millimetres = (points: number): number => Math.round((points / 72) * 25.4);
  return [{
    file: displayPath(brand.logo.path),
    message: `the logo is ${megabytes} MB (${pixels.width}×${pixels.height} px) and is embedded whole in every PDF; it is printed ${millimetres(printed.width)}×${millimetres(printed.height)} mm, for which ${suffices.width}×${suffices.height} px suffice (${PRINT_DPI} dpi)`,
    hint: `scale it down to ${suffices.width}×${suffices.height} px (or use an SVG logo)`,
  }];
}

/** Frontmatter rules whose findings would otherwise surface as a wrong cover, or as an error in clausemark's own template. */
const COVER_RULES = [fieldType, invalidDate];

/**
 * A policy that cannot be understood at all, has no text, or has a cover field that cannot be printed (a date
 * that is no date, a list where text belongs) is an error at its own file:line:col, never a half-made PDF.
 */
export function loadBuildablePolicy(file: string): Policy {
  // The fast Markdown reader at every size: a cold build spends ~4x less parsing, and what it leaves out (positions
  // of inline nodes) no build step reads. It hands to remark whatever it cannot read exactly (src/parse/fast).
  const parsed = loadPolicy(file, { markdown: 'fast' });
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) {
    throw new ClausemarkError(fatal.message, {
      place: { file, ...(fatal.place ? { point: fatal.place.start } : {}) },
      ...(fatal.fix ? { hint: fatal.fix } : {}),
      ruleId: fatal.ruleId,
    });
  }
  const { policy } = parsed;
  if (policy.sections.length === 0 && allClauses(policy).length === 0) {
    throw new ClausemarkError('the policy has no text: no sections and no clauses', {
      place: { file },
      hint: 'write the policy text below the frontmatter (see docs/format.md)',
      ruleId: 'empty-policy',
    });
  }
  for (const rule of COVER_RULES) {
    // An id or org key that is not kebab-case is only spelling: the output path is made safe either way.
    const [finding] = rule.run({ policy }).filter((hit) => !hit.message.includes('kebab-case'));
    if (!finding) continue;
    throw new ClausemarkError(finding.message, {
      place: { file, ...(finding.place ? { point: finding.place.start } : {}) },
      ...(finding.fix ? { hint: finding.fix } : {}),
      ruleId: rule.id,
    });
  }
  return policy;
}

export async function renderPolicy(file: string, options: BuildOptions): Promise<RenderedPolicy> {
  const policy = loadBuildablePolicy(file);
  const brandName = resolveBrandName(policy.meta, options.brand, options.root);
  const requestedAt = options.brand
    ? { argument: '--brand' }
    : policy.meta.brand && policy.frontmatter?.fields.brand
      ? { file, point: policy.frontmatter.fields.brand.value.start }
      : undefined;
  const brand = loadBrand(brandName, { root: options.root, ...(requestedAt ? { requestedAt } : {}) });
  const created = creationDate(policy);
  const hash = sourceHash(policy.source);
  const version = toolVersion();
  const texts = pdfTexts(policy, { root: options.root, sourceHash: hash, toolVersion: version, date: created.toISOString().slice(0, 10) });
  const pdf = await renderPdf({
    policy,
    brand,
    texts,
    options: {
      showIds: options.showIds,
      pdfa: options.pdfa,
      creationDate: created,
      sourceHash: hash,
      source: policy.source,
      sourceName: basename(file),
      producer: `clausemark ${version}`,
    },
  });
  return { policy, output: outputPath(options.outDir, policy, 'pdf'), pdf, warnings: logoWarnings(brand) };
}

export async function buildPolicy(file: string, options: BuildOptions): Promise<BuiltPolicy> {
  const started = performance.now();
  const cache = useShapingCache(options.shapingCache);
  const { output, pdf, warnings } = await renderPolicy(file, options);
  writeFileAtomic(output, pdf);
  cache?.flush();
  return { file, output, bytes: pdf.byteLength, milliseconds: performance.now() - started, warnings };
}
