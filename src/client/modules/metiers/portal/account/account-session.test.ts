import { describe, expect, test } from 'vitest'
import { returnPath, sessionState } from './useCandidateSession'

const base = { csrfToken: 't', currentOrganisationId: null, memberships: [], proconnectEnabled: false }
const account = {
  id: '0190f1c2-0000-7000-8000-000000000001',
  email: 'a@b.fr',
  displayName: 'A B',
  platformAdmin: false,
  totpEnabled: false,
  locale: 'fr',
}

describe('candidate session', () => {
  test('only a fully signed-in session counts as signed in', () => {
    expect(sessionState({ ...base, account: null, stage: null })).toEqual({ state: 'anonymous' })
    expect(sessionState({ ...base, account, stage: 'totp' })).toEqual({ state: 'anonymous' })
    expect(sessionState({ ...base, account, stage: 'active' })).toEqual({ state: 'signedIn', account })
  })

  test('comes back only to a page of the portal, never to another site', () => {
    expect(returnPath('?retour=/metiers/offres/aide-soignant-x3f9')).toBe(
      '/metiers/offres/aide-soignant-x3f9',
    )
    expect(returnPath('?retour=/metiers/compte/profil')).toBe('/metiers/compte/profil')
    expect(returnPath('?retour=https://exemple.test/metiers')).toBe('/metiers/compte/candidatures')
    expect(returnPath('?retour=//exemple.test/metiers')).toBe('/metiers/compte/candidatures')
    expect(returnPath('?retour=/administration')).toBe('/metiers/compte/candidatures')
    expect(returnPath('')).toBe('/metiers/compte/candidatures')
  })
})
