import { describe, expect, test } from 'vitest'
import { visibleNavItems } from '../../../../app/navigation'

describe('a candidate signed in on the back office', () => {
  test('sees none of the back office’s menus: only the home page and their own account', () => {
    const candidate = {
      csrfToken: 't',
      account: {
        id: '0190f1c2-0000-7000-8000-000000000001',
        email: 'ines.garnier@exemple.test',
        displayName: 'Inès Garnier',
        platformAdmin: false,
        totpEnabled: false,
        locale: 'fr',
      },
      stage: 'active' as const,
      currentOrganisationId: null,
      memberships: [],
      proconnectEnabled: false,
    }
    expect(visibleNavItems(candidate).map((item) => item.href)).toEqual(['/', '/mon-compte'])
  })
})
