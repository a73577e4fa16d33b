import { expect } from 'vitest'
import { newId } from '../../../shared/ids'
import type { Db } from '../../db/client'
import type { StoredMail } from '../../platform/mailer'
import type { TestApp, TestClient } from '../../test/test-app'
import { jobApplications } from './applications.table'
import { jobOffers } from './offers.table'

export const candidatePassword = 'Tournesol-violet-du-jura-77'

/** The token of the confirmation link in a sign-up e-mail. */
export function confirmTokenIn(mail: StoredMail): string {
  const match = /\/metiers\/compte\/confirmer\/([A-Za-z0-9_-]+)/.exec(mail.text)
  if (!match) throw new Error(`pas de lien de confirmation dans « ${mail.subject} »`)
  return match[1]!
}

/** The e-mails sent to an address since the outbox held `before` messages (newest first). */
export async function mailsTo(t: TestApp, to: string, before: number): Promise<StoredMail[]> {
  const all = await t.mailer.outbox()
  return all.slice(0, all.length - before).filter((m) => m.to === to)
}

/** Signs up, opens the link, and returns the visitor's client, now signed in. */
export async function signedUpCandidate(
  t: TestApp,
  email: string,
  names = { firstName: 'Inès', lastName: 'Garnier' },
): Promise<TestClient> {
  const client = await t.anonymous().init()
  const before = (await t.mailer.outbox()).length
  const res = await client.post('/api/metiers/compte/inscription', {
    email,
    ...names,
    password: candidatePassword,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(202)
  const [mail] = await mailsTo(t, email, before)
  const confirmed = await client.post('/api/metiers/compte/confirmer', { token: confirmTokenIn(mail!) })
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
  return client
}

/** A published offer of an employer and an application to it, as the applications part writes them. */
export async function applicationOf(
  owner: Db,
  values: { organisationId: string; accountId: string | null; title: string; email: string; status?: string },
): Promise<{ offerId: string; applicationId: string; slug: string }> {
  const slug = `${values.title.toLowerCase().replace(/[^a-z]+/g, '-')}-${newId().slice(-6)}`
  const [offer] = await owner
    .insert(jobOffers)
    .values({
      organisationId: values.organisationId,
      slug,
      codeRome: 'J1501',
      title: values.title,
      descriptionHtml: '<p>Accompagner les personnes âgées à domicile.</p>',
      contract: 'cdi',
      workTime: 'temps_plein',
      postcode: '25000',
      commune: 'Besançon',
      state: 'publiee',
      publishedAt: new Date(),
    })
    .returning({ id: jobOffers.id })
  const [application] = await owner
    .insert(jobApplications)
    .values({
      organisationId: values.organisationId,
      offerId: offer!.id,
      candidateAccountId: values.accountId,
      firstName: 'Inès',
      lastName: 'Garnier',
      email: values.email,
      status: values.status ?? 'recue',
    })
    .returning({ id: jobApplications.id })
  return { offerId: offer!.id, applicationId: application!.id, slug }
}
