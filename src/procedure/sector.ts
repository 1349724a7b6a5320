// The (voortgezet) speciaal onderwijs of the WEC is one sector to the law's requirements (`so-vso` in a topic list's
// `binds`: the WEC binds every school it governs alike) and two to the council's rights (WMS art. 13 for a school for
// speciaal onderwijs, also one for speciaal and voortgezet speciaal onderwijs under one roof; art. 14 for a school for
// voortgezet speciaal onderwijs alone), so two pairs of duties and procedures files: `so` and `vso`. An organisation
// writes `so` (or `so-vso`, read as `so`) or `vso` in its procedure.yaml; each reader takes the name its own files use.

/** The written sector as the duties and procedures files are named: `so-vso` is `so`. */
export function sectorFileName(written: string): string {
  const sector = written.trim().toLowerCase();
  return sector === 'so-vso' ? 'so' : sector;
}

/** The written sector as a topic list's `binds.sectors` names it: `so` and `vso` are `so-vso`. */
export function sectorBindsName(written: string): string {
  const sector = written.trim().toLowerCase();
  return sector === 'so' || sector === 'vso' ? 'so-vso' : sector;
}
