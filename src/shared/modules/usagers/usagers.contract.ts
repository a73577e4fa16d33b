import { z } from 'zod'
import { defineRoute } from '../../contract'
import { codeInsee, codePostal, email, libelle, telephone } from '../../zod/fr'
import { documentMimeTypes, usagerAdminRoles, usagerRoles } from './usagers.policy'

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const ok = z.object({ ok: z.literal(true) })
const instant = z.iso.datetime({ offset: true })

export const genders = ['femme', 'homme', 'autre', 'non_precise'] as const
export const incomeSources = [
  'salaire',
  'rsa',
  'prime_activite',
  'aah',
  'retraite',
  'allocation_chomage',
  'allocations_familiales',
  'pension_invalidite',
  'bourse',
  'aucune',
  'autre',
] as const
export const housings = [
  'locataire_parc_social',
  'locataire_parc_prive',
  'proprietaire',
  'heberge_tiers',
  'hebergement_urgence',
  'hotel',
  'squat',
  'rue',
  'habitat_mobile',
  'autre',
] as const
export const relations = ['conjoint', 'enfant', 'parent', 'frere_soeur', 'autre'] as const
export const documentKinds = [
  'piece_identite',
  'justificatif_domicile',
  'justificatif_ressources',
  'attestation',
  'courrier',
  'autre',
] as const

/** Optional free text: trimmed, an empty value means "not given". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: 'Caractères de contrôle interdits.' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()

/** A birth date: a real past day, from 1900 on. */
export const birthDate = z.iso
  .date({ message: 'Date au format AAAA-MM-JJ.' })
  .refine((v) => v >= '1900-01-01', { message: 'Date antérieure à 1900.' })
  .refine((v) => v <= new Date().toISOString().slice(0, 10), { message: 'La date est dans le futur.' })

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, { message: `${max} éléments au plus.` })
    .refine((list) => new Set(list).size === list.length, { message: 'Un élément est en double.' })

/** Every field of a person's file; nothing is mandatory (anonymous first contact). */
const usagerFields = {
  firstName: optionalText(100),
  lastName: optionalText(100),
  birthName: optionalText(100),
  pseudonym: optionalText(100),
  birthDate: birthDate.nullable().optional(),
  gender: z.enum(genders).nullable().optional(),
  phone: telephone.nullable().optional(),
  email: email.nullable().optional(),
  /** ISO 639 codes: fr, ar, ti, prs… */
  languages: uniqueList(
    z.string().regex(/^[a-z]{2,3}$/, { message: 'Code de langue ISO 639 (ex. fr, ar, ti).' }),
    10,
  ).optional(),
  interpreterNeeded: z.boolean().optional(),
  noStableAddress: z.boolean().optional(),
  addressLine: optionalText(200),
  postalCode: codePostal.nullable().optional(),
  city: optionalText(100),
  communeInsee: codeInsee.nullable().optional(),
  incomeSources: uniqueList(z.enum(incomeSources), incomeSources.length).optional(),
  housing: z.enum(housings).nullable().optional(),
  rsaReferent: optionalText(200),
  consentSms: z.boolean().optional(),
  consentEmail: z.boolean().optional(),
}
export type UsagerField = keyof typeof usagerFields
export const usagerFieldNames = Object.keys(usagerFields) as UsagerField[]

export const usagerInput = z.strictObject(usagerFields)
export type UsagerInput = z.output<typeof usagerInput>

export const usagerSummary = z.object({
  id: z.uuid(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  birthName: z.string().nullable(),
  pseudonym: z.string().nullable(),
  birthDate: z.string().nullable(),
  city: z.string().nullable(),
  noStableAddress: z.boolean(),
  lastContactAt: instant,
})
export type UsagerSummary = z.output<typeof usagerSummary>

export const householdMemberView = z.object({
  id: z.uuid(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  relation: z.enum(relations),
  birthDate: z.string().nullable(),
})
export type HouseholdMemberView = z.output<typeof householdMemberView>

export const documentView = z.object({
  id: z.uuid(),
  kind: z.enum(documentKinds),
  fileName: z.string(),
  mimeType: z.enum(documentMimeTypes),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: instant,
})
export type DocumentView = z.output<typeof documentView>

export const usagerView = z.object({
  id: z.uuid(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  birthName: z.string().nullable(),
  pseudonym: z.string().nullable(),
  birthDate: z.string().nullable(),
  gender: z.enum(genders).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  noStableAddress: z.boolean(),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  communeInsee: z.string().nullable(),
  incomeSources: z.array(z.enum(incomeSources)),
  housing: z.enum(housings).nullable(),
  rsaReferent: z.string().nullable(),
  consentSms: z.boolean(),
  consentEmail: z.boolean(),
  lastContactAt: instant,
  createdAt: instant,
  updatedAt: instant,
  /** Set when this file was absorbed by another: the client opens that one instead. */
  mergedIntoId: z.uuid().nullable(),
  anonymisedAt: instant.nullable(),
  /** Files absorbed into this one, most recent first. */
  mergedFrom: z.array(z.object({ id: z.uuid(), at: instant })),
  household: z.array(householdMemberView),
  documents: z.array(documentView),
})
export type UsagerView = z.output<typeof usagerView>

export const duplicateCandidate = z.object({
  usager: usagerSummary,
  /** From 0 to 1. */
  score: z.number(),
  reason: z.string(),
})
export type DuplicateCandidate = z.output<typeof duplicateCandidate>

/** `details` of the 409 answered by `create` when the person may already have a file. */
export const duplicateConflictDetails = z.object({ candidates: z.array(duplicateCandidate) })
/** `details` of the 409 answered by `anonymise` when a confirmed file is no longer due. */
export const notDueDetails = z.object({ notDue: z.array(z.uuid()) })

export const noteView = z.object({
  id: z.uuid(),
  usagerId: z.uuid(),
  /** Plain text, never HTML: the client shows it as text. */
  text: z.string(),
  serviceId: z.uuid().nullable(),
  privateToAuthor: z.boolean(),
  authorId: z.uuid(),
  authorName: z.string(),
  createdAt: instant,
})
export type NoteView = z.output<typeof noteView>

const householdInput = {
  firstName: optionalText(100),
  lastName: optionalText(100),
  relation: z.enum(relations),
  birthDate: birthDate.nullable().optional(),
}

export const retentionView = z.object({ retentionMonths: z.number().int() })

export const usagersContract = {
  search: defineRoute({
    method: 'GET',
    path: '/api/usagers',
    summary:
      'Rechercher une personne (nom, prénom, nom de naissance, pseudonyme ; accents, ordre et fautes de frappe pardonnés)',
    access: { kind: 'member', roles: usagerRoles },
    query: z.strictObject({
      q: z.string().trim().max(100, { message: '100 caractères au plus.' }).optional(),
      limit: z.coerce.number().int().min(1).max(50).default(20),
    }),
    response: z.array(usagerSummary),
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/usagers',
    summary: "Créer le dossier d'une personne (409 avec les doublons possibles, sauf confirmation)",
    access: { kind: 'member', roles: usagerRoles },
    body: z.strictObject({ ...usagerFields, confirmNotDuplicate: z.boolean().optional() }),
    response: usagerView,
    status: 201,
  }),
  duplicates: defineRoute({
    method: 'POST',
    path: '/api/usagers/duplicates',
    summary: 'Doublons possibles avant enregistrement (nom proche et même date de naissance)',
    access: { kind: 'member', roles: usagerRoles },
    body: z.strictObject({
      firstName: optionalText(100),
      lastName: optionalText(100),
      birthName: optionalText(100),
      pseudonym: optionalText(100),
      birthDate: birthDate.nullable().optional(),
      /** The file being edited, left out of its own duplicates. */
      excludeId: z.uuid().optional(),
    }),
    response: z.array(duplicateCandidate),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/usagers/:id',
    summary: "Dossier d'une personne",
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: usagerView,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/usagers/:id',
    summary: "Modifier le dossier d'une personne",
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    body: usagerInput,
    response: usagerView,
  }),
  listHousehold: defineRoute({
    method: 'GET',
    path: '/api/usagers/:id/household',
    summary: 'Membres du foyer',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: z.array(householdMemberView),
  }),
  addHouseholdMember: defineRoute({
    method: 'POST',
    path: '/api/usagers/:id/household',
    summary: 'Ajouter un membre du foyer',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    body: z.strictObject(householdInput),
    response: householdMemberView,
    status: 201,
  }),
  updateHouseholdMember: defineRoute({
    method: 'PATCH',
    path: '/api/household-members/:id',
    summary: 'Modifier un membre du foyer',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    body: z.strictObject(householdInput).partial(),
    response: householdMemberView,
  }),
  removeHouseholdMember: defineRoute({
    method: 'DELETE',
    path: '/api/household-members/:id',
    summary: 'Retirer un membre du foyer',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: ok,
  }),
  listNotes: defineRoute({
    method: 'GET',
    path: '/api/usagers/:id/notes',
    summary: "Notes du dossier que l'agent peut lire (son service, les notes générales, les siennes)",
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: z.array(noteView),
  }),
  addNote: defineRoute({
    method: 'POST',
    path: '/api/usagers/:id/notes',
    summary: 'Écrire une note, partagée avec un de ses services, avec toute la structure, ou privée',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    body: z
      .strictObject({
        text: z
          .string()
          .trim()
          .min(1, { message: 'Ce champ est obligatoire.' })
          .max(20_000, { message: '20 000 caractères au plus.' }),
        serviceId: z.uuid({ message: 'Identifiant invalide.' }).nullable().optional(),
        privateToAuthor: z.boolean().optional(),
      })
      .refine((n) => !(n.privateToAuthor && n.serviceId), {
        message: 'Une note privée ne se partage pas avec un service.',
        path: ['serviceId'],
      }),
    response: noteView,
    status: 201,
  }),
  getNote: defineRoute({
    method: 'GET',
    path: '/api/usager-notes/:id',
    summary: 'Lire une note',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: noteView,
  }),
  listDocuments: defineRoute({
    method: 'GET',
    path: '/api/usagers/:id/documents',
    summary: 'Documents du dossier',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: z.array(documentView),
  }),
  uploadDocument: defineRoute({
    method: 'POST',
    path: '/api/usagers/:id/documents',
    summary:
      'Déposer un document (corps brut application/octet-stream ; PDF, PNG, JPEG ou WebP ; 20 Mo au plus)',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    query: z.strictObject({ kind: z.enum(documentKinds), fileName: libelle(200) }),
    response: documentView,
    status: 201,
    maxBodyBytes: 20 * 1024 * 1024,
  }),
  downloadDocument: defineRoute({
    method: 'GET',
    path: '/api/usager-documents/:id',
    summary: 'Télécharger un document',
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: z.unknown(),
    raw: true,
  }),
  merge: defineRoute({
    method: 'POST',
    path: '/api/usagers/:id/merge',
    summary: 'Fusionner un doublon dans ce dossier (demandes, notes, documents et foyer sont repris)',
    access: { kind: 'member', roles: usagerAdminRoles },
    params: id,
    body: z.strictObject({
      absorbedId: z.uuid({ message: 'Identifiant invalide.' }),
      /** Fields whose value is taken from the absorbed file; the others keep this file's value, or the absorbed one's when empty. */
      takeFromAbsorbed: uniqueList(
        z.enum(usagerFieldNames as [UsagerField, ...UsagerField[]]),
        usagerFieldNames.length,
      ).default([]),
    }),
    response: usagerView,
  }),
  exportJson: defineRoute({
    method: 'GET',
    path: '/api/usagers/:id/export',
    summary: "Données d'une personne (demande d'accès), en JSON",
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: z.object({
      exportedAt: instant,
      organisation: z.string(),
      usager: usagerView,
      notes: z.array(noteView),
      merges: z.array(z.object({ absorbedId: z.uuid(), at: instant })),
    }),
  }),
  exportPdf: defineRoute({
    method: 'GET',
    path: '/api/usagers/:id/export.pdf',
    summary: "Données d'une personne (demande d'accès), en PDF lisible",
    access: { kind: 'member', roles: usagerRoles },
    params: id,
    response: z.unknown(),
    raw: true,
  }),
  getRetention: defineRoute({
    method: 'GET',
    path: '/api/usagers-retention',
    summary: 'Durée de conservation des dossiers inactifs (mois après le dernier contact)',
    access: { kind: 'member', roles: usagerAdminRoles },
    response: retentionView,
  }),
  setRetention: defineRoute({
    method: 'PUT',
    path: '/api/usagers-retention',
    summary: 'Changer la durée de conservation des dossiers inactifs',
    access: { kind: 'member', roles: usagerAdminRoles },
    body: z.strictObject({
      retentionMonths: z
        .number()
        .int({ message: 'Nombre entier de mois.' })
        .min(6, { message: '6 mois au moins.' })
        .max(120, { message: '120 mois (10 ans) au plus.' }),
    }),
    response: retentionView,
  }),
  anonymisationCandidates: defineRoute({
    method: 'GET',
    path: '/api/usagers-retention/candidates',
    summary: 'Dossiers à anonymiser trouvés par la revue mensuelle (encore sans contact depuis)',
    access: { kind: 'member', roles: usagerAdminRoles },
    response: z.object({
      reviewedAt: instant.nullable(),
      retentionMonths: z.number().int(),
      candidates: z.array(usagerSummary),
    }),
  }),
  anonymise: defineRoute({
    method: 'POST',
    path: '/api/usagers-retention/anonymise',
    summary: 'Anonymiser les dossiers confirmés (irréversible)',
    access: { kind: 'member', roles: usagerAdminRoles },
    body: z.strictObject({
      usagerIds: uniqueList(z.uuid({ message: 'Identifiant invalide.' }), 1000).refine((l) => l.length > 0, {
        message: 'Choisissez au moins un dossier.',
      }),
    }),
    response: z.object({ anonymised: z.number().int() }),
  }),
}
