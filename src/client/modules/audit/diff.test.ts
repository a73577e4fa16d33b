import { describe, expect, test } from 'vitest'
import { diffRows, displayValue } from './diff'

describe('audit diff', () => {
  test('one row per changed field, before and after', () => {
    expect(diffRows({ roles: [['agent_accueil'], ['travailleur_social']], active: [true, false] })).toEqual([
      { field: 'roles', before: 'agent_accueil', after: 'travailleur_social' },
      { field: 'active', before: 'true', after: 'false' },
    ])
  })

  test('values are put into words by the given labeller; empty values show as a dash', () => {
    const label = (v: string) => ({ agent_accueil: 'Accueil', direction: 'Direction', true: 'oui' })[v] ?? v
    expect(diffRows({ roles: [null, ['agent_accueil', 'direction']], active: [null, true] }, label)).toEqual([
      { field: 'roles', before: '—', after: 'Accueil, Direction' },
      { field: 'active', before: '—', after: 'oui' },
    ])
    expect(displayValue([])).toBe('—')
    expect(displayValue('')).toBe('—')
    expect(displayValue({ a: 1 })).toBe('{"a":1}')
  })

  test('nothing recorded is hidden, whatever its shape', () => {
    expect(diffRows(null)).toEqual([])
    expect(diffRows('texte')).toEqual([{ field: '', before: '—', after: 'texte' }])
    expect(diffRows({ note: 'seule valeur' })).toEqual([
      { field: 'note', before: '—', after: 'seule valeur' },
    ])
  })
})
