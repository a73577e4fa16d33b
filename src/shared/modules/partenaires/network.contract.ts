/** Partenaires — entries to update, charter, network meetings. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { libelle } from '../../zod/fr'
import { requestThemes } from '../accueil/accueil.constants'
import { texteLibre } from '../accueil/accueil.contract'
import type { Role } from '../organisations/roles'

/** Roles of the keeping organisation that animate the network (publish, invite, remind). */
export const networkKeeperRoles: readonly Role[] = ['administrateur', 'direction']
/** Roles of the keeping organisation that read the network's state. */
export const networkReaderRoles: readonly Role[] = [
  'administrateur',
  'direction',
  'travailleur_social',
  'agent_accueil',
]
/** Roles of a partner organisation's members who answer for its structures. */
export const networkPartnerRoles: readonly Role[] = ['partenaire', 'administrateur']

export const meetingKinds = ['coordination_aide_alimentaire', 'assemblee_annuelle', 'autre'] as const
export type MeetingKind = (typeof meetingKinds)[number]
export const meetingKindLabels: Record<MeetingKind, string> = {
  coordination_aide_alimentaire: 'Coordination de l’aide alimentaire',
  assemblee_annuelle: 'Assemblée annuelle des associations',
  autre: 'Autre rencontre',
}

export const invitationResponses = ['invitee', 'inscrite', 'excusee'] as const
export type InvitationResponse = (typeof invitationResponses)[number]
export const invitationResponseLabels: Record<InvitationResponse, string> = {
  invitee: 'Sans réponse',
  inscrite: 'Inscrite',
  excusee: 'Excusée',
}

export const signatureMethods = ['en_ligne', 'papier'] as const
export type SignatureMethod = (typeof signatureMethods)[number]

/** Pages the e-mails link to (client routes). */
export const networkPages = {
  /** The partner's network page: charter to sign, invitations, minutes. */
  partnerNetwork: '/partenaire/reseau',
  /** The partner's entries to check ("mes fiches"). */
  partnerEntries: '/annuaire/mes-fiches',
  /** The public page of a service of the directory, for a structure without an account. */
  publicService: (organisationId: string, serviceId: string) =>
    `/public/${organisationId}/annuaire/services/${serviceId}`,
  /** The public directory, for a structure without an account nor a published service. */
  publicDirectory: (organisationId: string) => `/public/${organisationId}/annuaire`,
} as const

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const instant = z.iso.datetime({ offset: true })
const instantInput = z.iso.datetime({ offset: true, message: 'Date et heure invalides (format ISO 8601).' })
const structureId = z.uuid({ message: 'Identifiant de structure invalide.' })
const signatoryName = libelle(200)

// —— Entries to update ——

export const staleEntryView = z.object({
  structureId: z.uuid(),
  name: z.string(),
  /** Last time the structure (or the keeper) confirmed its entries. */
  confirmedAt: instant,
  updateEveryMonths: z.number().int(),
  /** The day the entries became "à mettre à jour": confirmedAt + updateEveryMonths. */
  staleSince: instant,
  hasPartnerAccount: z.boolean(),
  hasEmail: z.boolean(),
  /** Last reminder sent (monthly job or campaign), if any. */
  remindedAt: instant.nullable(),
})
export type StaleEntryView = z.output<typeof staleEntryView>

export const campaignView = z.object({
  id: z.uuid(),
  startedAt: instant,
  startedBy: z.string().nullable(),
  message: z.string(),
  /** Structures reminded when the campaign started. */
  reminded: z.number().int(),
  /** Of the structures published now, how many confirmed their entries since the campaign started. */
  confirmed: z.number().int(),
  notYet: z.number().int(),
})
export type CampaignView = z.output<typeof campaignView>

export const campaignDetailView = campaignView.extend({
  structures: z.array(
    z.object({
      structureId: z.uuid(),
      name: z.string(),
      hasPartnerAccount: z.boolean(),
      confirmedAt: instant,
      confirmedSinceCampaign: z.boolean(),
    }),
  ),
})
export type CampaignDetailView = z.output<typeof campaignDetailView>

// —— Charter ——

export const charterSummaryView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  publishedAt: instant,
  publishedBy: z.string().nullable(),
  isCurrent: z.boolean(),
  signatures: z.number().int(),
})
export type CharterSummaryView = z.output<typeof charterSummaryView>

export const charterView = charterSummaryView.extend({ body: z.string() })
export type CharterView = z.output<typeof charterView>

export const signatureView = z.object({
  charterId: z.uuid(),
  version: z.number().int(),
  signatoryName: z.string(),
  signedAt: instant,
  method: z.enum(signatureMethods),
})
export type SignatureView = z.output<typeof signatureView>

export const structureSignatureView = z.object({
  structureId: z.uuid(),
  name: z.string(),
  hasPartnerAccount: z.boolean(),
  /** The latest version the structure signed; null if it never signed. */
  latest: signatureView.nullable(),
  /** True when the latest signature is of the current version. */
  signedCurrent: z.boolean(),
})
export type StructureSignatureView = z.output<typeof structureSignatureView>

// —— Meetings ——

export const meetingSummaryView = z.object({
  id: z.uuid(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  startsAt: instant,
  endsAt: instant,
  location: z.string(),
  capacity: z.number().int().nullable(),
  invited: z.number().int(),
  registered: z.number().int(),
  excused: z.number().int(),
  /** Sum of the participants announced by the registered structures. */
  participants: z.number().int(),
  /** Structures marked present (null before attendance is taken). */
  attended: z.number().int().nullable(),
  minutesPublished: z.boolean(),
})
export type MeetingSummaryView = z.output<typeof meetingSummaryView>

export const invitationView = z.object({
  structureId: z.uuid(),
  name: z.string(),
  hasPartnerAccount: z.boolean(),
  hasEmail: z.boolean(),
  response: z.enum(invitationResponses),
  participants: z.number().int(),
  attended: z.boolean().nullable(),
  invitedAt: instant,
  respondedAt: instant.nullable(),
})
export type InvitationView = z.output<typeof invitationView>

export const meetingDetailView = meetingSummaryView.extend({
  agenda: z.string(),
  minutes: z.string().nullable(),
  minutesPublishedAt: instant.nullable(),
  invitations: z.array(invitationView),
})
export type MeetingDetailView = z.output<typeof meetingDetailView>

const meetingFields = {
  kind: z.enum(meetingKinds, { message: 'Type de rencontre inconnu.' }),
  title: libelle(200),
  startsAt: instantInput,
  /** One hour after the start if not given. */
  endsAt: instantInput.nullable().optional(),
  location: libelle(300),
  agenda: texteLibre(10_000).default(''),
  capacity: z
    .number()
    .int({ message: 'Un nombre entier de places.' })
    .min(1, { message: 'Une place au moins.' })
    .max(10_000, { message: '10 000 places au plus.' })
    .nullable()
    .optional(),
}

export const createMeetingBody = z.strictObject(meetingFields)

/** Whom to invite: every published structure, those with a service of a theme, or a pick. */
export const invitationTarget = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('toutes') }),
    z.strictObject({ kind: z.literal('theme'), theme: z.enum(requestThemes, { message: 'Thème inconnu.' }) }),
    z.strictObject({
      kind: z.literal('choix'),
      structureIds: z
        .array(structureId)
        .min(1, { message: 'Choisissez au moins une structure.' })
        .max(1000, { message: '1 000 structures au plus.' }),
    }),
  ],
  { message: 'Choisissez qui inviter : toutes, par thème ou une sélection.' },
)

export const partnerMeetingView = z.object({
  meetingId: z.uuid(),
  keeperName: z.string(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  startsAt: instant,
  endsAt: instant,
  location: z.string(),
  agenda: z.string(),
  capacity: z.number().int().nullable(),
  /** Places still free (null without a capacity). */
  placesLeft: z.number().int().nullable(),
  structureId: z.uuid(),
  structureName: z.string(),
  response: z.enum(invitationResponses),
  participants: z.number().int(),
  minutes: z.string().nullable(),
  minutesPublishedAt: instant.nullable(),
})
export type PartnerMeetingView = z.output<typeof partnerMeetingView>

export const partnerCharterView = z.object({
  keeperName: z.string(),
  charter: charterView.omit({ signatures: true, publishedBy: true }),
  structures: z.array(
    z.object({
      structureId: z.uuid(),
      name: z.string(),
      latest: signatureView.nullable(),
      signedCurrent: z.boolean(),
    }),
  ),
})
export type PartnerCharterView = z.output<typeof partnerCharterView>

// —— Per-partner network view ——

export const structureNetworkView = z.object({
  structureId: z.uuid(),
  name: z.string(),
  hasPartnerAccount: z.boolean(),
  confirmedAt: instant,
  updateEveryMonths: z.number().int(),
  staleSince: instant,
  stale: z.boolean(),
  remindedAt: instant.nullable(),
  currentCharterVersion: z.number().int().nullable(),
  signatures: z.array(signatureView),
  signedCurrent: z.boolean(),
  meetings: z.array(
    z.object({
      meetingId: z.uuid(),
      kind: z.enum(meetingKinds),
      title: z.string(),
      startsAt: instant,
      response: z.enum(invitationResponses),
      participants: z.number().int(),
      attended: z.boolean().nullable(),
    }),
  ),
  invitedCount: z.number().int(),
  attendedCount: z.number().int(),
})
export type StructureNetworkView = z.output<typeof structureNetworkView>

const participantsCount = z
  .number()
  .int({ message: 'Un nombre entier de participants.' })
  .min(1, { message: 'Un participant au moins.' })
  .max(50, { message: '50 participants au plus.' })

/** An answer to an invitation for one structure: registered with a number of participants, or excused. */
export const partnerAnswerBody = z.discriminatedUnion(
  'response',
  [
    z.strictObject({ structureId, response: z.literal('inscrite'), participants: participantsCount }),
    z.strictObject({ structureId, response: z.literal('excusee') }),
  ],
  { message: 'Réponse : inscrite ou excusée.' },
)

const KEEPERS = { kind: 'member', roles: networkKeeperRoles } as const
const READERS = { kind: 'member', roles: networkReaderRoles } as const
const PARTNERS = { kind: 'member', roles: networkPartnerRoles } as const

export const networkContract = {
  // —— Entries to update (keeper) ——
  staleEntries: defineRoute({
    method: 'GET',
    path: '/api/network/stale-entries',
    summary:
      'Fiches à mettre à jour : structures non confirmées depuis leur délai (les plus anciennes d’abord)',
    access: READERS,
    response: z.object({ items: z.array(staleEntryView), total: z.number().int() }),
  }),
  campaigns: defineRoute({
    method: 'GET',
    path: '/api/network/campaigns',
    summary: 'Campagnes de mise à jour de l’annuaire, avec leur participation (les plus récentes d’abord)',
    access: READERS,
    response: z.array(campaignView),
  }),
  campaign: defineRoute({
    method: 'GET',
    path: '/api/network/campaigns/:id',
    summary: 'Une campagne de mise à jour : structures ayant confirmé depuis son lancement, et les autres',
    access: READERS,
    params: id,
    response: campaignDetailView,
  }),
  startCampaign: defineRoute({
    method: 'POST',
    path: '/api/network/campaigns',
    summary:
      'Lancer une campagne de mise à jour : chaque structure publiée reçoit un rappel de vérifier ses fiches',
    access: KEEPERS,
    body: z.strictObject({
      /** A word from the keeper added to every reminder. */
      message: texteLibre(2000).default(''),
    }),
    response: campaignView,
    status: 201,
  }),

  // —— Charter (keeper) ——
  charters: defineRoute({
    method: 'GET',
    path: '/api/network/charters',
    summary: 'Versions de la charte du réseau (la plus récente d’abord)',
    access: READERS,
    response: z.array(charterSummaryView),
  }),
  charter: defineRoute({
    method: 'GET',
    path: '/api/network/charters/:id',
    summary: 'Une version de la charte, avec son texte',
    access: READERS,
    params: id,
    response: charterView,
  }),
  publishCharter: defineRoute({
    method: 'POST',
    path: '/api/network/charters',
    summary: 'Publier une nouvelle version de la charte (une version publiée n’est jamais réécrite)',
    access: KEEPERS,
    body: z.strictObject({ title: libelle(200), body: texteLibre(50_000, 1) }),
    response: charterView,
    status: 201,
  }),
  charterSignatures: defineRoute({
    method: 'GET',
    path: '/api/network/charter-signatures',
    summary: 'Par structure publiée : dernière version de la charte signée et si c’est la version en vigueur',
    access: READERS,
    response: z.object({
      currentVersion: z.number().int().nullable(),
      items: z.array(structureSignatureView),
    }),
  }),
  recordPaperSignature: defineRoute({
    method: 'POST',
    path: '/api/network/charters/:id/signatures',
    summary: 'Enregistrer la signature papier d’une structure pour cette version de la charte',
    access: KEEPERS,
    params: id,
    body: z.strictObject({
      structureId,
      signatoryName,
      /** The day written on the paper; today if not given. */
      signedOn: z.iso.date({ message: 'Date de signature invalide (AAAA-MM-JJ).' }).optional(),
    }),
    response: structureSignatureView,
    status: 201,
  }),

  // —— Meetings (keeper) ——
  meetings: defineRoute({
    method: 'GET',
    path: '/api/network/meetings',
    summary:
      'Rencontres du réseau : à venir (les plus proches d’abord) ou passées (les plus récentes d’abord)',
    access: READERS,
    query: z.strictObject({ period: z.enum(['a_venir', 'passees']).default('a_venir') }),
    response: z.array(meetingSummaryView),
  }),
  meeting: defineRoute({
    method: 'GET',
    path: '/api/network/meetings/:id',
    summary: 'Une rencontre : ordre du jour, structures invitées, réponses, présences, compte rendu',
    access: READERS,
    params: id,
    response: meetingDetailView,
  }),
  createMeeting: defineRoute({
    method: 'POST',
    path: '/api/network/meetings',
    summary: 'Créer une rencontre du réseau',
    access: KEEPERS,
    body: createMeetingBody,
    response: meetingDetailView,
    status: 201,
  }),
  repeatMeeting: defineRoute({
    method: 'POST',
    path: '/api/network/meetings/:id/repeat',
    summary:
      'Planifier les suivantes : copies de la rencontre tous les N mois (trimestrielle par défaut), sans invitation',
    access: KEEPERS,
    params: id,
    body: z.strictObject({
      count: z
        .number()
        .int({ message: 'Un nombre entier de rencontres.' })
        .min(1, { message: 'Une rencontre au moins.' })
        .max(12, { message: '12 rencontres au plus.' }),
      everyMonths: z
        .number()
        .int({ message: 'Un nombre entier de mois.' })
        .min(1, { message: 'Un mois au moins.' })
        .max(12, { message: '12 mois au plus.' })
        .default(3),
    }),
    response: z.array(meetingSummaryView),
    status: 201,
  }),
  invite: defineRoute({
    method: 'POST',
    path: '/api/network/meetings/:id/invitations',
    summary:
      'Inviter des structures (toutes, par thème ou une sélection) : chacune reçoit un e-mail avec le fichier agenda (ICS)',
    access: KEEPERS,
    params: id,
    body: z.strictObject({ target: invitationTarget }),
    response: z.object({
      /** Structures newly invited. */
      invited: z.number().int(),
      alreadyInvited: z.number().int(),
      /** Invitations sent by e-mail (to the partner's members or to the structure's address). */
      emailed: z.number().int(),
      /** Invited structures that have neither an account nor an e-mail: to be invited another way. */
      withoutAddress: z.array(z.object({ structureId: z.uuid(), name: z.string() })),
    }),
  }),
  recordAnswer: defineRoute({
    method: 'POST',
    path: '/api/network/meetings/:id/answers',
    summary: 'Noter la réponse d’une structure reçue par téléphone ou par e-mail (inscrite, excusée)',
    access: KEEPERS,
    params: id,
    body: partnerAnswerBody,
    response: meetingDetailView,
  }),
  recordAttendance: defineRoute({
    method: 'PUT',
    path: '/api/network/meetings/:id/attendance',
    summary: 'Noter les présences après la rencontre',
    access: KEEPERS,
    params: id,
    body: z.strictObject({
      items: z
        .array(z.strictObject({ structureId, attended: z.boolean() }))
        .min(1, { message: 'Indiquez au moins une structure.' })
        .max(1000),
    }),
    response: meetingDetailView,
  }),
  publishMinutes: defineRoute({
    method: 'PUT',
    path: '/api/network/meetings/:id/minutes',
    summary: 'Publier le compte rendu de la rencontre, lu ensuite par les structures invitées',
    access: KEEPERS,
    params: id,
    body: z.strictObject({ minutes: texteLibre(50_000, 1) }),
    response: meetingDetailView,
  }),
  meetingIcs: defineRoute({
    method: 'GET',
    path: '/api/network/meetings/:id/ics',
    summary: 'La rencontre au format agenda (ICS)',
    access: READERS,
    params: id,
    response: z.unknown(),
    raw: true,
  }),

  // —— Per-partner view (keeper) ——
  structureNetwork: defineRoute({
    method: 'GET',
    path: '/api/network/structures/:id',
    summary:
      'Vie du réseau d’une structure : signatures de la charte, rencontres (invitée, présente), fraîcheur des fiches',
    access: READERS,
    params: id,
    response: structureNetworkView,
  }),

  // —— Partner side ——
  partnerCharters: defineRoute({
    method: 'GET',
    path: '/api/network/partner/charters',
    summary:
      'Pour un partenaire : la charte en vigueur de chaque réseau dont il fait partie, et ses signatures',
    access: PARTNERS,
    response: z.array(partnerCharterView),
  }),
  signCharter: defineRoute({
    method: 'POST',
    path: '/api/network/partner/charters/:id/sign',
    summary: 'Signer en ligne la charte pour une de mes structures',
    access: PARTNERS,
    params: id,
    body: z.strictObject({ structureId, signatoryName }),
    response: partnerCharterView,
    status: 201,
  }),
  partnerMeetings: defineRoute({
    method: 'GET',
    path: '/api/network/partner/meetings',
    summary:
      'Pour un partenaire : les rencontres où ses structures sont invitées (à venir d’abord), avec le compte rendu',
    access: PARTNERS,
    response: z.array(partnerMeetingView),
  }),
  answerInvitation: defineRoute({
    method: 'POST',
    path: '/api/network/partner/meetings/:id/answer',
    summary:
      'Répondre à une invitation : inscrite (avec le nombre de participants, dans la limite des places) ou excusée',
    access: PARTNERS,
    params: id,
    body: partnerAnswerBody,
    response: partnerMeetingView,
  }),
  partnerMeetingIcs: defineRoute({
    method: 'GET',
    path: '/api/network/partner/meetings/:id/ics',
    summary: 'Une rencontre où je suis invité, au format agenda (ICS)',
    access: PARTNERS,
    params: id,
    response: z.unknown(),
    raw: true,
  }),
}
