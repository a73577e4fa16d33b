import { eq, inArray } from 'drizzle-orm'
import { newId } from '../../../../shared/ids'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth'
import { organisations } from '../../organisations'
import { jobProfiles } from '../fiches.table'
import type { PathwaysDemoContext } from '../pathways.demo'
import { sanitizeRichText } from '../rich-text'
import {
  ambassadorBookings,
  ambassadorModuleCompletions,
  ambassadorModules,
  ambassadors,
  candidateFicheReads,
  discoveryPathJobs,
} from './ambassadors.table'

const DAY = 86_400_000

interface DemoAmbassador {
  local: string
  name: string
  displayName: string
  fiche: string
  employerType: string
  /** An employer of the demo the ambassador works for, when they wrote the profile as its member. */
  employer?: string
  years: number
  story: string
  languages: string[]
  formats: string[]
  place: [postcode: string, commune: string, insee: string, latitude: number, longitude: number]
  radiusKm: number
  availability: string
  reviewState?: 'a_valider'
}

/** Ambassadors around Besançon and in the Ain, one or two per demo fiche. */
export const demoAmbassadors: DemoAmbassador[] = [
  {
    local: 'nadia.benali.ambassadrice',
    name: 'Nadia Benali',
    displayName: 'Nadia B.',
    fiche: 'aide-a-domicile',
    employerType: 'association',
    employer: 'Aide et Domicile du Grand Besançon',
    years: 6,
    story:
      'Je passe mes matinées chez des personnes âgées : le lever, la toilette, le repas, et surtout la conversation. On ne fait jamais deux fois la même journée, et on repart en se sentant utile.',
    languages: ['fr', 'ar'],
    formats: ['classe', 'forum', 'distance'],
    place: ['25000', 'Besançon', '25056', 47.2378, 6.0241],
    radiusKm: 25,
    availability: 'Le mercredi après-midi et pendant les vacances scolaires.',
  },
  {
    local: 'julien.morel.ambassadeur',
    name: 'Julien Morel',
    displayName: 'Julien M.',
    fiche: 'aide-soignant',
    employerType: 'hopital',
    years: 11,
    story:
      'Aide-soignant en gériatrie depuis onze ans. Les soins, c’est technique, mais c’est d’abord une relation : on apprend à connaître chaque patient et sa famille.',
    languages: ['fr', 'en'],
    formats: ['forum', 'lieu_de_travail'],
    place: ['01000', 'Bourg-en-Bresse', '01053', 46.2052, 5.2255],
    radiusKm: 30,
    availability: 'Un samedi par mois, selon mon planning.',
  },
  {
    local: 'sophie.lamarre.ambassadrice',
    name: 'Sophie Lamarre',
    displayName: 'Sophie L.',
    fiche: 'educateur-specialise',
    employerType: 'mecs',
    years: 9,
    story:
      'J’accompagne des adolescents placés en maison d’enfants. Mon travail : les aider à reprendre confiance, l’école, les liens avec leur famille. C’est exigeant et passionnant.',
    languages: ['fr'],
    formats: ['classe', 'distance'],
    place: ['25000', 'Besançon', '25056', 47.2484, 6.0235],
    radiusKm: 40,
    availability: 'Le jeudi en fin de journée, en visio de préférence.',
  },
  {
    local: 'karim.daoud.ambassadeur',
    name: 'Karim Daoud',
    displayName: 'Karim D.',
    fiche: 'accompagnant-educatif-et-social',
    employerType: 'foyer',
    years: 4,
    story:
      'Je suis AES dans un foyer pour adultes en situation de handicap. Je suis venu à ce métier après une reconversion, par l’apprentissage : on peut s’y former en étant payé.',
    languages: ['fr', 'ar', 'en'],
    formats: ['classe', 'forum', 'lieu_de_travail'],
    place: ['01100', 'Oyonnax', '01283', 46.2561, 5.6556],
    radiusKm: 35,
    availability: 'En semaine, en prévenant deux semaines avant.',
  },
  {
    local: 'martine.roux.ambassadrice',
    name: 'Martine Roux',
    displayName: 'Martine R.',
    fiche: 'assistant-familial',
    employerType: 'departement',
    employer: 'Département de l’Ain',
    years: 15,
    story:
      'J’accueille chez moi des enfants confiés par l’Aide sociale à l’enfance. Toute la famille vit ce métier : je raconte volontiers l’agrément, la formation et la vie au quotidien.',
    languages: ['fr'],
    formats: ['forum', 'distance'],
    place: ['01000', 'Bourg-en-Bresse', '01053', 46.2052, 5.2255],
    radiusKm: 50,
    availability: 'Aux réunions d’information du Département, et par téléphone le soir.',
  },
  {
    local: 'elodie.perrin.ambassadrice',
    name: 'Élodie Perrin',
    displayName: 'Élodie P.',
    fiche: 'assistant-de-vie-aux-familles',
    employerType: 'saad',
    years: 3,
    story:
      'J’aide des familles chez elles : courses, repas, ménage, et la présence auprès de personnes qui vivent seules. J’ai un planning qui me laisse le mercredi avec mes enfants.',
    languages: ['fr', 'pt'],
    formats: ['classe', 'distance'],
    place: ['01500', 'Ambérieu-en-Bugey', '01004', 45.9581, 5.3578],
    radiusKm: 25,
    availability: 'Le mardi et le vendredi après 14 h.',
  },
  {
    local: 'thomas.girard.ambassadeur',
    name: 'Thomas Girard',
    displayName: 'Thomas G.',
    fiche: 'moniteur-educateur',
    employerType: 'ime',
    years: 7,
    story:
      'Moniteur-éducateur en IME, je partage le quotidien d’enfants autistes : les ateliers, les sorties, les repas. On avance à petits pas, et chaque progrès se fête.',
    languages: ['fr', 'lsf'],
    formats: ['classe', 'lieu_de_travail'],
    place: ['25480', 'École-Valentin', '25212', 47.2667, 5.9906],
    radiusKm: 20,
    availability: 'Pendant les vacances scolaires.',
  },
  {
    local: 'amina.kone.ambassadrice',
    name: 'Amina Koné',
    displayName: 'Amina K.',
    fiche: 'aide-soignant',
    employerType: 'ehpad',
    years: 2,
    story:
      'Jeune aide-soignante en EHPAD, j’ai choisi ce métier après un stage. Je voudrais dire aux lycéens que c’est un métier où l’on apprend tous les jours.',
    languages: ['fr'],
    formats: ['classe', 'forum'],
    place: ['01340', 'Montrevel-en-Bresse', '01266', 46.3375, 5.1239],
    radiusKm: 20,
    availability: 'Le week-end.',
    reviewState: 'a_valider',
  },
]

/** The training every ambassador follows, written by the editors. */
export const demoModules = [
  {
    title: 'Les messages clés du métier',
    summary: 'Ce qui attire, ce qui fait rester, les chiffres justes.',
    bodyHtml:
      '<h2>Trois messages</h2><ul><li>Un métier utile, où l’on voit le sens de ce qu’on fait.</li><li>Des formations accessibles, dont l’apprentissage payé.</li><li>Des employeurs qui recrutent près de chez soi.</li></ul><p>Appuyez-vous sur la fiche métier pour les salaires : ils sont calculés des grilles officielles.</p>',
  },
  {
    title: 'Parler à une classe',
    summary: 'Préparer une intervention de 45 minutes avec des lycéens.',
    bodyHtml:
      '<h2>Avant</h2><p>Demandez à l’enseignant le niveau de la classe et ce qu’elle connaît déjà.</p><h2>Pendant</h2><ul><li>Racontez une journée réelle, avec ses moments difficiles.</li><li>Laissez la moitié du temps aux questions.</li></ul>',
  },
  {
    title: 'Ce qu’on ne promet pas',
    summary: 'Dire vrai sur les horaires, le salaire et l’embauche.',
    bodyHtml:
      '<p>Vous parlez en votre nom : ne promettez ni embauche, ni stage, ni salaire précis. Orientez vers les offres et les employeurs du portail.</p>',
  },
  {
    title: 'Protéger les données des personnes',
    summary: 'Ce qu’on garde, ce qu’on ne raconte pas.',
    bodyHtml:
      '<p>Les coordonnées des demandeurs ne servent qu’à organiser la rencontre : ne les gardez pas ensuite. Ne racontez jamais une situation qui permettrait de reconnaître une personne accompagnée.</p>',
  },
]

async function accountFor(tx: Db, context: PathwaysDemoContext, local: string, name: string) {
  const email = `${local}@${context.domain}`
  const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email))
  if (existing) return existing.id
  const [created] = await tx
    .insert(accounts)
    .values({ email, displayName: name, passwordHash: context.passwordHash })
    .returning({ id: accounts.id })
  return created!.id
}

/**
 * Demo data of the ambassadors part: eight ambassadors (one waiting for validation), the four
 * training modules, a few requests in each state, and Léa Martin's discovery path, half done.
 */
export async function createDemoAmbassadors(tx: Db, context: PathwaysDemoContext): Promise<void> {
  const now = new Date()
  const fiches = await tx
    .select({ id: jobProfiles.id, slug: jobProfiles.slug })
    .from(jobProfiles)
    .where(inArray(jobProfiles.slug, [...new Set(demoAmbassadors.map((a) => a.fiche))]))
  const employers = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      inArray(
        organisations.name,
        demoAmbassadors.flatMap((a) => (a.employer ? [a.employer] : [])),
      ),
    )

  const modules = await tx
    .insert(ambassadorModules)
    .values(
      demoModules.map((m, position) => ({
        ...m,
        bodyHtml: sanitizeRichText(m.bodyHtml),
        position,
        published: true,
      })),
    )
    .returning({ id: ambassadorModules.id })

  const ids = new Map<string, string>()
  for (const [n, demo] of demoAmbassadors.entries()) {
    const job = fiches.find((f) => f.slug === demo.fiche)
    if (!job) continue
    const [postcode, commune, communeInsee, latitude, longitude] = demo.place
    const id = newId()
    const reviewState = demo.reviewState ?? 'publie'
    await tx.insert(ambassadors).values({
      id,
      accountId: await accountFor(tx, context, demo.local, demo.name),
      organisationId: employers.find((e) => e.name === demo.employer)?.id ?? null,
      jobId: job.id,
      displayName: demo.displayName,
      employerType: demo.employerType,
      yearsInJob: demo.years,
      story: demo.story,
      languages: demo.languages,
      formats: demo.formats,
      postcode,
      commune,
      communeInsee,
      latitude,
      longitude,
      radiusKm: demo.radiusKm,
      availability: demo.availability,
      reviewState,
      submittedAt: new Date(now.getTime() - (20 - n) * DAY),
      reviewedAt: reviewState === 'publie' ? new Date(now.getTime() - (18 - n) * DAY) : null,
    })
    ids.set(demo.local, id)
    // The longer-standing ambassadors followed more of the training.
    const done = modules.slice(0, Math.max(0, 4 - (n % 5)))
    if (reviewState === 'publie' && done.length)
      await tx.insert(ambassadorModuleCompletions).values(
        done.map((m) => ({
          ambassadorId: id,
          moduleId: m.id,
          completedAt: new Date(now.getTime() - 10 * DAY),
        })),
      )
  }

  const nadia = ids.get('nadia.benali.ambassadrice')
  const julien = ids.get('julien.morel.ambassadeur')
  const sophie = ids.get('sophie.lamarre.ambassadrice')
  const jobOf = (local: string) =>
    fiches.find((f) => f.slug === demoAmbassadors.find((a) => a.local === local)!.fiche)!.id
  const lea = await accountFor(tx, context, 'lea.martin.candidate', 'Léa Martin')

  const bookings: (typeof ambassadorBookings.$inferInsert)[] = []
  if (nadia) {
    bookings.push(
      {
        ambassadorId: nadia,
        jobId: jobOf('nadia.benali.ambassadrice'),
        requesterKind: 'etablissement',
        requesterName: 'Claire Roussel',
        requesterOrganisation: 'Lycée Pasteur, Besançon',
        requesterEmail: 'claire.roussel@lycee-pasteur.test',
        requesterPhone: '+33381112233',
        format: 'classe',
        wishedDates: 'Un mardi matin en mars',
        message: 'Pour ma classe de seconde ASSP (28 élèves), une heure de présentation et de questions.',
        createdAt: new Date(now.getTime() - 2 * DAY),
      },
      {
        ambassadorId: nadia,
        jobId: jobOf('nadia.benali.ambassadrice'),
        candidateAccountId: lea,
        requesterKind: 'candidat',
        requesterName: 'Léa Martin',
        requesterEmail: `lea.martin.candidate@${context.domain}`,
        format: 'distance',
        wishedDates: 'En fin de journée',
        message: 'Je pense me former au métier et voudrais savoir comment se passe une journée.',
        state: 'realisee',
        answerMessage: 'Avec plaisir, je vous appelle jeudi.',
        answeredAt: new Date(now.getTime() - 20 * DAY),
        doneAt: new Date(now.getTime() - 14 * DAY),
        createdAt: new Date(now.getTime() - 21 * DAY),
      },
    )
  }
  if (julien)
    bookings.push({
      ambassadorId: julien,
      jobId: jobOf('julien.morel.ambassadeur'),
      requesterKind: 'forum',
      requesterName: 'Mission locale Bresse',
      requesterOrganisation: 'Forum des métiers du lien, Bourg-en-Bresse',
      requesterEmail: 'forum@mission-locale-bresse.test',
      format: 'forum',
      wishedDates: 'Le samedi du forum',
      state: 'acceptee',
      answerMessage: 'Je serai là de 9 h à 13 h.',
      answeredAt: new Date(now.getTime() - 5 * DAY),
      createdAt: new Date(now.getTime() - 9 * DAY),
    })
  if (sophie)
    bookings.push({
      ambassadorId: sophie,
      jobId: jobOf('sophie.lamarre.ambassadrice'),
      requesterKind: 'etablissement',
      requesterName: 'Marc Petitjean',
      requesterOrganisation: 'Collège Victor-Hugo',
      requesterEmail: 'marc.petitjean@college.test',
      format: 'classe',
      wishedDates: 'Avant les vacances de printemps',
      state: 'refusee',
      answerMessage: 'Je ne suis pas disponible à ces dates, désolée.',
      answeredAt: new Date(now.getTime() - 30 * DAY),
      createdAt: new Date(now.getTime() - 33 * DAY),
    })
  if (bookings.length) await tx.insert(ambassadorBookings).values(bookings)

  // Léa discovers the aide à domicile (fiche read, ambassador met; her immersion comes from the
  // immersions part) and the aide-soignant (fiche read).
  const path = fiches.filter((f) => f.slug === 'aide-a-domicile' || f.slug === 'aide-soignant')
  for (const [n, f] of path.entries()) {
    const at = new Date(now.getTime() - (30 - n) * DAY)
    await tx
      .insert(discoveryPathJobs)
      .values({ candidateAccountId: lea, jobId: f.id, createdAt: at, updatedAt: at })
    await tx
      .insert(candidateFicheReads)
      .values({ candidateAccountId: lea, jobId: f.id, firstReadAt: at, lastReadAt: at, readCount: 2 })
  }
}
