import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { decideAccess } from '../../shared/modules/organisations/organisations.policy'
import { roles, type Role } from '../../shared/modules/organisations/roles'
import type { RouteContract } from '../../shared/contract'
import { contractsOf } from '../http/register'
import { createTestApp, type TestApp, type TestClient } from './test-app'
import {
  directoryChanges,
  directoryImports,
  directoryPlaces,
  directoryServices,
  directoryStructures,
  referrals,
} from '../modules/partenaires'
import { accounts } from '../modules/auth/auth.table'
import { jobPortraits, jobProfiles, payGrids, savedSearches } from '../modules/metiers'
import { databaseKinds } from './test-db'

/** A valid body for each route that takes one, so that only access decides the answer. */
const sampleBodies: Record<string, unknown> = {
  'POST /api/auth/login': { email: 'personne@nulle-part.test', password: 'x' },
  'POST /api/auth/totp': { code: '123456' },
  'POST /api/auth/totp/enrolment/confirm': { code: '123456' },
  'POST /api/auth/password/forgot': { email: 'personne@nulle-part.test' },
  'POST /api/auth/password/reset': { token: 'jeton-inconnu-0000', newPassword: 'Une phrase assez longue' },
  'POST /api/auth/password/change': { password: 'faux', newPassword: 'Une phrase assez longue' },
  'PATCH /api/auth/profile': { locale: 'fr' },
  'POST /api/organisations': {
    kind: 'association',
    name: 'Association test',
    adminEmail: 'presidence@asso.test',
  },
  'PATCH /api/organisation': { primaryColor: '#1d4ed8' },
  'POST /api/services': { name: 'Service test' },
  'PATCH /api/services/:id': { name: 'Service renommé' },
  'PATCH /api/members/:id': { active: true },
  'POST /api/requests': { channel: 'telephone', themes: ['autre'] },
  'POST /api/requests/:id/answers': { channel: 'telephone', body: 'Réponse donnée par téléphone.' },
  'POST /api/requests/:id/state': { state: 'en_cours' },
  'POST /api/requests/:id/assignment': { assigneeId: null },
  'POST /api/requests/:id/orientations': { partnerName: 'Mission locale' },
  'PATCH /api/orientations/:id': { outcome: 'prise_en_charge' },
  'PUT /api/announced-delays': { delays: { telephone: 2 } },
  'POST /api/invitations': { email: 'nouvelle@test.test', roles: ['agent_accueil'] },
  'POST /api/invitations/lookup': { token: 'jeton-inconnu-0000' },
  'POST /api/invitations/accept': { token: 'jeton-inconnu-0000' },
  'POST /api/usagers/duplicates': { lastName: 'Martin' },
  'PATCH /api/usagers/:id': { consentSms: true },
  'POST /api/usagers/:id/household': { relation: 'enfant' },
  'PATCH /api/household-members/:id': { relation: 'parent' },
  'POST /api/usagers/:id/notes': { text: 'Note de test' },
  'PUT /api/usagers-retention': { retentionMonths: 24 },
  'POST /api/usagers-retention/anonymise': { usagerIds: ['01900000-0000-7000-8000-000000000000'] },
  'PUT /api/domiciliation-settings': { city: 'Besançon' },
  'POST /api/domiciliations/:id/requests': { kind: 'RENOUVELLEMENT' },
  'POST /api/domiciliations/:id/radiation': { motive: 'A_SA_DEMANDE' },
  'POST /api/domiciliation-requests/:id/acknowledgement': {},
  'PUT /api/domiciliation-requests/:id/interview': { linkWithCommune: 'RESIDENTIEL' },
  'POST /api/domiciliation-requests/:id/decision': { decision: 'accepte' },
  'POST /api/domiciliation-decisions/:id/cancellation': { cancelReason: 'Décision saisie par erreur.' },
  'POST /api/domiciliations/:id/proxies': {
    firstName: 'Anne',
    lastName: 'Mandataire',
    validFrom: '2026-01-01',
    validUntil: '2030-12-31',
  },
  'PATCH /api/domiciliation-proxies/:id': { lastName: 'Mandataire-Dupont' },
  'PUT /api/domiciliations/:id/forwarding': {
    forwardAddress: 'Chez M. Dupont, 25000 Besançon',
    forwardFrom: '2026-01-01',
  },
  'POST /api/domiciliations/:id/contacts': { kind: 'visite' },
  'PUT /api/domiciliations/:id/birth-place': { birthPlace: 'Besançon' },
  'PUT /api/domiciliation/mail-settings': { noticeTime: '18:30' },
  'PUT /api/domiciliation-report/answers': { year: 2025, waitingList: false },
  'POST /api/public/organisations/:organisationId/domiciliation/portal/session': {
    fileNumber: 1,
    code: 'AAAA-BBBB',
  },
  'POST /api/directory/structures/:id/partner-invitation': { email: 'partenaire-matrice@test.test' },
  'POST /api/referrals/received/:id/answer': { action: 'accepter' },
  'POST /api/directory/structures': { kind: 'autre', name: 'Structure créée (matrice)' },
  'PATCH /api/directory/structures/:id': { description: 'Présentation (matrice)' },
  'POST /api/directory/structures/:id/places': { addressInput: '1 rue Battant, 25000 Besançon' },
  'PATCH /api/directory/places/:id': { access: 'Bus 3' },
  'POST /api/directory/structures/:id/services': { name: 'Service créé (matrice)', themes: ['autre'] },
  'PATCH /api/directory/services/:id': { description: 'Description (matrice)' },
  // A new service without its themes: refused (400) for any role allowed to propose, before any lookup.
  'POST /api/directory/changes': {
    entity: 'service',
    structureId: '01900000-0000-7000-8000-000000000000',
    entityId: null,
    after: { name: 'Proposé' },
  },
  'POST /api/directory/changes/:id/refuse': { comment: 'Refus (matrice)' },
  'POST /api/metiers/recrutement/candidatures/:id/statut': { status: 'contactee' },
  'POST /api/metiers/recrutement/candidatures/:id/notes': { text: 'Note (matrice)' },
  'POST /api/metiers/point-de-chute-gestion': {
    name: 'Mairie (matrice)',
    kind: 'mairie',
    commune: 'Besançon',
  },
  'POST /api/metiers/vivre-ici-gestion': {
    category: 'logement',
    kind: 'fjt',
    name: 'Foyer (matrice)',
    commune: 'Besançon',
  },
  'POST /api/metiers/ligne-ecoute-gestion/creneaux': {
    weekday: 1,
    startTime: '09:00',
    endTime: '10:00',
    slotMinutes: 20,
  },
  'PUT /api/metiers/ligne-ecoute-gestion/creneaux/:id': {
    weekday: 2,
    startTime: '09:00',
    endTime: '10:00',
    slotMinutes: 20,
  },
  'PUT /api/metiers/point-de-chute-gestion/:id': {
    name: 'Mairie (matrice)',
    kind: 'mairie',
    commune: 'Besançon',
  },
  'PUT /api/metiers/vivre-ici-gestion/:id': {
    category: 'logement',
    kind: 'fjt',
    name: 'Foyer (matrice)',
    commune: 'Besançon',
  },
  'POST /api/metiers/recrutement/apprentissage/:id/etat': { state: 'publiee' },
  'POST /api/metiers/recrutement/immersions/:id/publication': { published: true },
  'POST /api/metiers/recrutement/demandes-immersion/:id/refuser': { reason: 'Plus de place (matrice).' },
  'POST /api/metiers/recrutement/demandes-immersion/:id/bilan': { state: 'annulee' },
}

/** A valid query string for routes that require one. */
// Pilotage plans: bodies valid enough that another tenant's call reaches the record (and gets 404).
Object.assign(sampleBodies, {
  'POST /api/pilotage/plans/:id/axes': { title: 'Axe (matrice)' },
  'POST /api/pilotage/axes/:id/position': { position: 1 },
  'POST /api/pilotage/axes/:id/actions': { title: 'Action (matrice)' },
  'POST /api/pilotage/actions/:id/position': { position: 1 },
  'POST /api/pilotage/actions/:id/statut': { status: 'en_cours' },
  'POST /api/pilotage/actions/:id/jalons': { title: 'Jalon (matrice)', dueDate: '2026-03-01' },
  'POST /api/pilotage/plans/:id/jalons': { title: 'Conseil municipal (matrice)', dueDate: '2026-03-01' },
  'POST /api/pilotage/jalons/:id/fait': { doneOn: null },
  'POST /api/pilotage/plans/:id/financeurs': { name: 'Financeur (matrice)' },
  'POST /api/pilotage/plans/:id/instances': {
    kind: 'comite_pilotage',
    heldOn: '2026-03-01',
    title: 'Comité (matrice)',
  },
  'POST /api/pilotage/instances/:id/decisions': { text: 'Décision (matrice)' },
  'POST /api/pilotage/instances/:id/figer': { confirm: true },
  'PATCH /api/pilotage/financeurs/:id': { name: 'Financeur renommé (matrice)' },
  'POST /api/pilotage/actions/:id/budget': { funderId: '01900000-0000-7000-8000-000000000001', year: 2026 },
  // An organisation that does not exist: sharing A's plan with B would open it to B's subjects.
  'POST /api/pilotage/plans/:id/partages': { organisationId: '01900000-0000-7000-8000-000000000002' },
  'POST /api/pilotage/plans/:id/partages/retrait': { organisationId: '01900000-0000-7000-8000-000000000002' },
  'PUT /api/pilotage/indicateurs/:id': { title: 'Indicateur (matrice)', unit: 'nombre' },
  'PUT /api/pilotage/indicateurs/:id/cibles': { targets: [{ dueDate: '2027-12-31', value: 10 }] },
  // The month before this one, within the matrix plan (2025-2027).
  'POST /api/pilotage/indicateurs/:id/mesures': {
    period: new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 7),
    value: 1,
    unit: 'nombre',
  },
})

const sampleQueries: Record<string, string> = {
  'POST /api/usagers/:id/documents': '?kind=autre&fileName=test.pdf',
  'GET /api/pilotage/plans/:id/bilan': '?annee=2026',
  'GET /api/pilotage/plans/:id/bilan.pdf': '?annee=2026',
  'GET /api/pilotage/plans/:id/bilan.xlsx': '?annee=2026',
}

/** Routes that change the caller's own session run on a fresh client. */
const sessionChanging = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/totp',
  'POST /api/auth/totp/enrolment',
  'POST /api/auth/totp/enrolment/confirm',
  'POST /api/auth/organisation',
])

const keyOf = (c: RouteContract) => `${c.method} ${c.path}`

/** Fiches métiers, portraits and pay grids are the platform's content: every organisation's editors write the same. */
const platformContent = (path: string) => path.startsWith('/api/metiers/edition/')

/**
 * Records that belong to an account, not to a tenant (the candidate's space), or that any signed-in person
 * may name (an immersion to ask for, a Point de chute's door code): the matrix checks the access rule with an
 * unknown record; their module's tests check who reaches which record.
 */
const notTenantRecords = (key: string) =>
  key.includes(' /api/metiers/compte/') ||
  // An indicator is added to the action its body names: another tenant's action is not found (404).
  key === 'POST /api/pilotage/indicateurs' ||
  key === 'POST /api/metiers/immersions/:id/demandes' ||
  key === 'GET /api/metiers/point-de-chute/:id/code'

/**
 * Routes whose service also asks for a kind of organisation the test tenants (two CCAS) are not: the
 * agrément of a département, a training centre's catalogue (whose editors write every centre), and records
 * only reached through another's consent or a raw upload (apprenticeship contacts, callbacks, kit files).
 * The matrix checks the role rule; their module's tests check the organisation's kind and the tenant's 404.
 */
const ruleCheckedInModule = (path: string) =>
  path.startsWith('/api/metiers/agrement/dossiers') ||
  path.startsWith('/api/metiers/agrement/seances') ||
  path.startsWith('/api/metiers/centres') ||
  path.startsWith('/api/metiers/recrutement/apprentissage/contacts/') ||
  path === '/api/metiers/recrutement/apprentissage/:id/contacts' ||
  path.startsWith('/api/metiers/ligne-ecoute-gestion/rappels/') ||
  path.startsWith('/api/metiers/kit-apprentis/fichiers/')

const unknownRecord = '01900000-0000-7000-8000-000000000000'

/** Deletions that every allowed subject makes on a record of its own: platform content, and one's own alerts. */
const freshForAnyone = new Set([
  'DELETE /api/metiers/edition/portraits/:id',
  'DELETE /api/metiers/edition/grilles/:id',
  'DELETE /api/metiers/compte/alertes/:id',
])

describe.each(databaseKinds)('every route as every role of both tenants (%s)', (kind) => {
  let t: TestApp
  const clients = new Map<string, TestClient>()
  let targets: Record<string, string>

  beforeAll(async () => {
    t = await createTestApp(kind)
    for (const role of roles) {
      clients.set(`A:${role}`, await t.signIn(t.tenantA.accounts[role]))
      clients.set(`B:${role}`, await t.signIn(t.tenantB.accounts[role]))
    }
    clients.set('platform', await t.signIn(t.tenantA.platformAdminEmail))
    const admin = clients.get('A:administrateur')!
    const members = await admin.get('/api/members')
    const services = await admin.get('/api/services')
    targets = {
      '/api/members/:id': members.body.find((m: { roles: Role[] }) => m.roles.includes('agent_accueil')).id,
      '/api/services/:id': services.body[0].id,
    }
    // A request of tenant A with an orientation, for every route that names one.
    const agent = clients.get('A:agent_accueil')!
    const request = (await agent.post('/api/requests', { channel: 'accueil_physique', themes: ['autre'] }))
      .body.id
    for (const p of ['', '/answers', '/state', '/assignment', '/orientations'])
      targets[`/api/requests/:id${p}`] = request
    targets['/api/orientations/:id'] = (
      await agent.post(`/api/requests/${request}/orientations`, { partnerName: 'Secours populaire' })
    ).body.orientations[0].id
    // Orientations to partners: a structure of A's directory, one of A's orientations, and one B sent to A as its partner.
    const structureA = (
      await t.database.db.owner
        .insert(directoryStructures)
        .values({
          organisationId: t.tenantA.organisationId,
          kind: 'association',
          name: 'Structure matrice',
          email: 'matrice@test.test',
        })
        .returning()
    )[0]!
    const serviceA = (
      await t.database.db.owner
        .insert(directoryServices)
        .values({
          organisationId: t.tenantA.organisationId,
          structureId: structureA.id,
          name: 'Service matrice',
        })
        .returning()
    )[0]!
    targets['/api/directory/structures/:id/partner-invitation'] = structureA.id
    sampleBodies['POST /api/requests/:id/referrals'] = { serviceId: serviceA.id }
    targets['/api/referrals/sent/:id'] = (
      await agent.post(`/api/requests/${request}/referrals`, { serviceId: serviceA.id })
    ).body.id
    const structureB = (
      await t.database.db.owner
        .insert(directoryStructures)
        .values({
          organisationId: t.tenantB.organisationId,
          partnerOrganisationId: t.tenantA.organisationId,
          kind: 'association',
          name: 'Association partenaire',
        })
        .returning()
    )[0]!
    const serviceB = (
      await t.database.db.owner
        .insert(directoryServices)
        .values({ organisationId: t.tenantB.organisationId, structureId: structureB.id, name: 'Accueil' })
        .returning()
    )[0]!
    targets['/api/referrals/received/:id'] = (
      await t.database.db.owner
        .insert(referrals)
        .values({
          organisationId: t.tenantB.organisationId,
          partnerOrganisationId: t.tenantA.organisationId,
          serviceId: serviceB.id,
          structureId: structureB.id,
        })
        .returning()
    )[0]!.id
    // An import of A's directory, already finished.
    targets['/api/directory-imports/:id'] = (
      await t.database.db.owner
        .insert(directoryImports)
        .values({ organisationId: t.tenantA.organisationId, kind: 'tableur', status: 'terminee' })
        .returning()
    )[0]!.id
    // The network: a CCAS service of A's own directory that A answers for, a charter, a campaign, a coming meeting it is invited to.
    const ownService = (
      await t.database.db.owner
        .insert(directoryStructures)
        .values({
          organisationId: t.tenantA.organisationId,
          partnerOrganisationId: t.tenantA.organisationId,
          kind: 'service_ccas',
          name: 'Épicerie du CCAS (matrice)',
        })
        .returning()
    )[0]!.id
    const charter = (
      await admin.post('/api/network/charters', { title: 'Charte matrice', body: 'Texte de la charte.' })
    ).body.id
    const meeting = (
      await admin.post('/api/network/meetings', {
        kind: 'autre',
        title: 'Rencontre matrice',
        startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        location: 'CCAS',
      })
    ).body.id
    await admin.post(`/api/network/meetings/${meeting}/invitations`, {
      target: { kind: 'choix', structureIds: [ownService] },
    })
    Object.assign(targets, {
      '/api/network/campaigns/:id': (await admin.post('/api/network/campaigns', {})).body.id,
      '/api/network/charters/:id': charter,
      '/api/network/partner/charters/:id': charter,
      '/api/network/meetings/:id': meeting,
      '/api/network/partner/meetings/:id': meeting,
      '/api/network/structures/:id': ownService,
    })
    Object.assign(sampleBodies, {
      'POST /api/network/charters/:id/signatures': {
        structureId: ownService,
        signatoryName: 'Signature papier',
      },
      'POST /api/network/partner/charters/:id/sign': {
        structureId: ownService,
        signatoryName: 'Signature en ligne',
      },
      'POST /api/network/meetings/:id/repeat': { count: 1 },
      'POST /api/network/meetings/:id/invitations': { target: { kind: 'choix', structureIds: [ownService] } },
      'POST /api/network/meetings/:id/answers': { structureId: ownService, response: 'excusee' },
      'POST /api/network/partner/meetings/:id/answer': { structureId: ownService, response: 'excusee' },
      'PUT /api/network/meetings/:id/attendance': { items: [{ structureId: ownService, attended: true }] },
      'PUT /api/network/meetings/:id/minutes': { minutes: 'Compte rendu' },
    })
    // The directory: an entry of A that A also answers for as partner, with a place, a service and a proposal waiting.
    const entry = (
      await t.database.db.owner
        .insert(directoryStructures)
        .values({
          organisationId: t.tenantA.organisationId,
          partnerOrganisationId: t.tenantA.organisationId,
          kind: 'association',
          name: 'Entrée matrice',
        })
        .returning()
    )[0]!
    Object.assign(targets, {
      '/api/directory/structures/:id': entry.id,
      '/api/directory/places/:id': (
        await t.database.db.owner
          .insert(directoryPlaces)
          .values({
            organisationId: t.tenantA.organisationId,
            structureId: entry.id,
            addressInput: '2 rue Battant, 25000 Besançon',
          })
          .returning()
      )[0]!.id,
      '/api/directory/services/:id': (
        await t.database.db.owner
          .insert(directoryServices)
          .values({
            organisationId: t.tenantA.organisationId,
            structureId: entry.id,
            name: 'Service de l’entrée matrice',
            themes: ['autre'],
          })
          .returning()
      )[0]!.id,
      '/api/directory/changes/:id': (
        await t.database.db.owner
          .insert(directoryChanges)
          .values({
            organisationId: t.tenantA.organisationId,
            structureId: entry.id,
            submittedByOrganisationId: t.tenantA.organisationId,
            entity: 'structure',
            entityId: entry.id,
            before: { phone: null },
            after: { phone: '+33381000000' },
          })
          .returning()
      )[0]!.id,
    })
    // The search's page of one published service, under a published structure no other route closes.
    const searched = (
      await t.database.db.owner
        .insert(directoryStructures)
        .values({
          organisationId: t.tenantA.organisationId,
          kind: 'association',
          name: 'Structure cherchée (matrice)',
        })
        .returning()
    )[0]!
    targets['/api/directory/search/services/:id'] = (
      await t.database.db.owner
        .insert(directoryServices)
        .values({
          organisationId: t.tenantA.organisationId,
          structureId: searched.id,
          name: 'Service cherché (matrice)',
        })
        .returning()
    )[0]!.id
    // A person's file with a household member and a note everyone in the organisation reads, and a duplicate to absorb.
    const usager = (
      await admin.post('/api/usagers', { firstName: 'Cible', lastName: 'Matrice', confirmNotDuplicate: true })
    ).body.id
    const duplicate = (
      await admin.post('/api/usagers', { firstName: 'Cible', lastName: 'Matrice', confirmNotDuplicate: true })
    ).body.id
    sampleBodies['POST /api/usagers/:id/merge'] = { absorbedId: duplicate }
    targets['/api/usagers/:id'] = usager
    targets['/api/household-members/:id'] = (
      await admin.post(`/api/usagers/${usager}/household`, { relation: 'conjoint' })
    ).body.id
    targets['/api/usager-notes/:id'] = (
      await admin.post(`/api/usagers/${usager}/notes`, { text: 'Note générale' })
    ).body.id
    // A domiciliation file with a request, its interview and an acceptance.
    const domiciliation = (await admin.post('/api/domiciliations', { usagerId: usager })).body.id
    const domiciliationRequest = (
      await admin.post(`/api/domiciliations/${domiciliation}/requests`, { kind: 'PREMIERE' })
    ).body.requests[0].id
    await admin.request('PUT', `/api/domiciliation-requests/${domiciliationRequest}/interview`, {
      linkWithCommune: 'SOCIAL',
    })
    const decided = await admin.post(`/api/domiciliation-requests/${domiciliationRequest}/decision`, {
      decision: 'accepte',
    })
    targets['/api/domiciliations/:id'] = domiciliation
    targets['/api/domiciliation-requests/:id'] = domiciliationRequest
    targets['/api/domiciliation-decisions/:id'] = decided.body.decisions[0].id
    sampleBodies['POST /api/domiciliations'] = { usagerId: usager }
    sampleBodies['POST /api/domiciliations/radiations'] = {
      domiciliationIds: [domiciliation],
      motive: 'A_SA_DEMANDE',
    }
    // Its mail: two waiting letters (one to hand over, one to return) and a proxy.
    const letters = (
      await admin.post('/api/domiciliation/mail', {
        items: [
          { domiciliationId: domiciliation, kind: 'courrier' },
          { domiciliationId: domiciliation, kind: 'colis' },
        ],
      })
    ).body.items
    sampleBodies['POST /api/domiciliation/mail'] = {
      items: [{ domiciliationId: domiciliation, kind: 'courrier' }],
    }
    sampleBodies['POST /api/domiciliations/:id/mail/handover'] = { itemIds: [letters[0].id] }
    sampleBodies['POST /api/domiciliations/:id/mail/return'] = { itemIds: [letters[1].id], reason: 'inconnu' }
    targets['/api/domiciliations/:id/npai'] = domiciliation
    targets['/api/domiciliations/:id/birth-place'] = domiciliation
    targets['/api/domiciliations/:id/forwarding'] = domiciliation
    targets['/api/domiciliation-proxies/:id'] = (
      await admin.post(
        `/api/domiciliations/${domiciliation}/proxies`,
        sampleBodies['POST /api/domiciliations/:id/proxies'],
      )
    ).body.id
    // Métiers: a demo fiche with a portrait, a pay grid, a published offer of A with an application, and a campaign page for B.
    const owner = t.database.db.owner
    const fiche = (await owner.select().from(jobProfiles).limit(1))[0]!
    targets['/api/metiers/edition/fiches/:id'] = fiche.id
    targets['/api/metiers/edition/portraits/:id'] = (
      await owner
        .insert(jobPortraits)
        .values({ jobId: fiche.id, name: 'Portrait matrice', roleLabel: 'Aide à domicile' })
        .returning()
    )[0]!.id
    targets['/api/metiers/edition/grilles/:id'] = (await owner.select().from(payGrids).limit(1))[0]!.id
    const recruiter = clients.get('A:recruteur')!
    const offer = (
      await recruiter.post('/api/metiers/recrutement/offres', {
        title: 'Offre matrice',
        codeRome: 'K1302',
        descriptionHtml: '<p>Offre de la matrice.</p>',
        contract: 'cdi',
        workTime: 'temps_plein',
        postcode: '25000',
        commune: 'Besançon',
      })
    ).body
    expect((await recruiter.post(`/api/metiers/recrutement/offres/${offer.id}/publier`, {})).status).toBe(200)
    targets['/api/metiers/recrutement/offres/:id'] = offer.id
    const applied = await t
      .anonymous()
      .init()
      .then((c) =>
        c.post(`/api/metiers/offres/${offer.slug}/candidatures`, {
          firstName: 'Cible',
          lastName: 'Matrice',
          email: 'candidat-matrice@test.test',
          consent: true,
        }),
      )
    expect(applied.status, JSON.stringify(applied.body)).toBe(201)
    const [application] = (
      await recruiter.get(`/api/metiers/recrutement/offres/${offer.id}/candidatures`)
    ).body.columns.flatMap((c: { applications: { id: string }[] }) => c.applications)
    targets['/api/metiers/recrutement/candidatures/:id'] = application.id
    targets['/api/metiers/compte/alertes/:id'] = await savedSearchOf(t.tenantA.accounts.administrateur)
    // Pathways: an immersion of A with a request, an apprenticeship seat, a Point de chute, a place to live, a listening slot.
    const immersion = await recruiter.post('/api/metiers/recrutement/immersions', {
      jobId: fiche.id,
      title: 'Immersion matrice',
      activities: 'Accompagner une aide à domicile.',
      schedule: '9 h – 17 h',
      availableFrom: '2030-06-01',
      availableTo: '2030-07-31',
      capacity: 1,
      maxDays: 10,
      tutorName: 'Tuteur Matrice',
      tutorJob: 'Aide à domicile',
      postcode: '25000',
      commune: 'Besançon',
    })
    expect(immersion.status, JSON.stringify(immersion.body)).toBe(201)
    targets['/api/metiers/recrutement/immersions/:id'] = immersion.body.id
    await recruiter.post(`/api/metiers/recrutement/immersions/${immersion.body.id}/publication`, {
      published: true,
    })
    const asked = await clients
      .get('B:agent_accueil')!
      .post(`/api/metiers/immersions/${immersion.body.id}/demandes`, {
        firstName: 'Cible',
        lastName: 'Matrice',
        objective: 'decouvrir_metier',
        startDate: '2030-06-10',
        endDate: '2030-06-12',
        consent: true,
      })
    expect(asked.status, JSON.stringify(asked.body)).toBe(201)
    targets['/api/metiers/recrutement/demandes-immersion/:id'] = asked.body.id
    const seatBody = {
      jobId: fiche.id,
      title: 'Place matrice',
      postcode: '25000',
      commune: 'Besançon',
      startMonth: '2030-09',
      durationMonths: 12,
      diploma: 'DEAS',
      tutorName: 'Tuteur Matrice',
      tutorJob: 'Aide-soignante',
      seats: 1,
    }
    const seat = await recruiter.post('/api/metiers/recrutement/apprentissage', seatBody)
    expect(seat.status, JSON.stringify(seat.body)).toBe(201)
    targets['/api/metiers/recrutement/apprentissage/:id'] = seat.body.id
    sampleBodies['PUT /api/metiers/recrutement/apprentissage/:id'] = seatBody
    targets['/api/metiers/point-de-chute-gestion/:id'] = await pathwayPlace('point-de-chute-gestion')
    targets['/api/metiers/vivre-ici-gestion/:id'] = await pathwayPlace('vivre-ici-gestion')
    const slot = await admin.post(
      '/api/metiers/ligne-ecoute-gestion/creneaux',
      sampleBodies['POST /api/metiers/ligne-ecoute-gestion/creneaux'],
    )
    expect(slot.status, JSON.stringify(slot.body)).toBe(201)
    targets['/api/metiers/ligne-ecoute-gestion/creneaux/:id'] = slot.body.id
    const campaignB = await clients.get('B:administrateur')!.request('PUT', '/api/metiers/campagne', {
      slug: 'dole',
      title: 'Page de Dole',
      message: 'Un métier qui a du sens',
      areaCommune: 'Dole',
    })
    expect(campaignB.status, JSON.stringify(campaignB.body)).toBe(200)

    // Pilotage plans: a plan of A with an axis and an action that every member of A pilots (the fiche's
    // routes are open to readers and let pilots in), its milestone, a funder and a budget line.
    await pilotagePlanTargets()
  })
  afterAll(async () => t?.close())

  /** An action of A's matrix plan, piloted by every member of A. */
  async function pilotageAction(): Promise<string> {
    const director = clients.get('A:direction')!
    const planId = targets['/api/pilotage/plans/:id']!
    const axis = await director.post(`/api/pilotage/plans/${planId}/axes`, { title: 'Axe (matrice)' })
    expect(axis.status, JSON.stringify(axis.body)).toBe(201)
    const axisId = axis.body.axes.at(-1).id
    const created = await director.post(`/api/pilotage/axes/${axisId}/actions`, { title: 'Action (matrice)' })
    const actionId = created.body.axes.at(-1).actions.at(-1).id
    const members = (await director.get('/api/pilotage/choix')).body.members.map(
      (m: { accountId: string }) => m.accountId,
    )
    const piloted = await director.patch(`/api/pilotage/actions/${actionId}`, { pilotAccountIds: members })
    expect(piloted.status, JSON.stringify(piloted.body)).toBe(200)
    return actionId
  }

  async function pilotagePlanTargets() {
    const director = clients.get('A:direction')!
    const plan = await director.post('/api/pilotage/plans', {
      title: 'Plan (matrice)',
      periodStart: '2025-01-01',
      periodEnd: '2027-12-31',
    })
    expect(plan.status, JSON.stringify(plan.body)).toBe(201)
    targets['/api/pilotage/plans/:id'] = plan.body.id
    const actionId = await pilotageAction()
    targets['/api/pilotage/actions/:id'] = actionId
    targets['/api/pilotage/axes/:id'] = (
      await director.get(`/api/pilotage/plans/${plan.body.id}`)
    ).body.axes[0].id
    targets['/api/pilotage/jalons/:id'] = (await pilotageFresh('/api/pilotage/jalons/:id'))!
    targets['/api/pilotage/financeurs/:id'] = (await pilotageFresh('/api/pilotage/financeurs/:id'))!
    targets['/api/pilotage/lignes-budget/:id'] = (await pilotageFresh('/api/pilotage/lignes-budget/:id'))!
    sampleBodies['POST /api/pilotage/indicateurs'] = {
      actionId,
      title: 'Indicateur créé (matrice)',
      unit: 'nombre',
    }
    targets['/api/pilotage/indicateurs/:id'] = (await pilotageFresh('/api/pilotage/indicateurs/:id'))!
    const review = await director.post(`/api/pilotage/plans/${plan.body.id}/instances`, {
      kind: 'conseil_administration',
      heldOn: '2026-03-01',
      title: 'Conseil (matrice)',
    })
    expect(review.status, JSON.stringify(review.body)).toBe(201)
    targets['/api/pilotage/instances/:id'] = review.body.id
  }

  /** A fresh record of A's matrix plan for the pilotage routes that delete (undefined for other paths). */
  async function pilotageFresh(path: string): Promise<string | undefined> {
    const director = clients.get('A:direction')!
    const planId = targets['/api/pilotage/plans/:id']!
    const unique = `${Math.random()}`.slice(2, 10)
    if (path === '/api/pilotage/axes/:id') {
      const axis = await director.post(`/api/pilotage/plans/${planId}/axes`, {
        title: `À supprimer ${unique}`,
      })
      return axis.body.axes.at(-1).id
    }
    if (path === '/api/pilotage/actions/:id') return pilotageAction()
    if (path === '/api/pilotage/jalons/:id') {
      const fiche = await director.post(
        `/api/pilotage/actions/${targets['/api/pilotage/actions/:id']}/jalons`,
        {
          title: `Jalon ${unique}`,
          dueDate: '2026-06-01',
        },
      )
      expect(fiche.status, JSON.stringify(fiche.body)).toBe(201)
      return fiche.body.milestones.find((m: { title: string }) => m.title === `Jalon ${unique}`).id
    }
    if (path === '/api/pilotage/financeurs/:id') {
      const funders = await director.post(`/api/pilotage/plans/${planId}/financeurs`, {
        name: `Financeur ${unique}`,
      })
      return funders.body.funders.find((f: { name: string }) => f.name === `Financeur ${unique}`).id
    }
    if (path === '/api/pilotage/indicateurs/:id') {
      const indicator = await director.post('/api/pilotage/indicateurs', {
        actionId: targets['/api/pilotage/actions/:id'],
        title: `Indicateur ${unique}`,
        unit: 'nombre',
      })
      expect(indicator.status, JSON.stringify(indicator.body)).toBe(201)
      return indicator.body.id
    }
    if (path === '/api/pilotage/lignes-budget/:id') {
      const funderId = await pilotageFresh('/api/pilotage/financeurs/:id')
      const fiche = await director.post(
        `/api/pilotage/actions/${targets['/api/pilotage/actions/:id']}/budget`,
        {
          funderId,
          year: 2026,
          label: unique,
        },
      )
      expect(fiche.status, JSON.stringify(fiche.body)).toBe(201)
      return fiche.body.budget.lines.find((l: { label: string }) => l.label === unique).id
    }
    return undefined
  }

  /** A confirmed saved search owned by the account of this e-mail. */
  async function savedSearchOf(email: string): Promise<string> {
    const owner = t.database.db.owner
    const [account] = await owner.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email))
    const values = {
      accountId: account!.id,
      email,
      label: 'Alerte matrice',
      query: { lieu: 'Besançon' },
      confirmedAt: new Date(),
      unsubscribeTokenHash: `matrice-${Math.random()}`,
    }
    return (await owner.insert(savedSearches).values(values).returning())[0]!.id
  }

  /** A Point de chute or a place to live of tenant A, written by its administrator. */
  async function pathwayPlace(route: 'point-de-chute-gestion' | 'vivre-ici-gestion'): Promise<string> {
    const created = await clients
      .get('A:administrateur')!
      .post(`/api/metiers/${route}`, sampleBodies[`POST /api/metiers/${route}`])
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.id
  }

  async function freshTarget(path: string, email?: string): Promise<string> {
    const admin = clients.get('A:administrateur')!
    const pilotage = path.startsWith('/api/pilotage/') ? await pilotageFresh(path) : undefined
    if (pilotage) return pilotage
    if (path === '/api/metiers/compte/alertes/:id')
      return savedSearchOf(email ?? t.tenantA.accounts.administrateur)
    if (path === '/api/metiers/edition/portraits/:id') {
      const owner = t.database.db.owner
      return (
        await owner
          .insert(jobPortraits)
          .values({
            jobId: targets['/api/metiers/edition/fiches/:id']!,
            name: 'À supprimer',
            roleLabel: 'Matrice',
          })
          .returning()
      )[0]!.id
    }
    if (path === '/api/metiers/edition/grilles/:id') {
      const values = {
        kind: 'convention',
        name: `Grille à supprimer ${Math.random()}`,
        validFrom: '2025-01-01',
      }
      return (await t.database.db.owner.insert(payGrids).values(values).returning())[0]!.id
    }
    if (path === '/api/invitations/:id') {
      return (
        await admin.post('/api/invitations', {
          email: `cible-${Math.random()}@test.test`,
          roles: ['agent_accueil'],
        })
      ).body.id
    }
    if (path === '/api/members/:id') {
      const invite = await admin.post('/api/invitations', {
        email: `membre-${Math.random()}@test.test`,
        roles: ['direction'],
      })
      const mail = (await t.mailer.outbox()).find((m) => m.to === invite.body.email)!
      const token = /token=([\w-]+)/.exec(mail.text)![1]
      await t
        .anonymous()
        .init()
        .then((c) =>
          c.post('/api/invitations/accept', {
            token,
            displayName: 'Cible',
            password: 'Une phrase assez longue',
          }),
        )
      const members = await admin.get('/api/members')
      return members.body.find((m: { email: string }) => m.email === invite.body.email).id
    }
    if (path === '/api/domiciliation-proxies/:id') {
      return (
        await admin.post(
          `/api/domiciliations/${targets['/api/domiciliations/:id']}/proxies`,
          sampleBodies['POST /api/domiciliations/:id/proxies'],
        )
      ).body.id
    }
    if (path === '/api/household-members/:id') {
      return (
        await admin.post(`/api/usagers/${targets['/api/usagers/:id']}/household`, { relation: 'enfant' })
      ).body.id
    }
    if (path === '/api/metiers/point-de-chute-gestion/:id') return pathwayPlace('point-de-chute-gestion')
    if (path === '/api/metiers/vivre-ici-gestion/:id') return pathwayPlace('vivre-ici-gestion')
    // Deleting an entry of the directory takes a fresh one each time.
    const directoryEntity = (
      {
        '/api/directory/structures/:id': 'structure',
        '/api/directory/places/:id': 'place',
        '/api/directory/services/:id': 'service',
      } as Record<string, string>
    )[path]
    if (directoryEntity) {
      const owner = t.database.db.owner
      const organisationId = t.tenantA.organisationId
      const structure = (
        await owner
          .insert(directoryStructures)
          .values({ organisationId, kind: 'autre', name: 'À supprimer (matrice)' })
          .returning()
      )[0]!
      if (directoryEntity === 'structure') return structure.id
      if (directoryEntity === 'place')
        return (
          await owner
            .insert(directoryPlaces)
            .values({ organisationId, structureId: structure.id, addressInput: '3 rue Battant' })
            .returning()
        )[0]!.id
      return (
        await owner
          .insert(directoryServices)
          .values({ organisationId, structureId: structure.id, name: 'À supprimer' })
          .returning()
      )[0]!.id
    }
    return targets[path]!
  }

  // Every route as 22 subjects: minutes, not seconds, on a shared machine.
  it('answers by the declared rule, and 404 for another tenant’s records', { timeout: 600_000 }, async () => {
    const contracts = contractsOf(t.app).filter((c) => !c.raw)
    expect(contracts.length).toBeGreaterThan(25)
    const subjects: { name: string; tenant: 'A' | 'B' | null; role: Role | null }[] = [
      { name: 'anonymous', tenant: null, role: null },
      { name: 'platform', tenant: null, role: null },
      ...roles.flatMap((role) => [
        { name: `A:${role}`, tenant: 'A' as const, role },
        { name: `B:${role}`, tenant: 'B' as const, role },
      ]),
    ]
    const failures: string[] = []
    for (const contract of contracts) {
      const key = keyOf(contract)
      for (const subject of subjects) {
        let client = subject.name === 'anonymous' ? await t.anonymous().init() : clients.get(subject.name)!
        if (sessionChanging.has(key) && subject.name !== 'anonymous') {
          client = await t.signIn(
            subject.name === 'platform'
              ? t.tenantA.platformAdminEmail
              : t.tenantA.accounts[subject.role!].replace(
                  'demo-lien.test',
                  subject.tenant === 'B' ? 'dole.test' : 'demo-lien.test',
                ),
          )
        }
        const needsId = contract.path.includes(':id')
        const decision = decideAccess(
          contract.access,
          subject.name === 'anonymous'
            ? null
            : {
                stage: 'active',
                platformAdmin: subject.name === 'platform',
                organisationId: subject.tenant ? 'x' : null,
                roles: subject.role ? [subject.role] : [],
              },
        )
        const email =
          subject.name === 'platform'
            ? t.tenantA.platformAdminEmail
            : subject.role && subject.tenant === 'A'
              ? t.tenantA.accounts[subject.role]
              : undefined
        // Deleting takes a fresh record (tenant B's attempts on tenant records stay on the shared target, and get 404).
        const fresh =
          decision === 'allowed' &&
          contract.method === 'DELETE' &&
          (subject.tenant === 'A' || freshForAnyone.has(key))
        const looseRecord = notTenantRecords(key) || ruleCheckedInModule(contract.path)
        const id = needsId
          ? looseRecord
            ? unknownRecord
            : fresh
              ? await freshTarget(contract.path, email)
              : (targets[contract.path] ??
                targets[contract.path.slice(0, contract.path.indexOf(':id') + 3)] ??
                (await freshTarget(contract.path)))
          : ''
        const url = contract.path.replace(':id', id) + (sampleQueries[key] ?? '')
        const res = await client.request(contract.method, url, sampleBodies[key] ?? {})
        const expected =
          decision === 'unauthenticated'
            ? [401]
            : decision === 'allowed'
              ? needsId && subject.tenant === 'B' && !platformContent(contract.path)
                ? [404]
                : null
              : [403]
        // A public route may still refuse the sample's unknown credentials or tokens (401, 404).
        const ok =
          contract.access.kind === 'public'
            ? res.status < 500 && res.status !== 403
            : looseRecord && decision === 'allowed'
              ? res.status < 500 &&
                res.status !== 401 &&
                (res.status !== 403 || ruleCheckedInModule(contract.path))
              : expected
                ? expected.includes(res.status)
                : res.status < 500 && res.status !== 401 && res.status !== 403 && res.status !== 404
        if (!ok)
          failures.push(`${key} as ${subject.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`)
      }
    }
    expect(failures).toEqual([])
  })
})
