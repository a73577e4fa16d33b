import { verify } from '@node-rs/argon2'
import { DomainError } from '../../../shared/errors'
import { newId } from '../../../shared/ids'
import type {
  CandidateApplicationView,
  CandidateProfileView,
} from '../../../shared/modules/metiers/candidates.contract'
import type { Database } from '../../db/client'
import type { Actor, RequestContext } from '../../http/context'
import { auditLog } from '../../platform/audit'
import type { FileStorage } from '../../platform/files'
import { authRepository } from '../auth'
import { checkCv } from './candidate-cv'
import { presentApplication, presentProfile } from './candidates.presenter'
import {
  candidateErasureRepository,
  candidateProfilesRepository,
  candidateSignUpsRepository,
  type CandidateProfileRow,
} from './candidates.repository'

export interface CandidatesDeps {
  db: Database
  files: FileStorage
  clock: () => Date
}

export interface ProfileInput {
  firstName: string
  lastName: string
  phone: string | null
  city: string
  presentation: string
}

const signedIn = (actor: Actor | null): Actor => {
  if (!actor) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
  return actor
}

const cvKeyOf = (accountId: string) => `candidats/${accountId}/${newId()}`

/** What the audit log keeps of a profile: which fields changed, never their values (masked). */
const audited = (row: CandidateProfileRow | undefined) =>
  row
    ? {
        firstName: row.firstName,
        lastName: row.lastName,
        phone: row.phone,
        commune: row.commune,
        presentation: row.presentation,
        cvSha256: row.cvSha256,
      }
    : null

/** The candidate's own space: profile and CV, their applications, and erasing it all. */
export function candidatesService(deps: CandidatesDeps) {
  const { files, clock } = deps

  async function saveCvFields(
    ctx: RequestContext,
    actor: Actor,
    cv: Pick<CandidateProfileRow, 'cvKey' | 'cvName' | 'cvType' | 'cvBytes' | 'cvSha256'>,
  ) {
    const profiles = candidateProfilesRepository(ctx.tx)
    const before = await profiles.get(actor.accountId)
    const after = await profiles.upsert({ accountId: actor.accountId, ...cv })
    await ctx.audit({
      action: 'update',
      entityType: 'candidate_profile',
      entityId: actor.accountId,
      before: audited(before),
      after: audited(after),
      masked: true,
      organisationId: null,
    })
    return { before, after }
  }

  return {
    async profile(ctx: RequestContext): Promise<CandidateProfileView> {
      const actor = signedIn(ctx.actor)
      const row = await candidateProfilesRepository(ctx.tx).get(actor.accountId)
      await ctx.audit({
        action: 'read',
        entityType: 'candidate_profile',
        entityId: actor.accountId,
        organisationId: null,
      })
      return presentProfile(row, actor.email, clock())
    },

    async updateProfile(ctx: RequestContext, input: ProfileInput): Promise<CandidateProfileView> {
      const actor = signedIn(ctx.actor)
      const profiles = candidateProfilesRepository(ctx.tx)
      const before = await profiles.get(actor.accountId)
      const after = await profiles.upsert({
        accountId: actor.accountId,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        commune: input.city,
        presentation: input.presentation,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'candidate_profile',
        entityId: actor.accountId,
        before: audited(before),
        after: audited(after),
        masked: true,
        organisationId: null,
      })
      return presentProfile(after, actor.email, clock())
    },

    /** Stores the new CV under a generated key, then forgets the previous one. */
    async uploadCv(ctx: RequestContext, fileName: string, body: unknown): Promise<CandidateProfileView> {
      const actor = signedIn(ctx.actor)
      const cv = checkCv(body, fileName)
      const key = cvKeyOf(actor.accountId)
      await files.put(key, cv.bytes)
      try {
        const { before, after } = await saveCvFields(ctx, actor, {
          cvKey: key,
          cvName: cv.fileName,
          cvType: cv.type,
          cvBytes: cv.bytes.length,
          cvSha256: cv.sha256,
        })
        if (before?.cvKey) await files.delete(before.cvKey)
        return presentProfile(after, actor.email, clock())
      } catch (err) {
        await files.delete(key)
        throw err
      }
    },

    async downloadCv(ctx: RequestContext): Promise<{ bytes: Buffer; fileName: string; type: string }> {
      const actor = signedIn(ctx.actor)
      const row = await candidateProfilesRepository(ctx.tx).get(actor.accountId)
      const bytes = row?.cvKey ? await files.get(row.cvKey) : undefined
      if (!row?.cvKey || !bytes) throw new DomainError('not_found', 'Votre profil n’a pas de CV.')
      await ctx.audit({
        action: 'read',
        entityType: 'candidate_cv',
        entityId: actor.accountId,
        organisationId: null,
      })
      return { bytes, fileName: row.cvName ?? 'cv', type: row.cvType ?? 'application/octet-stream' }
    },

    async deleteCv(ctx: RequestContext): Promise<CandidateProfileView> {
      const actor = signedIn(ctx.actor)
      const { before, after } = await saveCvFields(ctx, actor, {
        cvKey: null,
        cvName: null,
        cvType: null,
        cvBytes: null,
        cvSha256: null,
      })
      if (before?.cvKey) await files.delete(before.cvKey)
      return presentProfile(after, actor.email, clock())
    },

    async applications(ctx: RequestContext): Promise<CandidateApplicationView[]> {
      const actor = signedIn(ctx.actor)
      const found = await candidateProfilesRepository(ctx.tx).applications(actor.accountId)
      await ctx.audit({
        action: 'read',
        entityType: 'candidate_applications',
        entityId: actor.accountId,
        organisationId: null,
      })
      return found.map(presentApplication)
    },
  }
}

/**
 * Erases a candidate's account, profile, CV and alerts. Applications already sent stay with their
 * employers, unlinked from the account. Runs as the owner: the candidate has no right on the
 * employers' rows. An account that also works in an organisation is not erased from here.
 */
export async function eraseCandidateAccount(
  deps: CandidatesDeps,
  actor: Actor,
  password: string,
  requestId: string,
) {
  const { db, files } = deps
  const account = await authRepository(db.owner).findAccount(actor.accountId)
  if (!account?.passwordHash || !(await verify(account.passwordHash, password))) {
    throw new DomainError('validation', 'Mot de passe incorrect : votre compte n’a pas été effacé.', [
      { field: 'password', message: 'Mot de passe incorrect.' },
    ])
  }
  const erasure = candidateErasureRepository(db.owner)
  if ((await erasure.membershipCount(account.id)) > 0) {
    throw new DomainError(
      'forbidden',
      'Ce compte sert aussi dans une organisation : demandez à son administration de le retirer.',
    )
  }
  const cvKey = await db.owner.transaction(async (tx) => {
    const inTx = candidateErasureRepository(tx)
    const profile = await inTx.profile(account.id)
    const unlinked = await inTx.unlinkApplications(account.id)
    const alerts = await inTx.deleteSavedSearches(account.id, account.email)
    await candidateSignUpsRepository(tx).deleteForEmail(account.email)
    await inTx.deleteProfile(account.id)
    await authRepository(tx).deleteAccount(account.id)
    await tx.insert(auditLog).values({
      organisationId: null,
      actorAccountId: null,
      actorLabel: 'Compte candidat effacé',
      action: 'delete',
      entityType: 'candidate_account',
      entityId: account.id,
      requestId,
      diff: { applicationsUnlinked: [unlinked, 0], savedSearches: [alerts, 0] },
    })
    return profile?.cvKey ?? null
  })
  if (cvKey) await files.delete(cvKey)
}
