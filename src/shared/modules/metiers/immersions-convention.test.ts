import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  conventionFieldLabels,
  missingConventionFields,
  type ConventionFields,
} from './immersions-convention'

const complete: ConventionFields = {
  beneficiaryBirthDate: '1998-04-17',
  beneficiaryAddress: '5 rue Battant, 25000 Besançon',
  hostName: 'EHPAD Les Tilleuls',
  hostSiret: '775 501 234 00014',
  hostAddress: '8 chemin de Palente, 25000 Besançon',
  hostSignatory: 'Marc Vuillemin, directeur',
  tutorName: 'Nadia Ferreira',
  tutorJob: 'Aide-soignante référente',
  prescriberType: 'mission_locale',
  prescriberName: 'Mission locale du Grand Besançon',
  dailyHours: '7 h – 14 h 30',
  activities: 'Aide au lever, repas.',
  skillsObserved: 'Relation, hygiène.',
  riskPrevention: 'Gestes et postures.',
  insurance: 'MAIF n° 4 512 778',
  signaturePlace: 'Besançon',
}
const fields = Object.keys(conventionFieldLabels) as (keyof ConventionFields)[]

describe('what a convention must say before it is printed', () => {
  it('asks for nothing when every field is filled and the SIRET is valid', () => {
    expect(missingConventionFields(complete)).toEqual([])
  })

  it('names exactly the fields left empty, in French, in the order of the form', () => {
    fc.assert(
      fc.property(fc.subarray(fields), fc.constantFrom('', '   ', null), (emptied, blank) => {
        const convention = { ...complete }
        for (const f of emptied) (convention as Record<string, string | null>)[f] = blank
        const missing = missingConventionFields(convention)
        expect(missing.map((m) => m.field)).toEqual(fields.filter((f) => emptied.includes(f)))
        for (const m of missing) expect(m.message).toContain(conventionFieldLabels[m.field])
      }),
    )
  })

  it('refuses a SIRET whose control key is wrong', () => {
    const missing = missingConventionFields({ ...complete, hostSiret: '77550123400015' })
    expect(missing).toEqual([
      expect.objectContaining({ field: 'hostSiret', message: expect.stringMatching(/clé de contrôle/) }),
    ])
  })
})
