// Incremental builds: out/.clausemark-manifest.json records, per policy, a content hash of everything its PDF was
// made from (source, brand files, wording templates, labels, options, clausemark's own version; for an adoption
// written by hand, what git shows of it; the day "Datum opmaak" prints where the user is, which a time zone (TZ)
// that puts the same moment on another day changes) and the hash of the PDF written. A policy whose inputs hash the
// same and whose PDF is still there, unchanged, is not built again.
//
// Paths in the manifest are relative to the output folder, so a project folder that is moved keeps its manifest.
// A manifest that is missing, unreadable or of another format is an empty one: the worst it can cost is a rebuild.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadBrand, resolveBrandName, brandsFolder } from '../brand/load.js';
import { sha256 } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { writeFileAtomic } from '../io/atomic.js';
import { codeStamp } from '../io/code-stamp.js';
import { type MadeDay, madeDay } from '../io/reproducible.js';
import { toolVersion } from '../io/version.js';
import { todayIso } from '../procedure/evaluate.js';
import type { BuildOptions } from './policy.js';
import { isClausemarkError } from '../model/errors.js';
import { evidenceKey, gitEvidence } from '../procedure/adoption-git.js';
import { readPolicyFile } from './read.js';

export const MANIFEST_NAME = '.clausemark-manifest.json';
const FORMAT = 1;

export interface ManifestEntry {
  /** The PDF (with --format docx alone: the .docx), relative to the output folder. */
  output: string;
  /** sha256 of the PDF as written. */
  pdf: string;
  /** Further files built from the policy (the .docx beside the PDF): path relative to the output folder → sha256. */
  also?: Record<string, string>;
  /** sha256 of the source file's bytes. */
  source: string;
  /** clausemark's version (and, when running bundled, its code). */
  tool: string;
  /** --brand, --show-ids, --pdfa, --format, SOURCE_DATE_EPOCH, the project root. */
  options: string;
  /** Wording templates, label files and the list of brand names (which decides a policy's brand). */
  shared: string;
  /** The policy's own brand: its file, the default brand it inherits from, fonts and logo; path → sha256. */
  files: Record<string, string | null>;
  /** The day an approval dated after the build comes (YYYY-MM-DD): from then on its PDF says otherwise. */
  until?: string;
  /**
   * What git showed of an adoption written by hand (src/procedure/adoption-git.ts, evidenceKey), which the cover prints:
   * asked again for such a policy only, and the PDF made again when git now shows otherwise.
   */
  adoptionGit?: string;
  /** When the source was made up and the day its "Datum opmaak" printed (src/io/reproducible.ts madeDay). */
  made?: MadeDay;
}

export interface Manifest {
  format: number;
  entries: Record<string, ManifestEntry>;
}

/** What a build reports about itself for the manifest. */
export interface BuildRecord {
  output: string;
  pdfSha256: string;
  /** Other files written for the policy (other formats), each with the sha256 of what was written. */
  also?: { output: string; sha256: string }[];
  /** sha256 of the source bytes the PDF was made from, as the build read them (not as the file is now). */
  sourceSha256: string;
  /** Absolute paths of the files the PDF depends on besides the source and the shared inputs. */
  dependencies: string[];
  /** The day an approval dated after the build comes: the PDF is made again from then on. */
  until?: string;
  /** What git showed of an adoption without a hash (evidenceKey), when it was asked. */
  adoptionGit?: string;
  /** When it was made up and the day "Datum opmaak" printed, when it printed one. */
  made?: MadeDay;
}

export type Freshness = { fresh: true; output: string } | { fresh: false; reason: string };

function manifestPath(outDir: string): string {
  return join(outDir, MANIFEST_NAME);
}

export function readManifest(outDir: string): Manifest {
  try {
    const data = JSON.parse(readFileSync(manifestPath(outDir), 'utf8')) as Partial<Manifest>;
    if (data.format === FORMAT && data.entries && typeof data.entries === 'object')
      return { format: FORMAT, entries: data.entries };
  } catch {
    // Missing or damaged: start again.
  }
  return { format: FORMAT, entries: {} };
}

/** sha256 of a file's bytes, or null when it does not exist (a file that appears later is a change too). */
function hashFile(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

/** Every file under `dir` (recursively), sorted, as "relative path\tsha256" lines; nothing when it is missing. */
function hashFolder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isFile() ? [`${name}\t${hashFile(path)}`] : [];
  });
}

/** The files of the brand a policy is drawn in, as the renderer resolves it (src/build/policy.ts). */
export function brandDependencies(policy: Policy, options: BuildOptions): string[] {
  const brand = loadBrand(resolveBrandName(policy.meta, options.brand, options.root), { root: options.root });
  const files = [join(brandsFolder(options.root), 'default.yaml'), ...Object.values(brand.fontPaths)];
  if (brand.file) files.push(brand.file);
  if (brand.logo) files.push(brand.logo.path);
  return [...new Set(files.map((file) => resolve(file)))].sort();
}

/**
 * The manifest of one output folder during one batch: says which policies are up to date, takes note of the ones
 * built, and is saved once at the end. File hashes are taken once per batch (many policies share a brand).
 */
export class BuildManifest {
  private readonly manifest: Manifest;
  private readonly fileHashes = new Map<string, string | null>();
  private readonly sourceHashes = new Map<string, string | null>();
  private changed = false;
  readonly tool: string;
  readonly options: string;
  readonly shared: string;
  /** The project root and the day of the build, for what git shows of an adoption (adoptionGitNow). */
  private readonly root: string;
  private readonly day: string;
  /** The environment of the build: its TZ says the day a moment falls on (madeDay). */
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    readonly outDir: string,
    options: BuildOptions,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.manifest = readManifest(outDir);
    this.root = options.root;
    this.day = options.day ?? todayIso();
    this.env = env;
    const code = codeStamp();
    this.tool = code ? `${toolVersion()}+${code}` : toolVersion();
    this.options = JSON.stringify({
      root: resolve(options.root),
      brand: options.brand ?? null,
      showIds: options.showIds,
      pdfa: options.pdfa,
      formats: options.formats ?? ['pdf'],
      sourceDateEpoch: env.SOURCE_DATE_EPOCH ?? null,
    });
    const templates = join(resolve(options.root), 'templates');
    this.shared = sha256(
      [
        'labels',
        ...hashFolder(join(templates, 'labels')),
        'layouts/pdf',
        ...hashFolder(join(templates, 'layouts', 'pdf')),
        // Names only: a brand file that appears for an organisation changes which brand its policies use.
        'brands',
        ...safeList(brandsFolder(options.root)),
      ].join('\n'),
    );
  }

  private key(file: string): string {
    return relative(this.outDir, resolve(file));
  }

  private hashOf(path: string): string | null {
    if (!this.fileHashes.has(path)) this.fileHashes.set(path, hashFile(path));
    return this.fileHashes.get(path) ?? null;
  }

  /** The source's hash now, to compare with the recorded one (a record takes the hash of what the build read). */
  private sourceHash(file: string): string | null {
    const path = resolve(file);
    if (!this.sourceHashes.has(path)) this.sourceHashes.set(path, hashFile(path));
    return this.sourceHashes.get(path) ?? null;
  }

  /**
   * What git shows now of the file's adoption written by hand (its source is the one built: checked before). Read
   * only for an entry that recorded such evidence; a file that no longer reads is built again (and its error told).
   */
  private adoptionGitNow(file: string): string | undefined {
    try {
      const { parsed } = readPolicyFile(file, this.root);
      if (parsed.findings.some((finding) => finding.fatal)) return undefined;
      return evidenceKey(gitEvidence(file, parsed.policy, this.day));
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
      return undefined;
    }
  }

  entry(file: string): ManifestEntry | undefined {
    return this.manifest.entries[this.key(file)];
  }

  /** Whether `file` needs no build, and if it does, why (for --verbose output and the tests). */
  check(file: string): Freshness {
    const entry = this.entry(file);
    if (!entry) return { fresh: false, reason: 'not built before' };
    if (entry.source !== this.sourceHash(file)) return { fresh: false, reason: 'source changed' };
    if (entry.tool !== this.tool) return { fresh: false, reason: 'clausemark changed' };
    if (entry.options !== this.options) return { fresh: false, reason: 'build options changed' };
    if (entry.shared !== this.shared) return { fresh: false, reason: 'templates or labels changed' };
    if (entry.until && entry.until <= todayIso()) return { fresh: false, reason: `an approval dated ${entry.until}` };
    // The same moment is another day in another time zone: "Datum opmaak" would print otherwise.
    if (entry.made && madeDay(new Date(entry.made.at), this.env) !== entry.made.day)
      return { fresh: false, reason: `Datum opmaak is another day here than ${entry.made.day}` };
    for (const [relativePath, hash] of Object.entries(entry.files)) {
      if (this.hashOf(resolve(this.outDir, relativePath)) !== hash)
        return { fresh: false, reason: `brand file changed: ${relativePath}` };
    }
    const output = resolve(this.outDir, entry.output);
    const pdf = this.hashOf(output);
    if (pdf === null) return { fresh: false, reason: 'PDF missing' };
    if (pdf !== entry.pdf) return { fresh: false, reason: 'PDF changed since it was built' };
    for (const [relativePath, hash] of Object.entries(entry.also ?? {})) {
      const current = this.hashOf(resolve(this.outDir, relativePath));
      if (current === null) return { fresh: false, reason: `${relativePath} missing` };
      if (current !== hash) return { fresh: false, reason: `${relativePath} changed since it was built` };
    }
    if (entry.adoptionGit !== undefined && entry.adoptionGit !== this.adoptionGitNow(file))
      return { fresh: false, reason: 'git shows otherwise of the adoption written by hand' };
    return { fresh: true, output: join(this.outDir, entry.output) };
  }

  /**
   * Notes a policy as built. Its source hash is the one of the bytes the build read, so an edit saved while the
   * PDF was being made leaves the entry out of date, and the next build makes the PDF again.
   */
  record(file: string, build: BuildRecord): void {
    const files: Record<string, string | null> = {};
    for (const dependency of build.dependencies) files[relative(this.outDir, dependency)] = this.hashOf(dependency);
    this.manifest.entries[this.key(file)] = {
      output: relative(this.outDir, resolve(build.output)),
      pdf: build.pdfSha256,
      ...(build.also && build.also.length > 0
        ? {
            also: Object.fromEntries(
              build.also.map((file) => [relative(this.outDir, resolve(file.output)), file.sha256]),
            ),
          }
        : {}),
      source: build.sourceSha256,
      tool: this.tool,
      options: this.options,
      shared: this.shared,
      files,
      ...(build.until ? { until: build.until } : {}),
      ...(build.adoptionGit === undefined ? {} : { adoptionGit: build.adoptionGit }),
      ...(build.made ? { made: build.made } : {}),
    };
    this.changed = true;
  }

  /** Whether anything was recorded or forgotten since the manifest was read: only then is it written. */
  get dirty(): boolean {
    return this.changed;
  }

  forget(file: string): void {
    const key = this.key(file);
    if (!(key in this.manifest.entries)) return;
    delete this.manifest.entries[key];
    this.changed = true;
  }

  save(): void {
    writeManifest(this.outDir, this.manifest);
  }
}

/** Writes `manifest` into `outDir` whole (src/io/atomic.ts), its entries sorted. */
export function writeManifest(outDir: string, manifest: Manifest): void {
  const sorted = Object.fromEntries(Object.entries(manifest.entries).sort(([a], [b]) => a.localeCompare(b, 'en')));
  writeFileAtomic(manifestPath(outDir), `${JSON.stringify({ format: FORMAT, entries: sorted }, null, 1)}\n`);
}

/**
 * The sources of the PDFs an earlier build wrote into `outDir` that are still there as written and still made from
 * the source as it reads now: `build ONE` keeps them in the report beside the one it built (absolute paths).
 */
export function builtBefore(outDir: string): string[] {
  const { entries } = readManifest(outDir);
  return Object.entries(entries).flatMap(([key, entry]) => {
    const source = resolve(outDir, key);
    const current =
      entry.output.endsWith('.pdf') &&
      hashFile(source) === entry.source &&
      hashFile(resolve(outDir, entry.output)) === entry.pdf;
    return current ? [source] : [];
  });
}

/** The files (absolute paths) the brands of the PDFs in `outDir` were made from, as its manifest records them. */
export function manifestDependencies(outDir: string): string[] {
  const { entries } = readManifest(outDir);
  return Object.values(entries).flatMap((entry) => Object.keys(entry.files).map((file) => resolve(outDir, file)));
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
