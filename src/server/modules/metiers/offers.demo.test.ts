import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicOfferStates } from '../../../shared/modules/metiers/metiers.constants'
import { createTestApp, type TestApp } from '../../test/test-app'
import { organisations } from '../organisations'
import { employerProfiles, jobOffers } from './offers.table'

describe('demonstration employers and offers', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp('pglite')
  })
  afterAll(async () => t?.close())

  it('publishes about forty offers of a dozen employers of varied types, located without the network', async () => {
    const offers = await t.database.db.owner.select().from(jobOffers)
    expect(offers.length).toBeGreaterThanOrEqual(38)
    expect(offers.every((o) => o.state === 'publiee' && o.latitude != null && o.searchText !== '')).toBe(true)
    expect(new Set(offers.map((o) => o.codeRome)).size).toBe(11)
    // Each offer belongs to the demonstration's fiche of its job.
    expect(offers.filter((o) => o.jobId === null)).toEqual([])
    expect(offers.some((o) => o.patterns.includes('nuit'))).toBe(true)
    expect(offers.some((o) => o.serviceCar)).toBe(true)
    expect(offers.some((o) => o.housing)).toBe(true)
    const publicPosts = offers.filter((o) => o.contract === 'titulaire' || o.contract === 'contractuel')
    expect(publicPosts.length).toBeGreaterThan(5)
    expect(publicPosts.every((o) => o.publicGrade && o.dveReference && o.dveUrl)).toBe(true)
    expect(offers.every((o) => o.expiresAt!.getTime() > Date.now())).toBe(true)

    const profiles = await t.database.db.owner.select().from(employerProfiles)
    expect(profiles.length).toBe(12)
    expect(new Set(profiles.map((p) => p.employerType))).toEqual(
      new Set([
        'ccas',
        'departement',
        'ehpad',
        'hopital',
        'saad',
        'ime',
        'mecs',
        'creche',
        'association',
        'foyer',
      ]),
    )
    const byOrganisation = new Set(offers.map((o) => o.organisationId))
    expect(profiles.every((p) => byOrganisation.has(p.organisationId))).toBe(true)
    // The second tenant (Dole) gets none.
    expect(offers.some((o) => o.organisationId === t.tenantB.organisationId)).toBe(false)
  })

  it('gives each employer a recruiter who sees its own offers, and the public reads them', async () => {
    const recruiter = await t.signIn('recrutement@ime-les-cedres.demo-lien.test')
    const list = await recruiter.get('/api/metiers/recrutement/offres')
    expect(list.status).toBe(200)
    expect(list.body.total).toBe(4)
    const [ime] = await t.database.db.owner
      .select()
      .from(organisations)
      .where(eq(organisations.name, 'IME Les Cèdres'))
    expect(ime!.kind).toBe('employeur')
    const offer = list.body.items[0]
    const page = await t.anonymous().get(`/api/metiers/offres/${offer.slug}`)
    expect(page.status).toBe(200)
    expect(publicOfferStates).toContain(page.body.state)
    expect(page.body.employer).toMatchObject({ name: 'IME Les Cèdres', employerType: 'ime', sector: 'prive' })

    const ccas = await t.signIn(t.tenantA.accounts.recruteur)
    const own = await ccas.get('/api/metiers/recrutement/offres')
    expect(own.body.total).toBe(4)
    expect((await ccas.get('/api/metiers/employeur')).body.profile.employerType).toBe('ccas')
  })

  it('shows on their offers the answer rate of the employers who already received applications, none for the others', async () => {
    const rateOf = async (employer: string) => {
      const [organisation] = await t.database.db.owner
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.name, employer))
      const [offer] = await t.database.db.owner
        .select({ slug: jobOffers.slug })
        .from(jobOffers)
        .where(eq(jobOffers.organisationId, organisation!.id))
        .limit(1)
      return (await t.anonymous().get(`/api/metiers/offres/${offer!.slug}`)).body.employer.answerRate
    }
    const answering = await rateOf('Aide et Domicile du Grand Besançon')
    expect(answering).toMatchObject({ received: 8 })
    expect(answering.rate).toBeGreaterThanOrEqual(50)
    const slow = await rateOf('EHPAD public de Montrevel-en-Bresse')
    expect(slow.rate).toBeLessThan(answering.rate)
    expect(await rateOf('IME Les Cèdres')).toBeNull()
  })
})
