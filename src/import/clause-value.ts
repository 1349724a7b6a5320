// What a reader of a clausemark Word document sees of a clause, as one string: its words, bold and italic, where
// its links lead, the footnotes it cites (by their text), its tables cell by cell. Two clauses with the same value
// look the same in Word, so a clause whose value a returned document did not change was not edited there, however
// differently its Markdown is written (`*` or `_`, a reference link, an HTML comment, line breaks). What the Word
// document cannot show is left out as the writer leaves it out (src/render/shared/inline.ts): inline code is plain
// text, an image its description, a struck word a word.
import type { BlockContent, Nodes, PhrasingContent, Table } from 'mdast';
import type { Clause, Policy, Section } from '../model/policy.js';

interface Style {
  bold: boolean;
  italic: boolean;
  link: string;
}

const PLAIN: Style = { bold: false, italic: false, link: '' };

/** Where a link leads as the Word document shows it: an address of a scheme a reader can follow, or a bookmark. */
function target(url: string, destinations: ReadonlySet<string>): string {
  if (url.startsWith('#')) {
    const id = decodeURIComponent(url.slice(1));
    return destinations.has(id) ? `#${id}` : '';
  }
  const address = /^www\./i.test(url) ? `https://${url}` : url;
  if (!/^(https?:|mailto:|tel:)/i.test(address)) return '';
  // LibreOffice saves "https://host" as "https://host/": the same address.
  try {
    return /^https?:/i.test(address) ? new URL(address).href : address;
  } catch {
    return address;
  }
}

class ValueWriter {
  private readonly out: string[] = [];
  private style: Style = PLAIN;

  constructor(
    private readonly policy: Policy,
    private readonly destinations: ReadonlySet<string>,
    private readonly definitions: ReadonlyMap<string, string>,
  ) {}

  private text(value: string, style: Style): void {
    const words = value.normalize('NFC').replace(/\s+/g, ' ');
    if (words === '') return;
    if (
      words.trim() !== '' &&
      (style.bold !== this.style.bold || style.italic !== this.style.italic || style.link !== this.style.link)
    ) {
      this.out.push(
        `\u0001${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}${style.link ? `>${style.link}` : ''}\u0002`,
      );
      this.style = style;
    }
    this.out.push(words);
  }

  phrasing(nodes: readonly PhrasingContent[], style: Style): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          this.text(node.value, style);
          break;
        case 'emphasis':
          this.phrasing(node.children, { ...style, italic: true });
          break;
        case 'strong':
          this.phrasing(node.children, { ...style, bold: true });
          break;
        case 'delete':
          this.phrasing(node.children, style);
          break;
        case 'link':
          this.phrasing(node.children, { ...style, link: target(node.url, this.destinations) || style.link });
          break;
        case 'linkReference': {
          const url = this.definitions.get(node.identifier.toLowerCase());
          this.phrasing(node.children, url ? { ...style, link: target(url, this.destinations) || style.link } : style);
          break;
        }
        case 'break':
          this.text(' ', style);
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value.trim())) this.text(' ', style);
          break;
        case 'image':
        case 'imageReference':
          if (node.alt) this.text(`[${node.alt}]`, { ...style, italic: true });
          break;
        case 'footnoteReference': {
          const note = this.policy.footnotes[node.identifier.toLowerCase()] ?? this.policy.footnotes[node.identifier];
          this.out.push('\u0003');
          if (note) this.blocks(note.children as BlockContent[]);
          this.out.push('\u0004');
          break;
        }
        default:
          break;
      }
    }
  }

  /** A table row by row; the header row is bold, as the writer sets it. */
  private table(table: Table): void {
    table.children.forEach((row, index) => {
      this.out.push('\u0005');
      for (const cell of row.children) {
        this.out.push('|');
        this.phrasing(cell.children, index === 0 ? { ...PLAIN, bold: true } : PLAIN);
      }
    });
  }

  blocks(blocks: readonly (BlockContent | Nodes)[]): void {
    for (const block of blocks) {
      this.out.push('\n');
      this.style = PLAIN;
      switch (block.type) {
        case 'paragraph':
          this.phrasing(block.children, PLAIN);
          break;
        case 'heading':
          this.phrasing(block.children, { ...PLAIN, bold: true });
          break;
        case 'table':
          this.table(block);
          break;
        case 'code':
          this.text(block.value, PLAIN);
          break;
        case 'blockquote':
        case 'listItem':
          this.blocks(block.children);
          break;
        case 'list':
          block.children.forEach((item, index) => {
            this.out.push('\n');
            this.text(block.ordered ? `${(block.start ?? 1) + index}. ` : '• ', PLAIN);
            this.blocks(item.children);
          });
          break;
        case 'html':
          // An HTML block reads as the text it shows (docs/format.md); a comment shows nothing.
          this.text(block.value.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '), PLAIN);
          break;
        default:
          break;
      }
    }
  }

  value(): string {
    return this.out
      .join('')
      .replace(/ *\n */g, '\n')
      .replace(/\n+/g, '\n')
      .trim();
  }
}

/**
 * A clause's value with its bold and italic left out (where its links lead kept): what the approval hash signs
 * (src/model/fingerprint.ts), so two values equal so differ in formatting only.
 */
export function withoutEmphasis(value: string): string {
  let last = '';
  // A style mark is written at each change of style; with emphasis gone, a mark that repeats the link before it
  // (or its absence) marks nothing.
  return value.replace(/\u0001b?i?(?:>([^\u0002]*))?\u0002/g, (_mark, link: string | undefined) => {
    const to = link ?? '';
    if (to === last) return '';
    last = to;
    return `\u0001>${to}\u0002`;
  });
}

/** Link reference definitions of the document, identifier → address. */
function definitionsOf(policy: Policy): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition' && !out.has(node.identifier.toLowerCase()))
      out.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(policy.tree);
  return out;
}

/** Value functions for one policy: a clause's own content (not its sub-clauses) and a section's title. */
export function valuesOf(policy: Policy): { clause(clause: Clause): string; section(section: Section): string } {
  const destinations = new Set<string>();
  const sections: Section[] = [];
  const visitSections = (list: readonly Section[]): void => {
    for (const section of list) {
      destinations.add(section.id);
      sections.push(section);
      visitSections(section.sections);
    }
  };
  visitSections(policy.sections);
  const visitClauses = (list: readonly Clause[]): void => {
    for (const clause of list) {
      destinations.add(clause.id);
      visitClauses(clause.children);
    }
  };
  for (const section of [policy.preamble, ...sections]) visitClauses(section.clauses);
  const definitions = definitionsOf(policy);
  return {
    clause(clause) {
      const writer = new ValueWriter(policy, destinations, definitions);
      writer.blocks(clause.content);
      return writer.value();
    },
    section(section) {
      const writer = new ValueWriter(policy, destinations, definitions);
      writer.phrasing(section.heading, PLAIN);
      return `${writer.value()}${section.unnumbered ? '\u0006' : ''}`;
    },
  };
}
