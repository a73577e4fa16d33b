import { hash, verify } from '@node-rs/argon2'
import { DomainError } from '../../../shared/errors'
import { requiresSecondFactor, type Role } from '../../../shared/modules/organisations/roles'
import type { SessionStage } from '../../../shared/modules/auth/auth.contract'
import type { Config } from '../../config'
import type { Actor } from '../../http/context'
import type { Mailer } from '../../platform/mailer'
import { randomToken, sha256, type Secrets } from '../../platform/secrets'
import type { Account, AuthRepository, SessionRow } from './auth.repository'
import { checkPasswordStrength } from './password-policy'
import { checkTotp, newTotpSecret, totpEnrolment } from './totp'

const argonOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 }
export const hashPassword = (password: string) => hash(password, argonOptions)

/** Verified against when the e-mail is unknown, so both answers take the same time. */
let dummyHash: Promise<string> | undefined
const dummy = () => (dummyHash ??= hashPassword(randomToken()))

const LOCK_AFTER = 5
const RESET_MINUTES = 60

export interface SessionCookie {
  token: string
  maxAgeSeconds: number
}

export interface AuthDeps {
  config: Config
  repo: AuthRepository
  secrets: Secrets
  mailer: Mailer
  now?: () => Date
}

const badCredentials = () =>
  new DomainError('unauthenticated', 'Adresse e-mail ou mot de passe incorrect.', [
    { field: 'password', message: 'Adresse e-mail ou mot de passe incorrect.' },
  ])

export function toActor(row: SessionRow): Actor {
  const current = row.memberships.find((m) => m.organisationId === row.organisationId && m.active)
  return {
    sessionId: row.id,
    accountId: row.accountId,
    email: row.email,
    displayName: row.displayName,
    platformAdmin: row.platformAdmin,
    totpEnabled: row.totpEnabled,
    locale: row.locale,
    stage: row.stage as SessionStage,
    organisationId: current ? current.organisationId : null,
    roles: current ? current.roles : [],
    serviceIds: current ? current.serviceIds : [],
    memberships: row.memberships,
  }
}

export function authService(deps: AuthDeps) {
  const { repo, config, secrets, mailer } = deps
  const now = deps.now ?? (() => new Date())

  /** Counts a failed password or code; from the fifth, locks for 1, 2, 4… minutes (an hour at most). */
  async function recordFailure(account: Account): Promise<Date | null> {
    const failed = account.failedLogins + 1
    const lockedUntil =
      failed >= LOCK_AFTER ? new Date(now().getTime() + Math.min(2 ** (failed - LOCK_AFTER), 60) * 60_000) : null
    await repo.updateAccount(account.id, { failedLogins: failed, lockedUntil })
    return lockedUntil
  }

  function stageFor(account: Pick<Account, 'totpEnabledAt' | 'platformAdmin'>, roles: Role[]): SessionStage {
    if (account.totpEnabledAt) return 'totp'
    if (account.platformAdmin || requiresSecondFactor(roles)) return 'totp_enrolment'
    return 'active'
  }

  /** Opens a fresh session (the old one, if any, is dropped: rotation at every sign-in). */
  async function openSession(account: Account, method: 'password' | 'proconnect', previousSessionId: string | null, requestId: string) {
    if (previousSessionId) await repo.deleteSession(previousSessionId)
    const memberships = await repo.memberships(account.id)
    const firstActive = memberships.find((m) => m.active && m.roles.length > 0) ?? memberships.find((m) => m.active)
    const roles = memberships.filter((m) => m.active).flatMap((m) => m.roles)
    const stage = stageFor(account, roles)
    const token = randomToken()
    await repo.createSession({
      id: sha256(token),
      accountId: account.id,
      stage,
      method,
      organisationId: firstActive?.organisationId ?? null,
      expiresAt: new Date(now().getTime() + config.sessionAbsoluteHours * 3_600_000),
    })
    if (stage === 'active') {
      await repo.audit({ organisationId: firstActive?.organisationId ?? null, accountId: account.id, label: account.displayName, action: 'login', requestId })
    }
    const cookie: SessionCookie = { token, maxAgeSeconds: config.sessionAbsoluteHours * 3600 }
    return { stage, cookie }
  }

  async function completeSecondFactor(actor: Actor, requestId: string) {
    await repo.updateSession(actor.sessionId, { stage: 'active' })
    await repo.audit({ organisationId: actor.organisationId ?? actor.memberships[0]?.organisationId ?? null, accountId: actor.accountId, label: actor.displayName, action: 'login', requestId })
  }

  return {
    hashPassword,
    openSession,

    async resolve(token: string | undefined): Promise<Actor | null> {
      if (!token || token.length > 200) return null
      const row = await repo.findLiveSession(sha256(token), config.sessionIdleMinutes)
      if (!row) return null
      // Touch at most once a minute: the idle timeout needs no write per request.
      if (now().getTime() - row.lastSeenAt.getTime() > 60_000) await repo.touchSession(row.id)
      return toActor(row)
    },

    async login(email: string, password: string, previousSessionId: string | null, requestId: string) {
      const account = await repo.findAccountByEmail(email)
      if (!account || !account.passwordHash || account.disabledAt) {
        await verify(await dummy(), password).catch(() => false)
        await repo.audit({ organisationId: null, accountId: null, label: null, action: 'login_failed', requestId, entityId: null })
        throw badCredentials()
      }
      if (account.lockedUntil && account.lockedUntil > now()) {
        const until = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' }).format(account.lockedUntil)
        throw new DomainError('account_locked', `Trop d'essais : compte bloqué jusqu'à ${until}. Vous pouvez aussi choisir un nouveau mot de passe.`)
      }
      if (!(await verify(account.passwordHash, password))) {
        await recordFailure(account)
        await repo.audit({ organisationId: null, accountId: account.id, label: account.displayName, action: 'login_failed', requestId })
        throw badCredentials()
      }
      if (account.failedLogins > 0 || account.lockedUntil) await repo.updateAccount(account.id, { failedLogins: 0, lockedUntil: null })
      return openSession(account, 'password', previousSessionId, requestId)
    },

    async verifyTotp(actor: Actor, code: string, requestId: string): Promise<SessionStage> {
      const account = await repo.findAccount(actor.accountId)
      if (!account?.totpSecret || !account.totpEnabledAt) {
        throw new DomainError('validation', "Le second facteur n'est pas encore activé.", [{ field: 'code', message: 'Activez d’abord le second facteur.' }])
      }
      const step = await checkTotp(secrets.decrypt(account.totpSecret), code, account.totpLastStep)
      if (step === null) {
        const lockedUntil = await recordFailure(account)
        if (lockedUntil) await repo.deleteSessionsOf(account.id)
        throw new DomainError('validation', 'Code incorrect ou expiré.', [{ field: 'code', message: 'Code incorrect ou expiré.' }])
      }
      await repo.updateAccount(account.id, { failedLogins: 0, lockedUntil: null, totpLastStep: step })
      await completeSecondFactor(actor, requestId)
      return 'active'
    },

    async startTotpEnrolment(actor: Actor) {
      const account = await repo.findAccount(actor.accountId)
      if (!account) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
      if (account.totpEnabledAt && actor.stage !== 'active') {
        throw new DomainError('forbidden', 'Le second facteur est déjà actif : saisissez votre code.')
      }
      const secret = newTotpSecret()
      await repo.updateAccount(account.id, { totpSecret: secrets.encrypt(secret), totpEnabledAt: null, totpLastStep: null })
      return totpEnrolment(secret, account.email)
    },

    async confirmTotpEnrolment(actor: Actor, code: string, requestId: string): Promise<SessionStage> {
      const account = await repo.findAccount(actor.accountId)
      if (!account?.totpSecret || account.totpEnabledAt) {
        throw new DomainError('validation', "Commencez par afficher le QR code d'activation.", [{ field: 'code', message: 'Activation non commencée.' }])
      }
      const step = await checkTotp(secrets.decrypt(account.totpSecret), code, null)
      if (step === null) {
        throw new DomainError('validation', 'Code incorrect : vérifiez l’heure de votre téléphone et réessayez.', [{ field: 'code', message: 'Code incorrect.' }])
      }
      await repo.updateAccount(account.id, { totpEnabledAt: now(), totpLastStep: step })
      await completeSecondFactor(actor, requestId)
      return 'active'
    },

    async logout(actor: Actor | null, requestId: string) {
      if (!actor) return
      await repo.deleteSession(actor.sessionId)
      await repo.audit({ organisationId: actor.organisationId, accountId: actor.accountId, label: actor.displayName, action: 'logout', requestId })
    },

    async switchOrganisation(actor: Actor, organisationId: string) {
      const membership = actor.memberships.find((m) => m.organisationId === organisationId && m.active)
      if (!membership) throw new DomainError('not_found', 'Cette organisation est introuvable.')
      await repo.updateSession(actor.sessionId, { organisationId })
    },

    async forgotPassword(email: string) {
      const account = await repo.findAccountByEmail(email)
      if (!account || account.disabledAt) return
      const token = randomToken()
      await repo.createPasswordReset({ accountId: account.id, tokenHash: sha256(token), expiresAt: new Date(now().getTime() + RESET_MINUTES * 60_000) })
      const link = `${config.publicUrl}/mot-de-passe/nouveau?token=${token}`
      await mailer.send({
        to: account.email,
        subject: 'Lien : choisir un nouveau mot de passe',
        text: `Bonjour ${account.displayName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.\n`,
      })
    },

    async resetPassword(token: string, newPassword: string) {
      const accountId = await repo.consumePasswordReset(sha256(token))
      const account = accountId ? await repo.findAccount(accountId) : undefined
      if (!account) {
        throw new DomainError('validation', 'Ce lien a expiré ou a déjà servi : demandez-en un nouveau.', [{ field: 'token', message: 'Lien expiré ou déjà utilisé.' }])
      }
      checkPasswordStrength(newPassword, [account.email, account.displayName])
      await repo.updateAccount(account.id, { passwordHash: await hashPassword(newPassword), failedLogins: 0, lockedUntil: null })
      await repo.deleteSessionsOf(account.id)
    },

    async changePassword(actor: Actor, password: string, newPassword: string) {
      const account = await repo.findAccount(actor.accountId)
      if (!account?.passwordHash || !(await verify(account.passwordHash, password))) {
        throw new DomainError('validation', 'Mot de passe actuel incorrect.', [{ field: 'password', message: 'Mot de passe actuel incorrect.' }])
      }
      checkPasswordStrength(newPassword, [account.email, account.displayName])
      await repo.updateAccount(account.id, { passwordHash: await hashPassword(newPassword) })
    },

    async updateProfile(actor: Actor, values: { displayName?: string | undefined; locale?: string | undefined }) {
      const patch: { displayName?: string; locale?: string } = {}
      if (values.displayName !== undefined) patch.displayName = values.displayName
      if (values.locale !== undefined) patch.locale = values.locale
      if (Object.keys(patch).length) await repo.updateAccount(actor.accountId, patch)
    },
  }
}

export type AuthService = ReturnType<typeof authService>
