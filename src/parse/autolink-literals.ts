// remark-gfm turns web and e-mail addresses in running text ("www.x.nl", "info@x.nl") into links with a transform
// that walks every text node of the finished tree with four regular expressions: a tenth of a remark parse, spent
// in most policies on finding nothing. Every address it can find holds "@", "http://", "https://" or "www." (its
// expressions: mdast-util-gfm-autolink-literal), so a tree without those in any text node is left as it is, and
// the transform runs, unchanged, only on trees that have them.
import type { Nodes, Root } from 'mdast';
import type { Plugin, Processor } from 'unified';

/** What every address the transform links contains (its four expressions each require one of these). */
const ADDRESS_MARK = /@|https?:\/\/|www\./i;

function mayHoldAddress(node: Nodes): boolean {
  if (node.type === 'text') return ADDRESS_MARK.test(node.value);
  if (!('children' in node)) return false;
  for (const child of node.children as Nodes[]) if (mayHoldAddress(child)) return true;
  return false;
}

type Transform = (tree: Root) => Root | undefined;

interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: Transform[];
}

const guardedTransforms = new WeakSet<Transform>();

/** remark-gfm's address linking: the extension that handles its `literalAutolink` tokens. */
const isAddressLinking = (extension: unknown): extension is FromMarkdownExtension =>
  typeof extension === 'object' &&
  extension !== null &&
  'literalAutolink' in ((extension as FromMarkdownExtension).enter ?? {});

function guard(transform: Transform): Transform {
  const guarded: Transform = (tree) => (mayHoldAddress(tree) ? transform(tree) : undefined);
  guardedTransforms.add(guarded);
  return guarded;
}

/** The extension with its transforms guarded; any other extension (or list of them) as it is. */
function withGuard(extension: unknown): unknown {
  if (Array.isArray(extension)) return extension.map(withGuard);
  if (!isAddressLinking(extension) || !extension.transforms) return extension;
  return { ...extension, transforms: extension.transforms.map(guard) };
}

/** A unified plugin, used after remark-gfm: its address linking runs only on trees that may hold an address. */
export const skipAddressSearchWithoutAddresses: Plugin<[], Root> = function (this: Processor) {
  const data = this.data();
  const extensions = data.fromMarkdownExtensions;
  if (extensions) data.fromMarkdownExtensions = extensions.map(withGuard) as typeof extensions;
};

/**
 * The address-linking transforms among a processor's `fromMarkdownExtensions`, guarded or not (a remark-gfm update
 * could change the extension's shape, and then the guard would silently be gone).
 */
export function addressTransforms(extensions: readonly unknown[] = []): { guarded: number; unguarded: number } {
  const transforms = extensions
    .flat(Number.POSITIVE_INFINITY)
    .filter(isAddressLinking)
    .flatMap((extension) => extension.transforms ?? []);
  const guarded = transforms.filter((transform) => guardedTransforms.has(transform)).length;
  return { guarded, unguarded: transforms.length - guarded };
}
