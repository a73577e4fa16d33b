import { eq, sql } from 'drizzle-orm'
import type { Role } from '../../shared/modules/organisations/roles'
import { roles } from '../../shared/modules/organisations/roles'
import type { Database } from '../db/client'
import { accounts, hashPassword } from '../modules/auth'
import { memberships, membershipServices, organisations, services } from '../modules/organisations'
import { createDemoRequests } from '../modules/accueil'
import { createDemoDomiciliations } from './demo-domiciliation'
import { createDemoUsagers } from './demo-usagers'
import { createDemoReferrals } from '../modules/partenaires/referrals.demo'
import { createDemoDirectory } from '../modules/partenaires/directory.demo'
import { createDemoNetwork } from '../modules/partenaires/network.demo'
import { createDemoFiches } from '../modules/metiers/fiches.demo'
import { createDemoOffers } from '../modules/metiers/offers.demo'
import { createDemoCampaigns } from '../modules/metiers/campaigns.demo'
import { createDemoApplications } from '../modules/metiers/applications.demo'
import { createDemoPathways } from '../modules/metiers/pathways.demo'
import { createDemoPilotage } from '../modules/pilotage/pilotage.demo'

export const DEMO_PASSWORD = 'Lien-Démo-Besançon-2026'
export const DEMO_DOMAIN = 'demo-lien.test'
export const DEMO_PLATFORM_ADMIN = `plateforme@${DEMO_DOMAIN}`

export interface DemoData {
  organisationId: string
  password: string
  platformAdminEmail: string
  /** role → e-mail of the account that holds it. */
  accounts: Record<Role, string>
}

const demoServices = [
  'Accueil',
  'Domiciliation',
  'Aides sociales',
  'Accompagnement social',
  'Aide à domicile',
]

/** Which service each demo role works in (need-to-know by service). */
const serviceOfRole: Partial<Record<Role, string>> = {
  agent_accueil: 'Accueil',
  agent_domiciliation: 'Domiciliation',
  instructeur_aides: 'Aides sociales',
  travailleur_social: 'Accompagnement social',
  planificateur: 'Aide à domicile',
}

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.owner.select({ n: sql<number>`count(*)::int` }).from(organisations)
  return Number(row?.n ?? 0) === 0
}

export interface TenantSeed {
  name: string
  siret: string
  communeInsee: string
  /** E-mail domain of its accounts: `<role>@<domain>`. */
  domain: string
  withPlatformAdmin: boolean
  /** A dozen people served, with accents, particles and homonyms. */
  withUsagers?: boolean
  /** Domiciliation files of some of those people, with their history. */
  withDomiciliations?: boolean
}

export const demoTenant: TenantSeed = {
  name: 'CCAS de Besançon (démonstration)',
  siret: '26250001100016',
  communeInsee: '25056',
  domain: DEMO_DOMAIN,
  withPlatformAdmin: true,
  withUsagers: true,
  withDomiciliations: true,
}

/** The demo CCAS of Besançon (INSEE 25056), its services and one account per role. */
export async function createDemo(db: Database, seed: TenantSeed = demoTenant): Promise<DemoData> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  return db.owner.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({
        kind: 'ccas',
        name: seed.name,
        siret: seed.siret,
        communeInsee: seed.communeInsee,
        primaryColor: '#1d4ed8',
        accentColor: '#b45309',
      })
      .returning()
    const serviceIds = new Map<string, string>()
    for (const name of demoServices) {
      const [s] = await tx.insert(services).values({ organisationId: org!.id, name }).returning()
      serviceIds.set(name, s!.id)
    }
    const byRole = {} as Record<Role, string>
    let socialWorker: string | undefined
    for (const role of roles) {
      const email = `${role.replaceAll('_', '-')}@${seed.domain}`
      const label = role.replaceAll('_', ' ')
      const [account] = await tx
        .insert(accounts)
        .values({ email, displayName: `Démo ${label}`, passwordHash })
        .returning()
      const [m] = await tx
        .insert(memberships)
        .values({ organisationId: org!.id, accountId: account!.id, roles: [role] })
        .returning()
      const service = serviceOfRole[role]
      if (service) {
        await tx
          .insert(membershipServices)
          .values({ organisationId: org!.id, membershipId: m!.id, serviceId: serviceIds.get(service)! })
      }
      byRole[role] = email
      if (role === 'travailleur_social') socialWorker = account!.id
    }
    if (seed.withUsagers && socialWorker) {
      await createDemoUsagers(tx, org!.id, {
        accountId: socialWorker,
        serviceId: serviceIds.get('Accompagnement social'),
      })
    }
    // Requests on every channel over the last weeks, some late, answered or oriented.
    await createDemoRequests(tx, { id: org!.id, communeInsee: seed.communeInsee }, byRole)
    // Domiciliation: a renewal, a refusal with its orientation, an end within 16 days, four months of silence, a request waiting.
    if (seed.withUsagers && seed.withDomiciliations)
      await createDemoDomiciliations(tx, org!.id, {
        direction: byRole.direction,
        agent: byRole.agent_domiciliation,
      })
    // Partenaires: an association of the directory with its own account, and orientations sent to it.
    const partner = seed.withUsagers
      ? await createDemoReferrals(tx, {
          organisationId: org!.id,
          agentEmail: byRole.agent_accueil,
          domain: seed.domain,
          passwordHash,
        })
      : undefined
    // The directory of Besançon: about thirty structures, their places and services, a partner's proposal waiting.
    if (seed.communeInsee === '25056') await createDemoDirectory(tx, org!.id, { partner })
    // The network's life, on the structures of the directory: charter v1 and v2, signatures, food-aid coordinations.
    await createDemoNetwork(tx, { organisationId: org!.id, directionEmail: byRole.direction })
    // Métiers: the platform's fiches métiers, a small ROME file and demonstration pay grids (once).
    if (seed.withPlatformAdmin) await createDemoFiches(tx)
    // Métiers: campaign pages of Besançon and of the Département de l’Ain (kept last: they feature the demo fiches).
    if (seed.communeInsee === '25056')
      await createDemoCampaigns(tx, { organisationId: org!.id, domain: seed.domain, passwordHash })
    // Métiers: a dozen employers around Besançon and Bourg-en-Bresse, their recruiters and about forty
    // offers (after the campaign pages, which create the Département de l’Ain with its logo).
    if (seed.communeInsee === '25056') {
      await createDemoOffers(tx, {
        ccasOrganisationId: org!.id,
        ccasName: seed.name,
        domain: seed.domain,
        passwordHash,
      })
      // A few employers have already received applications: their answer rate shows on their offers.
      await createDemoApplications(tx)
      // Pathways into the jobs and reasons to stay: trainings, apprenticeships, immersions, events, ambassadors, …
      await createDemoPathways(tx, { ccasOrganisationId: org!.id, domain: seed.domain, passwordHash })
      // Pilotage: Besançon's social project 2022-2026 and the Ain plan for the jobs 2024-2026.
      await createDemoPilotage(tx, { ccasOrganisationId: org!.id, domain: seed.domain })
    }
    if (seed.withPlatformAdmin) {
      await tx.insert(accounts).values({
        email: DEMO_PLATFORM_ADMIN,
        displayName: 'Administration de la plateforme',
        passwordHash,
        platformAdmin: true,
      })
    }
    return {
      organisationId: org!.id,
      password: DEMO_PASSWORD,
      platformAdminEmail: DEMO_PLATFORM_ADMIN,
      accounts: byRole,
    }
  })
}

export async function demoAccountsExist(db: Database) {
  const [row] = await db.owner
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.email, DEMO_PLATFORM_ADMIN))
  return row !== undefined
}

export function describeDemo(demo: DemoData, url: string): string {
  const lines = Object.entries(demo.accounts).map(([role, email]) => `    ${role.padEnd(22)} ${email}`)
  return [
    '',
    'Données de démonstration créées : CCAS de Besançon (INSEE 25056).',
    `  Connexion : ${url}/connexion`,
    `  Mot de passe de tous les comptes : ${demo.password}`,
    `  Administration de la plateforme : ${demo.platformAdminEmail}`,
    '  Un compte par rôle :',
    ...lines,
    `    association partenaire   association@${DEMO_DOMAIN} (Épicerie solidaire Les Glanes)`,
    `    recruteurs des employeurs recrutement@<employeur>.${DEMO_DOMAIN} (ex. recrutement@ime-les-cedres.${DEMO_DOMAIN})`,
    `    pages de campagne        contenus@${DEMO_DOMAIN} (CCAS de Besançon), contenus@ain.${DEMO_DOMAIN} (Département de l’Ain)`,
    '  Les rôles qui voient des données personnelles activent un second facteur (TOTP) à la première connexion.',
    `  E-mails envoyés (sans SMTP) : ${url}/dev/mails`,
    '',
  ].join('\n')
}
