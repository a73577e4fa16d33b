import { z } from 'zod'
import { defineRoute } from '../../contract'
import { codeInsee, couleur, email, libelle, siret } from '../../zod/fr'
import { newPassword } from '../auth/auth.contract'
import { organisationKinds, roles } from './roles'

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const ok = z.object({ ok: z.literal(true) })

/** A logo as a data URL: PNG, JPEG, WebP or SVG, 200 KB at most. */
const logo = z
  .string()
  .max(280_000, { message: 'Le logo doit peser 200 Ko au plus.' })
  .regex(/^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/, {
    message: 'Le logo doit être une image PNG, JPEG, WebP ou SVG.',
  })

export const organisationView = z.object({
  id: z.uuid(),
  kind: z.enum(organisationKinds),
  name: z.string(),
  siret: z.string().nullable(),
  communeInsee: z.string().nullable(),
  logoDataUrl: z.string().nullable(),
  primaryColor: z.string(),
  accentColor: z.string(),
  auditRetentionMonths: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
})
export type OrganisationView = z.output<typeof organisationView>

export const serviceView = z.object({ id: z.uuid(), name: z.string() })

export const memberView = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  serviceIds: z.array(z.uuid()),
  active: z.boolean(),
  totpEnabled: z.boolean(),
})
export type MemberView = z.output<typeof memberView>

export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  roles: z.array(z.enum(roles)),
  expiresAt: z.iso.datetime({ offset: true }),
  acceptedAt: z.iso.datetime({ offset: true }).nullable(),
})

const themeFields = {
  name: libelle(200),
  logoDataUrl: logo.nullable(),
  primaryColor: couleur,
  accentColor: couleur,
  auditRetentionMonths: z.number().int().min(6, { message: '6 mois au moins (CNIL).' }).max(12, {
    message: '12 mois au plus (CNIL).',
  }),
}

const roleList = z
  .array(z.enum(roles))
  .min(1, { message: 'Choisissez au moins un rôle.' })
  .refine((r) => new Set(r).size === r.length, { message: 'Un rôle est en double.' })

export const organisationsContract = {
  list: defineRoute({
    method: 'GET',
    path: '/api/organisations',
    summary: 'Toutes les organisations (administration de la plateforme)',
    access: { kind: 'platformAdmin' },
    response: z.array(organisationView),
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/organisations',
    summary: 'Créer une organisation et inviter son premier administrateur',
    access: { kind: 'platformAdmin' },
    body: z.strictObject({
      kind: z.enum(organisationKinds),
      name: libelle(200),
      siret: siret.nullable().optional(),
      communeInsee: codeInsee.nullable().optional(),
      adminEmail: email,
    }),
    response: organisationView,
    status: 201,
  }),
  current: defineRoute({
    method: 'GET',
    path: '/api/organisation',
    summary: 'Mon organisation de travail',
    access: { kind: 'member', roles: 'any' },
    response: organisationView,
  }),
  updateCurrent: defineRoute({
    method: 'PATCH',
    path: '/api/organisation',
    summary: "Modifier le nom, le logo, les couleurs et la durée de conservation du journal",
    access: { kind: 'member', roles: ['administrateur'] },
    body: z.strictObject(themeFields).partial(),
    response: organisationView,
  }),
  listServices: defineRoute({
    method: 'GET',
    path: '/api/services',
    summary: "Services (pôles) de l'organisation",
    access: { kind: 'member', roles: 'any' },
    response: z.array(serviceView),
  }),
  createService: defineRoute({
    method: 'POST',
    path: '/api/services',
    summary: 'Créer un service',
    access: { kind: 'member', roles: ['administrateur'] },
    body: z.strictObject({ name: libelle(120) }),
    response: serviceView,
    status: 201,
  }),
  renameService: defineRoute({
    method: 'PATCH',
    path: '/api/services/:id',
    summary: 'Renommer un service',
    access: { kind: 'member', roles: ['administrateur'] },
    params: id,
    body: z.strictObject({ name: libelle(120) }),
    response: serviceView,
  }),
  listMembers: defineRoute({
    method: 'GET',
    path: '/api/members',
    summary: "Membres de l'organisation",
    access: { kind: 'member', roles: ['administrateur', 'direction'] },
    response: z.array(memberView),
  }),
  getMember: defineRoute({
    method: 'GET',
    path: '/api/members/:id',
    summary: "Fiche d'un membre",
    access: { kind: 'member', roles: ['administrateur', 'direction'] },
    params: id,
    response: memberView,
  }),
  updateMember: defineRoute({
    method: 'PATCH',
    path: '/api/members/:id',
    summary: "Changer les rôles ou les services d'un membre",
    access: { kind: 'member', roles: ['administrateur'] },
    params: id,
    body: z.strictObject({ roles: roleList.optional(), serviceIds: z.array(z.uuid()).max(50).optional(), active: z.boolean().optional() }),
    response: memberView,
  }),
  removeMember: defineRoute({
    method: 'DELETE',
    path: '/api/members/:id',
    summary: "Retirer un membre de l'organisation",
    access: { kind: 'member', roles: ['administrateur'] },
    params: id,
    response: ok,
  }),
  listInvitations: defineRoute({
    method: 'GET',
    path: '/api/invitations',
    summary: 'Invitations envoyées',
    access: { kind: 'member', roles: ['administrateur'] },
    response: z.array(invitationView),
  }),
  invite: defineRoute({
    method: 'POST',
    path: '/api/invitations',
    summary: 'Inviter une personne par e-mail',
    access: { kind: 'member', roles: ['administrateur'] },
    body: z.strictObject({ email, roles: roleList, serviceIds: z.array(z.uuid()).max(50).default([]) }),
    response: invitationView,
    status: 201,
  }),
  revokeInvitation: defineRoute({
    method: 'DELETE',
    path: '/api/invitations/:id',
    summary: 'Annuler une invitation',
    access: { kind: 'member', roles: ['administrateur'] },
    params: id,
    response: ok,
  }),
  readInvitation: defineRoute({
    method: 'POST',
    path: '/api/invitations/lookup',
    summary: 'Lire une invitation reçue (organisation, e-mail)',
    access: { kind: 'public' },
    body: z.strictObject({ token: z.string().min(10).max(200) }),
    response: z.object({ organisationName: z.string(), email: z.string(), roles: z.array(z.enum(roles)), hasAccount: z.boolean() }),
    rateLimitPerMinute: 30,
  }),
  acceptInvitation: defineRoute({
    method: 'POST',
    path: '/api/invitations/accept',
    summary: "Accepter une invitation (et créer son compte s'il n'existe pas)",
    access: { kind: 'public' },
    body: z.strictObject({
      token: z.string().min(10).max(200),
      displayName: libelle(120).optional(),
      password: newPassword.optional(),
    }),
    response: z.object({ ok: z.literal(true) }),
    rateLimitPerMinute: 30,
  }),
}
