import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { requestEvents, requestOrientations, requests } from '../accueil'
import { accounts } from '../auth'
import { memberships, organisations } from '../organisations'
import { directoryPlaces, directoryServices, directoryStructures, referrals } from './partenaires.table'

export const DEMO_PARTNER_NAME = 'Épicerie solidaire Les Glanes (démonstration)'
const DAY_MS = 86_400_000

export interface DemoPartner {
  organisationId: string
  structureId: string
  serviceId: string
  email: string
}

/**
 * A partner association of the Besançon directory with its own account, and orientations sent to it
 * from demo requests: one waiting, one accepted, one where the person came.
 */
export async function createDemoReferrals(
  tx: Db,
  keeper: { organisationId: string; agentEmail: string; domain: string; passwordHash: string },
  now = new Date(),
): Promise<DemoPartner> {
  const [partnerOrg] = await tx
    .insert(organisations)
    .values({ kind: 'association', name: DEMO_PARTNER_NAME, communeInsee: '25056' })
    .returning()
  const email = `association@${keeper.domain}`
  const [account] = await tx
    .insert(accounts)
    .values({ email, displayName: 'Claire Glanes', passwordHash: keeper.passwordHash })
    .returning()
  await tx
    .insert(memberships)
    .values({ organisationId: partnerOrg!.id, accountId: account!.id, roles: ['partenaire'] })

  const [structure] = await tx
    .insert(directoryStructures)
    .values({
      organisationId: keeper.organisationId,
      partnerOrganisationId: partnerOrg!.id,
      kind: 'association',
      name: DEMO_PARTNER_NAME,
      description:
        'Épicerie sociale et solidaire : produits à petit prix pour les foyers orientés par un travailleur social.',
      email: `contact-glanes@${keeper.domain}`,
      phone: '+33381000000',
    })
    .returning()
  const [place] = await tx
    .insert(directoryPlaces)
    .values({
      organisationId: keeper.organisationId,
      structureId: structure!.id,
      name: 'Épicerie Les Glanes',
      addressInput: '4 rue de Vesoul, 25000 Besançon',
      label: '4 Rue de Vesoul 25000 Besançon',
      postcode: '25000',
      city: 'Besançon',
      citycode: '25056',
      latitude: 47.2472,
      longitude: 6.0218,
      geocodeScore: 0.95,
      geocodeStatus: 'adresse',
      openingHours: {
        mardi: [['14:00', '18:00']],
        jeudi: [['14:00', '18:00']],
        samedi: [['09:00', '12:00']],
      },
      wheelchairAccessible: true,
      access: 'À deux minutes de la gare Viotte ; bus 3 et 10, arrêt Viotte.',
    })
    .returning()
  const [service] = await tx
    .insert(directoryServices)
    .values({
      organisationId: keeper.organisationId,
      structureId: structure!.id,
      placeId: place!.id,
      name: 'Épicerie solidaire',
      description: 'Courses à 10 à 30 % du prix habituel, pendant trois mois renouvelables.',
      themes: ['aide_alimentaire'],
      subThemes: ['epicerie_sociale'],
      publics: ['tout_public', 'familles'],
      languages: ['fr', 'en', 'ar'],
      referralMode: 'orientation_requise',
      whatToBring: 'Le courrier d’orientation, une pièce d’identité, un justificatif de ressources.',
      email: `epicerie-glanes@${keeper.domain}`,
      searchText: 'epicerie solidaire les glanes aide alimentaire epicerie sociale',
    })
    .returning()

  const [agent] = await tx.select().from(accounts).where(eq(accounts.email, keeper.agentEmail))
  const demoRequests = await tx
    .select({ id: requests.id, receivedAt: requests.receivedAt })
    .from(requests)
    .where(
      and(
        eq(requests.organisationId, keeper.organisationId),
        inArray(requests.state, ['nouvelle', 'en_cours']),
      ),
    )
    .orderBy(asc(requests.receivedAt))
    .limit(3)
  const plans = [
    { status: 'envoyee', daysAgo: 2, outcome: 'en_attente', shared: { firstName: 'Samira' } },
    {
      status: 'acceptee',
      daysAgo: 5,
      outcome: 'prise_en_charge',
      shared: { firstName: 'Jonas', lastName: 'Petitjean', phone: '+33612345678' },
    },
    {
      status: 'personne_recue',
      daysAgo: 12,
      outcome: 'prise_en_charge',
      shared: { firstName: 'Odile', message: 'Famille de trois enfants, disponible le samedi matin.' },
    },
  ] as const
  const partnerName = `${DEMO_PARTNER_NAME} — Épicerie solidaire`
  for (const [i, plan] of plans.entries()) {
    const request = demoRequests[i]
    if (!request) break
    const at = new Date(
      Math.max(now.getTime() - plan.daysAgo * DAY_MS, request.receivedAt.getTime() + 60_000),
    )
    const answeredAt = plan.status === 'envoyee' ? null : new Date(at.getTime() + DAY_MS)
    const [orientation] = await tx
      .insert(requestOrientations)
      .values({
        organisationId: keeper.organisationId,
        requestId: request.id,
        partnerName,
        partnerId: service!.id,
        reason: 'Aide alimentaire de quelques mois.',
        outcome: plan.outcome,
        outcomeAt: answeredAt,
        createdBy: agent?.id ?? null,
        createdAt: at,
      })
      .returning()
    await tx.update(requests).set({ state: 'orientee', updatedAt: at }).where(eq(requests.id, request.id))
    await tx.insert(requestEvents).values([
      {
        organisationId: keeper.organisationId,
        requestId: request.id,
        kind: 'orientation',
        detail: { orientationId: orientation!.id, partnerName },
        actorId: agent?.id ?? null,
        at,
      },
      ...(answeredAt
        ? [
            {
              organisationId: keeper.organisationId,
              requestId: request.id,
              kind: 'suite_orientation',
              detail: {
                orientationId: orientation!.id,
                from: 'en_attente',
                to: plan.outcome,
                byPartner: true,
              },
              actorId: null,
              at: answeredAt,
            },
          ]
        : []),
    ])
    await tx.insert(referrals).values({
      organisationId: keeper.organisationId,
      partnerOrganisationId: partnerOrg!.id,
      requestId: request.id,
      requestOrientationId: orientation!.id,
      serviceId: service!.id,
      structureId: structure!.id,
      shared: plan.shared,
      consentRecordedAt: at,
      senderFirstName: agent?.displayName.split(/\s+/)[0] ?? null,
      status: plan.status,
      acceptedAt: answeredAt,
      closedAt: plan.status === 'personne_recue' ? new Date(answeredAt!.getTime() + 2 * DAY_MS) : null,
      createdBy: agent?.id ?? null,
      createdAt: at,
      updatedAt: answeredAt ?? at,
    })
  }
  return { organisationId: partnerOrg!.id, structureId: structure!.id, serviceId: service!.id, email }
}
