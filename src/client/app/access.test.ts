import { describe, expect, test } from 'vitest'
import type { SessionView } from '../../shared/modules/auth/auth.contract'
import { contracts } from '../../shared/modules'
import { canAccess, subjectOf } from './access'
import { visibleNavItems } from './navigation'

const orgA = '01900000-0000-7000-8000-00000000000a'
const orgB = '01900000-0000-7000-8000-00000000000b'

function session(
  overrides: Partial<SessionView> = {},
  account: Partial<NonNullable<SessionView['account']>> = {},
): SessionView {
  return {
    csrfToken: 'jeton',
    account: {
      id: '01900000-0000-7000-8000-000000000001',
      email: 'agent@exemple.fr',
      displayName: 'Agent',
      platformAdmin: false,
      totpEnabled: true,
      locale: 'fr',
      ...account,
    },
    stage: 'active',
    currentOrganisationId: orgA,
    memberships: [
      {
        organisationId: orgA,
        organisationName: 'CCAS A',
        organisationKind: 'ccas',
        roles: ['administrateur'],
        serviceIds: [],
        active: true,
      },
      {
        organisationId: orgB,
        organisationName: 'CCAS B',
        organisationKind: 'ccas',
        roles: ['lecture_statistiques'],
        serviceIds: [],
        active: true,
      },
    ],
    proconnectEnabled: false,
    ...overrides,
  }
}

const anonymous: SessionView = {
  ...session(),
  account: null,
  stage: null,
  currentOrganisationId: null,
  memberships: [],
}
const hrefs = (s: SessionView) => visibleNavItems(s).map((i) => i.href)

describe('client access check (shared policy)', () => {
  test('uses the roles of the current organisation only', () => {
    expect(subjectOf(session())?.roles).toEqual(['administrateur'])
    expect(subjectOf(session({ currentOrganisationId: orgB }))?.roles).toEqual(['lecture_statistiques'])
    expect(canAccess(contracts.audit.search.access, session())).toBe(true)
    expect(canAccess(contracts.audit.search.access, session({ currentOrganisationId: orgB }))).toBe(false)
  })

  test('an inactive membership gives no role', () => {
    const s = session({
      memberships: [
        {
          organisationId: orgA,
          organisationName: 'CCAS A',
          organisationKind: 'ccas',
          roles: ['administrateur'],
          serviceIds: [],
          active: false,
        },
      ],
    })
    expect(canAccess(contracts.organisations.current.access, s)).toBe(false)
  })

  test('nothing but public routes before the second factor', () => {
    const s = session({ stage: 'totp' })
    expect(canAccess(contracts.auth.login.access, s)).toBe(true)
    expect(canAccess(contracts.auth.verifyTotp.access, s)).toBe(true)
    expect(canAccess(contracts.auth.updateProfile.access, s)).toBe(false)
    expect(visibleNavItems(s)).toEqual([])
    expect(visibleNavItems(anonymous)).toEqual([])
  })

  test('the menu follows the contracts: administrator, direction, statistics reader, platform administrator', () => {
    const back = [
      '/demandes',
      '/demandes/nouvelle',
      '/administration/delais',
      '/usagers',
      '/administration/conservation',
      '/domiciliation',
      '/domiciliation/courrier',
      '/domiciliation/rapport',
      '/domiciliation/import',
      '/administration/domiciliation',
    ]
    // The directory and the network; an administrator also answers for the organisation as a partner.
    const partenaires = [
      '/annuaire',
      '/annuaire/structures',
      '/annuaire/propositions',
      '/annuaire/import',
      '/annuaire/mes-fiches',
      '/partenaire/orientations',
      '/orientations/envoyees',
      '/orientations/partenaires',
      '/reseau/fiches',
      '/reseau/charte',
      '/reseau/reunions',
      '/partenaire/reseau',
    ]
    // Every organisation recruits: an administrator also writes offers, answers applications and keeps the campaign page.
    const metiers = [
      '/recrutement/offres',
      '/recrutement/employeur',
      '/recrutement/candidatures',
      '/edition/campagne',
    ]
    // The pathways into the jobs and the reasons to stay: apprenticeship seats, trainings, immersions,
    // events, the Point de chute network, the listening line, agrément and the recruitment observatory.
    const pathways = [
      '/recrutement/apprentissage',
      '/formation/centres',
      '/recrutement/kit-apprentis',
      '/recrutement/immersions',
      '/edition/evenements',
      '/edition/point-de-chute',
      '/edition/vivre-ici',
      '/ecoute/rappels',
      '/agrement',
      '/observatoire/recrutement',
    ]
    // The plans of the social project: every agent reads them and finds the fiches they pilot.
    const pilotage = ['/pilotage', '/pilotage/mes-fiches']
    expect(hrefs(session())).toEqual([
      '/',
      ...back,
      ...partenaires,
      ...metiers,
      ...pathways,
      ...pilotage,
      '/administration/membres',
      '/administration/organisation',
      '/journal',
      '/mon-compte',
    ])
    const direction = session({
      memberships: [
        {
          organisationId: orgA,
          organisationName: 'CCAS A',
          organisationKind: 'ccas',
          roles: ['direction'],
          serviceIds: [],
          active: true,
        },
      ],
    })
    const directionPartenaires = partenaires.filter(
      (h) => h !== '/annuaire/mes-fiches' && h !== '/partenaire/reseau',
    )
    expect(hrefs(direction)).toEqual([
      '/',
      ...back,
      ...directionPartenaires,
      '/ecoute/rappels',
      '/agrement',
      '/observatoire/recrutement',
      ...pilotage,
      '/administration/membres',
      '/mon-compte',
    ])
    // A partner association's member: its orientations, its entries, the network; nothing of the CCAS.
    const partner = session({
      memberships: [
        {
          organisationId: orgA,
          organisationName: 'Épicerie solidaire',
          organisationKind: 'association',
          roles: ['partenaire'],
          serviceIds: [],
          active: true,
        },
      ],
    })
    expect(hrefs(partner)).toEqual([
      '/',
      '/annuaire',
      '/annuaire/mes-fiches',
      '/partenaire/orientations',
      '/partenaire/reseau',
      // Any member may answer the listening line; the page shows a listener only their own callbacks.
      '/ecoute/rappels',
      '/mon-compte',
    ])
    // A statistics reader: the directory, the recruitment observatory and the plans.
    expect(hrefs(session({ currentOrganisationId: orgB }))).toEqual([
      '/',
      '/annuaire',
      '/ecoute/rappels',
      '/observatoire/recrutement',
      ...pilotage,
      '/mon-compte',
    ])
    const platform = session({ currentOrganisationId: null, memberships: [] }, { platformAdmin: true })
    // The platform administrator: the national observatory and the portal's settings.
    expect(hrefs(platform)).toEqual([
      '/',
      '/observatoire/recrutement',
      '/administration/portail-metiers',
      '/administration/organisations',
      '/mon-compte',
    ])
  })
})
