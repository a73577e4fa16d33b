import { z } from 'zod'
import { defineRoute } from '../../contract'

export const healthContract = {
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    summary: 'État du service',
    access: { kind: 'public' },
    response: z.object({
      status: z.literal('ok'),
      database: z.enum(['pglite', 'postgresql']),
      migrations: z.number().int(),
    }),
  }),
  openapi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    summary: "Description OpenAPI 3.1 de l'API",
    access: { kind: 'public' },
    response: z.never(),
    raw: true,
  }),
  devMails: defineRoute({
    method: 'GET',
    path: '/dev/mails',
    summary: 'Boîte d’envoi de développement (page)',
    access: { kind: 'public' },
    response: z.never(),
    raw: true,
  }),
  devMailsJson: defineRoute({
    method: 'GET',
    path: '/dev/mails.json',
    summary: 'Boîte d’envoi de développement (JSON)',
    access: { kind: 'public' },
    response: z.array(z.object({ id: z.string(), to: z.string(), subject: z.string(), date: z.string(), text: z.string() })),
  }),
}
