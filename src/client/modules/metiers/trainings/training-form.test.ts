import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { trainingInput } from '../../../../shared/modules/metiers/trainings.contract'
import { bodyOf, draftOf, numberOrText } from './training-form'
import type { EditorTraining } from './trainings.queries'

const saved: EditorTraining = {
  id: '01920000-0000-7000-8000-000000000001',
  centreId: '01920000-0000-7000-8000-000000000002',
  slug: 'deaes-besancon',
  title: 'Accompagnant éducatif et social (DEAES)',
  diploma: 'Diplôme d’État',
  rncpCode: 'RNCP36004',
  rncpLevel: 3,
  jobIds: ['01920000-0000-7000-8000-000000000003'],
  routes: ['apprentissage', 'continue'],
  summary: '',
  duration: '12 mois',
  cost: '',
  fundingTags: ['cpf'],
  prerequisites: '',
  admission: ['dossier'],
  admissionNote: '',
  published: true,
  sessions: [
    {
      id: '01920000-0000-7000-8000-000000000004',
      startsOn: '2027-09-06',
      endsOn: null,
      seats: 18,
      siteId: null,
    },
  ],
  updatedAt: '2026-11-23T09:00:00.000Z',
}

describe('training form', () => {
  it('sends back what it was given, in a body the contract accepts', () => {
    const body = bodyOf(draftOf(saved))
    const parsed = trainingInput.parse(body)
    expect(parsed).toMatchObject({
      title: saved.title,
      rncpCode: 'RNCP36004',
      rncpLevel: 3,
      routes: saved.routes,
      sessions: [{ startsOn: '2027-09-06', endsOn: null, seats: 18, siteId: null }],
    })
  })

  it('sends empty optional fields as null', () => {
    const body = bodyOf({ ...draftOf(null), title: 'CAP AEPE', routes: ['initiale'] })
    expect(body).toMatchObject({ rncpCode: null, rncpLevel: null, sessions: [] })
    expect(trainingInput.safeParse(body).success).toBe(true)
  })

  it('reads seats typed with French thousands spaces, and leaves other words for the server to name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        const typed = new Intl.NumberFormat('fr-FR').format(n)
        expect(numberOrText(typed)).toBe(n)
      }),
    )
    expect(numberOrText('')).toBeNull()
    const refused = trainingInput.safeParse({
      ...bodyOf({ ...draftOf(null), title: 'CAP AEPE', routes: ['initiale'] }),
      sessions: [{ startsOn: '2027-09-06', seats: numberOrText('douze') }],
    })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toBe('Places : un nombre.')
  })
})
