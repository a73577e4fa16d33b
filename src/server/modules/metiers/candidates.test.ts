import { eq } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { jobOffers } from './offers.table'
import {
  applicationOf,
  candidatePassword,
  confirmTokenIn,
  mailsTo,
  signedUpCandidate,
} from './candidate-fixtures'

describe.each(databaseKinds)('candidate accounts: sign-up without an organisation (%s)', (kind) => {
  let t: TestApp

  beforeAll(async () => {
    t = await createTestApp(kind)
  })
  afterAll(async () => t?.close())

  const signUp = async (email: string, password = candidatePassword) => {
    const visitor = await t.anonymous().init()
    const before = (await t.mailer.outbox()).length
    const res = await visitor.post('/api/metiers/compte/inscription', {
      email,
      firstName: 'Inès',
      lastName: 'Garnier',
      password,
    })
    return { visitor, res, mails: await mailsTo(t, email, before) }
  }

  it('signs up, confirms by the e-mailed link and is signed in with no organisation, then signs in again with the password', async () => {
    const { visitor, res, mails } = await signUp('ines.garnier@exemple.test')
    expect(res.status).toBe(202)
    expect(res.body).toEqual({ ok: true })
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).not.toContain('Inès')
    expect(mails[0]!.subject).not.toContain('Garnier')

    const confirmed = await visitor.post('/api/metiers/compte/confirmer', {
      token: confirmTokenIn(mails[0]!),
    })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    const session = await visitor.get('/api/auth/session')
    expect(session.body.account).toMatchObject({
      email: 'ines.garnier@exemple.test',
      displayName: 'Inès Garnier',
    })
    expect(session.body.stage).toBe('active')
    expect(session.body.memberships).toEqual([])
    expect(session.body.currentOrganisationId).toBeNull()
    const profile = await visitor.get('/api/metiers/compte/profil')
    expect(profile.status).toBe(200)
    expect(profile.body).toMatchObject({
      email: 'ines.garnier@exemple.test',
      firstName: 'Inès',
      lastName: 'Garnier',
      cv: null,
    })

    await visitor.post('/api/auth/logout', {})
    expect((await visitor.get('/api/metiers/compte/profil')).status).toBe(401)
    const again = await t.anonymous().init()
    const login = await again.post('/api/auth/login', {
      email: 'ines.garnier@exemple.test',
      password: candidatePassword,
    })
    expect(login.status, JSON.stringify(login.body)).toBe(200)
    expect(login.body).toEqual({ stage: 'active' })
    expect((await again.get('/api/metiers/compte/profil')).body.firstName).toBe('Inès')
  })

  it('answers the same whether the address has an account or not, and tells its owner by e-mail instead', async () => {
    const known = t.tenantA.accounts.travailleur_social
    const fresh = await signUp('nouvelle.adresse@exemple.test')
    const taken = await signUp(known)
    expect(taken.res.status).toBe(fresh.res.status)
    expect(taken.res.body).toEqual(fresh.res.body)
    expect(taken.mails).toHaveLength(1)
    expect(taken.mails[0]!.text).toContain('déjà un compte')
    expect(taken.mails[0]!.text).toContain('/metiers/compte/connexion')
    expect(taken.mails[0]!.text).toContain('/mot-de-passe-oublie')
    expect(taken.mails[0]!.text).not.toMatch(/confirmer\//)
    // The existing account keeps its own password.
    const login = await (
      await t.anonymous().init()
    ).post('/api/auth/login', { email: known, password: candidatePassword })
    expect(login.status).toBe(401)
  })

  it('refuses to sign in an address whose link was never opened, with the same message as a wrong password', async () => {
    const { res } = await signUp('pas.encore@exemple.test')
    expect(res.status).toBe(202)
    const login = await (
      await t.anonymous().init()
    ).post('/api/auth/login', { email: 'pas.encore@exemple.test', password: candidatePassword })
    expect(login.status).toBe(401)
    expect(login.body.message).toBe('Adresse e-mail ou mot de passe incorrect.')
  })

  it('takes a link once: the second opening says it has expired or already served', async () => {
    const { visitor, mails } = await signUp('deux.fois@exemple.test')
    const token = confirmTokenIn(mails[0]!)
    expect((await visitor.post('/api/metiers/compte/confirmer', { token })).status).toBe(200)
    const again = await (await t.anonymous().init()).post('/api/metiers/compte/confirmer', { token })
    expect(again.status).toBe(400)
    expect(again.body.fields).toEqual([{ field: 'token', message: 'Lien expiré ou déjà utilisé.' }])
    expect(again.body.message).toContain('inscrivez-vous à nouveau')
  })

  it('keeps only the latest sign-up of an address: an earlier link no longer works', async () => {
    const first = await signUp('change.avis@exemple.test')
    const second = await signUp('change.avis@exemple.test')
    const old = await first.visitor.post('/api/metiers/compte/confirmer', {
      token: confirmTokenIn(first.mails[0]!),
    })
    expect(old.status).toBe(400)
    expect(
      (
        await second.visitor.post('/api/metiers/compte/confirmer', {
          token: confirmTokenIn(second.mails[0]!),
        })
      ).status,
    ).toBe(200)
  })

  it('refuses a weak password, a bad address and a missing name, naming the field in French', async () => {
    const weak = await signUp('faible@exemple.test', 'azertyuiop123')
    expect(weak.res.status).toBe(400)
    expect(weak.res.body.fields[0].field).toBe('password')
    expect(weak.res.body.message).toMatch(/^Mot de passe trop faible/)
    expect(weak.mails).toEqual([])
    const personal = await signUp('garnier.ines@exemple.test', 'Garnier-2026!')
    expect(personal.res.status).toBe(400)
    expect(personal.res.body.fields[0].message).toContain('votre nom')
    const short = await signUp('court@exemple.test', 'court')
    expect(short.res.status).toBe(400)
    expect(short.res.body.message).toBe('Mot de passe : Au moins 12 caractères.')

    const visitor = await t.anonymous().init()
    const badEmail = await visitor.post('/api/metiers/compte/inscription', {
      email: 'pas-une-adresse',
      firstName: 'A',
      lastName: 'B',
      password: candidatePassword,
    })
    expect(badEmail.status).toBe(400)
    expect(badEmail.body.message).toBe('Adresse e-mail : Adresse e-mail invalide.')
    const noName = await visitor.post('/api/metiers/compte/inscription', {
      email: 'sans.nom@exemple.test',
      firstName: ' ',
      lastName: 'B',
      password: candidatePassword,
    })
    expect(noName.status).toBe(400)
    expect(noName.body.message).toBe('Prénom : Ce champ est obligatoire.')
  })

  it('refuses a candidate on the back office (403) and shows them only their own applications', async () => {
    const candidate = await signedUpCandidate(t, 'suzanne.morel@exemple.test', {
      firstName: 'Suzanne',
      lastName: 'Morel',
    })
    const other = await signedUpCandidate(t, 'paul.henry@exemple.test', {
      firstName: 'Paul',
      lastName: 'Henry',
    })
    expect((await candidate.get('/api/members')).status).toBe(403)
    expect((await candidate.get('/api/requests')).status).toBe(403)
    expect((await candidate.get('/api/organisations')).status).toBe(403)

    const mine = (await candidate.get('/api/metiers/compte/profil')).body
    const accountOf = async (client: typeof candidate) =>
      (await client.get('/api/auth/session')).body.account.id as string
    const owner = t.database.db.owner
    const a = await applicationOf(owner, {
      organisationId: t.tenantA.organisationId,
      accountId: await accountOf(candidate),
      title: 'Aide à domicile',
      email: mine.email,
    })
    const b = await applicationOf(owner, {
      organisationId: t.tenantB.organisationId,
      accountId: await accountOf(candidate),
      title: 'Auxiliaire de vie sociale',
      email: mine.email,
      status: 'entretien',
    })
    await applicationOf(owner, {
      organisationId: t.tenantA.organisationId,
      accountId: await accountOf(other),
      title: 'Éducateur spécialisé',
      email: 'paul.henry@exemple.test',
    })
    await applicationOf(owner, {
      organisationId: t.tenantA.organisationId,
      accountId: null,
      title: 'Moniteur éducateur',
      email: 'suzanne.morel@exemple.test',
    })

    const list = await candidate.get('/api/metiers/compte/candidatures')
    expect(list.status).toBe(200)
    expect(list.body.map((x: { id: string }) => x.id).sort()).toEqual(
      [a.applicationId, b.applicationId].sort(),
    )
    const interview = list.body.find((x: { id: string }) => x.id === b.applicationId)
    expect(interview).toMatchObject({
      status: 'entretien',
      offer: { title: 'Auxiliaire de vie sociale', slug: b.slug, state: 'publiee' },
      employerName: 'CCAS de Dole',
      withdrawn: false,
    })

    const theirs = await other.get('/api/metiers/compte/candidatures')
    expect(theirs.body.map((x: { offer: { title: string } }) => x.offer.title)).toEqual([
      'Éducateur spécialisé',
    ])
    expect((await (await t.anonymous().init()).get('/api/metiers/compte/candidatures')).status).toBe(401)
  })

  it('shows an application whose offer the employer withdrew, without the offer’s title or link', async () => {
    const candidate = await signedUpCandidate(t, 'offre.retiree@exemple.test')
    const accountId = (await candidate.get('/api/auth/session')).body.account.id as string
    const sent = await applicationOf(t.database.db.owner, {
      organisationId: t.tenantA.organisationId,
      accountId,
      title: 'Technicien de l’intervention sociale et familiale',
      email: 'offre.retiree@exemple.test',
    })
    await t.database.db.owner
      .update(jobOffers)
      .set({ state: 'retiree' })
      .where(eq(jobOffers.id, sent.offerId))
    const list = await candidate.get('/api/metiers/compte/candidatures')
    expect(list.body).toEqual([
      expect.objectContaining({
        id: sent.applicationId,
        offer: { title: 'Offre retirée', slug: '', state: 'retiree' },
        employerName: 'CCAS de Besançon (démonstration)',
      }),
    ])
  })

  it('takes any name typed at sign-up, or refuses it with a message naming the field', async () => {
    const visitor = await t.anonymous().init()
    let n = 0
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 90 }),
        fc.string({ maxLength: 90 }),
        async (firstName, lastName) => {
          const res = await visitor.post('/api/metiers/compte/inscription', {
            email: `nom.libre.${n++}@exemple.test`,
            firstName,
            lastName,
            password: candidatePassword,
          })
          if (res.status === 202) return
          expect(res.status, JSON.stringify(res.body)).toBe(400)
          expect(['firstName', 'lastName', 'password']).toContain(res.body.fields[0].field)
          expect(res.body.message).toMatch(/^(Prénom|Nom|Mot de passe)/)
        },
      ),
      { numRuns: 15 },
    )
  })

  it('lets a staff account with an organisation keep its back office and read an empty candidate space', async () => {
    const agent = await t.signIn(t.tenantA.accounts.travailleur_social)
    expect((await agent.get('/api/metiers/compte/candidatures')).body).toEqual([])
    const profile = await agent.get('/api/metiers/compte/profil')
    expect(profile.status).toBe(200)
    expect(profile.body.cv).toBeNull()
  })
})
