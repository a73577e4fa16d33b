import { parisDate } from '../../../shared/dates'
import { conflict, DomainError, notFound } from '../../../shared/errors'
import type { BodyOf } from '../../../shared/contract'
import type { MailKind } from '../../../shared/modules/domiciliation/mail.constants'
import {
  MAX_PORTAL_ATTEMPTS,
  PORTAL_LOCK_MINUTES,
  PORTAL_SESSION_MINUTES,
} from '../../../shared/modules/domiciliation/mail.constants'
import type { mailContract } from '../../../shared/modules/domiciliation/mail.contract'
import { isActiveOn } from '../../../shared/modules/domiciliation/mail.rules'
import type { Db } from '../../db/client'
import type { AuditWriter } from '../../platform/audit'
import { safeEqual, type Secrets } from '../../platform/secrets'
import { organisationsRepository } from '../organisations'
import { touchDomiciliationContact } from './contact-events'
import { agentOf, loadFile, type Clock, type MailCtx } from './mail.context'
import { mailRepository } from './mail.repository'
import { newPortalCode, portalCodeHash } from './portal-code'
import { portalSessionValid, readPortalSession, signPortalSession } from './portal-session'

type SignInBody = BodyOf<typeof mailContract.portalSignIn>

export interface PortalDeps {
  clock: Clock
  secrets: Secrets
}

/** A public request inside one organisation: no account, the tenant named by the path. */
export interface PortalCtx {
  tx: Db
  audit: AuditWriter
  organisationId: string
}

/** A sign-in either opens a session or is refused; a refusal still keeps its count of wrong codes. */
export type SignInOutcome = { ok: true; token: string; expiresAt: Date } | { ok: false; error: DomainError }

const closed = () => notFound('L’espace personnel de cette structure')
const wrongCode = () =>
  new DomainError(
    'unauthenticated',
    'Numéro de dossier ou code incorrect. Vérifiez-les, ou demandez un nouveau code à l’accueil.',
  )
const signInFirst = () =>
  new DomainError(
    'unauthenticated',
    'Connectez-vous à votre espace avec votre numéro de dossier et votre code.',
  )

const hourFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
})
const locked = (until: Date) =>
  new DomainError(
    'account_locked',
    `Trop de codes incorrects : l’accès à cet espace est bloqué jusqu’à ${hourFormat.format(until).replace(':', ' h ')}. Vous pouvez aussi demander un nouveau code à l’accueil.`,
  )

/** The domiciled person's read-only space: the code given at the desk, the sign-in, what the person sees. */
export function portalService(deps: PortalDeps) {
  async function enabled(tx: Db, organisationId: string): Promise<boolean> {
    return (await mailRepository(tx).settings(organisationId))?.portalEnabled ?? false
  }

  return {
    /** A new code for the person, shown once; it replaces the previous one and lifts a lock. */
    async giveCode(ctx: MailCtx, domiciliationId: string) {
      const { organisationId } = agentOf(ctx)
      const file = await loadFile(ctx.tx, domiciliationId, true)
      if (!(await enabled(ctx.tx, organisationId))) {
        throw conflict(
          'L’espace personnel n’est pas ouvert dans votre structure : ouvrez-le d’abord dans les réglages.',
        )
      }
      const code = newPortalCode()
      await mailRepository(ctx.tx).updateFile(
        file.id,
        {
          portalCodeHash: portalCodeHash(deps.secrets, file.id, code),
          portalFailedAttempts: 0,
          portalLockedUntil: null,
        },
        deps.clock(),
      )
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation',
        entityId: file.id,
        before: { portalCodeHash: file.portalCodeHash },
        after: { portalCodeHash: 'nouveau' },
        masked: true,
      })
      return { fileNumber: file.fileNumber, code }
    },

    /**
     * File number and code. An unknown number and a wrong code get the same answer; after
     * MAX_PORTAL_ATTEMPTS wrong codes in a row the file's portal is locked for a while. A
     * successful sign-in is a contact with the person (CASF D264-3).
     */
    async signIn(ctx: PortalCtx, body: SignInBody): Promise<SignInOutcome> {
      if (!(await enabled(ctx.tx, ctx.organisationId))) throw closed()
      const now = deps.clock()
      const repo = mailRepository(ctx.tx)
      const found = await repo.fileByNumber(body.fileNumber)
      const file = found ? await loadFile(ctx.tx, found.id, true) : undefined
      if (!file?.portalCodeHash) {
        await ctx.audit({
          action: 'login_failed',
          entityType: 'domiciliation_portal',
          entityId: file?.id ?? null,
        })
        return { ok: false, error: wrongCode() }
      }
      if (file.portalLockedUntil && file.portalLockedUntil > now) {
        return { ok: false, error: locked(file.portalLockedUntil) }
      }
      if (!safeEqual(portalCodeHash(deps.secrets, file.id, body.code), file.portalCodeHash)) {
        const attempts = file.portalFailedAttempts + 1
        const lockUntil =
          attempts >= MAX_PORTAL_ATTEMPTS ? new Date(now.getTime() + PORTAL_LOCK_MINUTES * 60_000) : null
        await repo.updateFile(
          file.id,
          { portalFailedAttempts: lockUntil ? 0 : attempts, portalLockedUntil: lockUntil },
          now,
        )
        await ctx.audit({ action: 'login_failed', entityType: 'domiciliation_portal', entityId: file.id })
        return { ok: false, error: lockUntil ? locked(lockUntil) : wrongCode() }
      }
      await repo.updateFile(file.id, { portalFailedAttempts: 0, portalLockedUntil: null }, now)
      await touchDomiciliationContact(ctx.tx, ctx.audit, {
        organisationId: ctx.organisationId,
        domiciliationId: file.id,
        usagerId: file.usagerId,
        kind: 'connexion_portail',
        at: now,
      })
      await ctx.audit({ action: 'login', entityType: 'domiciliation_portal', entityId: file.id })
      const expiresAt = new Date(now.getTime() + PORTAL_SESSION_MINUTES * 60_000)
      const token = signPortalSession(
        deps.secrets,
        { organisationId: ctx.organisationId, domiciliationId: file.id, expiresAt: expiresAt.getTime() },
        file.portalCodeHash,
      )
      return { ok: true, token, expiresAt }
    },

    /**
     * What the person sees: waiting mail (kind and day of arrival), the end of the domiciliation in
     * force (none once it is radiated, refused or past its end: the person must not read that it
     * still runs), last contact.
     */
    async read(ctx: PortalCtx, token: string | undefined) {
      const claims = readPortalSession(token)
      if (!claims) throw signInFirst()
      if (!(await enabled(ctx.tx, ctx.organisationId))) throw closed()
      const repo = mailRepository(ctx.tx)
      const file = await repo.file(claims.domiciliationId)
      const now = deps.clock()
      const valid =
        file?.portalCodeHash &&
        portalSessionValid(deps.secrets, claims, ctx.organisationId, file.portalCodeHash, now)
      if (!file || !valid) throw signInFirst()
      const [items, organisation] = await Promise.all([
        repo.items(file.id, true),
        organisationsRepository(ctx.tx).getOrganisation(ctx.organisationId),
      ])
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: file.id })
      return {
        organisationName: organisation?.name ?? '',
        fileNumber: file.fileNumber,
        validUntil: isActiveOn(file, parisDate(now)) ? file.validUntil : null,
        lastContactAt: file.lastContactAt?.toISOString() ?? null,
        waitingMail: items.map(({ item }) => ({
          kind: item.kind as MailKind,
          receivedAt: item.receivedAt.toISOString(),
        })),
      }
    },
  }
}
