/** Partenaires — the directory: structures, places, services, changes proposed by partners. */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { email, libelle, siret, telephone } from '../../zod/fr'
import type { Role } from '../organisations/roles'
import { texteLibre } from '../accueil/accueil.contract'
import {
  changeEntities,
  changeStatuses,
  directoryThemes,
  entryStatuses,
  geocodeStatuses,
  hoursExceptions,
  languages,
  MAX_AGE,
  publics,
  referralModes,
  structureKinds,
  structureSources,
  subThemes,
  themeOfSubTheme,
  weekDays,
  weeklyHours,
} from './directory.constants'

/** Roles of the keeping organisation that edit its directory. */
export const directoryEditorRoles: readonly Role[] = ['administrateur', 'direction', 'agent_accueil']
/** Roles of a partner organisation that propose changes to its own entries. */
export const directoryPartnerRoles: readonly Role[] = ['partenaire', 'administrateur']

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const instant = z.iso.datetime({ offset: true })

const distinct = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { message: `${what} en double.` })

const rnaId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^W\d{9}$/, { message: 'Le numéro RNA compte un W et 9 chiffres (ex. W251000123).' })
const website = z
  .string()
  .trim()
  .max(500, { message: '500 caractères au plus.' })
  .refine((v) => /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), { message: 'Adresse web commençant par https:// .' })

// ---------------------------------------------------------------------------
// Inputs. Create bodies omit what has a default; update bodies are the same fields, all optional.

const structureFields = {
  kind: z.enum(structureKinds),
  name: libelle(200),
  description: texteLibre(5_000),
  rnaId: rnaId.nullable(),
  siret: siret.nullable(),
  website: website.nullable(),
  email: email.nullable(),
  phone: telephone.nullable(),
}
const structureKeeperFields = {
  status: z.enum(entryStatuses),
  source: z.enum(structureSources),
  /** The structure's own organisation on Lien, once invited. */
  partnerOrganisationId: z.uuid({ message: 'Identifiant d’organisation invalide.' }).nullable(),
  updateEveryMonths: z
    .number()
    .int({ message: 'Un nombre entier de mois.' })
    .min(1, { message: '1 mois au moins.' })
    .max(24, { message: '24 mois au plus.' }),
}

export const createStructureBody = z.strictObject({
  ...structureFields,
  description: structureFields.description.optional(),
  rnaId: structureFields.rnaId.optional(),
  siret: structureFields.siret.optional(),
  website: structureFields.website.optional(),
  email: structureFields.email.optional(),
  phone: structureFields.phone.optional(),
  ...z.object(structureKeeperFields).partial().shape,
})
export const updateStructureBody = z.strictObject({ ...structureFields, ...structureKeeperFields }).partial()
/** What a partner may change of its structure (not its status, its source nor its link to Lien). */
export const partnerStructurePatch = z.strictObject(structureFields).partial()

const placeFields = {
  name: libelle(200).or(z.literal('')),
  /** The address as typed: "12 rue de la République, 25000 Besançon". */
  addressInput: libelle(300),
  openingHours: weeklyHours,
  hoursExceptions: hoursExceptions,
  wheelchairAccessible: z.boolean(),
  hearingLoop: z.boolean(),
  /** How to get there: bus lines, stops, landmarks. */
  access: texteLibre(1_000),
}
export const createPlaceBody = z.strictObject(placeFields).partial().required({ addressInput: true })
export const updatePlaceBody = z.strictObject(placeFields).partial()

const age = z
  .number()
  .int({ message: 'Un âge en années entières.' })
  .min(0, { message: '0 an au moins.' })
  .max(MAX_AGE, { message: `${MAX_AGE} ans au plus.` })

const serviceFields = {
  /** The place where the service receives people; null when it has none (phone, online). */
  placeId: z.uuid({ message: 'Identifiant de lieu invalide.' }).nullable(),
  name: libelle(200),
  description: texteLibre(5_000),
  themes: distinct(z.enum(directoryThemes), 'Un thème est').min(1, {
    message: 'Choisissez au moins un thème.',
  }),
  subThemes: distinct(z.enum(subThemes), 'Un sous-thème est'),
  publics: distinct(z.enum(publics), 'Un public est'),
  ageMin: age.nullable(),
  ageMax: age.nullable(),
  accessConditions: texteLibre(2_000),
  languages: distinct(z.enum(languages), 'Une langue est').min(1, {
    message: 'Indiquez au moins une langue.',
  }),
  referralMode: z.enum(referralModes),
  whatToBring: texteLibre(2_000),
  phone: telephone.nullable(),
  email: email.nullable(),
  /** The service's own hours; null follows its place's. */
  openingHours: weeklyHours.nullable(),
  status: z.enum(entryStatuses),
}

type ServiceShape = Partial<{
  themes: readonly string[]
  subThemes: readonly (keyof typeof themeOfSubTheme)[]
  ageMin: number | null
  ageMax: number | null
}>

/** Rules across fields, also checked by the server against the stored service on a partial update. */
export function serviceConsistencyIssues(s: ServiceShape): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = []
  if (s.themes && s.subThemes) {
    const orphan = s.subThemes.find((sub) => !s.themes!.includes(themeOfSubTheme[sub]))
    if (orphan)
      issues.push({ field: 'subThemes', message: 'Chaque sous-thème doit relever d’un thème choisi.' })
  }
  if (s.ageMin != null && s.ageMax != null && s.ageMin > s.ageMax) {
    issues.push({ field: 'ageMax', message: 'L’âge maximum doit être supérieur ou égal à l’âge minimum.' })
  }
  return issues
}

const withConsistency = <T extends z.ZodType<ServiceShape>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    for (const issue of serviceConsistencyIssues(value)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] })
    }
  })

export const createServiceBody = withConsistency(
  z.strictObject(serviceFields).partial().required({ name: true, themes: true }),
)
export const updateServiceBody = withConsistency(z.strictObject(serviceFields).partial())

// ---------------------------------------------------------------------------
// Views

/** Weekly hours as stored (already validated on the way in). */
export const weeklyHoursView = z.partialRecord(z.enum(weekDays), z.array(z.tuple([z.string(), z.string()])))
export const hoursExceptionView = z.object({
  from: z.string(),
  to: z.string(),
  closed: z.boolean(),
  hours: z.array(z.tuple([z.string(), z.string()])).optional(),
  message: z.string().optional(),
})

export const placeView = z.object({
  id: z.uuid(),
  structureId: z.uuid(),
  name: z.string(),
  addressInput: z.string(),
  /** The address as the geocoder understood it. */
  label: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  citycode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geocodeStatus: z.enum(geocodeStatuses),
  geocodeScore: z.number().nullable(),
  openingHours: weeklyHoursView,
  hoursExceptions: z.array(hoursExceptionView),
  wheelchairAccessible: z.boolean(),
  hearingLoop: z.boolean(),
  access: z.string(),
  updatedAt: instant,
})
export type PlaceView = z.output<typeof placeView>

export const serviceView = z.object({
  id: z.uuid(),
  structureId: z.uuid(),
  placeId: z.uuid().nullable(),
  name: z.string(),
  description: z.string(),
  themes: z.array(z.enum(directoryThemes)),
  subThemes: z.array(z.enum(subThemes)),
  publics: z.array(z.enum(publics)),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  accessConditions: z.string(),
  languages: z.array(z.enum(languages)),
  referralMode: z.enum(referralModes),
  whatToBring: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  openingHours: weeklyHoursView.nullable(),
  status: z.enum(entryStatuses),
  updatedAt: instant,
})
export type ServiceView = z.output<typeof serviceView>

export const structureSummaryView = z.object({
  id: z.uuid(),
  /** The organisation that keeps the entry. */
  organisationId: z.uuid(),
  kind: z.enum(structureKinds),
  name: z.string(),
  source: z.enum(structureSources),
  status: z.enum(entryStatuses),
  partnerOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  cities: z.array(z.string()),
  placeCount: z.number().int(),
  serviceCount: z.number().int(),
  updateEveryMonths: z.number().int(),
  confirmedAt: instant,
  /** Not confirmed for longer than its update period: « à mettre à jour ». */
  needsUpdate: z.boolean(),
  pendingChanges: z.number().int(),
  updatedAt: instant,
})
export type StructureSummaryView = z.output<typeof structureSummaryView>

export const structureDetailView = structureSummaryView.extend({
  description: z.string(),
  rnaId: z.string().nullable(),
  siret: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  places: z.array(placeView),
  services: z.array(serviceView),
  /** What the signed-in member may do with this entry. */
  abilities: z.object({
    edit: z.boolean(),
    proposeChanges: z.boolean(),
    confirm: z.boolean(),
  }),
  createdAt: instant,
})
export type StructureDetailView = z.output<typeof structureDetailView>

/** A geocoder's doubt about an address, sent back with the place that was saved anyway. */
export const placeWriteView = z.object({
  place: placeView,
  warning: z.string().nullable(),
})

export const changeDiffView = z.object({
  field: z.string(),
  /** French label of the field. */
  label: z.string(),
  before: z.unknown(),
  after: z.unknown(),
})

export const changeView = z.object({
  id: z.uuid(),
  structureId: z.uuid(),
  structureName: z.string(),
  entity: z.enum(changeEntities),
  /** null when the change creates the place or service. */
  entityId: z.uuid().nullable(),
  /** Name of the place or service concerned (or proposed). */
  entityName: z.string(),
  status: z.enum(changeStatuses),
  submittedBy: z.object({
    organisationId: z.uuid(),
    organisationName: z.string(),
    displayName: z.string().nullable(),
  }),
  submittedAt: instant,
  reviewedAt: instant.nullable(),
  reviewComment: z.string().nullable(),
  /** Field by field: the value when the change was proposed, and the value proposed. */
  diff: z.array(changeDiffView),
})
export type ChangeView = z.output<typeof changeView>

export const proposeChangeBody = z.discriminatedUnion('entity', [
  z.strictObject({
    entity: z.literal('structure'),
    structureId: z.uuid({ message: 'Identifiant de structure invalide.' }),
    entityId: z.uuid({ message: 'Identifiant invalide.' }),
    after: partnerStructurePatch,
  }),
  z.strictObject({
    entity: z.literal('place'),
    structureId: z.uuid({ message: 'Identifiant de structure invalide.' }),
    entityId: z.uuid({ message: 'Identifiant invalide.' }).nullable(),
    after: updatePlaceBody,
  }),
  z.strictObject({
    entity: z.literal('service'),
    structureId: z.uuid({ message: 'Identifiant de structure invalide.' }),
    entityId: z.uuid({ message: 'Identifiant invalide.' }).nullable(),
    after: updateServiceBody,
  }),
])

const paging = { page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }
const EDITORS = { kind: 'member', roles: directoryEditorRoles } as const
const MEMBERS = { kind: 'member', roles: 'any' } as const
const PARTNERS = { kind: 'member', roles: directoryPartnerRoles } as const
const flag = z.enum(['true', 'false']).transform((v) => v === 'true')

export const directoryContract = {
  listStructures: defineRoute({
    method: 'GET',
    path: '/api/directory/structures',
    summary: 'Structures de l’annuaire de mon organisation, filtrées et par pages de 50',
    access: MEMBERS,
    query: z.strictObject({
      q: z.string().trim().max(200, { message: '200 caractères au plus.' }).optional(),
      kind: z.enum(structureKinds).optional(),
      status: z.enum(entryStatuses).optional(),
      source: z.enum(structureSources).optional(),
      /** Only entries not confirmed for longer than their update period. */
      needsUpdate: flag.optional(),
      /** Only entries with changes waiting for validation. */
      pendingChanges: flag.optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
    response: z.object({ items: z.array(structureSummaryView), ...paging }),
  }),
  createStructure: defineRoute({
    method: 'POST',
    path: '/api/directory/structures',
    summary: 'Ajouter une structure à l’annuaire',
    access: EDITORS,
    body: createStructureBody,
    response: structureDetailView,
    status: 201,
  }),
  getStructure: defineRoute({
    method: 'GET',
    path: '/api/directory/structures/:id',
    summary: 'Fiche d’une structure : ses lieux et ses services',
    access: MEMBERS,
    params: id,
    response: structureDetailView,
  }),
  updateStructure: defineRoute({
    method: 'PATCH',
    path: '/api/directory/structures/:id',
    summary: 'Modifier une structure',
    access: EDITORS,
    params: id,
    body: updateStructureBody,
    response: structureDetailView,
  }),
  closeStructure: defineRoute({
    method: 'POST',
    path: '/api/directory/structures/:id/close',
    summary: 'Fermer une structure : elle et ses services ne paraissent plus dans la recherche',
    access: EDITORS,
    params: id,
    response: structureDetailView,
  }),
  deleteStructure: defineRoute({
    method: 'DELETE',
    path: '/api/directory/structures/:id',
    summary: 'Supprimer une structure saisie par erreur (refusé si des orientations la visent : fermez-la)',
    access: EDITORS,
    params: id,
    response: z.object({ deleted: z.literal(true) }),
  }),
  confirmStructure: defineRoute({
    method: 'POST',
    path: '/api/directory/structures/:id/confirm',
    summary: 'Confirmer que les informations de la structure sont toujours exactes',
    access: { kind: 'member', roles: [...new Set([...directoryEditorRoles, ...directoryPartnerRoles])] },
    params: id,
    response: z.object({ confirmedAt: instant }),
  }),
  createPlace: defineRoute({
    method: 'POST',
    path: '/api/directory/structures/:id/places',
    summary: 'Ajouter un lieu d’accueil à une structure (adresse géocodée)',
    access: EDITORS,
    params: id,
    body: createPlaceBody,
    response: placeWriteView,
    status: 201,
  }),
  updatePlace: defineRoute({
    method: 'PATCH',
    path: '/api/directory/places/:id',
    summary: 'Modifier un lieu : adresse, horaires, fermetures, accessibilité, accès',
    access: EDITORS,
    params: id,
    body: updatePlaceBody,
    response: placeWriteView,
  }),
  deletePlace: defineRoute({
    method: 'DELETE',
    path: '/api/directory/places/:id',
    summary: 'Retirer un lieu (ses services restent, sans lieu)',
    access: EDITORS,
    params: id,
    response: z.object({ deleted: z.literal(true) }),
  }),
  createService: defineRoute({
    method: 'POST',
    path: '/api/directory/structures/:id/services',
    summary: 'Ajouter un service à une structure',
    access: EDITORS,
    params: id,
    body: createServiceBody,
    response: serviceView,
    status: 201,
  }),
  updateService: defineRoute({
    method: 'PATCH',
    path: '/api/directory/services/:id',
    summary: 'Modifier un service',
    access: EDITORS,
    params: id,
    body: updateServiceBody,
    response: serviceView,
  }),
  deleteService: defineRoute({
    method: 'DELETE',
    path: '/api/directory/services/:id',
    summary: 'Supprimer un service (refusé si des orientations le visent : fermez-le)',
    access: EDITORS,
    params: id,
    response: z.object({ deleted: z.literal(true) }),
  }),
  myStructures: defineRoute({
    method: 'GET',
    path: '/api/directory/my-structures',
    summary:
      'Partenaire : les structures dont mon organisation tient les informations, avec lieux et services',
    access: PARTNERS,
    response: z.array(structureDetailView),
  }),
  proposeChange: defineRoute({
    method: 'POST',
    path: '/api/directory/changes',
    summary:
      'Partenaire : proposer une modification de ma structure, d’un lieu ou d’un service (ou en ajouter un)',
    access: PARTNERS,
    body: proposeChangeBody,
    response: changeView,
    status: 201,
  }),
  myChanges: defineRoute({
    method: 'GET',
    path: '/api/directory/changes/mine',
    summary: 'Partenaire : mes propositions, en attente et examinées',
    access: PARTNERS,
    response: z.array(changeView),
  }),
  listChanges: defineRoute({
    method: 'GET',
    path: '/api/directory/changes',
    summary: 'Propositions des partenaires sur l’annuaire de mon organisation, champ par champ',
    access: EDITORS,
    query: z.strictObject({
      status: z.enum(changeStatuses).default('a_valider'),
      structureId: z.uuid({ message: 'Identifiant de structure invalide.' }).optional(),
    }),
    response: z.array(changeView),
  }),
  validateChange: defineRoute({
    method: 'POST',
    path: '/api/directory/changes/:id/validate',
    summary: 'Valider une proposition : elle est appliquée à l’annuaire',
    access: EDITORS,
    params: id,
    response: changeView,
  }),
  refuseChange: defineRoute({
    method: 'POST',
    path: '/api/directory/changes/:id/refuse',
    summary: 'Refuser une proposition, avec un commentaire pour le partenaire',
    access: EDITORS,
    params: id,
    body: z.strictObject({ comment: texteLibre(2_000, 1) }),
    response: changeView,
  }),
}
