// Loading templates/brands/<name>.yaml into a fully resolved Brand: every path checked to stay inside the project,
// every font and logo read and checked, every omitted field taken from the `default` brand (itself falling back to
// the built-in one). Everything a person can get wrong is a ClausemarkError at the brand file's line and column. A
// project without templates/brands of its own (a folder of policies alone) is drawn in the brands clausemark ships,
// their paths held inside clausemark's install as before.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { errorBecause, errorById, type MessageIds } from '../io/messages.js';
import { ClausemarkError, type ErrorPlace } from '../model/errors.js';
import {
  NUMBERING_LEVELS,
  patternProblem,
  type NumberingLevel,
  type NumberStyle,
  type PolicyNumbering,
} from '../model/numbering.js';
import type { Point, PolicyMeta } from '../model/policy.js';
import { resolveInside } from '../io/paths.js';
import { PACKAGE_ROOT } from '../io/root.js';
import { checkLogo, forgetParsedFonts, logoKind } from './assets.js';
import { clearFontCache, fileSubject, loadFont, readAsset, stampOf } from './asset-files.js';
import { BUILTIN_COLOURS, BUILTIN_FONT_PATHS, BUILTIN_FOOTER, BUILTIN_NUMBERING } from './builtin.js';
import type { Brand, BrandColours, BrandFonts, BrandLogo } from './types.js';
import { displayPath, entriesOf, readYamlMapping, type YamlEntry, type YamlFile } from '../io/yaml-file.js';

export interface LoadBrandOptions {
  /** The project root: the folder holding templates/. */
  root: string;
  /** Where the brand name came from (the policy's `brand:` field, the --brand argument), for the unknown-brand message. */
  requestedAt?: ErrorPlace;
}

const BRAND_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const NUMBER_STYLES: readonly NumberStyle[] = ['decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman'];
const FIELDS = ['colours', 'logo', 'fonts', 'numbering', 'footer', 'labels'] as const;
const COLOUR_KEYS: readonly (keyof BrandColours)[] = ['primary', 'accent', 'text', 'muted'];
const FONT_KEYS: readonly (keyof BrandFonts)[] = ['regular', 'bold', 'italic', 'boldItalic'];
const BRAND_FIELDS: MessageIds = { messageId: 'brand.fields', params: { fields: FIELDS.join(', ') } };

/** The folder whose templates/brands a project's brands come from: the project's own, else clausemark's install. */
function brandRoot(root: string): string {
  const own = resolve(root);
  return existsSync(join(own, 'templates', 'brands')) ? own : PACKAGE_ROOT;
}

export function brandsFolder(root: string): string {
  return join(brandRoot(root), 'templates', 'brands');
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

// ---- caches -----------------------------------------------------------------------------------------------------

const loadedBrands = new Map<string, { brand: Brand; stamps: [string, string][] }>();

export function clearBrandCache(): void {
  clearFontCache();
  loadedBrands.clear();
  forgetParsedFonts();
}

// ---- reading a brand file ---------------------------------------------------------------------------------------

/** What a brand file says; undefined fields come from the default brand. `logo: null` means "no logo". */
interface BrandDraft {
  colours: Partial<BrandColours>;
  fonts: Partial<Record<keyof BrandFonts, { path: string; bytes: Uint8Array }>>;
  logo?: BrandLogo | null;
  numbering?: NumberStyle[];
  labels?: PolicyNumbering;
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

  private fail(ids: MessageIds, point: Point, ruleId: string): never {
    throw errorById(ids, { place: { file: this.yaml.display, point }, ruleId });
  }

  /** The value of `entry` as text; `fixId` says what to write when it is none (a brand.write-* entry). */
  private text(entry: YamlEntry, field: string, fixId: string): string {
    const { value } = entry;
    if (!isScalar(value) || value.value === null || typeof value.value === 'object') {
      const comment =
        isScalar(value) && value.value === null && typeof value.comment === 'string' && value.comment !== '';
      this.fail(
        {
          messageId: isScalar(value) && value.value === null ? 'brand.no-value' : 'brand.not-single-value',
          fixId: comment ? 'brand.quote-hash' : fixId,
          params: comment ? { field, key: entry.key, comment: value.comment?.trim() ?? '' } : { field },
        },
        entry.valuePoint,
        'brand-field-type',
      );
    }
    return String(value.value);
  }

  private mapping(entry: YamlEntry, field: string, keys: readonly string[]): YamlEntry[] {
    if (!isMap(entry.value))
      this.fail(
        { messageId: 'brand.not-mapping', fixId: 'brand.indent-under', params: { field, keys: keys.join(', ') } },
        entry.valuePoint,
        'brand-field-type',
      );
    const entries = entriesOf(entry.value, this.yaml.pointOf, entry.valuePoint);
    for (const item of entries) {
      if (!keys.includes(item.key))
        this.fail(
          {
            messageId: 'brand.unknown-subfield',
            fixId: 'brand.subfields',
            params: { field, key: item.key, keys: keys.join(', ') },
          },
          item.keyPoint,
          'brand-unknown-field',
        );
    }
    return entries;
  }

  private path(entry: YamlEntry, field: string): string {
    const written = this.text(entry, field, 'brand.write-path');
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
        case 'labels':
          this.labels(entry);
          break;
        case 'footer':
          this.draft.footer =
            entry.value === null || (isScalar(entry.value) && entry.value.value === null)
              ? ''
              : this.text(entry, 'footer', 'brand.write-footer');
          break;
        default:
          this.fail(
            {
              messageId: 'brand.unknown-field',
              fixId: BRAND_FIELDS.messageId,
              params: { ...BRAND_FIELDS.params, key: entry.key },
            },
            entry.keyPoint,
            'brand-unknown-field',
          );
      }
    }
    return this.draft;
  }

  private colours(entry: YamlEntry): void {
    for (const item of this.mapping(entry, 'colours', COLOUR_KEYS)) {
      const field = `colours.${item.key}`;
      const value = this.text(item, field, 'brand.write-colour');
      if (!COLOUR.test(value))
        this.fail(
          { messageId: 'brand.not-a-colour', fixId: 'brand.write-colour', params: { field, value } },
          item.valuePoint,
          'brand-bad-colour',
        );
      this.draft.colours[item.key as keyof BrandColours] = value.toLowerCase();
    }
  }

  private fonts(entry: YamlEntry): void {
    for (const item of this.mapping(entry, 'fonts', FONT_KEYS)) {
      const field = `fonts.${item.key}`;
      const path = this.path(item, field);
      const subject = fileSubject(field, this.text(item, field, 'brand.write-path'));
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
    const written = this.text(entry, 'logo', 'brand.write-logo-path');
    const kind = logoKind(written);
    const place = { file: this.yaml.display, point: entry.valuePoint };
    if (!kind)
      this.fail(
        { messageId: 'brand.not-svg-or-png', fixId: 'brand.svg-or-png', params: { path: written } },
        entry.valuePoint,
        'brand-bad-logo',
      );
    const path = this.path(entry, 'logo');
    const subject = fileSubject('logo', written);
    const logo: BrandLogo = { kind, data: readAsset(path, subject, place, this.file), path };
    try {
      checkLogo(logo, place);
    } catch (error) {
      // Errors inside the SVG point into the SVG; say which brand file named it.
      if (error instanceof ClausemarkError && error.place.file === path) {
        throw errorBecause(
          error.finding,
          'brand.in-logo',
          { brandFile: this.yaml.display },
          {
            place: { file: displayPath(path), ...(error.place.point ? { point: error.place.point } : {}) },
            ruleId: error.ruleId,
          },
        );
      }
      if (error instanceof ClausemarkError)
        throw errorBecause(error.finding, 'brand.about', { subject }, { place, ruleId: error.ruleId });
      throw error;
    }
    this.draft.logo = logo;
  }

  private numbering(entry: YamlEntry): void {
    const nodes: (YamlNode | null)[] = isSeq(entry.value) ? (entry.value.items as (YamlNode | null)[]) : [entry.value];
    if (nodes.length === 0)
      this.fail(
        { messageId: 'brand.numbering-empty', fixId: 'brand.list-styles' },
        entry.valuePoint,
        'brand-bad-numbering',
      );
    const styles: NumberStyle[] = [];
    for (const node of nodes) {
      const point = this.yaml.pointOf(node, entry.valuePoint);
      const value = isScalar(node) ? node.value : undefined;
      if (typeof value !== 'string' || !NUMBER_STYLES.includes(value as NumberStyle)) {
        this.fail(
          {
            messageId: 'brand.unknown-style',
            fixId: 'brand.use-style',
            params: { style: String(value ?? ''), styles: NUMBER_STYLES.join(', ') },
          },
          point,
          'brand-bad-numbering',
        );
      }
      styles.push(value as NumberStyle);
    }
    this.draft.numbering = styles;
  }

  /** Label patterns as a policy's `numbering` field has them (model/numbering.ts), each able to print a number. */
  private labels(entry: YamlEntry): void {
    const labels: PolicyNumbering = {};
    for (const item of this.mapping(entry, 'labels', NUMBERING_LEVELS)) {
      const field = `labels.${item.key}`;
      const pattern = this.text(item, field, 'brand.write-label');
      const problem = patternProblem(pattern);
      if (problem)
        this.fail(
          {
            messageId: problem === 'no-placeholder' ? 'brand.label-no-placeholder' : 'brand.label-bad-placeholder',
            fixId: 'brand.write-label',
            params: { field, pattern },
          },
          item.valuePoint,
          'brand-bad-numbering',
        );
      labels[item.key as NumberingLevel] = pattern;
    }
    this.draft.labels = labels;
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
      { messageId: 'brand.builtin-font', params: { key } },
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
  const labels = draft.labels ?? base.labels;
  return {
    name,
    file,
    colours: { ...base.colours, ...draft.colours },
    fonts,
    fontPaths,
    ...(logo ? { logo } : {}),
    numbering: draft.numbering ?? [...base.numbering],
    ...(labels ? { labels } : {}),
    footer: draft.footer ?? base.footer,
  };
}

function unknownBrand(name: string, root: string, requestedAt: ErrorPlace | undefined): ClausemarkError {
  const available = listBrands(root);
  return errorById(
    {
      messageId: 'unknown-brand.message',
      fixId: available.length > 0 ? 'unknown-brand.available' : 'unknown-brand.none',
      params: { name, brands: available.join(', '), folder: displayPath(brandsFolder(root)) },
    },
    { place: requestedAt ?? { argument: name }, ruleId: 'unknown-brand' },
  );
}

/** Load the brand `name` from `<root>/templates/brands/<name>.yaml`, fully resolved and checked. Cached per process. */
export function loadBrand(name: string, options: LoadBrandOptions): Brand {
  const root = brandRoot(options.root);
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
  const reader = new BrandReader(
    root,
    file,
    readYamlMapping(file, { what: { messageId: 'settings-file.brand' }, fix: BRAND_FIELDS }),
  );
  const draft = reader.read();
  const base = name === 'default' ? builtinBrand() : loadBrand('default', { root });
  const brand = assemble(name, file, draft, base);
  // The default brand's files are stamped too: editing default.yaml must reach the brands that inherit from it, and
  // so must writing one where there was none (the built-in brand was the base: its absence is stamped).
  const defaultFile = join(brandsFolder(root), 'default.yaml');
  const inherited: [string, string][] =
    name === 'default' ? [] : (loadedBrands.get(`${root}\0default`)?.stamps ?? [[defaultFile, stampOf(defaultFile)]]);
  loadedBrands.set(key, {
    brand,
    stamps: [[file, brandStamp], ...reader.assets.map((path): [string, string] => [path, stampOf(path)]), ...inherited],
  });
  return brand;
}
