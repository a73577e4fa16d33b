import { sql } from 'drizzle-orm'
import { parisDate, addDays } from '../../../shared/dates'
import { rows, type Db } from '../../db/client'
import { parisInstant } from './network-meeting-dates'
import { charterSignatures, meetingInvitations, networkCharters, networkMeetings } from './partenaires.table'

const DAY = 86_400_000

const charterV1 = `Les structures signataires s’engagent à :
1. Accueillir toute personne orientée par un membre du réseau, sans condition autre que celles de leur fiche.
2. Tenir leur fiche de l’annuaire à jour, au moins tous les six mois.
3. Répondre aux orientations reçues : accueil de la personne ou réorientation.`

const charterV2 = `${charterV1}
4. Ne demander à la personne que les informations utiles à son accueil ; ne transmettre que ce qu’elle a accepté de partager.
5. Participer à au moins une rencontre du réseau par an (coordination de l’aide alimentaire ou assemblée annuelle).`

const agenda = `1. Tour de table : fréquentation et stocks de chaque structure
2. Colis d’urgence : qui en délivre, à quelles heures
3. Horaires d’été et fermetures
4. Questions diverses`

/**
 * The network of the demo CCAS: charter v1 and v2 (v2 current) with a few signatures, a past
 * food-aid coordination with attendance and minutes, and the next one with its invitations.
 * Works on whatever structures the directory holds (read by query); nothing without any.
 */
export async function createDemoNetwork(
  tx: Db,
  keeper: { organisationId: string; directionEmail: string },
  now = new Date(),
) {
  const structures = await rows<{ id: string; name: string; food: boolean; partner: boolean }>(
    tx,
    sql`select s.id, s.name, s.partner_organisation_id is not null as partner,
          exists (select 1 from directory_services v where v.structure_id = s.id
            and 'aide_alimentaire' = any (v.themes)) as food
        from directory_structures s
        where s.organisation_id = ${keeper.organisationId} and s.status = 'publiee'
        order by s.partner_organisation_id is null, s.name`,
  )
  if (structures.length === 0) return
  const [direction] = await rows<{ id: string }>(
    tx,
    sql`select id from accounts where email = ${keeper.directionEmail}`,
  )
  const by = direction?.id ?? null
  const organisationId = keeper.organisationId

  const [v1] = await tx
    .insert(networkCharters)
    .values({
      organisationId,
      version: 1,
      title: 'Charte du réseau des solidarités de Besançon',
      body: charterV1,
      publishedAt: new Date(now.getTime() - 420 * DAY),
      publishedBy: by,
    })
    .returning()
  const [v2] = await tx
    .insert(networkCharters)
    .values({
      organisationId,
      version: 2,
      title: 'Charte du réseau des solidarités de Besançon',
      body: charterV2,
      publishedAt: new Date(now.getTime() - 60 * DAY),
      publishedBy: by,
    })
    .returning()
  // Every third structure signed both versions, the next only the first on paper, the third none yet.
  for (const [i, s] of structures.entries()) {
    if (i % 3 === 2) continue
    await tx.insert(charterSignatures).values({
      organisationId,
      charterId: v1!.id,
      structureId: s.id,
      signatoryName: 'La présidence',
      signedAt: new Date(now.getTime() - (400 - i) * DAY),
      recordedBy: by,
      method: 'papier',
    })
    if (i % 3 === 0)
      await tx.insert(charterSignatures).values({
        organisationId,
        charterId: v2!.id,
        structureId: s.id,
        signatoryName: 'La présidence',
        signedAt: new Date(now.getTime() - (50 - i) * DAY),
        method: 'en_ligne',
      })
  }

  const food = structures.some((s) => s.food) ? structures.filter((s) => s.food) : structures
  const today = parisDate(now)
  const meeting = async (day: string, past: boolean) => {
    const startsAt = parisInstant(day, 14, 0)
    const [m] = await tx
      .insert(networkMeetings)
      .values({
        organisationId,
        kind: 'coordination_aide_alimentaire',
        title: 'Coordination trimestrielle de l’aide alimentaire',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        location: 'CCAS de Besançon, salle du conseil, 1 rue Mégevand, 25000 Besançon',
        agenda,
        capacity: 30,
        createdBy: by,
        ...(past
          ? {
              minutes:
                'Structures présentes : voir la liste.\n\n' +
                'Stocks : tension sur les produits frais en fin de mois ; une collecte commune est prévue au printemps.\n' +
                'Colis d’urgence : le CCAS en délivre du lundi au vendredi, les épiceries le samedi matin.\n' +
                'Prochaine rencontre : dans trois mois, même lieu.',
              minutesPublishedAt: new Date(startsAt.getTime() + 3 * DAY),
            }
          : {}),
      })
      .returning()
    for (const [i, s] of food.entries()) {
      // In the next one, the partners with an account have yet to answer; the others answered by phone.
      const answered = past || !s.partner
      const registered = i % 3 !== 1
      await tx.insert(meetingInvitations).values({
        organisationId,
        meetingId: m!.id,
        structureId: s.id,
        invitedAt: new Date(startsAt.getTime() - 30 * DAY),
        response: answered ? (registered ? 'inscrite' : 'excusee') : 'invitee',
        participants: answered && registered ? 1 + (i % 2) : 0,
        respondedAt: answered ? new Date(startsAt.getTime() - 20 * DAY) : null,
        attended: past ? registered && i % 4 !== 3 : null,
      })
    }
  }
  await meeting(addDays(today, -75), true)
  await meeting(addDays(today, 21), false)
}
