// How a member that is only part of its clause (a sentence, a run of sentences, a table row: src/compare/terms/units.ts)
// is named in every comparison format: the clause reference plus "zin 3" / "sentence 3", "zinnen 2–3", "rij 4",
// in the base document's language (templates/labels/<lang>.yaml), and a short excerpt of the part's text; and how
// a table's rows compare with the reference's ("rij 2: afwijkend; rij 4: alleen hier").
import type { Member, MemberPart, Provision, RowComparison } from '../../../compare/read/types.js';
import { fillLabel, type Labels } from '../../../wording/labels.js';

type PartWords = Pick<Labels, 'compareSentence' | 'compareSentences' | 'compareRow'>;
type RowWords = PartWords &
  Pick<
    Labels,
    | 'compareRowReference'
    | 'compareIdentical'
    | 'compareReworded'
    | 'compareDifferent'
    | 'compareOnlyHere'
    | 'compareAbsent'
  >;

/** "zin 3", "zinnen 2–3", "rij 4". */
export function partLabel(part: MemberPart, labels: PartWords): string {
  if (part.kind === 'row') return fillLabel(labels.compareRow, { n: part.row });
  return part.from === part.to
    ? fillLabel(labels.compareSentence, { n: part.from })
    : fillLabel(labels.compareSentences, { from: part.from, to: part.to });
}

/** The clause id, with the part when the member is one: "alle.plichtsverzuim, zin 3". */
export function memberRef(member: Member, labels: PartWords): string {
  return member.part ? `${member.id}, ${partLabel(member.part, labels)}` : member.id;
}

/** At most `words` words of a text, "…" when cut. */
export function excerpt(text: string, words = 12): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** Every member that is part of its clause, with its provision's number (1-based) and document key. */
export function partMembers(
  provisions: readonly Provision[],
): { number: number; provision: Provision; key: string; member: Member }[] {
  return provisions.flatMap((provision, index) =>
    Object.entries(provision.members).flatMap(([key, members]) =>
      members.filter((member) => member.part).map((member) => ({ number: index + 1, provision, key, member })),
    ),
  );
}

/** The rows that are not identical to the reference's: "rij 2: afwijkend; rij 4: alleen hier; rij 3 van de referentie: ontbreekt". */
export function rowSummary(rows: readonly RowComparison[], labels: RowWords): string {
  const words = {
    identical: labels.compareIdentical,
    reworded: labels.compareReworded,
    different: labels.compareDifferent,
    added: labels.compareOnlyHere,
    missing: labels.compareAbsent,
  };
  return rows
    .filter((row) => row.status !== 'identical')
    .map((row) => {
      const which =
        row.row !== undefined
          ? fillLabel(labels.compareRow, { n: row.row })
          : fillLabel(labels.compareRowReference, { n: row.reference ?? 0 });
      return `${which}: ${words[row.status]}`;
    })
    .join('; ');
}

/** Every member whose table rows differ from the reference's, with its provision's number (1-based). */
export function tableMembers(
  provisions: readonly Provision[],
): { number: number; key: string; member: Member; rows: RowComparison[] }[] {
  return provisions.flatMap((provision, index) =>
    Object.entries(provision.members).flatMap(([key, members]) =>
      members.flatMap((member) => (member.rows ? [{ number: index + 1, key, member, rows: member.rows }] : [])),
    ),
  );
}
