import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { accounts } from '../auth/auth.table'
import { memberships, organisations } from '../organisations/organisations.table'
import { campaignPages } from './campaigns.table'
import { jobPortraits, jobProfiles } from './fiches.table'
import { sanitizeRichText } from './rich-text'

/** Small drawn logos (SVG): a name plate with a mark, readable at 48 px high. */
const svgLogo = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`

const besanconLogo = svgLogo(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 64" role="img" aria-label="CCAS de Besançon">` +
    `<rect width="64" height="64" rx="14" fill="#8a1538"/>` +
    `<path d="M32 48s-16-9.5-16-21a9 9 0 0 1 16-5.6A9 9 0 0 1 48 27c0 11.5-16 21-16 21z" fill="#fff"/>` +
    `<text x="76" y="30" font-family="Arial, sans-serif" font-size="22" font-weight="700" fill="#8a1538">CCAS</text>` +
    `<text x="76" y="54" font-family="Arial, sans-serif" font-size="18" fill="#1f2937">de Besançon</text></svg>`,
)

const ainLogo = svgLogo(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 64" role="img" aria-label="Département de l’Ain">` +
    `<rect width="64" height="64" rx="32" fill="#005f73"/>` +
    `<path d="M18 44c8-4 12-14 14-26 2 12 6 22 14 26" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round"/>` +
    `<text x="76" y="30" font-family="Arial, sans-serif" font-size="16" fill="#1f2937">Département de</text>` +
    `<text x="76" y="56" font-family="Arial, sans-serif" font-size="26" font-weight="700" fill="#005f73">l’Ain</text></svg>`,
)

const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/** Demo fiches are matched on words of their title: the fiches part owns their slugs. */
async function fichesMatching(tx: Db, wanted: readonly string[][]): Promise<{ id: string; title: string }[]> {
  const all = await tx.select({ id: jobProfiles.id, title: jobProfiles.title }).from(jobProfiles)
  const found = wanted.flatMap((words) =>
    all.filter((f) => words.every((w) => normalise(f.title).includes(w))).slice(0, 1),
  )
  return [...new Map(found.map((f) => [f.id, f])).values()]
}

async function portraitsOf(tx: Db, ficheIds: string[], max: number) {
  const ids: string[] = []
  for (const ficheId of ficheIds) {
    const rows = await tx
      .select({ id: jobPortraits.id })
      .from(jobPortraits)
      .where(eq(jobPortraits.jobId, ficheId))
      .orderBy(jobPortraits.position)
    ids.push(...rows.map((r) => r.id))
  }
  return ids.slice(0, max)
}

async function addEditor(tx: Db, organisationId: string, email: string, passwordHash: string) {
  const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email))
  const account =
    existing ??
    (
      await tx
        .insert(accounts)
        .values({ email, displayName: 'Démo éditrice des contenus', passwordHash })
        .returning({ id: accounts.id })
    )[0]!
  if (!existing)
    await tx.insert(memberships).values({ organisationId, accountId: account.id, roles: ['editeur'] })
}

const ainPriorityJobs = [
  ['aide', 'soignant'],
  ['accompagnant', 'educatif'],
  ['assistant', 'vie', 'familles'],
  ['educateur', 'specialise'],
  ['educateur', 'jeunes enfants'],
  ['moniteur', 'educateur'],
  ['service social'],
  ['intervention sociale', 'familiale'],
]

const besanconIntro = `<h2>Le service d’aide à domicile du CCAS</h2>
<p>1 600 Bisontines et Bisontins sont aidés chez eux, 7 jours sur 7, par une centaine d’agents du CCAS. Nous recrutons des aides à domicile et des auxiliaires de vie sociale, avec ou sans diplôme : la formation est assurée.</p>
<h3>Ce que le CCAS vous offre</h3>
<ul><li>Des primes forfaitaires et revalorisées, stables toute l’année</li><li>Des plannings adaptés et des secteurs d’intervention proches</li><li>Des groupes d’analyse de la pratique et un encadrement bienveillant</li><li>Une aide à la mobilité et au permis de conduire, la formation et l’évolution professionnelle</li></ul>`

const ainIntro = `<h2>Huit métiers prioritaires dans l’Ain</h2>
<p>Personnes âgées, personnes en situation de handicap, petite enfance, protection de l’enfance : ces métiers essentiels recrutent partout dans le département. Le Département de l’Ain et ses partenaires vous aident à les découvrir, à vous former et à trouver un employeur près de chez vous.</p>
<h3>Vous formez, vous recrutez ?</h3>
<p>Centres de formation et employeurs du secteur : <a href="mailto:metiers-du-lien@ain.demo-lien.test">contactez la plateforme d’attractivité</a>.</p>`

/**
 * The demonstration's campaign pages: the CCAS of Besançon (home help, « un métier qui a du
 * sens ») and the Département de l’Ain (its 8 priority jobs), each with its logo, colours and
 * an editor (`contenus@…`). Features the demo fiches and portraits present when it runs.
 */
export async function createDemoCampaigns(
  tx: Db,
  options: { organisationId: string; domain: string; passwordHash: string },
) {
  await tx
    .update(organisations)
    .set({ logoDataUrl: besanconLogo, primaryColor: '#8a1538', accentColor: '#0f6e63' })
    .where(eq(organisations.id, options.organisationId))
  await addEditor(tx, options.organisationId, `contenus@${options.domain}`, options.passwordHash)
  const [taken] = await tx
    .select({ id: campaignPages.id })
    .from(campaignPages)
    .where(eq(campaignPages.slug, 'besancon'))
  if (taken) return
  const homeHelp = await fichesMatching(tx, [
    ['aide a domicile'],
    ['assistant', 'vie', 'familles'],
    ['accompagnant', 'educatif'],
  ])
  const homeHelpIds = homeHelp.map((f) => f.id)
  await tx.insert(campaignPages).values({
    organisationId: options.organisationId,
    slug: 'besancon',
    title: 'Aide à domicile à Besançon',
    message: 'Aide à domicile : un métier qui a du sens',
    introHtml: sanitizeRichText(besanconIntro),
    featuredJobIds: homeHelpIds,
    featuredPortraitIds: await portraitsOf(tx, homeHelpIds, 4),
    areaCommune: 'Besançon',
    areaInsee: '25056',
    areaLatitude: 47.2484,
    areaLongitude: 6.0235,
    areaRadiusKm: 20,
    published: true,
  })

  const [existingAin] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Département de l’Ain'))
  const ainId =
    existingAin?.id ??
    (
      await tx
        .insert(organisations)
        .values({
          kind: 'departement',
          name: 'Département de l’Ain',
          siret: '22010001500017',
          communeInsee: '01053',
          logoDataUrl: ainLogo,
          primaryColor: '#005f73',
          accentColor: '#ae2012',
        })
        .returning({ id: organisations.id })
    )[0]!.id
  await addEditor(tx, ainId, `contenus@ain.${options.domain}`, options.passwordHash)
  const [ainPage] = await tx
    .select({ id: campaignPages.id })
    .from(campaignPages)
    .where(eq(campaignPages.slug, 'ain'))
  if (ainPage) return
  const priority = (await fichesMatching(tx, ainPriorityJobs)).map((f) => f.id)
  await tx.insert(campaignPages).values({
    organisationId: ainId,
    slug: 'ain',
    title: 'Les métiers de l’accompagnement dans l’Ain',
    message: 'Un métier qui a du sens, près de chez vous',
    introHtml: sanitizeRichText(ainIntro),
    featuredJobIds: priority,
    featuredPortraitIds: await portraitsOf(tx, priority, 6),
    areaCommune: 'Bourg-en-Bresse',
    areaInsee: '01053',
    areaLatitude: 46.2052,
    areaLongitude: 5.2255,
    areaRadiusKm: 60,
    published: true,
  })
}
