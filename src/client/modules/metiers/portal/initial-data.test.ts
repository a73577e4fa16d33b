import { describe, expect, test } from 'vitest'
import { provideInitialData, releaseInitialData, takeInitialData } from './initial-data'

describe('the page’s data rendered by the server', () => {
  test('serves the first render of the address it was rendered for, however the browser spells it, until the visitor moves on', () => {
    provideInitialData({
      page: 'offres',
      status: 200,
      url: '/metiers/offres?lieu=Besan%C3%A7on&rayon=20',
      data: { total: 3 },
    })
    expect(takeInitialData('offres', '/metiers/offres?lieu=Besançon&rayon=20')).toEqual({
      status: 200,
      data: { total: 3 },
    })
    // React may render twice: the data is still there for the second render.
    expect(takeInitialData('offres', '/metiers/offres?lieu=Besan%C3%A7on&rayon=20')?.data).toEqual({
      total: 3,
    })
    // Another page or another search fetches its own.
    expect(takeInitialData('offre', '/metiers/offres?lieu=Besançon&rayon=20')).toBeNull()
    expect(takeInitialData('offres', '/metiers/offres?lieu=Besançon&rayon=30')).toBeNull()
    releaseInitialData()
    expect(takeInitialData('offres', '/metiers/offres?lieu=Besançon&rayon=20')).toBeNull()
  })
})
