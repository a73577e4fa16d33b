import { DomainError } from '../../../shared/errors'
import { SIGN_UP_LINK_HOURS } from '../../../shared/modules/metiers/candidates.contract'
import type { Database } from '../../db/client'
import { auditLog } from '../../platform/audit'
import type { Mailer } from '../../platform/mailer'
import { randomToken, sha256 } from '../../platform/secrets'
import {
  authRepository,
  checkPasswordStrength,
  hashPassword,
  type AuthService,
  type SessionCookie,
} from '../auth'
import { alreadyRegisteredMail, confirmSignUpMail } from './candidate-mails'
import { candidateProfiles } from './candidates.table'
import { candidateSignUpsRepository } from './candidates.repository'

export interface CandidateSignUpDeps {
  db: Database
  mailer: Mailer
  publicUrl: string
  clock: () => Date
  auth: AuthService
}

export interface SignUpInput {
  email: string
  firstName: string
  lastName: string
  password: string
}

const linkExpired = () =>
  new DomainError('validation', 'Ce lien a expiré ou a déjà servi : inscrivez-vous à nouveau.', [
    { field: 'token', message: 'Lien expiré ou déjà utilisé.' },
  ])

/**
 * Self sign-up of candidates, with no organisation. The answer never says whether the address
 * already has an account: both paths hash the password and send one e-mail. The account exists
 * only once the address is confirmed, so an unconfirmed sign-up can never sign in.
 */
export function candidateSignUp(deps: CandidateSignUpDeps) {
  const { db, mailer, publicUrl, clock, auth } = deps
  const accounts = authRepository(db.owner)
  const signUps = candidateSignUpsRepository(db.owner)

  async function audit(
    action: 'create' | 'login',
    entityType: string,
    accountId: string | null,
    label: string | null,
    requestId: string,
  ) {
    await db.owner.insert(auditLog).values({
      organisationId: null,
      actorAccountId: accountId,
      actorLabel: label,
      action,
      entityType,
      entityId: accountId,
      requestId,
    })
  }

  return {
    async signUp(input: SignUpInput, requestId: string): Promise<void> {
      checkPasswordStrength(input.password, [input.email, input.firstName, input.lastName], 'password')
      const passwordHash = await hashPassword(input.password)
      const existing = await accounts.findAccountByEmail(input.email)
      if (existing) {
        // A disabled account gets nothing: its owner was stopped by an administrator.
        if (!existing.disabledAt) await mailer.send(alreadyRegisteredMail(input.email, publicUrl))
        return
      }
      const token = randomToken()
      await signUps.deleteExpired(clock())
      await signUps.deleteForEmail(input.email)
      await signUps.insert({
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
        tokenHash: sha256(token),
        expiresAt: new Date(clock().getTime() + SIGN_UP_LINK_HOURS * 3_600_000),
      })
      await audit('create', 'candidate_sign_up', null, null, requestId)
      await mailer.send(confirmSignUpMail(input.email, input.firstName, publicUrl, token))
    },

    /** Creates the account and its profile from a valid link, then opens its session. */
    async confirm(
      token: string,
      previousSessionId: string | null,
      requestId: string,
    ): Promise<SessionCookie> {
      const pending = await signUps.consume(sha256(token), clock())
      if (!pending) throw linkExpired()
      if (await accounts.findAccountByEmail(pending.email)) {
        throw new DomainError('conflict', 'Cette adresse a déjà un compte : connectez-vous.', [
          { field: 'token', message: 'Adresse déjà inscrite.' },
        ])
      }
      const displayName = `${pending.firstName} ${pending.lastName}`
      const account = await db.owner.transaction(async (tx) => {
        const created = await authRepository(tx).createAccount({
          email: pending.email,
          displayName,
          passwordHash: pending.passwordHash,
          locale: pending.locale,
        })
        await tx.insert(candidateProfiles).values({
          accountId: created.id,
          firstName: pending.firstName,
          lastName: pending.lastName,
        })
        return created
      })
      await audit('create', 'candidate_account', account.id, displayName, requestId)
      const { cookie } = await auth.openSession(account, 'password', previousSessionId, requestId)
      return cookie
    },
  }
}
