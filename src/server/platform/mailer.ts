import nodemailer from 'nodemailer'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newId } from '../../shared/ids'

export interface MailAttachment {
  filename: string
  /** Text content (an ICS calendar file…), sent as UTF-8. */
  content: string
  contentType: string
}

export interface Mail {
  to: string
  subject: string
  text: string
  html?: string
  attachments?: MailAttachment[]
  /** Extra headers, such as List-Unsubscribe on alerts. */
  headers?: Record<string, string>
}

export interface StoredMail extends Mail {
  id: string
  date: string
}

export interface Mailer {
  kind: 'smtp' | 'outbox'
  send(mail: Mail): Promise<void>
  /** Mails written by the development outbox, newest first (empty for SMTP). */
  outbox(): Promise<StoredMail[]>
}

/** Real e-mail through SMTP (SMTP_URL), or, in development, files in `<data>/mails`. */
export function createMailer(smtpUrl: string | undefined, from: string, dataDir: string): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl)
    return {
      kind: 'smtp',
      async send(mail) {
        await transport.sendMail({ from, ...mail })
      },
      outbox: async () => [],
    }
  }
  const dir = join(dataDir, 'mails')
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    kind: 'outbox',
    async send(mail) {
      await mkdir(dir, { recursive: true })
      const id = newId()
      const info = await stream.sendMail({ from, ...mail })
      const stored: StoredMail = { id, date: new Date().toISOString(), ...mail }
      await writeFile(join(dir, `${id}.eml`), info.message as Buffer)
      await writeFile(join(dir, `${id}.json`), JSON.stringify(stored))
    },
    async outbox() {
      const names = await readdir(dir).catch(() => [] as string[])
      const mails = await Promise.all(
        names
          .filter((n) => n.endsWith('.json'))
          .map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as StoredMail),
      )
      return mails.sort((a, b) => b.id.localeCompare(a.id))
    },
  }
}
