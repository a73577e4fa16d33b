import { notFound } from '../../../shared/errors'
import type { HouseholdMemberView } from '../../../shared/modules/usagers/usagers.contract'
import { fileContentsRepository, type HouseholdMember } from './file-contents.repository'
import { assertWritable, fileNotFound, organisationOf, type UsagersCtx } from './usagers.context'
import { usagersRepository } from './usagers.repository'

interface MemberInput {
  firstName?: string | null | undefined
  lastName?: string | null | undefined
  relation?: HouseholdMemberView['relation'] | undefined
  birthDate?: string | null | undefined
}

const defined = <T extends object>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>
const memberNotFound = () => notFound('Ce membre du foyer')

/** The household members of a file; every change counts as a contact with the person. */
export const householdService = {
  async list(ctx: UsagersCtx, usagerId: string): Promise<HouseholdMember[]> {
    if (!(await usagersRepository(ctx.tx).get(usagerId))) throw fileNotFound()
    await ctx.audit({ action: 'read', entityType: 'usager_household', entityId: usagerId })
    return fileContentsRepository(ctx.tx).household(usagerId)
  },

  async add(
    ctx: UsagersCtx,
    usagerId: string,
    input: MemberInput & { relation: HouseholdMemberView['relation'] },
  ) {
    const usagers = usagersRepository(ctx.tx)
    assertWritable(await usagers.get(usagerId))
    const member = await fileContentsRepository(ctx.tx).insertHouseholdMember({
      ...defined(input),
      relation: input.relation,
      usagerId,
      organisationId: organisationOf(ctx.actor),
    })
    await usagers.touch(usagerId)
    await ctx.audit({
      action: 'create',
      entityType: 'usager_household',
      entityId: member.id,
      after: { usagerId, relation: member.relation },
    })
    return member
  },

  async update(ctx: UsagersCtx, id: string, patch: MemberInput) {
    const contents = fileContentsRepository(ctx.tx)
    const before = await contents.householdMember(id)
    if (!before) throw memberNotFound()
    const usagers = usagersRepository(ctx.tx)
    assertWritable(await usagers.get(before.usagerId))
    const after = await contents.updateHouseholdMember(id, defined(patch))
    await usagers.touch(before.usagerId)
    await ctx.audit({
      action: 'update',
      entityType: 'usager_household',
      entityId: id,
      before,
      after,
      masked: true,
    })
    return after
  },

  async remove(ctx: UsagersCtx, id: string) {
    const contents = fileContentsRepository(ctx.tx)
    const member = await contents.householdMember(id)
    if (!member) throw memberNotFound()
    const usagers = usagersRepository(ctx.tx)
    assertWritable(await usagers.get(member.usagerId))
    await contents.deleteHouseholdMember(id)
    await usagers.touch(member.usagerId)
    await ctx.audit({
      action: 'delete',
      entityType: 'usager_household',
      entityId: id,
      before: { usagerId: member.usagerId, relation: member.relation },
    })
  },
}
