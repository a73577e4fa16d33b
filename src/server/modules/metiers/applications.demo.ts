import { and, eq, inArray } from 'drizzle-orm'
import type { ApplicationStatus } from '../../../shared/modules/metiers/metiers.constants'
import type { Db } from '../../db/client'
import { firstNames, pick, seededRandom, surnames } from '../../demo/names'
import { organisations } from '../organisations'
import { jobApplicationEvents, jobApplications } from './applications.table'
import { answerRatesRepository } from './answer-rates.repository'
import { jobOffers } from './offers.table'

const DAY = 86_400_000

/**
 * Employers whose demonstration offers already received applications, and how they answer: a share
 * of applications answered within the week. The journeys' employers (IME, EHPAD Les Tilleuls, the
 * CCAS) are left without any, so that what the journeys count is theirs.
 */
const answering: Record<string, number> = {
  'Aide et Domicile du Grand Besançon': 0.9,
  'Centre hospitalier de Bourg-en-Bresse': 0.7,
  'Domicile Services Bressans': 0.5,
  'MECS La Passerelle': 0.85,
  'EHPAD public de Montrevel-en-Bresse': 0.3,
}

const answered: ApplicationStatus[] = ['contactee', 'entretien', 'non_retenue', 'retenue']

/**
 * Applications received over the last two months by a few demonstration employers, some answered
 * within the week and some not, so that their answer rate shows on their offers and in the search.
 */
export async function createDemoApplications(tx: Db, now: Date = new Date()) {
  const random = seededRandom(61)
  const employers = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.name, Object.keys(answering)))
  for (const employer of employers) {
    const offers = await tx
      .select({ id: jobOffers.id })
      .from(jobOffers)
      .where(and(eq(jobOffers.organisationId, employer.id), eq(jobOffers.state, 'publiee')))
    if (offers.length === 0) continue
    for (let n = 0; n < 8; n++) {
      const createdAt = new Date(now.getTime() - (8 + Math.floor(random() * 50)) * DAY)
      const isAnswered = random() < answering[employer.name]!
      const answeredAt = isAnswered
        ? new Date(createdAt.getTime() + (1 + Math.floor(random() * 5)) * DAY)
        : null
      const status: ApplicationStatus = isAnswered ? pick(random, answered) : 'recue'
      const firstName = pick(random, firstNames)
      const lastName = pick(random, surnames)
      const [application] = await tx
        .insert(jobApplications)
        .values({
          organisationId: employer.id,
          offerId: pick(random, offers).id,
          firstName,
          lastName,
          email: `${firstName}.${lastName}.${n}@exemple.test`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^\w.@-]/g, ''),
          message: 'Bonjour, votre offre m’intéresse : je suis disponible pour un entretien.',
          status,
          statusChangedAt: answeredAt ?? createdAt,
          answeredAt,
          createdAt,
        })
        .returning({ id: jobApplications.id })
      if (answeredAt)
        await tx.insert(jobApplicationEvents).values({
          organisationId: employer.id,
          applicationId: application!.id,
          kind: 'statut',
          status,
          at: answeredAt,
        })
    }
    await answerRatesRepository(tx).refresh(employer.id, now)
  }
}
