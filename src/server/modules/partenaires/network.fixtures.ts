import { eq } from 'drizzle-orm'
import type { TestApp } from '../../test/test-app'
import { accounts, hashPassword } from '../auth'
import { memberships, organisations } from '../organisations'
import { directoryServices, directoryStructures } from './partenaires.table'

const MONTH = 30 * 86_400_000

export interface NetworkFixture {
  keeperId: string
  /** Structures of the keeper's directory. */
  tilleuls: string
  secours: string
  missionLocale: string
  abri: string
  brouillon: string
  /** Partner organisations and their member's account. */
  tilleulsOrg: string
  abriOrg: string
  tilleulsMember: string
  abriMember: string
}

/**
 * The keeper's (tenant A's) network for the tests: two partner associations with an account, a
 * structure known only by its e-mail, one with no address at all, and a draft.
 */
export async function createNetworkFixture(t: TestApp, now: Date): Promise<NetworkFixture> {
  const owner = t.database.db.owner
  const keeperId = t.tenantA.organisationId
  const passwordHash = await hashPassword(t.tenantA.password)
  const partner = async (name: string, email: string) => {
    const [org] = await owner.insert(organisations).values({ kind: 'association', name }).returning()
    const [account] = await owner
      .insert(accounts)
      .values({ email, displayName: `Bénévole ${name}`, passwordHash })
      .returning()
    await owner
      .insert(memberships)
      .values({ organisationId: org!.id, accountId: account!.id, roles: ['partenaire'] })
    return org!.id
  }
  const tilleulsOrg = await partner('Épicerie Les Tilleuls (test)', 'benevole@tilleuls.test')
  const abriOrg = await partner('L’Abri, accueil de jour (test)', 'equipe@abri.test')
  const structure = async (
    name: string,
    values: Partial<typeof directoryStructures.$inferInsert>,
    themes: string[],
  ) => {
    const [s] = await owner
      .insert(directoryStructures)
      .values({ organisationId: keeperId, kind: 'association', name, confirmedAt: now, ...values })
      .returning()
    await owner
      .insert(directoryServices)
      .values({ organisationId: keeperId, structureId: s!.id, name: `${name} — service`, themes })
    return s!.id
  }
  return {
    keeperId,
    tilleulsOrg,
    abriOrg,
    tilleulsMember: 'benevole@tilleuls.test',
    abriMember: 'equipe@abri.test',
    tilleuls: await structure(
      'Épicerie solidaire Les Tilleuls',
      {
        partnerOrganisationId: tilleulsOrg,
        email: 'contact@tilleuls.test',
        confirmedAt: new Date(now.getTime() - 8 * MONTH),
      },
      ['aide_alimentaire'],
    ),
    secours: await structure(
      'Secours de quartier',
      { email: 'secours@quartier.test', confirmedAt: new Date(now.getTime() - 7 * MONTH) },
      ['aide_alimentaire', 'energie'],
    ),
    missionLocale: await structure(
      'Mission locale (antenne)',
      { confirmedAt: new Date(now.getTime() - 13 * MONTH), updateEveryMonths: 12 },
      ['emploi'],
    ),
    abri: await structure(
      'L’Abri, accueil de jour',
      { partnerOrganisationId: abriOrg, confirmedAt: new Date(now.getTime() - 2 * MONTH) },
      ['logement'],
    ),
    brouillon: await structure(
      'Épicerie en projet',
      {
        status: 'brouillon',
        email: 'projet@epicerie.test',
        confirmedAt: new Date(now.getTime() - 20 * MONTH),
      },
      ['aide_alimentaire'],
    ),
  }
}

/** Sets when a structure last confirmed its entries, as the directory's confirmation would. */
export async function setConfirmedAt(t: TestApp, structureId: string, at: Date) {
  await t.database.db.owner
    .update(directoryStructures)
    .set({ confirmedAt: at })
    .where(eq(directoryStructures.id, structureId))
}
