import { simpleParser } from 'mailparser'
import { DomainError, notFound } from '../../../shared/errors'
import { safeEqual, sha256, type Secrets } from '../../platform/secrets'
import { organisationsRepository } from '../organisations'
import { accueilRepository } from './accueil.repository'
import type { AccueilCtx, Clock } from './accueil.service'
import { auditedFields, takeIn } from './request-intake'
import { usagerIdByEmail } from './usager-link'

/** The header a mail relay sends with each message: HMAC of the organisation id under LIEN_SECRET. */
export const RELAY_SIGNATURE_HEADER = 'x-lien-relay-signature'
const MAX_MESSAGE = 20_000

export const relaySignature = (secrets: Secrets, organisationId: string) =>
  secrets.hmac('inbound-email', organisationId)

export function checkRelaySignature(secrets: Secrets, organisationId: string, given: unknown) {
  if (typeof given !== 'string' || !safeEqual(given, relaySignature(secrets, organisationId))) {
    throw new DomainError('unauthenticated', 'Signature du relais de courrier absente ou invalide.')
  }
}

// eslint-disable-next-line no-control-regex -- the stored text keeps line breaks and tabs only
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
const clean = (text: string, max: number) => text.replace(controlCharacters, '').trim().slice(0, max)

export interface InboundEmailDeps {
  clock: Clock
  secrets: Secrets
  publicUrl: string
}

/**
 * Records one raw e-mail received by the organisation as a request on the e-mail channel, once
 * per Message-ID, attached to the usager who has the sender's address.
 */
export async function receiveEmail(ctx: AccueilCtx, organisationId: string, raw: unknown, at: Date) {
  if (!Buffer.isBuffer(raw) || raw.length === 0) {
    throw new DomainError('unsupported_media_type', 'Envoyez le message brut (message/rfc822 ou text/plain).')
  }
  const org = await organisationsRepository(ctx.tx).getOrganisation(organisationId)
  if (!org) throw notFound('Cette organisation')
  const parsed = await simpleParser(raw).catch(() => {
    throw new DomainError('validation', 'Message illisible : envoyez le courriel brut au format RFC 822.')
  })
  const externalId = clean(parsed.messageId ?? `sha256:${sha256(raw.toString('latin1'))}`, 500)
  const repo = accueilRepository(ctx.tx)
  const known = await repo.findByExternalId(externalId)
  if (known) return { reference: known.reference, duplicate: true }
  const sender = parsed.from?.value[0]
  const address = sender?.address?.toLowerCase()
  const usagerId = address ? ((await usagerIdByEmail(ctx.tx, address)) ?? null) : null
  const row = await takeIn(
    ctx.tx,
    org,
    {
      channel: 'courriel',
      themes: ['autre'],
      usagerId,
      contactName: sender?.name ? clean(sender.name, 200) || null : null,
      replyTo: address ? clean(address, 254) : null,
      subject: parsed.subject ? clean(parsed.subject, 200) || null : null,
      message: clean(parsed.text ?? '', MAX_MESSAGE),
      serviceId: null,
      assigneeId: null,
      receivedBy: null,
      externalId,
    },
    at,
  )
  await ctx.audit({
    action: 'create',
    entityType: 'request',
    entityId: row.id,
    after: auditedFields(row),
  })
  return { reference: row.reference, duplicate: false }
}

/** E-mails received by the organisation's mailbox become requests on the e-mail channel, once each. */
export function inboundEmailService(deps: InboundEmailDeps) {
  return {
    relayAddress(organisationId: string) {
      return {
        url: `${deps.publicUrl}/api/inbound/email/${organisationId}`,
        header: RELAY_SIGNATURE_HEADER,
        signature: relaySignature(deps.secrets, organisationId),
      }
    },

    receive: (ctx: AccueilCtx, organisationId: string, raw: unknown) =>
      receiveEmail(ctx, organisationId, raw, deps.clock()),
  }
}

export type InboundEmailService = ReturnType<typeof inboundEmailService>
