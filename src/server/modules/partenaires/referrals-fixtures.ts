// Test fixtures: directory entries written as the owner, independent of the directory's own routes.
import type { Db } from '../../db/client'
import type { StoredMail } from '../../platform/mailer'
import { directoryServices, directoryStructures } from './partenaires.table'

export async function directoryEntry(
  owner: Db,
  keeperId: string,
  input: { structure: string; service: string; email?: string | null; serviceEmail?: string | null },
) {
  const [structure] = await owner
    .insert(directoryStructures)
    .values({
      organisationId: keeperId,
      kind: 'association',
      name: input.structure,
      email: input.email ?? null,
    })
    .returning()
  const [service] = await owner
    .insert(directoryServices)
    .values({
      organisationId: keeperId,
      structureId: structure!.id,
      name: input.service,
      themes: ['aide_alimentaire'],
      email: input.serviceEmail ?? null,
    })
    .returning()
  return { structureId: structure!.id, serviceId: service!.id }
}

/** The secure link's token in an e-mail, and the organisation in its path. */
export function linkIn(mail: StoredMail) {
  const m = /\/orientation\/([0-9a-f-]{36})\/([A-Za-z0-9_-]+)/.exec(mail.text)
  if (!m) throw new Error(`pas de lien sécurisé dans « ${mail.subject} »`)
  return { organisationId: m[1]!, token: m[2]! }
}

/** The person's details used in tests: none may appear in any e-mail. */
export const personalDetails = {
  firstName: 'Nadège',
  lastName: 'Bouhired',
  phone: '06 11 22 33 44',
  email: 'nadege.bouhired@exemple.test',
  message: 'Trois enfants, sans ressources depuis mars.',
}

export function expectNoPersonalData(mails: StoredMail[]) {
  const leaks = mails.flatMap((m) =>
    [...Object.values(personalDetails), '+33611223344', '0611223344']
      .filter((v) => `${m.subject}\n${m.text}\n${m.html ?? ''}`.includes(v))
      .map((v) => `${m.to}: ${v}`),
  )
  return leaks
}
