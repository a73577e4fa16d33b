import { DomainError, invalid, notFound } from '../../../shared/errors'
import { newId } from '../../../shared/ids'
import type {
  AccountAlertView,
  CreateAlertBody,
  OfferSearchCriteria,
} from '../../../shared/modules/metiers/search.contract'
import type { Database, Db } from '../../db/client'
import type { Actor } from '../../http/context'
import { auditLog, type AuditWriter } from '../../platform/audit'
import { randomToken, sha256 } from '../../platform/secrets'
import { ALERT_CONFIRM_DAYS, confirmAlertMail } from './alerts.mails'
import type { MetiersDeps } from './metiers.deps'
import { describeSearch, searchPath, storedCriteria } from './saved-searches.description'
import { savedSearchesRepository, type SavedSearchRow } from './saved-searches.repository'
import { offerSearchService } from './search.service'

type Deps = Pick<MetiersDeps, 'mailer' | 'secrets' | 'publicUrl' | 'clock' | 'geocoder'>

/** Alerts one address may hold at once. */
export const MAX_ALERTS_PER_EMAIL = 20

const DAY_MS = 86_400_000

/** The unsubscribe token of a search: the same in every alert e-mail, so only its hash is stored. */
export const unsubscribeToken = (secrets: MetiersDeps['secrets'], savedSearchId: string) =>
  secrets.hmac('metiers-alert-unsubscribe', savedSearchId)

const badLink = () =>
  new DomainError('validation', 'Ce lien est invalide ou a expiré : enregistrez la recherche à nouveau.', [
    { field: 'token', message: 'Lien invalide ou expiré.' },
  ])

function accountView(row: SavedSearchRow): AccountAlertView | null {
  const criteria = storedCriteria(row.query)
  if (!criteria) return null
  return {
    id: row.id,
    label: row.label,
    recherche: criteria,
    searchPath: searchPath(criteria),
    description: describeSearch(criteria),
    email: row.email,
    createdAt: row.createdAt.toISOString(),
    lastAlertAt: row.lastAlertAt.toISOString(),
  }
}

/**
 * Saved searches with e-mail alerts. Without an account the address is confirmed by a link first
 * (double opt-in); a signed-in account's own address needs no confirmation. Tokens are kept as
 * SHA-256. Visitors' searches are reached only by their tokens, so these writes run as the owner.
 */
export function savedSearchesService(db: Database, deps: Deps) {
  const owner = savedSearchesRepository(db.owner)
  const search = offerSearchService(deps)

  async function audit(
    tx: Db,
    action: 'create' | 'update',
    entityId: string,
    actor: Actor | null,
    requestId: string,
  ) {
    await tx.insert(auditLog).values({
      organisationId: null,
      actorAccountId: actor?.accountId ?? null,
      actorLabel: actor?.displayName ?? 'Public',
      action,
      entityType: 'saved_search',
      entityId,
      requestId,
    })
  }

  /** The search must read: a place or a fiche that cannot be found is refused now, not at the first alert. */
  async function check(criteria: OfferSearchCriteria) {
    try {
      await search.newOffers(db.owner, criteria, deps.clock(), 0)
    } catch (error) {
      if (error instanceof DomainError && error.code === 'validation')
        throw new DomainError(
          'validation',
          error.message,
          error.fields.map((f) => ({ ...f, field: `recherche.${f.field}` })),
        )
      throw error
    }
  }

  return {
    async create(body: CreateAlertBody, actor: Actor | null, requestId: string) {
      const signedIn = actor?.stage === 'active' ? actor : null
      const email = signedIn ? signedIn.email : body.email
      if (!email) throw invalid('email', 'Indiquez l’adresse où recevoir les nouvelles offres.')
      await check(body.recherche)
      if ((await owner.activeCountForEmail(email)) >= MAX_ALERTS_PER_EMAIL)
        throw new DomainError(
          'conflict',
          `Cette adresse a déjà ${MAX_ALERTS_PER_EMAIL} alertes : supprimez-en une avant d’en créer une autre.`,
        )
      const now = deps.clock()
      const id = newId()
      const confirmToken = signedIn ? null : randomToken()
      await db.owner.transaction(async (tx) => {
        await savedSearchesRepository(tx).insert({
          id,
          accountId: signedIn?.accountId ?? null,
          email,
          label: body.label,
          query: body.recherche,
          confirmTokenHash: confirmToken ? sha256(confirmToken) : null,
          confirmedAt: signedIn ? now : null,
          unsubscribeTokenHash: sha256(unsubscribeToken(deps.secrets, id)),
          lastAlertAt: now,
          createdAt: now,
        })
        await audit(tx, 'create', id, signedIn, requestId)
      })
      if (confirmToken)
        await deps.mailer.send(
          confirmAlertMail({
            to: email,
            label: body.label,
            description: describeSearch(body.recherche),
            publicUrl: deps.publicUrl,
            token: confirmToken,
          }),
        )
      return { status: signedIn ? ('active' as const) : ('a_confirmer' as const), label: body.label }
    },

    async confirm(token: string, actor: Actor | null, requestId: string) {
      const row = await owner.byConfirmToken(sha256(token))
      const now = deps.clock()
      if (!row || row.unsubscribedAt || row.createdAt.getTime() + ALERT_CONFIRM_DAYS * DAY_MS < now.getTime())
        throw badLink()
      await db.owner.transaction(async (tx) => {
        await savedSearchesRepository(tx).confirm(row.id, now)
        await audit(tx, 'update', row.id, actor, requestId)
      })
      const criteria = storedCriteria(row.query)
      return { label: row.label, searchPath: criteria ? searchPath(criteria) : '/metiers/offres' }
    },

    /** One click from any alert e-mail; a second click answers the same. */
    async unsubscribe(token: string, actor: Actor | null, requestId: string) {
      const row = await owner.byUnsubscribeToken(sha256(token))
      if (!row) throw badLink()
      if (!row.unsubscribedAt) {
        await db.owner.transaction(async (tx) => {
          await savedSearchesRepository(tx).unsubscribe(row.id, deps.clock())
          await audit(tx, 'update', row.id, actor, requestId)
        })
      }
      const criteria = storedCriteria(row.query)
      return { label: row.label, searchPath: criteria ? searchPath(criteria) : '/metiers/offres' }
    },

    /** The signed-in account's alerts, read under row-level security. */
    async ofAccount(tx: Db, accountId: string, auditWrite: AuditWriter) {
      const rows = await savedSearchesRepository(tx).ofAccount(accountId)
      await auditWrite({ action: 'read', entityType: 'saved_search', entityId: null, organisationId: null })
      return { items: rows.flatMap((row) => accountView(row) ?? []) }
    },

    async deleteOfAccount(tx: Db, accountId: string, id: string, auditWrite: AuditWriter) {
      const row = await savedSearchesRepository(tx).delete(id, accountId)
      if (!row) throw notFound('Cette alerte')
      await auditWrite({ action: 'delete', entityType: 'saved_search', entityId: id, organisationId: null })
      return { deleted: true as const }
    },
  }
}
