import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chooseQuestion, isCorrectAnswer, normaliseAnswer, questionsFor } from './anti-spam'
import { departementOf, departements } from './departements'

describe('the contact form question against robots', () => {
  it('asks about the organisation’s département, from its commune code', () => {
    expect(questionsFor('25056').map((q) => q.text)).toEqual([
      "Comment s'appelle le département 25 ?",
      'Quel est le numéro du département « Doubs » ? (en chiffres)',
      'Quel jour de la semaine vient après lundi ?',
    ])
    expect(departementOf('2A004')).toBe('2A')
    expect(departementOf('97411')).toBe('974')
    expect(departementOf('99999')).toBeUndefined()
    expect(chooseQuestion(null).id).toBe('jour-apres-lundi')
    expect(chooseQuestion('25056', () => 1).id).toBe('numero-du-departement')
    expect(JSON.stringify(questionsFor('25056'))).not.toMatch(/"answer"/)
  })

  it('accepts answers whatever their case, accents, hyphens or articles', () => {
    for (const a of ['Doubs', 'doubs', 'le Doubs', 'DOUBS ', 'Département du Doubs'])
      expect(isCorrectAnswer('25056', 'nom-du-departement', a), a).toBe(true)
    for (const a of ['cote dor', "la Côte-d'Or", 'Cote-D’Or'])
      expect(isCorrectAnswer('21231', 'nom-du-departement', a), a).toBe(true)
    expect(isCorrectAnswer('01053', 'nom-du-departement', "l'Ain")).toBe(true)
    expect(isCorrectAnswer('93066', 'nom-du-departement', 'Seine St Denis')).toBe(true)
    expect(isCorrectAnswer('97411', 'nom-du-departement', 'Réunion')).toBe(true)
    expect(isCorrectAnswer('01053', 'numero-du-departement', '1')).toBe(true)
    expect(isCorrectAnswer('01053', 'numero-du-departement', '01')).toBe(true)
    expect(isCorrectAnswer('2B033', 'numero-du-departement', '2b')).toBe(true)
    expect(isCorrectAnswer('25056', 'nom-du-departement', 'Jura')).toBe(false)
    expect(isCorrectAnswer('25056', 'nom-du-departement', '')).toBe(false)
    expect(isCorrectAnswer('25056', 'question-inconnue', 'Doubs')).toBe(false)
    expect(isCorrectAnswer(null, 'nom-du-departement', 'Doubs')).toBe(false)
    expect(isCorrectAnswer(null, 'jour-apres-lundi', 'Mardi')).toBe(true)
    // The general question is not accepted where the département questions are asked.
    expect(isCorrectAnswer('25056', 'jour-apres-lundi', 'mardi')).toBe(false)
  })

  it('normalises idempotently, ignoring case and accents (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const once = normaliseAnswer(s)
        expect(normaliseAnswer(once)).toBe(once)
        expect(normaliseAnswer(s.toUpperCase())).toBe(normaliseAnswer(s.toLowerCase()))
      }),
    )
  })

  it('recognises every département’s name, spelt with or without accents and hyphens (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(departements)), fc.boolean(), (code, upper) => {
        const insee = `${code}${'0'.repeat(5 - code.length)}`
        const plain = departements[code]!.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('-', ' ')
        expect(isCorrectAnswer(insee, 'nom-du-departement', upper ? plain.toUpperCase() : plain)).toBe(true)
        expect(isCorrectAnswer(insee, 'numero-du-departement', code)).toBe(true)
      }),
    )
  })

  it('turns down any other answer (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        fc.pre(normaliseAnswer(s) !== 'doubs' && normaliseAnswer(s, 'joins') !== 'doubs')
        expect(isCorrectAnswer('25056', 'nom-du-departement', s)).toBe(false)
      }),
    )
  })
})
