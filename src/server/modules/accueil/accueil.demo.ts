import { eq, inArray } from 'drizzle-orm'
import type {
  AnswerChannel,
  OrientationOutcome,
  RequestChannel,
  RequestState,
  RequestTheme,
} from '../../../shared/modules/accueil/accueil.constants'
import type { Role } from '../../../shared/modules/organisations/roles'
import type { Db } from '../../db/client'
import { accounts } from '../auth'
import { services } from '../organisations'
import { usagers } from '../usagers'
import { accueilRepository } from './accueil.repository'
import { takeIn } from './request-intake'

interface DemoRequest {
  channel: RequestChannel
  themes: RequestTheme[]
  daysAgo: number
  /** A demo usager by first and last name, or pseudonym. */
  usager?: string
  contactName?: string
  replyTo?: string
  subject?: string
  message: string
  assignee?: Role
  service?: string
  answer?: { afterDays: number; channel: AnswerChannel; body: string }
  orientation?: { partnerName: string; reason: string; outcome: OrientationOutcome }
  state?: RequestState
}

const requests: DemoRequest[] = [
  {
    channel: 'accueil_physique',
    themes: ['aide_alimentaire'],
    daysAgo: 0,
    contactName: 'Femme, la trentaine, avec un enfant',
    message: 'Demande un colis alimentaire ; ne souhaite pas donner son nom.',
    assignee: 'agent_accueil',
    service: 'Accueil',
  },
  {
    channel: 'accueil_physique',
    themes: ['energie'],
    daysAgo: 3,
    usager: 'Hélène Lefèvre',
    subject: 'Facture d’électricité',
    message: 'Facture de régularisation de 640 € ; demande un échéancier.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    answer: {
      afterDays: 0,
      channel: 'accueil_physique',
      body: 'Dossier FSL énergie remis ; rendez-vous pris avec le fournisseur.',
    },
  },
  {
    channel: 'telephone',
    themes: ['logement'],
    daysAgo: 6,
    contactName: 'Monsieur B.',
    replyTo: '06 12 34 56 78',
    message: 'Menace d’expulsion ; rappeler en fin de matinée.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    state: 'en_cours',
  },
  {
    channel: 'courriel',
    themes: ['droits_rsa'],
    daysAgo: 2,
    usager: 'Marie Martin',
    replyTo: 'marie.martin@exemple.test',
    subject: 'Renouvellement RSA',
    message: 'Bonjour, je n’arrive pas à faire ma déclaration trimestrielle en ligne.',
    service: 'Accueil',
  },
  {
    channel: 'courriel',
    themes: ['isolement', 'sante'],
    daysAgo: 12,
    contactName: 'Fille d’une personne âgée',
    replyTo: 'famille@exemple.test',
    message: 'Ma mère vit seule et ne sort plus ; que proposez-vous ?',
    assignee: 'travailleur_social',
    service: 'Accompagnement social',
    state: 'en_attente_usager',
  },
  {
    channel: 'courrier',
    themes: ['droits_rsa'],
    daysAgo: 20,
    usager: 'Jean-Pierre Martin',
    message: 'Courrier de la CAF joint : demande d’explications sur un indu.',
    assignee: 'travailleur_social',
    service: 'Accompagnement social',
    answer: {
      afterDays: 6,
      channel: 'courrier',
      body: 'Explication de l’indu et modèle de demande de remise de dette envoyés.',
    },
    state: 'close',
  },
  {
    channel: 'formulaire',
    themes: ['numerique'],
    daysAgo: 1,
    contactName: 'Karim',
    replyTo: 'karim@exemple.test',
    subject: 'Formulaire de contact',
    message: 'Je n’ai pas d’ordinateur pour mes démarches. Avez-vous un espace numérique ?',
  },
  {
    channel: 'formulaire',
    themes: ['logement'],
    daysAgo: 9,
    contactName: 'Sandrine',
    replyTo: '03 81 00 00 09',
    subject: 'Formulaire de contact',
    message: 'Je cherche un logement social, comment faire la demande ?',
  },
  {
    channel: 'orientation_partenaire',
    themes: ['isolement'],
    daysAgo: 4,
    contactName: 'Orienté par le Secours catholique',
    message: 'Homme seul de 78 ans, souhaite de la visite à domicile.',
    assignee: 'travailleur_social',
    service: 'Accompagnement social',
    orientation: {
      partnerName: 'Petits frères des Pauvres',
      reason: 'Visites de convivialité',
      outcome: 'en_attente',
    },
  },
  {
    channel: 'accueil_physique',
    themes: ['emploi'],
    daysAgo: 10,
    usager: 'Noël Saint-Just',
    message: 'Cherche une formation et un contrat d’apprentissage.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    orientation: {
      partnerName: 'Mission locale du Grand Besançon',
      reason: 'Accompagnement vers l’apprentissage',
      outcome: 'prise_en_charge',
    },
    state: 'close',
  },
  {
    channel: 'telephone',
    themes: ['sante'],
    daysAgo: 0,
    contactName: 'Voisine',
    message: 'Signale une personne âgée qui ne répond plus au téléphone.',
    assignee: 'travailleur_social',
    service: 'Accompagnement social',
  },
  {
    channel: 'telephone',
    themes: ['handicap'],
    daysAgo: 1,
    usager: "Aïcha N'Diaye",
    message: 'Question sur le renouvellement de l’AAH.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    answer: {
      afterDays: 0,
      channel: 'telephone',
      body: 'Dossier MDPH expliqué ; formulaire envoyé par courrier.',
    },
  },
  {
    channel: 'courriel',
    themes: ['domiciliation'],
    daysAgo: 3,
    usager: 'Gégé',
    message: 'Demande une attestation d’élection de domicile pour la CPAM.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    state: 'en_cours',
  },
  {
    channel: 'courrier',
    themes: ['domiciliation'],
    daysAgo: 5,
    usager: 'Mohamed Ben Saïd',
    message: 'Demande de domiciliation reçue par courrier.',
    service: 'Accueil',
  },
  {
    channel: 'accueil_physique',
    themes: ['domiciliation', 'aide_alimentaire'],
    daysAgo: 15,
    usager: 'Fatoumata Traoré',
    message: 'Vient chercher son courrier et demande un colis.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    answer: {
      afterDays: 0,
      channel: 'accueil_physique',
      body: 'Courrier remis ; orientée vers l’épicerie solidaire.',
    },
    state: 'close',
  },
  {
    channel: 'courriel',
    themes: ['logement'],
    daysAgo: 30,
    contactName: 'Propriétaire d’un locataire',
    replyTo: 'proprietaire@exemple.test',
    message: 'Mon locataire ne paie plus ; que pouvez-vous faire ?',
    assignee: 'travailleur_social',
    service: 'Accompagnement social',
    answer: {
      afterDays: 13,
      channel: 'courriel',
      body: 'Orientation vers l’ADIL et la commission de prévention des expulsions.',
    },
    state: 'close',
  },
  {
    channel: 'formulaire',
    themes: ['energie'],
    daysAgo: 40,
    contactName: 'Paul',
    replyTo: 'paul@exemple.test',
    subject: 'Formulaire de contact',
    message: 'Puis-je avoir une aide pour le fioul ?',
    assignee: 'agent_accueil',
    service: 'Accueil',
    answer: {
      afterDays: 3,
      channel: 'courriel',
      body: 'Aide facultative énergie : pièces à fournir envoyées.',
    },
    state: 'close',
  },
  {
    channel: 'telephone',
    themes: ['autre'],
    daysAgo: 25,
    contactName: 'Mairie annexe',
    message: 'Demande des horaires d’ouverture de l’épicerie solidaire.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    answer: { afterDays: 0, channel: 'telephone', body: 'Horaires donnés.' },
    state: 'close',
  },
  {
    channel: 'accueil_physique',
    themes: ['aide_alimentaire'],
    daysAgo: 45,
    contactName: 'Homme, la cinquantaine',
    message: 'Demande un colis alimentaire.',
    assignee: 'agent_accueil',
    service: 'Accueil',
    answer: {
      afterDays: 0,
      channel: 'accueil_physique',
      body: 'Colis remis ; rendez-vous proposé avec une assistante sociale.',
    },
    state: 'close',
  },
  {
    channel: 'courrier',
    themes: ['sante'],
    daysAgo: 18,
    usager: 'Josiane Payet',
    message: 'Demande d’aide pour une mutuelle.',
    assignee: 'travailleur_social',
    service: 'Accompagnement social',
    state: 'en_attente_usager',
  },
]

/**
 * The demo organisation's requests over the last weeks: every channel and state, some late,
 * one anonymous walk-in, answers and orientations. Dates are relative to `now`.
 */
export async function createDemoRequests(
  tx: Db,
  organisation: { id: string; communeInsee: string | null },
  staff: Partial<Record<Role, string>>,
  now = new Date(),
) {
  const repo = accueilRepository(tx)
  await repo.upsertDelays(organisation.id, [{ channel: 'courrier', workingDays: 10 }], now)
  const emails = Object.values(staff)
  const accountIds = new Map(
    (
      await tx
        .select({ id: accounts.id, email: accounts.email })
        .from(accounts)
        .where(inArray(accounts.email, emails.length ? emails : ['']))
    ).map((a) => [a.email, a.id]),
  )
  const accountOf = (role: Role | undefined) =>
    role && staff[role] ? (accountIds.get(staff[role]) ?? null) : null
  const serviceIds = new Map(
    (
      await tx
        .select({ id: services.id, name: services.name })
        .from(services)
        .where(eq(services.organisationId, organisation.id))
    ).map((s) => [s.name, s.id]),
  )
  const people = await tx
    .select({
      id: usagers.id,
      firstName: usagers.firstName,
      lastName: usagers.lastName,
      pseudonym: usagers.pseudonym,
    })
    .from(usagers)
    .where(eq(usagers.organisationId, organisation.id))
  const usagerOf = (name: string | undefined) =>
    name
      ? (people.find(
          (p) => [p.firstName, p.lastName].filter(Boolean).join(' ') === name || p.pseudonym === name,
        )?.id ?? null)
      : null

  for (const spec of requests) {
    const receivedAt = new Date(now.getTime() - spec.daysAgo * 86_400_000 - 2 * 3_600_000)
    const assignee = accountOf(spec.assignee)
    const usagerId = usagerOf(spec.usager)
    const row = await takeIn(
      tx,
      organisation,
      {
        channel: spec.channel,
        themes: spec.themes,
        usagerId,
        contactName: usagerId ? null : (spec.contactName ?? null),
        replyTo: spec.replyTo ?? null,
        subject: spec.subject ?? null,
        message: spec.message,
        serviceId: spec.service ? (serviceIds.get(spec.service) ?? null) : null,
        assigneeId: assignee,
        receivedBy:
          spec.channel === 'formulaire' || spec.channel === 'courriel'
            ? null
            : (assignee ?? accountOf('agent_accueil')),
      },
      receivedAt,
    )
    let state: RequestState = row.state as RequestState
    const events: { kind: string; detail: Record<string, unknown>; at: Date }[] = []
    if (spec.answer) {
      const at = new Date(
        Math.min(receivedAt.getTime() + spec.answer.afterDays * 86_400_000 + 3_600_000, now.getTime()),
      )
      const answer = await repo.insertAnswer({
        organisationId: organisation.id,
        requestId: row.id,
        channel: spec.answer.channel,
        body: spec.answer.body,
        answeredBy: assignee,
        answeredAt: at,
      })
      await repo.updateRequest(row.id, { firstAnsweredAt: at })
      events.push(
        { kind: 'reponse', detail: { answerId: answer.id, channel: spec.answer.channel }, at },
        { kind: 'etat', detail: { from: state, to: 'repondue' }, at },
      )
      state = 'repondue'
    }
    if (spec.orientation) {
      const at = new Date(receivedAt.getTime() + 1_800_000)
      const o = spec.orientation
      const orientation = await repo.insertOrientation({
        organisationId: organisation.id,
        requestId: row.id,
        partnerName: o.partnerName,
        reason: o.reason,
        outcome: o.outcome,
        outcomeAt: o.outcome === 'en_attente' ? null : now,
        createdBy: assignee,
        createdAt: at,
      })
      events.push(
        { kind: 'orientation', detail: { orientationId: orientation.id, partnerName: o.partnerName }, at },
        { kind: 'etat', detail: { from: state, to: 'orientee' }, at },
      )
      state = 'orientee'
    }
    if (spec.state && spec.state !== state) {
      events.push({ kind: 'etat', detail: { from: state, to: spec.state }, at: now })
      state = spec.state
    }
    await repo.updateRequest(row.id, { state, closedAt: state === 'close' ? now : null })
    await repo.insertEvents(
      events.map((e) => ({ organisationId: organisation.id, requestId: row.id, actorId: assignee, ...e })),
    )
  }
  return requests.length
}
