import type { Role } from '../../shared/modules/organisations/roles'
import { roles } from '../../shared/modules/organisations/roles'
import type { Database } from '../db/client'
import { auditLog } from '../platform/audit'
import { accounts, hashPassword } from '../modules/auth'
import { memberships, organisations, services } from '../modules/organisations'
import { emailOf, firstNames, pick, seededRandom, surnames } from './names'
import { syntheticRequests } from './synthetic-requests'
import { syntheticUsagers } from './synthetic-usagers'
import { DEMO_PASSWORD } from './demo'

const MEMBERS_PER_ORGANISATION = 60
const AUDIT_PER_ORGANISATION = 2000
const communes = [
  ['25056', 'Besançon'],
  ['49328', 'Saumur'],
  ['01053', 'Bourg-en-Bresse'],
  ['92050', 'Nanterre'],
  ['39198', 'Dole'],
] as const

/** Usagers per organisation for each unit of scale: scale 10 gives 100,000 files in an organisation. */
export const USAGERS_PER_SCALE = 10_000
/** Requests per organisation for each unit of scale: scale 10 gives 1,000,000 requests in an organisation. */
export const REQUESTS_PER_SCALE = 100_000

/**
 * Deterministic synthetic data for benchmarks: French names with accents and homonyms. Each
 * organisation gets `scale` times a CCAS's yearly volume; each unit of scale is its own
 * transaction, so progress shows and memory stays bounded.
 */
export async function seedSynthetic(
  db: Database,
  scale: number,
  progress: (done: number, total: number) => void,
  options: { organisations?: number; usagersPerScale?: number; requestsPerScale?: number } = {},
) {
  const organisationCount = options.organisations ?? 1
  const usagersPerUnit = options.usagersPerScale ?? USAGERS_PER_SCALE
  const requestsPerUnit = options.requestsPerScale ?? REQUESTS_PER_SCALE
  const random = seededRandom(scale * 7919 + organisationCount)
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const total = organisationCount * scale
  let accountCount = 0
  for (let i = 0; i < organisationCount; i++) {
    const tenant = await db.owner.transaction(async (tx) => {
      const [code, name] = pick(random, communes)
      const [org] = await tx
        .insert(organisations)
        .values({ kind: 'ccas', name: `CCAS de ${name} (synthétique ${i + 1})`, communeInsee: code })
        .returning()
      const serviceRows = await tx
        .insert(services)
        .values(
          ['Accueil', 'Domiciliation', 'Aides sociales', 'Accompagnement social'].map((n) => ({
            organisationId: org!.id,
            name: n,
          })),
        )
        .returning({ id: services.id })
      const people = Array.from({ length: MEMBERS_PER_ORGANISATION }, (_, n) => {
        const first = pick(random, firstNames)
        const last = pick(random, surnames)
        return {
          email: emailOf(first, last, n, `synth-${org!.id.slice(-8)}.test`),
          displayName: `${first} ${last}`,
          passwordHash,
        }
      })
      const created = await tx
        .insert(accounts)
        .values(people)
        .returning({ id: accounts.id, displayName: accounts.displayName })
      accountCount += created.length
      await tx.insert(memberships).values(
        created.map((a) => ({
          organisationId: org!.id,
          accountId: a.id,
          roles: [pick<Role>(random, roles)],
        })),
      )
      const actions = ['read', 'update', 'create', 'login'] as const
      const entries = Array.from({ length: AUDIT_PER_ORGANISATION * scale }, () => {
        const actor = pick(random, created)
        return {
          organisationId: org!.id,
          actorAccountId: actor.id,
          actorLabel: actor.displayName,
          action: pick(random, actions),
          entityType: 'member',
          entityId: pick(random, created).id,
          at: new Date(Date.now() - Math.floor(random() * 300) * 86_400_000),
        }
      })
      for (let k = 0; k < entries.length; k += 500)
        await tx.insert(auditLog).values(entries.slice(k, k + 500))
      return {
        organisationId: org!.id,
        city: name,
        communeInsee: code,
        accountIds: created.map((a) => a.id),
        serviceIds: serviceRows.map((s) => s.id),
      }
    })
    for (let unit = 0; unit < scale; unit++) {
      await db.owner.transaction(async (tx) => {
        await syntheticUsagers(tx, {
          ...tenant,
          count: usagersPerUnit,
          random,
          createdBy: tenant.accountIds[0]!,
        })
        await syntheticRequests(tx, { ...tenant, count: requestsPerUnit, random })
      })
      progress(i * scale + unit + 1, total)
    }
  }
  return {
    organisations: organisationCount,
    accounts: accountCount,
    auditEntries: total * AUDIT_PER_ORGANISATION,
    usagers: total * usagersPerUnit,
    requests: total * requestsPerUnit,
  }
}
