import { ImapFlow } from 'imapflow'
import type { Database } from '../../db/client'
import { auditRecorder } from '../../platform/audit'
import { receiveEmail } from './inbound-email.service'

export interface Mailbox {
  organisationId: string
  /** imaps://user:password@host[:port]/MAILBOX (INBOX by default). */
  url: string
}

export interface PollResult {
  received: number
  duplicates: number
  failed: number
}

function connection(url: string) {
  const u = new URL(url)
  const secure = u.protocol === 'imaps:'
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    mailbox: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX',
  }
}

/**
 * Reads the unread messages of one organisation's mailbox: each becomes a request (once per
 * Message-ID, in its own tenant transaction), then is marked as read. A message that cannot be
 * recorded stays unread and is tried again at the next poll.
 */
export async function pollMailbox(db: Database, mailbox: Mailbox, now: () => Date): Promise<PollResult> {
  const { mailbox: path, ...options } = connection(mailbox.url)
  const client = new ImapFlow({ ...options, logger: false })
  const result: PollResult = { received: 0, duplicates: 0, failed: 0 }
  await client.connect()
  try {
    const lock = await client.getMailboxLock(path)
    try {
      const unread = (await client.search({ seen: false }, { uid: true })) || []
      for (const uid of unread) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true })
        if (!message || !message.source) continue
        const audit = auditRecorder(
          {
            accountId: null,
            label: 'Relève de la boîte aux lettres',
            organisationId: mailbox.organisationId,
          },
          null,
        )
        try {
          const outcome = await db.transaction(
            { organisationId: mailbox.organisationId, accountId: null, platformAdmin: false },
            (tx) =>
              receiveEmail(
                { tx, actor: null, audit: audit.write },
                mailbox.organisationId,
                message.source,
                now(),
              ),
            audit.statement,
          )
          result[outcome.duplicate ? 'duplicates' : 'received']++
          await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true })
        } catch {
          result.failed++
        }
      }
    } finally {
      lock.release()
    }
  } finally {
    await client.logout().catch(() => undefined)
  }
  return result
}
