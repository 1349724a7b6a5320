// Loading templates/brands/<name>.yaml into a fully resolved Brand: every path checked to stay inside the project,
// every font and logo read and checked, every omitted field taken from the `default` brand (itself falling back to
// the built-in one). Everything a person can get wrong is a ClausemarkError at the brand file's line and column.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { ClausemarkError, type ErrorPlace } from '../model/errors.js';
import type { NumberStyle } from '../model/numbering.js';
import type { Point, PolicyMeta } from '../model/policy.js';
import { resolveInside } from '../io/paths.js';
import { checkFont, checkLogo, forgetParsedFonts, logoKind } from './assets.js';
import { BUILTIN_COLOURS, BUILTIN_FONT_PATHS, BUILTIN_FOOTER, BUILTIN_NUMBERING } from './builtin.js';
import type { Brand, BrandColours, BrandFonts, BrandLogo } from './types.js';
import { displayPath, entriesOf, readYamlMapping, type YamlEntry, type YamlFile } from './yaml-file.js';

export interface LoadBrandOptions {
  /** The project root: the folder holding templates/. */
  root: string;
  /** Where the brand name came from (the policy's `brand:` field, the --brand argument), for the unknown-brand message. */
  requestedAt?: ErrorPlace;
}

const BRAND_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const NUMBER_STYLES: readonly NumberStyle[] = ['decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman'];
const FIELDS = ['colours', 'logo', 'fonts', 'numbering', 'footer'] as const;
const COLOUR_KEYS: readonly (keyof BrandColours)[] = ['primary', 'accent', 'text', 'muted'];
const FONT_KEYS: readonly (keyof BrandFonts)[] = ['regular', 'bold', 'italic', 'boldItalic'];
const BRAND_HINT = `a brand file has the fields ${FIELDS.join(', ')} (see templates/brands/default.yaml)`;

export function brandsFolder(root: string): string {
  return join(resolve(root), 'templates', 'brands');
}

/** Names of the brands in the project, sorted. */
export function listBrands(root: string): string[] {
  try {
    return readdirSync(brandsFolder(root))
      .filter((entry) => entry.endsWith('.yaml'))
      .map((entry) => entry.slice(0, -'.yaml'.length))
      .filter((name) => BRAND_NAME.test(name))
      .sort();
  } catch {
    return [];
  }
}

export function brandExists(root: string, name: string): boolean {
  return BRAND_NAME.test(name) && listBrands(root).includes(name);
}

/** Which brand a policy is drawn in: --brand, else its `brand:` field, else a brand named like its `org`, else default. */
export function resolveBrandName(
  meta: Pick<PolicyMeta, 'brand' | 'org'>,
  cliBrand: string | undefined,
  root: string,
): string {
  if (cliBrand) return cliBrand;
  if (meta.brand) return meta.brand;
  if (meta.org && brandExists(root, meta.org)) return meta.org;
  return 'default';
}

// ---- files and caches -------------------------------------------------------------------------------------------

/** Size and modification time: enough to notice a file was changed while a watch process keeps its cache. */
function stampOf(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

const checkedFonts = new Map<string, { stamp: string; bytes: Uint8Array }>();
const loadedBrands = new Map<string, { brand: Brand; stamps: [string, string][] }>();

export function clearBrandCache(): void {
  checkedFonts.clear();
  loadedBrands.clear();
  forgetParsedFonts();
}

function readAsset(path: string, subject: string, place: ErrorPlace, brandFile: string): Uint8Array {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? `no such file (looked for ${path})`
        : code === 'EISDIR'
          ? `${displayPath(path)} is a folder, not a file`
          : `cannot read the file (${code ?? 'error'})`;
    throw new ClausemarkError(`${subject}: ${problem}`, {
      place,
      hint: `${code === 'EISDIR' ? 'name the file itself, e.g. ../fonts/source-sans-3/SourceSans3_400Regular.ttf' : 'check the path'}; it is relative to the brand file's folder (${displayPath(dirname(brandFile)) || '.'})`,
      ruleId: 'brand-missing-file',
    });
  }
}

function loadFont(path: string, subject: string, place: ErrorPlace, brandFile: string): Uint8Array {
  const stamp = stampOf(path);
  const cached = checkedFonts.get(path);
  if (cached && cached.stamp === stamp) return cached.bytes;
  const bytes = readAsset(path, subject, place, brandFile);
  try {
    checkFont(bytes, place);
  } catch (error) {
    if (error instanceof ClausemarkError) {
      throw new ClausemarkError(`${subject}: ${error.message}`, {
        place,
        ...(error.hint ? { hint: error.hint } : {}),
        ruleId: error.ruleId,
      });
    }
    throw error;
  }
  checkedFonts.set(path, { stamp, bytes });
  return bytes;
}

// ---- reading a brand file ---------------------------------------------------------------------------------------

/** What a brand file says; undefined fields come from the default brand. `logo: null` means "no logo". */
interface BrandDraft {
  colours: Partial<BrandColours>;
  fonts: Partial<Record<keyof BrandFonts, { path: string; bytes: Uint8Array }>>;
  logo?: BrandLogo | null;
  numbering?: NumberStyle[];
  footer?: string;
}

class BrandReader {
  readonly draft: BrandDraft = { colours: {}, fonts: {} };
  readonly assets: string[] = [];

  constructor(
    private readonly root: string,
    private readonly file: string,
    private readonly yaml: YamlFile,
  ) {}

  private fail(message: string, point: Point, hint: string, ruleId: string): never {
    throw new ClausemarkError(message, { place: { file: this.yaml.display, point }, hint, ruleId });
  }

  private text(entry: YamlEntry, field: string, hint: string): string {
    const { value } = entry;
    if (!isScalar(value) || value.value === null || typeof value.value === 'object') {
      const comment =
        isScalar(value) && value.value === null && typeof value.comment === 'string' && value.comment !== '';
      this.fail(
        isScalar(value) && value.value === null
          ? `${field} has no value`
          : `${field} must be a single value, not a list or mapping`,
        entry.valuePoint,
        comment
          ? `YAML reads # as the start of a comment: put the value in quotes (${entry.key}: "#${value.comment?.trim() ?? ''}")`
          : hint,
        'brand-field-type',
      );
    }
    return String(value.value);
  }

  private mapping(entry: YamlEntry, field: string, keys: readonly string[]): YamlEntry[] {
    if (!isMap(entry.value))
      this.fail(
        `${field} must be a mapping of ${keys.join(', ')}`,
        entry.valuePoint,
        `write each on its own indented line under ${field}:`,
        'brand-field-type',
      );
    const entries = entriesOf(entry.value, this.yaml.pointOf, entry.valuePoint);
    for (const item of entries) {
      if (!keys.includes(item.key))
        this.fail(
          `unknown field \`${field}.${item.key}\``,
          item.keyPoint,
          `${field} has the fields ${keys.join(', ')}`,
          'brand-unknown-field',
        );
    }
    return entries;
  }

  private path(entry: YamlEntry, field: string): string {
    const written = this.text(entry, field, 'write a file path relative to the brand file');
    const resolved = resolveInside(this.root, written, {
      file: this.yaml.display,
      field,
      point: entry.valuePoint,
      from: dirname(this.file),
    });
    this.assets.push(resolved);
    return resolved;
  }

  read(): BrandDraft {
    for (const entry of this.yaml.entries) {
      switch (entry.key) {
        case 'colours':
          this.colours(entry);
          break;
        case 'fonts':
          this.fonts(entry);
          break;
        case 'logo':
          this.logo(entry);
          break;
        case 'numbering':
          this.numbering(entry);
          break;
        case 'footer':
          this.draft.footer =
            entry.value === null || (isScalar(entry.value) && entry.value.value === null)
              ? ''
              : this.text(entry, 'footer', 'write the footer text after `footer:`');
          break;
        default:
          this.fail(`unknown field \`${entry.key}\``, entry.keyPoint, BRAND_HINT, 'brand-unknown-field');
      }
    }
    return this.draft;
  }

  private colours(entry: YamlEntry): void {
    for (const item of this.mapping(entry, 'colours', COLOUR_KEYS)) {
      const field = `colours.${item.key}`;
      const value = this.text(item, field, 'write a colour as "#rrggbb" in quotes, e.g. "#1f4e79"');
      if (!COLOUR.test(value))
        this.fail(
          `${field}: \`${value}\` is not a colour`,
          item.valuePoint,
          'write a colour as "#rrggbb" in quotes, e.g. "#1f4e79"',
          'brand-bad-colour',
        );
      this.draft.colours[item.key as keyof BrandColours] = value.toLowerCase();
    }
  }

  private fonts(entry: YamlEntry): void {
    for (const item of this.mapping(entry, 'fonts', FONT_KEYS)) {
      const field = `fonts.${item.key}`;
      const path = this.path(item, field);
      const subject = `${field} (${this.text(item, field, '')})`;
      const bytes = loadFont(path, subject, { file: this.yaml.display, point: item.valuePoint }, this.file);
      this.draft.fonts[item.key as keyof BrandFonts] = { path, bytes };
    }
  }

  private logo(entry: YamlEntry): void {
    const empty =
      entry.value === null ||
      (isScalar(entry.value) &&
        (entry.value.value === null || entry.value.value === '' || entry.value.value === 'none'));
    if (empty) {
      this.draft.logo = null;
      return;
    }
    const written = this.text(entry, 'logo', 'write the path of an .svg or .png file, relative to the brand file');
    const kind = logoKind(written);
    const place = { file: this.yaml.display, point: entry.valuePoint };
    if (!kind)
      this.fail(
        `logo: \`${written}\` is not an SVG or PNG file`,
        entry.valuePoint,
        'use an .svg or .png logo (or `logo: none`)',
        'brand-bad-logo',
      );
    const path = this.path(entry, 'logo');
    const logo: BrandLogo = { kind, data: readAsset(path, `logo (${written})`, place, this.file), path };
    try {
      checkLogo(logo, place);
    } catch (error) {
      // Errors inside the SVG point into the SVG; say which brand file named it.
      if (error instanceof ClausemarkError && error.place.file === path) {
        throw new ClausemarkError(`${error.message} (the logo of ${this.yaml.display})`, {
          place: { file: displayPath(path), ...(error.place.point ? { point: error.place.point } : {}) },
          ...(error.hint ? { hint: error.hint } : {}),
          ruleId: error.ruleId,
        });
      }
      if (error instanceof ClausemarkError)
        throw new ClausemarkError(`logo (${written}): ${error.message}`, {
          place,
          ...(error.hint ? { hint: error.hint } : {}),
          ruleId: error.ruleId,
        });
      throw error;
    }
    this.draft.logo = logo;
  }

  private numbering(entry: YamlEntry): void {
    const nodes: (YamlNode | null)[] = isSeq(entry.value) ? (entry.value.items as (YamlNode | null)[]) : [entry.value];
    if (nodes.length === 0)
      this.fail(
        'numbering is empty',
        entry.valuePoint,
        `list the styles by depth, e.g. [decimal, lower-alpha, lower-roman]`,
        'brand-bad-numbering',
      );
    const styles: NumberStyle[] = [];
    for (const node of nodes) {
      const point = this.yaml.pointOf(node, entry.valuePoint);
      const value = isScalar(node) ? node.value : undefined;
      if (typeof value !== 'string' || !NUMBER_STYLES.includes(value as NumberStyle)) {
        this.fail(
          `numbering: unknown style \`${String(value ?? '')}\``,
          point,
          `use one of ${NUMBER_STYLES.join(', ')}`,
          'brand-bad-numbering',
        );
      }
      styles.push(value as NumberStyle);
    }
    this.draft.numbering = styles;
  }
}

// ---- assembling -------------------------------------------------------------------------------------------------

let builtin: Brand | undefined;

function builtinBrand(): Brand {
  if (builtin) return builtin;
  const fonts = {} as BrandFonts;
  for (const key of FONT_KEYS)
    fonts[key] = loadFont(
      BUILTIN_FONT_PATHS[key],
      `built-in font ${key}`,
      { file: BUILTIN_FONT_PATHS[key] },
      BUILTIN_FONT_PATHS[key],
    );
  builtin = {
    name: 'default',
    file: '',
    colours: { ...BUILTIN_COLOURS },
    fonts,
    fontPaths: { ...BUILTIN_FONT_PATHS },
    numbering: [...BUILTIN_NUMBERING],
    footer: BUILTIN_FOOTER,
  };
  return builtin;
}

function assemble(name: string, file: string, draft: BrandDraft, base: Brand): Brand {
  const fonts = {} as BrandFonts;
  const fontPaths = {} as Record<keyof BrandFonts, string>;
  for (const key of FONT_KEYS) {
    fonts[key] = draft.fonts[key]?.bytes ?? base.fonts[key];
    fontPaths[key] = draft.fonts[key]?.path ?? base.fontPaths[key];
  }
  const logo = draft.logo === undefined ? base.logo : (draft.logo ?? undefined);
  return {
    name,
    file,
    colours: { ...base.colours, ...draft.colours },
    fonts,
    fontPaths,
    ...(logo ? { logo } : {}),
    numbering: draft.numbering ?? [...base.numbering],
    footer: draft.footer ?? base.footer,
  };
}

function unknownBrand(name: string, root: string, requestedAt: ErrorPlace | undefined): ClausemarkError {
  const available = listBrands(root);
  return new ClausemarkError(`unknown brand \`${name}\``, {
    place: requestedAt ?? { argument: name },
    hint:
      available.length > 0
        ? `available brands: ${available.join(', ')} (files in ${displayPath(brandsFolder(root))})`
        : `there are no brands in ${displayPath(brandsFolder(root))}; add <name>.yaml there`,
    ruleId: 'unknown-brand',
  });
}

/** Load the brand `name` from `<root>/templates/brands/<name>.yaml`, fully resolved and checked. Cached per process. */
export function loadBrand(name: string, options: LoadBrandOptions): Brand {
  const root = resolve(options.root);
  if (!BRAND_NAME.test(name)) throw unknownBrand(name, root, options.requestedAt);
  const file = join(brandsFolder(root), `${name}.yaml`);
  const key = `${root}\0${name}`;
  const cached = loadedBrands.get(key);
  if (cached && cached.stamps.every(([path, stamp]) => stampOf(path) === stamp)) return cached.brand;

  const brandStamp = stampOf(file);
  if (brandStamp === 'missing') {
    if (name === 'default') return builtinBrand();
    throw unknownBrand(name, root, options.requestedAt);
  }
  const reader = new BrandReader(root, file, readYamlMapping(file, 'brand', BRAND_HINT));
  const draft = reader.read();
  const base = name === 'default' ? builtinBrand() : loadBrand('default', { root });
  const brand = assemble(name, file, draft, base);
  // The default brand's files are stamped too: editing default.yaml must reach the brands that inherit from it.
  const inherited = name === 'default' ? [] : (loadedBrands.get(`${root}\0default`)?.stamps ?? []);
  loadedBrands.set(key, {
    brand,
    stamps: [[file, brandStamp], ...reader.assets.map((path): [string, string] => [path, stampOf(path)]), ...inherited],
  });
  return brand;
}
