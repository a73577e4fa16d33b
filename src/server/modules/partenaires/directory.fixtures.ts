// Test fixtures of the directory: partner organisations with their own account.
import { DEMO_PASSWORD } from '../../demo/demo'
import { accounts, hashPassword } from '../auth'
import { memberships, organisations } from '../organisations'
import type { TestApp } from '../../test/test-app'

let passwordHash: Promise<string> | undefined

/** An association with one account holding the `partenaire` role, signed in with the demo password. */
export async function partnerOrganisation(t: TestApp, name: string, email: string) {
  passwordHash ??= hashPassword(DEMO_PASSWORD)
  const owner = t.database.db.owner
  const [organisation] = await owner.insert(organisations).values({ kind: 'association', name }).returning()
  const [account] = await owner
    .insert(accounts)
    .values({ email, displayName: `Bénévole de ${name}`, passwordHash: await passwordHash })
    .returning()
  await owner
    .insert(memberships)
    .values({ organisationId: organisation!.id, accountId: account!.id, roles: ['partenaire'] })
  return { organisationId: organisation!.id, client: await t.signIn(email) }
}
