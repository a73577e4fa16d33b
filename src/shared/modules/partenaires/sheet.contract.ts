/** Partenaires — the orientation sheet for the person (PDF, four languages). */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { rolesSeeingPersonalData } from '../organisations/roles'

/** The sheet's languages: French, French easy to read (FALC), English, Arabic (right to left). */
export const sheetLanguages = ['fr', 'falc', 'en', 'ar'] as const
export type SheetLanguage = (typeof sheetLanguages)[number]

/** How each language is offered to the agent, written in that language. */
export const sheetLanguageLabels: Record<SheetLanguage, string> = {
  fr: 'Français',
  falc: 'Facile à lire (FALC)',
  en: 'English',
  ar: 'العربية',
}

const languageQuery = z.strictObject({
  language: z
    .enum(sheetLanguages, { message: 'Langue de la fiche inconnue : choisissez fr, falc, en ou ar.' })
    .default('fr'),
})

const uuid = (message: string) => z.uuid({ message })

/**
 * The page of a service in the public directory, where the sheet's QR code leads. The client serves it;
 * the path lives here so both sides agree.
 */
export const publicServicePagePath = (organisationId: string, serviceId: string) =>
  `/public/${organisationId}/annuaire/services/${serviceId}`

export const sheetContract = {
  /** `GET …/sheet.pdf?language=ar`: the PDF, to open in a new tab or download. */
  serviceSheet: defineRoute({
    method: 'GET',
    path: '/api/directory/services/:id/sheet.pdf',
    summary:
      'Fiche d’orientation d’un service de l’annuaire, à remettre à la personne (PDF : fr, falc, en, ar)',
    access: { kind: 'member', roles: 'any' },
    params: z.object({ id: uuid('Identifiant de service invalide.') }),
    query: languageQuery,
    response: z.unknown(),
    raw: true,
  }),
  /** The sheet of an orientation sent by the organisation; records the language on the orientation. */
  referralSheet: defineRoute({
    method: 'GET',
    path: '/api/referrals/:referralId/sheet.pdf',
    summary:
      'Fiche d’orientation remise à la personne orientée (PDF : fr, falc, en, ar) ; la langue est notée sur l’orientation',
    access: { kind: 'member', roles: rolesSeeingPersonalData },
    params: z.object({ referralId: uuid('Identifiant d’orientation invalide.') }),
    query: languageQuery,
    response: z.unknown(),
    raw: true,
  }),
  /** The same sheet for residents, from the public directory, without an account. */
  publicServiceSheet: defineRoute({
    method: 'GET',
    path: '/api/public/organisations/:organisationId/directory/services/:id/sheet.pdf',
    summary: 'Fiche d’un service de l’annuaire public, à imprimer (PDF : fr, falc, en, ar), sans compte',
    access: { kind: 'public' },
    params: z.object({
      organisationId: uuid('Identifiant d’organisation invalide.'),
      id: uuid('Identifiant de service invalide.'),
    }),
    query: languageQuery,
    response: z.unknown(),
    raw: true,
    rateLimitPerMinute: 30,
  }),
}
