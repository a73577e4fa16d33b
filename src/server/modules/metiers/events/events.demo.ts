import { eq, inArray } from 'drizzle-orm'
import { addDays, parisDate } from '../../../../shared/dates'
import { eventKindLabels, type EventKind } from '../../../../shared/modules/metiers/events.contract'
import { monthlySeriesDates, parisLocalToInstant } from '../../../../shared/modules/metiers/events-dates'
import { newId } from '../../../../shared/ids'
import type { Db } from '../../../db/client'
import { randomToken, sha256 } from '../../../platform/secrets'
import { organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'
import { slugSuffix, slugWords, unaccentLower } from '../offer-slug'
import type { PathwaysDemoContext } from '../pathways.demo'
import { eventRegistrations, metiersEvents } from './events.table'

const besancon = { postcode: '25000', commune: 'Besançon', communeInsee: '25056' }
const bourg = { postcode: '01000', commune: 'Bourg-en-Bresse', communeInsee: '01053' }

const people = [
  ['Inès', 'Morel'],
  ['Karim', 'Benali'],
  ['Sophie', 'Girard'],
  ['Lucas', 'Faure'],
  ['Aïcha', 'Diallo'],
  ['Thomas', 'Roux'],
  ['Camille', 'Perrin'],
  ['Yanis', 'Chevalier'],
  ['Léa', 'Gauthier'],
  ['Hugo', 'Mercier'],
  ['Nadia', 'Haddad'],
  ['Julie', 'Lambert'],
  ['Mehdi', 'Bonnet'],
  ['Chloé', 'Fontaine'],
  ['Paul', 'Rousseau'],
] as const

interface DemoEvent {
  organisationId: string
  kind: EventKind
  title: string
  descriptionHtml: string
  /** Days from today (Paris) and times. */
  day: string
  from: string
  to: string
  endDay?: string
  place?: {
    address: string
    postcode: string
    commune: string
    communeInsee: string
    latitude: number
    longitude: number
  }
  onlineUrl?: string
  capacity: number | null
  jobSlugs: string[]
  audience: string
  accessibility: string
  seriesId?: string
  replay?: { url: string; captionsUrl: string | null; transcript: string | null; public: boolean }
  /** Registrations: that many people from the list, seats first then the waiting list. */
  registrations: number
}

/**
 * The demonstration's events: in Besançon a forum and a job dating (full, with a waiting list); for
 * the Département de l’Ain the social film festival, an information meeting in Bourg-en-Bresse and
 * six monthly QVCT webinars, the first one over with its replay.
 */
export async function createDemoEvents(tx: Db, context: PathwaysDemoContext): Promise<void> {
  const [ain] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Département de l’Ain'))
  const ainId = ain?.id ?? context.ccasOrganisationId
  const fiches = await tx
    .select({ id: jobProfiles.id, slug: jobProfiles.slug })
    .from(jobProfiles)
    .where(
      inArray(jobProfiles.slug, [
        'aide-a-domicile',
        'aide-soignant',
        'accompagnant-educatif-et-social',
        'assistant-de-vie-aux-familles',
        'educateur-specialise',
        'assistant-familial',
        'moniteur-educateur',
      ]),
    )
  const jobId = new Map(fiches.map((f) => [f.slug, f.id]))
  const today = parisDate(new Date())
  const [y, m] = today.split('-').map(Number) as [number, number]
  const month = (offset: number) => {
    const index = m - 1 + offset
    return `${y + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  }
  const webinarSeries = newId()
  const webinarTopics = [
    'Prévenir le mal de dos dans les métiers du domicile',
    'Organiser les plannings sans coupures subies',
    'Accueillir et fidéliser les nouveaux salariés',
    'Prévenir l’épuisement professionnel',
    'Le tutorat des apprentis et des stagiaires',
    'Les risques routiers des intervenants à domicile',
  ]
  const webinarDays = [month(-1), ...[1, 2, 3, 4, 5].map(month)].map(
    (first) => monthlySeriesDates(first, 1, 2, 1)[0]!,
  )
  const webinars: DemoEvent[] = webinarDays.map((day, i) => ({
    organisationId: ainId,
    kind: 'webinaire_qvct',
    title: `Club QVCT 01 : ${webinarTopics[i]}`,
    descriptionHtml:
      '<p>Chaque mois, le club QVCT 01 réunit en ligne employeurs, encadrants et salariés du secteur social et médico-social de l’Ain autour d’une question de qualité de vie et des conditions de travail.</p><p>Une heure : un témoignage, des outils, vos questions.</p>',
    day,
    from: '12:30',
    to: '13:30',
    onlineUrl: `https://visio.ain.demo-lien.test/club-qvct-01-${i + 1}`,
    capacity: 100,
    jobSlugs: ['aide-a-domicile', 'aide-soignant', 'accompagnant-educatif-et-social'],
    audience: 'Employeurs, encadrants et professionnels du secteur',
    accessibility: 'Sous-titres en direct ; replay sous-titré.',
    seriesId: webinarSeries,
    ...(i === 0
      ? {
          replay: {
            url: 'https://video.ain.demo-lien.test/club-qvct-01/mal-de-dos',
            captionsUrl: 'https://video.ain.demo-lien.test/club-qvct-01/mal-de-dos.vtt',
            transcript:
              'Introduction par le club QVCT 01. Témoignage d’une aide à domicile de Bourg-en-Bresse sur les gestes et postures. Présentation des aides techniques financées. Questions des participants.',
            public: true,
          },
        }
      : {}),
    registrations: i === 0 ? 9 : i === 1 ? 4 : 0,
  }))

  const events: DemoEvent[] = [
    {
      organisationId: context.ccasOrganisationId,
      kind: 'forum',
      title: 'Forum des métiers du lien à Besançon',
      descriptionHtml:
        '<p>Une trentaine d’employeurs du domicile, des EHPAD, du handicap et de la petite enfance, des centres de formation et des professionnels pour parler de leur métier.</p><ul><li>Offres d’emploi et d’apprentissage</li><li>Démonstrations de gestes professionnels</li><li>Aide au CV</li></ul>',
      day: addDays(today, 24),
      from: '09:30',
      to: '17:00',
      place: {
        address: 'Kursaal, place du Théâtre',
        ...besancon,
        latitude: 47.2396,
        longitude: 6.0257,
      },
      capacity: null,
      jobSlugs: [
        'aide-a-domicile',
        'aide-soignant',
        'accompagnant-educatif-et-social',
        'educateur-specialise',
      ],
      audience: 'Tout public : personnes en recherche d’emploi, en reconversion, lycéens et étudiants',
      accessibility: 'Salle de plain-pied, accessible en fauteuil roulant. Boucle magnétique à l’accueil.',
      registrations: 6,
    },
    {
      organisationId: context.ccasOrganisationId,
      kind: 'job_dating',
      title: 'Job dating de l’aide à domicile',
      descriptionHtml:
        '<p>Dix minutes pour rencontrer un employeur, sans CV obligatoire. Postes à pourvoir tout de suite, à temps plein ou partiel, avec ou sans diplôme.</p>',
      day: addDays(today, 10),
      from: '14:00',
      to: '17:30',
      place: {
        address: '1 rue de la République',
        ...besancon,
        latitude: 47.2383,
        longitude: 6.0245,
      },
      capacity: 12,
      jobSlugs: ['aide-a-domicile', 'assistant-de-vie-aux-familles'],
      audience: 'Personnes qui cherchent un emploi auprès des personnes âgées à domicile',
      accessibility: 'Accessible en fauteuil roulant.',
      registrations: 15,
    },
    {
      organisationId: ainId,
      kind: 'festival_film',
      title: 'Festival du film social de l’Ain',
      descriptionHtml:
        '<p>Trois jours de films sur le soin, l’accompagnement et la protection de l’enfance, chaque projection suivie d’un échange avec des professionnels du secteur.</p>',
      day: addDays(today, 45),
      endDay: addDays(today, 47),
      from: '14:00',
      to: '22:00',
      place: {
        address: 'Salle des fêtes, avenue Alsace-Lorraine',
        ...bourg,
        latitude: 46.2046,
        longitude: 5.2258,
      },
      capacity: 250,
      jobSlugs: ['educateur-specialise', 'moniteur-educateur', 'assistant-familial', 'aide-soignant'],
      audience: 'Tout public, à partir de 15 ans',
      accessibility:
        'Séances sous-titrées pour les personnes sourdes et malentendantes ; places réservées en fauteuil.',
      registrations: 5,
    },
    {
      organisationId: ainId,
      kind: 'reunion_information',
      title: 'Réunion d’information : devenir assistant familial',
      descriptionHtml:
        '<p>Le métier d’assistant familial, l’agrément, la formation de 240 heures et la rémunération, expliqués par l’équipe du Département et des assistants familiaux en poste.</p>',
      day: addDays(today, 17),
      from: '18:00',
      to: '20:00',
      place: {
        address: '45 avenue Alsace-Lorraine',
        ...bourg,
        latitude: 46.2052,
        longitude: 5.2255,
      },
      capacity: 40,
      jobSlugs: ['assistant-familial'],
      audience: 'Personnes qui envisagent d’accueillir des enfants chez elles',
      accessibility: 'Salle accessible en fauteuil roulant.',
      registrations: 3,
    },
    ...webinars,
  ]

  let personIndex = 0
  for (const e of events) {
    const startsAt = parisLocalToInstant(`${e.day}T${e.from}`)
    const endsAt = parisLocalToInstant(`${e.endDay ?? e.day}T${e.to}`)
    const seats = e.capacity === null ? e.registrations : Math.min(e.capacity, e.registrations)
    const [row] = await tx
      .insert(metiersEvents)
      .values({
        organisationId: e.organisationId,
        slug: `${slugWords(e.title)}-${slugSuffix()}`,
        kind: e.kind,
        title: e.title,
        descriptionHtml: e.descriptionHtml,
        startsAt,
        endsAt,
        online: !e.place,
        onlineUrl: e.onlineUrl ?? null,
        ...(e.place ?? {}),
        capacity: e.capacity,
        registeredCount: seats,
        waitingCount: e.registrations - seats,
        jobIds: e.jobSlugs.flatMap((s) => (jobId.has(s) ? [jobId.get(s)!] : [])),
        audience: e.audience,
        accessibility: e.accessibility,
        published: true,
        seriesId: e.seriesId ?? null,
        replayUrl: e.replay?.url ?? null,
        replayCaptionsUrl: e.replay?.captionsUrl ?? null,
        replayTranscript: e.replay?.transcript ?? null,
        replayPublic: e.replay?.public ?? false,
        searchText: unaccentLower(`${e.title} ${e.place?.commune ?? ''} ${eventKindLabels[e.kind]}`),
      })
      .returning({ id: metiersEvents.id })
    const past = endsAt.getTime() < Date.now()
    for (let i = 0; i < e.registrations; i++) {
      const [firstName, lastName] = people[personIndex++ % people.length]!
      const seated = i < seats
      await tx.insert(eventRegistrations).values({
        organisationId: e.organisationId,
        eventId: row!.id,
        firstName,
        lastName,
        email: `${unaccentLower(firstName)}.${unaccentLower(lastName)}@exemple.${context.domain}`,
        state: seated ? 'inscrit' : 'liste_attente',
        attended: past && seated ? i % 4 !== 3 : null,
        cancelTokenHash: sha256(randomToken()),
        createdAt: new Date(Math.min(Date.now(), startsAt.getTime()) - (e.registrations - i) * 3_600_000),
      })
    }
  }
}
