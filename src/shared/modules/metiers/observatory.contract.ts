/** Métiers — the recruitment observatory (funnels by job and territory) and the platform's contact form. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle } from '../../zod/fr'
import type { Role } from '../organisations/roles'
import { texteLibre } from '../accueil/accueil.contract'
import { contactSubjects } from './contact-subjects'
import { funnelColumns } from './observatory-columns'

/** Who reads the observatory: in a CCAS, CIAS or département (checked by the server), for its own territory. */
export const observatoryReaderRoles: readonly Role[] = [
  'direction',
  'lecture_statistiques',
  'administrateur',
  'editeur',
]

const civilDate = z.iso.date({ message: 'Date au format AAAA-MM-JJ.' })

// ---------------------------------------------------------------- contact form

export const platformContactFormView = z.object({
  /** The organisation that answers, or null when the platform administrator has chosen none yet. */
  organisationName: z.string().nullable(),
  announcedWorkingDays: z.number().int().nullable(),
  /** The question against robots (its answer stays on the server). */
  question: z.object({ id: z.string(), text: z.string() }).nullable(),
})
export type PlatformContactFormView = z.output<typeof platformContactFormView>

export const platformContactBody = z.strictObject({
  name: libelle(120),
  email,
  subject: z.enum(contactSubjects, { message: 'Choisissez le sujet de votre message.' }),
  message: texteLibre(5000, 1),
  consent: z.literal(true, {
    message: 'Cochez la case pour accepter que nous gardions votre message le temps de vous répondre.',
  }),
  questionId: z.string().max(60),
  answer: z.string().trim().min(1, { message: 'Répondez à la question.' }).max(100),
  /** Left empty by people; robots fill it. */
  website: z.string().max(500).optional(),
})

export const platformContactAnswer = z.object({
  reference: z.string(),
  dueOn: z.iso.date(),
  announcedWorkingDays: z.number().int(),
  organisationName: z.string(),
})

// ---------------------------------------------------------------- platform settings

export const platformSettingsView = z.object({
  contactOrganisationId: z.uuid().nullable(),
  secrecyThreshold: z.number().int(),
  /** The organisations that may receive the contact form (CCAS, CIAS, départements). */
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
})
export type PlatformSettingsView = z.output<typeof platformSettingsView>

export const platformSettingsBody = z.strictObject({
  contactOrganisationId: z.uuid({ message: 'Choisissez une organisation dans la liste.' }).nullable(),
  secrecyThreshold: z
    .number({ message: 'Indiquez un nombre entier.' })
    .int({ message: 'Indiquez un nombre entier.' })
    .min(2, { message: 'Le seuil du secret statistique est de 2 au moins.' })
    .max(50, { message: 'Le seuil du secret statistique est de 50 au plus.' }),
})

// ---------------------------------------------------------------- observatory

export const departementCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{2}|2A|2B|97\d)$/, { message: 'Code de département inconnu (ex. 01, 25, 2A, 974).' })

export const funnelQuery = z
  .strictObject({
    from: civilDate.optional(),
    to: civilDate.optional(),
    departement: departementCode.optional(),
    jobId: z.uuid({ message: 'Métier inconnu.' }).optional(),
    groupBy: z.enum(['job', 'departement'], { message: 'Regroupement inconnu.' }).default('job'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'La date de fin doit suivre la date de début.',
    path: ['to'],
  })
export type FunnelQuery = z.input<typeof funnelQuery>

const published = z.object({ value: z.number().nullable(), secret: z.boolean() })

const funnelFigures = z.object({
  /** Counts of persons, published under the statistical secret. */
  counts: z.object(
    Object.fromEntries(funnelColumns.map((c) => [c, published])) as Record<
      (typeof funnelColumns)[number],
      typeof published
    >,
  ),
  /** Views of the fiche: not persons, never secret. */
  ficheViews: z.number().int(),
  /** Offers open today: not persons. */
  openOffers: z.number().int(),
  /** Median days from application to first answer, and to hire; secret below the threshold. */
  medianAnswerDays: published,
  medianHireDays: published,
})

export const funnelRowView = funnelFigures.extend({
  /** The job's id or the département's code; null for « territory not known ». */
  key: z.string().nullable(),
  label: z.string(),
})
export type FunnelRowView = z.output<typeof funnelRowView>

export const funnelView = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  groupBy: z.enum(['job', 'departement']),
  threshold: z.number().int(),
  departement: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The platform administrator chooses any territory; others see their own. */
  canChooseTerritory: z.boolean(),
  departements: z.array(z.object({ code: z.string(), name: z.string() })),
  jobs: z.array(z.object({ id: z.uuid(), title: z.string() })),
  job: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  rows: z.array(funnelRowView),
  total: funnelFigures,
})
export type FunnelView = z.output<typeof funnelView>

export const metiersObservatoryContract = {
  contactForm: defineRoute({
    method: 'GET',
    path: '/api/public/metiers/contact',
    summary: '« Écrire à la plateforme » : qui répond, en combien de jours, et la question anti-robot',
    access: { kind: 'public' },
    response: platformContactFormView,
  }),
  contact: defineRoute({
    method: 'POST',
    path: '/api/public/metiers/contact',
    summary:
      '« Écrire à la plateforme » : une demande dans la file d’accueil de l’organisation de la plateforme',
    access: { kind: 'public' },
    body: platformContactBody,
    response: platformContactAnswer,
    status: 202,
    rateLimitPerMinute: 5,
  }),
  settings: defineRoute({
    method: 'GET',
    path: '/api/metiers/plateforme/reglages',
    summary: 'Réglages du portail : organisation qui reçoit les messages, seuil du secret statistique',
    access: { kind: 'platformAdmin' },
    response: platformSettingsView,
  }),
  saveSettings: defineRoute({
    method: 'PUT',
    path: '/api/metiers/plateforme/reglages',
    summary: 'Changer les réglages du portail (administration de la plateforme)',
    access: { kind: 'platformAdmin' },
    body: platformSettingsBody,
    response: platformSettingsView,
  }),
  funnel: defineRoute({
    method: 'GET',
    path: '/api/metiers/observatoire',
    summary: 'Observatoire du recrutement : parcours par métier et territoire, sous le secret statistique',
    access: { kind: 'member', roles: observatoryReaderRoles },
    query: funnelQuery,
    response: funnelView,
  }),
  funnelExport: defineRoute({
    method: 'GET',
    path: '/api/metiers/observatoire/export.xlsx',
    summary: 'Observatoire du recrutement en tableur (XLSX), sous le même secret statistique',
    access: { kind: 'member', roles: observatoryReaderRoles },
    query: funnelQuery,
    response: z.unknown(),
    raw: true,
  }),
  /** The same for the platform administrator, every territory, without a membership. */
  platformFunnel: defineRoute({
    method: 'GET',
    path: '/api/metiers/observatoire/plateforme',
    summary:
      'Observatoire du recrutement de toute la plateforme (administration), sous le secret statistique',
    access: { kind: 'platformAdmin' },
    query: funnelQuery,
    response: funnelView,
  }),
  platformFunnelExport: defineRoute({
    method: 'GET',
    path: '/api/metiers/observatoire/plateforme/export.xlsx',
    summary: 'Observatoire du recrutement de toute la plateforme en tableur (XLSX)',
    access: { kind: 'platformAdmin' },
    query: funnelQuery,
    response: z.unknown(),
    raw: true,
  }),
}
