import { and, arrayContains, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { findCommune } from '../../../platform/geocoding/communes'
import { memberships, organisations } from '../../organisations'
import type { PathwaysDemoContext } from '../pathways.demo'
import { besanconPlaces, bourgPlaces, livingDemo, type DemoPointDeChute } from './retention.demo-content'
import { listeningSlots, livingPlaces, pointDeChutePlaces } from './retention.table'

const inseeOf = (postcode: string, commune: string) => findCommune({ postcode, city: commune })?.code ?? null

function pointDeChuteRow(organisationId: string, p: DemoPointDeChute) {
  return {
    organisationId,
    name: p.name,
    kind: p.kind,
    address: p.address,
    postcode: p.postcode,
    commune: p.commune,
    communeInsee: inseeOf(p.postcode, p.commune),
    latitude: p.latitude,
    longitude: p.longitude,
    openingHours: p.hours,
    accessInstructions: p.access,
    accessCode: p.code ?? '',
    facilities: p.facilities,
    audience: 'Les intervenants à domicile de tous les services, sur présentation de leur badge.',
    contactPhone: '',
    published: true,
  }
}

/**
 * Demo data of the retention part: 25 Point de chute places (Besançon's CCAS and the Département de
 * l’Ain), housing and childcare with staggered hours, and the CCAS's weekly listening slots.
 */
export async function createDemoRetention(tx: Db, context: PathwaysDemoContext): Promise<void> {
  const [ain] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Département de l’Ain'))
  const ainId = ain?.id ?? context.ccasOrganisationId
  await tx
    .insert(pointDeChutePlaces)
    .values([
      ...besanconPlaces.map((p) => pointDeChuteRow(context.ccasOrganisationId, p)),
      ...bourgPlaces.map((p) => pointDeChuteRow(ainId, p)),
    ])
  await tx.insert(livingPlaces).values(
    livingDemo.map((l) => ({
      organisationId: l.postcode.startsWith('01') ? ainId : context.ccasOrganisationId,
      category: l.category,
      kind: l.kind,
      name: l.name,
      description: l.description,
      address: l.address,
      postcode: l.postcode,
      commune: l.commune,
      communeInsee: inseeOf(l.postcode, l.commune),
      latitude: l.latitude,
      longitude: l.longitude,
      audiences: l.audiences ?? [],
      rentMin: l.rent?.[0] ?? null,
      rentMax: l.rent?.[1] ?? null,
      conditions: l.conditions ?? '',
      openingHours: l.hours ?? {},
      ageMinMonths: l.ages?.[0] ?? null,
      ageMaxMonths: l.ages?.[1] ?? null,
      contactPhone: `+33${l.phone.slice(1)}`,
      published: true,
    })),
  )
  const [listener] = await tx
    .select({ accountId: memberships.accountId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, context.ccasOrganisationId),
        arrayContains(memberships.roles, ['direction']),
      ),
    )
  if (!listener) return
  await tx.insert(listeningSlots).values(
    [
      { weekday: 2, startTime: '12:30', endTime: '14:00', slotMinutes: 30 },
      { weekday: 4, startTime: '18:00', endTime: '20:00', slotMinutes: 30 },
      { weekday: 6, startTime: '10:00', endTime: '12:00', slotMinutes: 20 },
    ].map((s) => ({
      ...s,
      organisationId: context.ccasOrganisationId,
      listenerAccountId: listener.accountId,
    })),
  )
}
