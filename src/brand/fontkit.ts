// Which fontkit reads the brand's fonts. The renderers bundle fontkit with pdfkit and hand theirs over when they load
// (src/render/engine/fontkit.ts); until then, a font that really has to be read (a check of a font whose verdict and
// character coverage are not kept yet, src/brand/font-checks.ts) is read by the installed package, loaded at that
// moment. So `check` with its caches filled loads no font library at all (issue 30), and a build still reads every
// font with the one fontkit it draws with. Both are the same package and version: a font reads the same either way.
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';

export type FontkitModule = typeof Fontkit;

/** The package's name in a constant, so the bundler leaves this require to run time instead of bundling it here. */
const PACKAGE = 'fontkit';

let module: FontkitModule | undefined;

/** The renderers' own fontkit: every font read from now on is read with it. */
export function provideFontkit(fontkit: FontkitModule): void {
  module = fontkit;
}

/** The fontkit to read fonts with: the renderers' when they are loaded, else the installed package (loaded now). */
export function fontkitModule(): FontkitModule {
  module ??= createRequire(import.meta.url)(PACKAGE) as FontkitModule;
  return module;
}
