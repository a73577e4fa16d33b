import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newId } from '../../../shared/ids'
import type { SmsProvider, StoredSms } from './sms'

/** Development: messages are written to `<data>/sms` instead of being sent, and listed at /dev/sms. */
export function smsOutbox(dataDir: string): SmsProvider {
  const dir = join(dataDir, 'sms')
  return {
    kind: 'outbox',
    async send(to, text) {
      await mkdir(dir, { recursive: true })
      const stored: StoredSms = { id: newId(), to, text, date: new Date().toISOString() }
      await writeFile(join(dir, `${stored.id}.json`), JSON.stringify(stored))
      return { sent: true, detail: 'boîte d’envoi de développement' }
    },
    async outbox() {
      const names = await readdir(dir).catch(() => [] as string[])
      const messages = await Promise.all(
        names
          .filter((n) => n.endsWith('.json'))
          .map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as StoredSms),
      )
      return messages.sort((a, b) => b.id.localeCompare(a.id))
    },
  }
}
