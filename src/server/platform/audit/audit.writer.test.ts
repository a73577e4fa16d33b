import { describe, expect, it } from 'vitest'
import { auditDiff } from './audit.writer'

describe('audit diff', () => {
  it('keeps only the fields that changed, hides secrets and summarises long values', () => {
    const logo = `data:image/png;base64,${'A'.repeat(2000)}`
    const diff = auditDiff(
      { id: 'x', name: 'CCAS', primaryColor: '#1d4ed8', logoDataUrl: null, passwordHash: 'a', updatedAt: new Date(0) },
      { id: 'x', name: 'CCAS', primaryColor: '#7c2d12', logoDataUrl: logo, passwordHash: 'b', updatedAt: new Date() },
    )
    expect(diff).toEqual({
      primaryColor: ['#1d4ed8', '#7c2d12'],
      logoDataUrl: [null, `[${logo.length} caractères]`],
      passwordHash: ['***', '***'],
    })
  })

  it('records a creation as every field going from nothing to its value', () => {
    expect(auditDiff(null, { id: 'x', name: 'Accueil' })).toEqual({ name: [null, 'Accueil'] })
    expect(auditDiff(null, null)).toBeNull()
  })
})
