import { z } from 'zod'
import { defineRoute } from '../../contract'
import { codePostal, email, libelle, telephone } from '../../zod/fr'
import { texteLibre } from '../accueil/accueil.contract'
import {
  communeLinks,
  decisionKinds,
  domiciliationAgents,
  domiciliationDeciders,
  domiciliationReaders,
  followUpClasses,
  householdTypes,
  instabilityCauses,
  orientations,
  professionalSituations,
  radiationMotives,
  refusalMotives,
  requestKinds,
  requestReasons,
  requestStatuses,
  residenceSituations,
  shownStatuses,
} from './domiciliation.constants'

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const instant = z.iso.datetime({ offset: true })
const civilDate = z.iso.date({
  message: 'Date invalide : jour, mois et année (AAAA-MM-JJ) d’un jour qui existe.',
})
/** A day of the procedure: typed by an agent, never before 2000 (older history comes through the import). */
const procedureDay = civilDate.refine((d) => d >= '2000-01-01', { message: 'Date trop ancienne.' })
const person = z.object({ id: z.uuid(), displayName: z.string() })

/** A choice among codes, with a message that says what is missing rather than what type was expected. */
const choice = <T extends readonly [string, ...string[]]>(values: T, missing: string) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined ? missing : 'Valeur inconnue : choisissez dans la liste.'),
  })

const requiredText = (max: number, missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'Texte attendu.') })
    .trim()
    .min(1, { message: missing })
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'Caractères de contrôle interdits.',
    })

export const interviewFields = {
  linkWithCommune: choice(
    communeLinks,
    'Indiquez le lien de la personne avec la commune (article R264-4 du CASF).',
  ),
  /** The « rattachement » printed on the form: where the person stays, works, is followed… */
  linkDetail: texteLibre(500).nullable().optional(),
  householdType: z.enum(householdTypes).nullable().optional(),
  instabilityCause: z.enum(instabilityCauses).nullable().optional(),
  residenceSituation: z.enum(residenceSituations).nullable().optional(),
  requestReason: z.enum(requestReasons).nullable().optional(),
  professionalSituation: z.enum(professionalSituations).nullable().optional(),
  sociallyAccompanied: z.boolean().default(false),
  accompaniedBy: libelle(200).nullable().optional(),
  domiciledElsewhere: z.boolean().default(false),
  hasIncome: z.boolean().default(false),
  comments: texteLibre(4000).nullable().optional(),
}

export const interviewBody = z.strictObject({
  /** When the interview was held; now by default. */
  interviewAt: instant.optional(),
  interviewPlace: libelle(200).nullable().optional(),
  ...interviewFields,
})

export const interviewView = z.object({
  linkWithCommune: z.enum(communeLinks),
  linkDetail: z.string().nullable(),
  householdType: z.enum(householdTypes).nullable(),
  instabilityCause: z.enum(instabilityCauses).nullable(),
  residenceSituation: z.enum(residenceSituations).nullable(),
  requestReason: z.enum(requestReasons).nullable(),
  professionalSituation: z.enum(professionalSituations).nullable(),
  sociallyAccompanied: z.boolean(),
  accompaniedBy: z.string().nullable(),
  domiciledElsewhere: z.boolean(),
  hasIncome: z.boolean(),
  comments: z.string().nullable(),
})
export type InterviewView = z.output<typeof interviewView>

export const deadlineStates = ['depassee', 'proche', 'normale'] as const

export const requestView = z.object({
  id: z.uuid(),
  kind: z.enum(requestKinds),
  filedOn: civilDate,
  acknowledgedOn: civilDate.nullable(),
  /** Two months after the filing (CASF D264-1). */
  deadlineOn: civilDate,
  /** For a request still waiting: is its deadline near (15 days) or passed? Null once decided. */
  deadline: z.enum(deadlineStates).nullable(),
  status: z.enum(requestStatuses),
  interviewAt: instant.nullable(),
  interviewer: person.nullable(),
  interviewPlace: z.string().nullable(),
  interview: interviewView.nullable(),
  createdBy: person.nullable(),
  createdAt: instant,
})
export type RequestView = z.output<typeof requestView>

export const decisionView = z.object({
  id: z.uuid(),
  requestId: z.uuid().nullable(),
  kind: z.enum(decisionKinds),
  decidedOn: civilDate,
  decidedBy: person.nullable(),
  validFrom: civilDate.nullable(),
  validUntil: civilDate.nullable(),
  /** A refusal or radiation motive code, and its French label. */
  motive: z.string().nullable(),
  motiveLabel: z.string().nullable(),
  motiveDetail: z.string().nullable(),
  orientation: z.enum(orientations).nullable(),
  orientationLabel: z.string().nullable(),
  orientationDetail: z.string().nullable(),
  /** A decision entered by mistake stays in the chain, marked as cancelled. */
  cancelled: z.object({ at: instant, by: person.nullable(), reason: z.string() }).nullable(),
  createdAt: instant,
})
export type DecisionView = z.output<typeof decisionView>

const pendingRequestView = z.object({
  id: z.uuid(),
  kind: z.enum(requestKinds),
  filedOn: civilDate,
  deadlineOn: civilDate,
  deadline: z.enum(deadlineStates),
  status: z.enum(requestStatuses),
})

export const fileSummaryView = z.object({
  id: z.uuid(),
  fileNumber: z.number().int(),
  usager: z.object({ id: z.uuid(), label: z.string() }),
  status: z.enum(shownStatuses),
  validFrom: civilDate.nullable(),
  validUntil: civilDate.nullable(),
  firstDomiciliationOn: civilDate.nullable(),
  lastContactAt: instant.nullable(),
  /** The last day the person showed up: last contact, or the start of the current validity. */
  lastSignOfLifeOn: civilDate.nullable(),
  /** 0 on the last valid day, negative once expired; null when not valid. */
  daysUntilExpiry: z.number().int().nullable(),
  followUp: z.array(z.enum(followUpClasses)),
  pendingRequest: pendingRequestView.nullable(),
})
export type FileSummaryView = z.output<typeof fileSummaryView>

export const fileView = fileSummaryView.extend({
  /** Asked by the Cerfa; kept on the domiciliation file, the person's file does not hold it. */
  birthPlace: z.string().nullable(),
  /** Newest first. */
  requests: z.array(requestView),
  /** Newest first, cancelled ones included. */
  decisions: z.array(decisionView),
  createdAt: instant,
})
export type FileView = z.output<typeof fileView>

/** The avis time and the portal are set with the mail settings. */
export const settingsView = z.object({
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  agrementNumber: z.string().nullable(),
  prefecture: z.string().nullable(),
  responsibleName: z.string().nullable(),
  responsibleFunction: z.string().nullable(),
  openingHours: z.string().nullable(),
  lastFileNumber: z.number().int(),
})
export type SettingsView = z.output<typeof settingsView>

const radiationFields = {
  motive: choice(radiationMotives, 'Indiquez le motif de la radiation : une radiation doit être motivée.'),
  motiveDetail: texteLibre(1000).nullable().optional(),
  decidedOn: procedureDay.optional(),
}
const otherNeedsDetail = (b: { motive?: string; motiveDetail?: string | null }, ctx: z.RefinementCtx) => {
  if (b.motive === 'AUTRE' && !b.motiveDetail)
    ctx.addIssue({ code: 'custom', path: ['motiveDetail'], message: 'Précisez le motif choisi (« Autre »).' })
}

export const decideBody = z
  .strictObject({
    decision: choice(['accepte', 'refuse'], 'Choisissez la décision : accepter ou refuser.'),
    decidedOn: procedureDay.optional(),
    motive: z.enum(refusalMotives).optional(),
    motiveDetail: texteLibre(1000).nullable().optional(),
    orientation: z.enum(orientations).optional(),
    orientationDetail: libelle(300).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.decision === 'refuse') {
      if (!b.motive)
        ctx.addIssue({
          code: 'custom',
          path: ['motive'],
          message: 'Indiquez le motif du refus : un refus doit être motivé (article L264-4 du CASF).',
        })
      otherNeedsDetail(b, ctx)
      if (!b.orientation)
        ctx.addIssue({
          code: 'custom',
          path: ['orientation'],
          message:
            'Indiquez vers quel organisme la personne est orientée : c’est obligatoire après un refus (article L264-4 du CASF).',
        })
      if (!b.orientationDetail)
        ctx.addIssue({
          code: 'custom',
          path: ['orientationDetail'],
          message: 'Nommez l’organisme vers lequel la personne est orientée.',
        })
    } else if (b.motive || b.motiveDetail || b.orientation || b.orientationDetail) {
      ctx.addIssue({
        code: 'custom',
        path: ['motive'],
        message: 'Un accord ne porte ni motif ni orientation : ils accompagnent un refus.',
      })
    }
  })

export const radiateBody = z.strictObject(radiationFields).superRefine(otherNeedsDetail)

export const bulkRadiationBody = z
  .strictObject({
    domiciliationIds: z
      .array(z.uuid({ message: 'Identifiant invalide.' }))
      .min(1, { message: 'Choisissez au moins un dossier.' })
      .max(500, { message: '500 dossiers au plus à la fois.' })
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Un dossier est en double.' }),
    ...radiationFields,
  })
  .superRefine(otherNeedsDetail)

/** Why a file of a bulk radiation could not be radiated (nothing is then recorded). */
export const radiationRefusalView = z.object({
  id: z.uuid(),
  fileNumber: z.number().int().nullable(),
  reason: z.string(),
})

const settingsBody = z.strictObject({
  addressLine: libelle(200).nullable().optional(),
  postalCode: codePostal.nullable().optional(),
  city: libelle(100).nullable().optional(),
  phone: telephone.nullable().optional(),
  email: email.nullable().optional(),
  agrementNumber: libelle(100).nullable().optional(),
  prefecture: libelle(100).nullable().optional(),
  responsibleName: libelle(120).nullable().optional(),
  responsibleFunction: libelle(120).nullable().optional(),
  openingHours: texteLibre(1000).nullable().optional(),
})

export const listQuery = z.strictObject({
  filter: z.enum([...followUpClasses, 'toutes']).default('toutes'),
  /** A name (as in the people search) or a file number. */
  q: z.string().trim().max(100, { message: '100 caractères au plus.' }).optional(),
  usagerId: z.uuid({ message: 'Identifiant invalide.' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

const paging = { page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }

export const domiciliationDecisionsContract = {
  getSettings: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-settings',
    summary:
      'Domiciliation : identité de la structure imprimée sur les Cerfa et les courriers, horaires, numérotation des dossiers',
    access: { kind: 'member', roles: domiciliationDeciders },
    response: settingsView,
  }),
  setSettings: defineRoute({
    method: 'PUT',
    path: '/api/domiciliation-settings',
    summary: 'Domiciliation : changer les réglages (les champs absents restent inchangés)',
    access: { kind: 'member', roles: domiciliationDeciders },
    body: settingsBody,
    response: settingsView,
  }),
  open: defineRoute({
    method: 'POST',
    path: '/api/domiciliations',
    summary: 'Ouvrir le dossier de domiciliation d’un usager (numéro de dossier attribué)',
    access: { kind: 'member', roles: domiciliationAgents },
    body: z.strictObject({ usagerId: z.uuid({ message: 'Identifiant invalide.' }) }),
    response: fileView,
    status: 201,
  }),
  setBirthPlace: defineRoute({
    method: 'PUT',
    path: '/api/domiciliations/:id/birth-place',
    summary: 'Enregistrer le lieu de naissance imprimé sur la demande et l’attestation',
    access: { kind: 'member', roles: domiciliationAgents },
    params: id,
    body: z.strictObject({ birthPlace: libelle(120).nullable() }),
    response: fileView,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/domiciliations',
    summary:
      'Suivi des domiciliations : recherche par nom ou numéro, listes (expire sous 61 / 16 jours, expirées, sans contact depuis plus de 3 mois, en attente de décision), les plus urgentes d’abord',
    access: { kind: 'member', roles: domiciliationReaders },
    query: listQuery,
    response: z.object({ items: z.array(fileSummaryView), ...paging }),
  }),
  counters: defineRoute({
    method: 'GET',
    path: '/api/domiciliations/counters',
    summary: 'Compteurs du suivi : par liste, et les délais de décision proches ou dépassés',
    access: { kind: 'member', roles: domiciliationReaders },
    response: z.object({
      valid: z.number().int(),
      attenteDecision: z.number().int(),
      deadlineNear: z.number().int(),
      deadlinePassed: z.number().int(),
      expireSous16Jours: z.number().int(),
      expireSous61Jours: z.number().int(),
      expiree: z.number().int(),
      sansContact3Mois: z.number().int(),
    }),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/domiciliations/:id',
    summary: 'Un dossier de domiciliation : demandes, entretiens, chaîne des décisions (annulées comprises)',
    access: { kind: 'member', roles: domiciliationReaders },
    params: id,
    response: fileView,
  }),
  fileRequest: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/:id/requests',
    summary: 'Enregistrer une demande d’élection de domicile : première demande ou renouvellement',
    access: { kind: 'member', roles: domiciliationAgents },
    params: id,
    body: z.strictObject({
      kind: choice(requestKinds, 'Choisissez le type de demande : première demande ou renouvellement.'),
      /** The filing day; today by default. */
      filedOn: procedureDay.optional(),
    }),
    response: fileView,
    status: 201,
  }),
  radiate: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/:id/radiation',
    summary: 'Radier une domiciliation (décision motivée, réversible par annulation)',
    access: { kind: 'member', roles: domiciliationDeciders },
    params: id,
    body: radiateBody,
    response: fileView,
    status: 201,
  }),
  radiateMany: defineRoute({
    method: 'POST',
    path: '/api/domiciliations/radiations',
    summary: 'Radier plusieurs domiciliations pour le même motif : toutes ou aucune',
    access: { kind: 'member', roles: domiciliationDeciders },
    body: bulkRadiationBody,
    response: z.object({ radiated: z.number().int(), files: z.array(fileSummaryView) }),
    status: 201,
  }),
  acknowledge: defineRoute({
    method: 'POST',
    path: '/api/domiciliation-requests/:id/acknowledgement',
    summary: 'Accuser réception d’une demande',
    access: { kind: 'member', roles: domiciliationAgents },
    params: id,
    body: z.strictObject({ acknowledgedOn: procedureDay.optional() }),
    response: fileView,
  }),
  interview: defineRoute({
    method: 'PUT',
    path: '/api/domiciliation-requests/:id/interview',
    summary: 'Enregistrer l’entretien obligatoire (article D264-2 du CASF)',
    access: { kind: 'member', roles: domiciliationAgents },
    params: id,
    body: interviewBody,
    response: fileView,
  }),
  decide: defineRoute({
    method: 'POST',
    path: '/api/domiciliation-requests/:id/decision',
    summary: 'Décider : accorder (attestation d’un an) ou refuser (motif et orientation obligatoires)',
    access: { kind: 'member', roles: domiciliationDeciders },
    params: id,
    body: decideBody,
    response: fileView,
    status: 201,
  }),
  cancel: defineRoute({
    method: 'POST',
    path: '/api/domiciliation-decisions/:id/cancellation',
    summary: 'Annuler une décision saisie par erreur (elle reste dans l’historique, marquée annulée)',
    access: { kind: 'member', roles: domiciliationDeciders },
    params: id,
    body: z.strictObject({
      cancelReason: requiredText(1000, 'Indiquez pourquoi la décision est annulée.'),
    }),
    response: fileView,
  }),
  requestForm: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-requests/:id/request-form.pdf',
    summary: 'Demande d’élection de domicile remplie (champs du Cerfa 16029*01), en PDF',
    access: { kind: 'member', roles: domiciliationReaders },
    params: id,
    response: z.unknown(),
    raw: true,
  }),
  attestation: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-requests/:id/attestation.pdf',
    summary: 'Attestation d’élection de domicile (champs du Cerfa 16030*01), en PDF',
    access: { kind: 'member', roles: domiciliationReaders },
    params: id,
    response: z.unknown(),
    raw: true,
  }),
  letter: defineRoute({
    method: 'GET',
    path: '/api/domiciliation-decisions/:id/letter.pdf',
    summary: 'Courrier de refus ou de radiation : motif et voies de recours, en PDF',
    access: { kind: 'member', roles: domiciliationReaders },
    params: id,
    response: z.unknown(),
    raw: true,
  }),
}
