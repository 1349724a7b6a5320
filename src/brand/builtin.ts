// The brand used when a project has no templates/brands/default.yaml: sober colours and Source Sans 3 from
// clausemark's own templates/fonts/, so a fresh project renders before anyone writes a brand file.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';
import { DEFAULT_HOUSE_STYLE } from '../model/numbering.js';
import type { BrandColours, BrandFonts } from './types.js';

export const BUILTIN_COLOURS: BrandColours = {
  primary: '#2f3e4e',
  accent: '#4f6d8a',
  text: '#1f2328',
  muted: '#6b7280',
};

const SOURCE_SANS = join(PACKAGE_ROOT, 'templates', 'fonts', 'source-sans-3');

export const BUILTIN_FONT_PATHS: Record<keyof BrandFonts, string> = {
  regular: join(SOURCE_SANS, 'SourceSans3_400Regular.ttf'),
  bold: join(SOURCE_SANS, 'SourceSans3_700Bold.ttf'),
  italic: join(SOURCE_SANS, 'SourceSans3_400Regular_Italic.ttf'),
  boldItalic: join(SOURCE_SANS, 'SourceSans3_700Bold_Italic.ttf'),
};

export const BUILTIN_NUMBERING = [...DEFAULT_HOUSE_STYLE];

export const BUILTIN_FOOTER = '';
