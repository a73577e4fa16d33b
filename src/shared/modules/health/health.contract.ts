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
}
