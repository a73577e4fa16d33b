import { DomainError } from '../../../../shared/errors'
import { communeByCode, epciCommuneCodes } from '../../../platform/geocoding/communes'
import { normaliseCommuneCode } from './commune-codes'
import type { ImportPlan, PlannedStructure } from './import-plan'
import { placeKeyOf } from './import-plan'
import type { ExistingStructure } from './imports.repository'
import type { RnaExtract } from './rna-extract'

/** The communes an import keeps: those named, and the members of the EPCI. */
export function rnaArea(query: { communes?: string[]; epci?: string }): { code: string; name: string }[] {
  const codes = new Set<string>()
  for (const code of query.communes ?? []) {
    const normalised = normaliseCommuneCode(code)
    if (!communeByCode(normalised))
      throw new DomainError('validation', `Communes : aucune commune n’a le code INSEE « ${code} ».`, [
        { field: 'communes', message: `Aucune commune n’a le code INSEE « ${code} ».` },
      ])
    codes.add(normalised)
  }
  if (query.epci) {
    const epci = epciCommuneCodes(query.epci)
    if (!epci)
      throw new DomainError('validation', `EPCI : aucun EPCI n’a le SIREN « ${query.epci} ».`, [
        { field: 'epci', message: `Aucun EPCI n’a le SIREN « ${query.epci} ».` },
      ])
    for (const code of epci.codes) codes.add(code)
  }
  return [...codes].sort().map((code) => ({ code, name: communeByCode(code)?.name ?? code }))
}

/**
 * What an RNA extract brings to the directory: the active associations of the area, once each
 * (the line updated last wins for a number met twice; a SIRET met under two numbers is one
 * association), matched with the structures already kept by number, then by SIRET.
 */
export function planRnaImport(
  extract: RnaExtract,
  area: { code: string; name: string }[],
  kept: ExistingStructure[],
): ImportPlan {
  const inArea = new Set(area.map((a) => a.code))
  const skipped = { dissolved: 0, outsideArea: 0, duplicates: 0 }
  const badLines = new Map(
    [...extract.badLines].filter(([line]) => {
      const commune = extract.badLineCommunes.get(line)
      return commune === undefined || inArea.has(commune)
    }),
  )
  const warnings = new Map<number, string[]>()
  const latest = new Map<string, RnaExtract['associations'][number]>()
  for (const association of extract.associations) {
    if (!inArea.has(association.citycode)) {
      skipped.outsideArea++
      continue
    }
    const earlier = latest.get(association.rnaId)
    if (earlier) {
      skipped.duplicates++
      if (association.updatedAt < earlier.updatedAt) continue
    }
    latest.set(association.rnaId, association)
  }
  const bySiret = new Map<string, string>()
  const byRna = new Map(kept.filter((s) => s.rnaId).map((s) => [s.rnaId!, s]))
  const keptBySiret = new Map(kept.filter((s) => s.siret).map((s) => [s.siret!, s]))
  const structures: PlannedStructure[] = []
  for (const association of [...latest.values()].sort((a, b) => a.line - b.line)) {
    const note = extract.warnings.get(association.line)
    if (association.dissolved) {
      skipped.dissolved++
      continue
    }
    if (association.siret) {
      const first = bySiret.get(association.siret)
      if (first) {
        skipped.duplicates++
        warnings.set(association.line, [
          `siret : ${association.siret} figure déjà sous le numéro ${first} ; ligne laissée de côté.`,
        ])
        continue
      }
      bySiret.set(association.siret, association.rnaId)
    }
    if (note) warnings.set(association.line, note)
    const match =
      byRna.get(association.rnaId) ?? (association.siret ? keptBySiret.get(association.siret) : undefined)
    const place = {
      addressInput: association.address,
      postcode: association.postcode,
      city: association.city,
      citycode: association.citycode,
      openingHours: {},
    }
    structures.push({
      line: association.line,
      existingId: match?.id ?? null,
      kind: 'association',
      name: association.name,
      description: association.description,
      rnaId: association.rnaId,
      siret: association.siret,
      website: association.website,
      email: association.email,
      phone: association.phone,
      source: 'rna',
      // Without services yet, an association of the RNA waits for the keeper to describe them.
      status: 'brouillon',
      identifiersOnly: !!match && match.source !== 'rna',
      places: new Map([[placeKeyOf(association.address, association.postcode), place]]),
      services: [],
    })
  }
  return {
    kind: 'rna',
    rnaFormat: extract.format,
    fileType: 'csv',
    encoding: extract.encoding,
    lines: extract.lines,
    structures,
    skipped,
    area,
    badLines,
    warnings,
    ignoredColumns: extract.ignoredColumns,
  }
}
