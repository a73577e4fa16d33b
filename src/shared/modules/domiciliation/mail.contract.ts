import { z } from 'zod'
import { defineRoute } from '../../contract'
import { libelle } from '../../zod/fr'
import { domiciliationAgents, domiciliationDeciders, domiciliationReaders } from './domiciliation.constants'
import {
  contactKinds,
  MAX_MAIL_BATCH,
  mailKinds,
  mailStates,
  noticeChannels,
  noticeKinds,
  recordedContactKinds,
  returnReasons,
} from './mail.constants'

/** Who registers and hands over mail, records contacts, proxies and forwarding: the file's agents. */
export const mailDeskRoles = domiciliationAgents
/** Who reads the mail registry and the record of contacts (social workers too). */
export const mailReadRoles = domiciliationReaders

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const organisationParam = z.object({
  organisationId: z.uuid({ message: 'Identifiant d’organisation invalide.' }),
})
const instant = z.iso.datetime({ offset: true })
const civilDate = z.iso.date({ message: 'Date au format AAAA-MM-JJ.' })
const ok = z.object({ ok: z.literal(true) })

/** Optional free text on one or several lines: trimmed, bounded, an empty value means none. */
const note = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()

const fileNumber = z
  .number({ message: 'Un numéro de dossier (nombre entier).' })
  .int({ message: 'Un numéro de dossier (nombre entier).' })
  .min(1, { message: 'Un numéro de dossier commence à 1.' })
  .max(99_999_999, { message: 'Numéro de dossier trop grand.' })

const itemIds = z
  .array(z.uuid({ message: 'Identifiant de pli invalide.' }))
  .min(1, { message: 'Choisissez au moins un pli.' })
  .max(MAX_MAIL_BATCH, { message: `${MAX_MAIL_BATCH} plis au plus.` })
  .refine((list) => new Set(list).size === list.length, { message: 'Un pli est choisi deux fois.' })

/** "HH:MM", Paris time. */
const timeOfDay = z
  .string()
  .trim()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure au format HH:MM (ex. 18:00).' })

export const forwardingView = z.object({ address: z.string(), from: civilDate, until: civilDate.nullable() })

/** What the desk sees of a domiciled person: enough to find them and to know what to do with their mail. */
export const deskFileView = z.object({
  id: z.uuid(),
  fileNumber: z.number().int(),
  usagerId: z.uuid(),
  personLabel: z.string(),
  birthDate: civilDate.nullable(),
  /** The status derived from the decision chain (instruction, valide, refus, radie, expiree). */
  status: z.string(),
  validUntil: civilDate.nullable(),
  /** True while the domiciliation is valid today: mail may be kept for the person. */
  active: z.boolean(),
  lastContactAt: instant.nullable(),
  npaiSince: civilDate.nullable(),
  /** The forwarding address, when forwarding is active today. */
  forwarding: forwardingView.nullable(),
  waitingCount: z.number().int(),
})
export type DeskFileView = z.output<typeof deskFileView>

export const mailItemView = z.object({
  id: z.uuid(),
  domiciliationId: z.uuid(),
  kind: z.enum(mailKinds),
  sender: z.string().nullable(),
  state: z.enum(mailStates),
  receivedAt: instant,
  handedOverAt: instant.nullable(),
  /** The proxy who collected it, when not the person. */
  proxy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  forwardedAt: instant.nullable(),
  returnedAt: instant.nullable(),
  returnReason: z.enum(returnReasons).nullable(),
  notifiedAt: instant.nullable(),
})
export type MailItemView = z.output<typeof mailItemView>

export const proxyView = z.object({
  id: z.uuid(),
  domiciliationId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: civilDate.nullable(),
  validFrom: civilDate,
  validUntil: civilDate,
  revokedAt: instant.nullable(),
  /** Valid today and not revoked: may collect the mail now. */
  usable: z.boolean(),
})
export type ProxyView = z.output<typeof proxyView>

export const contactView = z.object({
  id: z.uuid(),
  kind: z.enum(contactKinds),
  at: instant,
  agent: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  mailItemId: z.uuid().nullable(),
  note: z.string().nullable(),
})

export const noticeView = z.object({
  id: z.uuid(),
  channel: z.enum(noticeChannels),
  kind: z.enum(noticeKinds),
  sentAt: instant,
  outcome: z.string().nullable(),
})

const proxyFields = {
  firstName: libelle(100),
  lastName: libelle(100),
  birthDate: civilDate.nullable().optional(),
  validFrom: civilDate,
  validUntil: civilDate,
}
const datesInOrder = (b: { validFrom?: string | undefined; validUntil?: string | undefined }) =>
  !b.validFrom || !b.validUntil || b.validFrom <= b.validUntil
const datesMessage = { message: 'La fin doit venir après le début.', path: ['validUntil'] }

/** One item of the morning's post: for a file named by its id or by its number. */
const arrival = z
  .strictObject({
    domiciliationId: z.uuid({ message: 'Identifiant de dossier invalide.' }).optional(),
    fileNumber: fileNumber.optional(),
    kind: z.enum(mailKinds),
    sender: libelle(200).nullable().optional(),
    /** Returned to the sender on arrival (the person is radiated, unknown, deceased…). */
    returnReason: z.enum(returnReasons).nullable().optional(),
  })
  .refine((a) => (a.domiciliationId === undefined) !== (a.fileNumber === undefined), {
    message: 'Indiquez le dossier : son numéro ou son identifiant (un seul des deux).',
    path: ['fileNumber'],
  })

const file = z.object({ file: deskFileView })

export const mailContract = {
  deskSearch: defineRoute({
    method: 'GET',
    path: '/api/domiciliation/desk',
    summary: 'Trouver une personne domiciliée par son nom ou son numéro de dossier (accueil du courrier)',
    access: { kind: 'member', roles: mailReadRoles },
    query: z.strictObject({
      q: z.string().trim().min(1, { message: 'Tapez un nom ou un numéro.' }).max(100),
      limit: z.coerce.number().int().min(1).max(50).default(10),
    }),
    response: z.object({ files: z.array(deskFileView) }),
  }),
  register: defineRoute({
    method: 'POST',
    path: '/api/domiciliation/mail',
    summary:
      'Enregistrer l’arrivée du courrier : un pli ou tout le courrier du matin, en une fois (tout ou rien)',
    access: { kind: 'member', roles: mailDeskRoles },
    body: z.strictObject({
      items: z
        .array(arrival)
        .min(1, { message: 'Ajoutez au moins un pli.' })
        .max(MAX_MAIL_BATCH, { message: `${MAX_MAIL_BATCH} plis au plus par envoi.` }),
    }),
    response: z.object({ items: z.array(mailItemView) }),
    status: 201,
  }),
  fileMail: defineRoute({
    method: 'GET',
    path: '/api/domiciliations/:id/mail',
    summary: 'Le courrier d’une personne domiciliée (en attente, ou tout l’historique)',
    access: { kind: 'member', roles: mailReadRoles },
    params: id,
    query: z.strictObject({ state: z.enum(['en_attente', 'tous']).default('en_attente') }),
    response: file.extend({ items: z.array(mailItemView), proxies: z.array(proxyView) }),
  }),
  handOver: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/:id/mail/handover',
    summary: 'Remettre des plis à la personne, ou à son mandataire (procuration valide ce jour)',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    body: z.strictObject({
      itemIds,
      proxyId: z.uuid({ message: 'Procuration invalide.' }).nullable().optional(),
    }),
    response: file.extend({ items: z.array(mailItemView) }),
  }),
  returnToSender: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/:id/mail/return',
    summary: 'Renvoyer des plis à l’expéditeur avec un motif ; le dossier est marqué NPAI',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    body: z.strictObject({ itemIds, reason: z.enum(returnReasons) }),
    response: file.extend({ items: z.array(mailItemView) }),
  }),
  clearNpai: defineRoute({
    method: 'DELETE',
    path: '/api/domiciliations/:id/npai',
    summary: 'Lever la marque NPAI : le courrier de la personne est de nouveau gardé',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    response: file,
  }),
  setForwarding: defineRoute({
    method: 'PUT',
    path: '/api/domiciliations/:id/forwarding',
    summary: 'Réexpédier le courrier à une adresse, entre deux dates',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    body: z
      .strictObject({
        forwardAddress: libelle(500),
        forwardFrom: civilDate,
        forwardUntil: civilDate.nullable().optional(),
      })
      .refine((b) => !b.forwardUntil || b.forwardFrom <= b.forwardUntil, {
        message: 'La fin doit venir après le début.',
        path: ['forwardUntil'],
      }),
    response: file,
  }),
  stopForwarding: defineRoute({
    method: 'DELETE',
    path: '/api/domiciliations/:id/forwarding',
    summary: 'Arrêter la réexpédition du courrier',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    response: file,
  }),
  proxies: defineRoute({
    method: 'GET',
    path: '/api/domiciliations/:id/proxies',
    summary: 'Les procurations d’une personne domiciliée',
    access: { kind: 'member', roles: mailReadRoles },
    params: id,
    response: z.object({ proxies: z.array(proxyView) }),
  }),
  createProxy: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/:id/proxies',
    summary: 'Donner procuration à un tiers nommé pour retirer le courrier, entre deux dates',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    body: z.strictObject(proxyFields).refine(datesInOrder, datesMessage),
    response: proxyView,
    status: 201,
  }),
  updateProxy: defineRoute({
    method: 'PATCH',
    path: '/api/domiciliation-proxies/:id',
    summary: 'Corriger une procuration (nom, dates)',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    body: z.strictObject(z.object(proxyFields).partial().shape).refine(datesInOrder, datesMessage),
    response: proxyView,
  }),
  revokeProxy: defineRoute({
    method: 'POST',
    path: '/api/domiciliation-proxies/:id/revoke',
    summary: 'Révoquer une procuration (la trace est gardée)',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    response: proxyView,
  }),
  deleteProxy: defineRoute({
    method: 'DELETE',
    path: '/api/domiciliation-proxies/:id',
    summary: 'Supprimer une procuration saisie par erreur (jamais utilisée)',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    response: ok,
  }),
  contacts: defineRoute({
    method: 'GET',
    path: '/api/domiciliations/:id/contacts',
    summary: 'Le registre des contacts d’une personne domiciliée (CASF D264-3), le plus récent d’abord',
    access: { kind: 'member', roles: mailReadRoles },
    params: id,
    response: file.extend({ contacts: z.array(contactView) }),
  }),
  recordContact: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/:id/contacts',
    summary: 'Noter un passage ou un appel de la personne',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    body: z.strictObject({
      kind: z.enum(recordedContactKinds),
      note: note(2000),
      /** When it happened, if not now (a call taken earlier today). */
      occurredAt: instant.optional(),
    }),
    response: file.extend({ contact: contactView }),
    status: 201,
  }),
  notices: defineRoute({
    method: 'GET',
    path: '/api/domiciliations/:id/notices',
    summary: 'Les avis envoyés à la personne (SMS, e-mails), sans leur destinataire',
    access: { kind: 'member', roles: mailReadRoles },
    params: id,
    response: z.object({ notices: z.array(noticeView) }),
  }),
  mailSettings: defineRoute({
    method: 'GET',
    path: '/api/domiciliation/mail-settings',
    summary: 'Heure de l’avis quotidien de courrier en attente, espace personnel ouvert ou non',
    access: { kind: 'member', roles: mailReadRoles },
    response: z.object({ noticeTime: z.string(), portalEnabled: z.boolean() }),
  }),
  setMailSettings: defineRoute({
    method: 'PUT',
    path: '/api/domiciliation/mail-settings',
    summary: 'Fixer l’heure de l’avis quotidien et ouvrir ou fermer l’espace personnel',
    access: { kind: 'member', roles: domiciliationDeciders },
    body: z.strictObject({ noticeTime: timeOfDay.optional(), portalEnabled: z.boolean().optional() }),
    response: z.object({ noticeTime: z.string(), portalEnabled: z.boolean() }),
  }),
  portalCode: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/:id/portal-code',
    summary: 'Donner un code d’accès à l’espace personnel (montré une seule fois ; remplace le précédent)',
    access: { kind: 'member', roles: mailDeskRoles },
    params: id,
    response: z.object({ fileNumber: z.number().int(), code: z.string() }),
    status: 201,
  }),
  portalSignIn: defineRoute({
    method: 'POST',
    path: '/api/public/organisations/:organisationId/domiciliation/portal/session',
    summary:
      'Espace personnel de la personne domiciliée : se connecter avec son numéro et le code donné à l’accueil',
    access: { kind: 'public' },
    params: organisationParam,
    body: z.strictObject({
      fileNumber,
      code: z.string().trim().min(1, { message: 'Tapez le code donné à l’accueil.' }).max(40),
    }),
    response: z.object({ expiresAt: instant }),
    rateLimitPerMinute: 10,
  }),
  portalSignOut: defineRoute({
    method: 'DELETE',
    path: '/api/public/organisations/:organisationId/domiciliation/portal/session',
    summary: 'Espace personnel : se déconnecter',
    access: { kind: 'public' },
    params: organisationParam,
    response: ok,
  }),
  portal: defineRoute({
    method: 'GET',
    path: '/api/public/organisations/:organisationId/domiciliation/portal',
    summary: 'Espace personnel (lecture seule) : courrier en attente, fin de validité, dernier contact',
    access: { kind: 'public' },
    params: organisationParam,
    response: z.object({
      organisationName: z.string(),
      fileNumber: z.number().int(),
      /** The last day of the domiciliation in force today; null when none is (radiated, refused, expired). */
      validUntil: civilDate.nullable(),
      lastContactAt: instant.nullable(),
      waitingMail: z.array(z.object({ kind: z.enum(mailKinds), receivedAt: instant })),
    }),
    rateLimitPerMinute: 60,
  }),
  devSms: defineRoute({
    method: 'GET',
    path: '/dev/sms',
    summary: 'SMS de développement (page)',
    access: { kind: 'public' },
    response: z.never(),
    raw: true,
  }),
  devSmsJson: defineRoute({
    method: 'GET',
    path: '/dev/sms.json',
    summary: 'SMS de développement (JSON)',
    access: { kind: 'public' },
    response: z.array(z.object({ id: z.string(), to: z.string(), text: z.string(), date: z.string() })),
  }),
}
