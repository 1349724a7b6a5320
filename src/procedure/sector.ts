// One sector, two names: the (voortgezet) speciaal onderwijs of the WEC is `so` in the names of its duties and
// procedures files (templates/duties/so.yaml, templates/procedures/so.yaml) and `so-vso` in a topic list's `binds`.
// An organisation may write either in its procedure.yaml; each reader takes the name its own files use.

/** The written sector as the duties and procedures files are named: `so-vso` is `so`. */
export function sectorFileName(written: string): string {
  const sector = written.trim().toLowerCase();
  return sector === 'so-vso' ? 'so' : sector;
}

/** The written sector as a topic list's `binds.sectors` names it: `so` is `so-vso`. */
export function sectorBindsName(written: string): string {
  const sector = written.trim().toLowerCase();
  return sector === 'so' ? 'so-vso' : sector;
}
