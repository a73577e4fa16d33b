// A scriptable IMAP server for tests (no types of its own).
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net'

  interface StoredMessage {
    raw: string
    flags?: string[]
  }
  interface HoodiecrowOptions {
    plugins?: string[]
    storage?: Record<string, { messages: StoredMessage[] }>
    users?: Record<string, { password: string }>
  }
  interface Hoodiecrow {
    listen(port: number, host: string, done: () => void): void
    close(done?: () => void): void
    server: Server
  }
  export default function hoodiecrow(options: HoodiecrowOptions): Hoodiecrow
}
