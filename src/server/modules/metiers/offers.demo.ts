import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { accounts } from '../auth/auth.table'
import { memberships, organisations } from '../organisations/organisations.table'
import { jobProfiles } from './fiches.table'
import {
  demoEmployers,
  demoJobCodes,
  demoJobTexts,
  demoOffers,
  type DemoEmployer,
  type DemoJob,
} from './offers.demo-content'
import { eurosToCents } from './offers.presenter'
import { employerProfiles, jobOffers } from './offers.table'
import { offerSearchText } from './offer-search-text'
import { newOfferSlug } from './offer-slug'
import { sanitizeRichText } from './rich-text'

const DAY = 86_400_000
const PUBLICATION_DAYS = 60
const AIN = 'Département de l’Ain'

/** A DVE reference in the shape of Place de l'emploi public's: V, the département, the year, a number. */
const reference = (communeInsee: string, index: number) =>
  `V0${communeInsee.slice(0, 2)}26${String(100_000 + index * 7_919).padStart(8, '0')}`

/** The organisation of a demo employer: the demo CCAS, the Département de l’Ain if it exists, or a new employer. */
async function organisationOf(tx: Db, employer: DemoEmployer, ccasId: string) {
  if (!employer.name) return ccasId
  const [existing] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, employer.name))
  if (existing) return existing.id
  const [created] = await tx
    .insert(organisations)
    .values({
      kind: employer.name === AIN ? 'departement' : 'employeur',
      name: employer.name,
      ...(employer.name === AIN ? { siret: '22010001500017' } : {}),
      communeInsee: employer.communeInsee,
      primaryColor: employer.colours[0],
      accentColor: employer.colours[1],
    })
    .returning({ id: organisations.id })
  return created!.id
}

async function addRecruiter(
  tx: Db,
  organisationId: string,
  email: string,
  name: string,
  passwordHash: string,
) {
  const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email))
  if (existing) return
  const [account] = await tx
    .insert(accounts)
    .values({ email, displayName: `Recrutement — ${name}`, passwordHash })
    .returning({ id: accounts.id })
  await tx.insert(memberships).values({ organisationId, accountId: account!.id, roles: ['recruteur'] })
}

/** Published fiches by ROME code, when the fiches of the demonstration are already there. */
async function fichesByCode(tx: Db) {
  const codes = Object.values(demoJobCodes).flat()
  const found = await tx
    .select({ id: jobProfiles.id, codeRome: jobProfiles.codeRome, keywords: jobProfiles.keywords })
    .from(jobProfiles)
    .where(and(inArray(jobProfiles.codeRome, codes), eq(jobProfiles.published, true)))
  const byJob = new Map<DemoJob, { id: string; keywords: string[] }>()
  for (const [job, jobCodes] of Object.entries(demoJobCodes) as [DemoJob, string[]][]) {
    const fiche = jobCodes.map((code) => found.find((f) => f.codeRome === code)).find(Boolean)
    if (fiche) byJob.set(job, fiche)
  }
  return byJob
}

/**
 * The demonstration's employers around Besançon and Bourg-en-Bresse — the demo CCAS, the Département
 * de l’Ain, EHPAD, SAAD, IME, MECS, crèche, hôpital, associations — each with its profile and a recruiter
 * (`recrutement@<employeur>.demo-lien.test`, the demo CCAS's own `recruteur@…`), and about forty
 * published offers over the eleven jobs. Positions are given: nothing is geocoded at seed time.
 */
export async function createDemoOffers(
  tx: Db,
  options: { ccasOrganisationId: string; ccasName: string; domain: string; passwordHash: string; now?: Date },
) {
  const now = options.now ?? new Date()
  const [already] = await tx
    .select({ id: jobOffers.id })
    .from(jobOffers)
    .where(eq(jobOffers.organisationId, options.ccasOrganisationId))
    .limit(1)
  if (already) return
  const fiches = await fichesByCode(tx)
  const employers = new Map<string, { organisationId: string; employer: DemoEmployer; name: string }>()
  for (const employer of demoEmployers) {
    const organisationId = await organisationOf(tx, employer, options.ccasOrganisationId)
    const name = employer.name ?? options.ccasName
    if (employer.name)
      await addRecruiter(
        tx,
        organisationId,
        `recrutement@${employer.mailbox}.${options.domain}`,
        name,
        options.passwordHash,
      )
    await tx
      .insert(employerProfiles)
      .values({
        organisationId,
        employerType: employer.employerType,
        sector: employer.sector,
        description: sanitizeRichText(employer.description),
        website: employer.website,
        address: employer.address,
        postcode: employer.postcode,
        commune: employer.commune,
        communeInsee: employer.communeInsee,
        latitude: employer.latitude,
        longitude: employer.longitude,
        updatedAt: now,
      })
      .onConflictDoNothing()
    employers.set(employer.key, { organisationId, employer, name })
  }

  const rows = demoOffers.map((offer, index) => {
    const { organisationId, employer, name } = employers.get(offer.employer)!
    const texts = demoJobTexts[offer.job]
    const fiche = fiches.get(offer.job)
    const place = offer.at ?? employer
    const isPublic = offer.contract === 'titulaire' || offer.contract === 'contractuel'
    const publishedAt = new Date(now.getTime() - offer.daysAgo * DAY)
    const descriptionHtml = sanitizeRichText(texts.description)
    const dveReference = isPublic ? reference(place.communeInsee, index) : null
    return {
      organisationId,
      slug: newOfferSlug(offer.title),
      jobId: fiche?.id ?? null,
      codeRome: demoJobCodes[offer.job][0]!,
      title: offer.title,
      descriptionHtml,
      profileHtml: sanitizeRichText(texts.profile),
      contract: offer.contract,
      contractMonths: offer.contractMonths ?? null,
      publicGrade: isPublic ? (offer.grade ?? null) : null,
      dveReference,
      dveUrl: dveReference
        ? `https://choisirleservicepublic.gouv.fr/offre-emploi/${dveReference.toLowerCase()}/`
        : null,
      workTime: offer.workTime,
      weeklyHours: offer.weeklyHours == null ? null : String(offer.weeklyHours),
      patterns: offer.patterns,
      scheduleNote: offer.scheduleNote ?? '',
      serviceCar: offer.perks?.serviceCar ?? false,
      drivingLicence: offer.perks?.drivingLicence ?? false,
      housing: offer.perks?.housing ?? false,
      childcare: offer.perks?.childcare ?? false,
      salaryMinCents: offer.salary ? eurosToCents(offer.salary[0]) : null,
      salaryMaxCents: offer.salary ? eurosToCents(offer.salary[1]) : null,
      salaryPeriod: offer.salary?.[2] ?? null,
      address: offer.at ? '' : employer.address,
      postcode: place.postcode,
      commune: place.commune,
      communeInsee: place.communeInsee,
      latitude: place.latitude,
      longitude: place.longitude,
      state: 'publiee',
      publishedAt,
      expiresAt: new Date(publishedAt.getTime() + PUBLICATION_DAYS * DAY),
      searchText: offerSearchText({
        title: offer.title,
        descriptionHtml,
        commune: place.commune,
        employerName: name,
        jobKeywords: fiche?.keywords ?? [],
      }),
      createdAt: publishedAt,
      updatedAt: publishedAt,
    }
  })
  await tx.insert(jobOffers).values(rows)
}
