import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, civil } from '../../../../shared/dates'
import {
  decisionDueOn,
  decisionRefusal,
  extensionRefusal,
  legalDelay,
  missingDocuments,
  reminderDue,
  silenceMeans,
  stepRefusal,
  trainingProgress,
  type FileState,
} from '../../../../shared/modules/metiers/agrement-rules'

const day = fc
  .record({
    y: fc.integer({ min: 2020, max: 2035 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => civil(y, m, Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate())))

const pending = (completeOn: string | null, extendedOn: string | null = null): FileState => ({
  stage: completeOn ? 'evaluation' : 'dossier_depose',
  completeOn,
  extendedOn,
  decision: null,
  decisionOn: null,
  missingDocuments: [],
})

describe('the legal delay of an agrément decision', () => {
  it('falls 4 months after the complete file, on the same day or the last day of a shorter month', () => {
    expect(decisionDueOn('2026-01-15', false)).toBe('2026-05-15')
    expect(decisionDueOn('2025-10-31', false)).toBe('2026-02-28')
    expect(decisionDueOn('2027-10-31', false)).toBe('2028-02-29')
    expect(decisionDueOn('2026-08-31', false)).toBe('2026-12-31')
    expect(decisionDueOn('2025-10-31', true)).toBe('2026-04-30')
  })

  it('is always later than the complete file, between 120 and 123 days (184 once extended)', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (completeOn, extended) => {
        const due = decisionDueOn(completeOn, extended)
        const days = (Date.parse(due) - Date.parse(completeOn)) / 86_400_000
        if (extended) expect(days).toBeGreaterThanOrEqual(181)
        else expect(days).toBeGreaterThanOrEqual(118)
        expect(days).toBeLessThanOrEqual(extended ? 184 : 123)
        // The extension only ever adds time.
        expect(decisionDueOn(completeOn, true) > decisionDueOn(completeOn, false)).toBe(true)
      }),
    )
  })

  it('lapses the day after the due date, into a tacit agrément, or a tacit refusal above 3 children', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 1, max: 6 }),
        (completeOn, offset, children) => {
          const facts = { completeOn, extendedOn: null, decision: null, childrenWished: children }
          const due = decisionDueOn(completeOn, false)
          const today = addDays(due, offset)
          const delay = legalDelay(facts, today)!
          expect(delay.dueOn).toBe(due)
          expect(delay.lapsed).toBe(offset > 0)
          expect(delay.daysLeft).toBe(0 - offset || 0)
          expect(delay.tacitOn).toBe(addDays(due, 1))
          expect(delay.silenceMeans).toBe(children > 3 ? 'refus_tacite' : 'agrement_tacite')
          // Once decided, nothing lapses any more.
          expect(legalDelay({ ...facts, decision: 'agrement' }, today)!.lapsed).toBe(false)
        },
      ),
    )
    expect(silenceMeans(null)).toBe('agrement_tacite')
    expect(
      legalDelay({ completeOn: null, extendedOn: null, decision: null, childrenWished: 1 }, '2026-01-01'),
    ).toBeNull()
  })

  it('reminds 30 then 7 days before, each once, never after the due date', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -10, max: 60 }),
        fc.boolean(),
        fc.boolean(),
        (due, left, d30, d7) => {
          const today = addDays(due, -left)
          const got = reminderDue(due, today, { d30, d7 })
          if (left < 0) expect(got).toBeNull()
          else if (left <= 7) expect(got).toBe(d7 ? null : 7)
          else if (left <= 30) expect(got).toBe(d30 ? null : 30)
          else expect(got).toBeNull()
        },
      ),
    )
  })

  it('may be extended once, with a complete file, before the 4 months are over', () => {
    const file = pending('2026-01-15')
    expect(extensionRefusal(file, '2026-05-15', '2026-06-01')).toBeNull()
    expect(extensionRefusal(file, '2026-05-16', '2026-06-01')).toMatch(/dépassé/)
    expect(extensionRefusal(pending('2026-01-15', '2026-03-01'), '2026-04-01', '2026-06-01')).toMatch(
      /qu’une fois/,
    )
    expect(extensionRefusal(pending(null), '2026-04-01', '2026-06-01')).toMatch(/pas complet/)
    expect(extensionRefusal(file, '2026-07-01', '2026-06-01')).toMatch(/futur/)
  })
})

describe('what may be recorded on a file', () => {
  it('declares a file complete only once, after its deposit, with every required document', () => {
    const deposited: FileState = { ...pending(null), missingDocuments: ['certificat_medical'] }
    expect(stepRefusal(deposited, 'dossier_complet', '2026-01-15', '2026-02-01')).toMatch(
      /Pièces manquantes : certificat médical\./,
    )
    expect(
      stepRefusal({ ...deposited, missingDocuments: [] }, 'dossier_complet', '2026-01-15', '2026-02-01'),
    ).toBeNull()
    expect(
      stepRefusal(
        { ...deposited, stage: 'reunion_information', missingDocuments: [] },
        'dossier_complet',
        '2026-01-15',
        '2026-02-01',
      ),
    ).toMatch(/dépôt/)
    expect(stepRefusal(pending('2026-01-10'), 'dossier_complet', '2026-01-15', '2026-02-01')).toMatch(/déjà/)
    expect(stepRefusal(pending(null), 'visite_domicile', '2026-01-15', '2026-02-01')).toMatch(
      /dossier complet/,
    )
    expect(stepRefusal(pending('2026-01-10'), 'visite_domicile', '2026-01-05', '2026-02-01')).toMatch(
      /précéder/,
    )
  })

  it('refuses any date in the future, whatever the step', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('dossier_depose', 'entretien', 'commission' as const),
        (today, ahead, kind) => {
          expect(stepRefusal(pending('2020-01-01'), kind, addDays(today, ahead), today)).toMatch(/futur/)
        },
      ),
    )
  })

  it('decides once on a complete file; withdraws only a granted agrément', () => {
    const file = pending('2026-01-15')
    expect(decisionRefusal(file, 'agrement', '2026-03-01', '2026-03-02')).toBeNull()
    expect(decisionRefusal(pending(null), 'refus', '2026-03-01', '2026-03-02')).toMatch(/dossier complet/)
    expect(
      decisionRefusal(
        { ...file, decision: 'refus', decisionOn: '2026-03-01' },
        'agrement',
        '2026-03-02',
        '2026-03-02',
      ),
    ).toMatch(/déjà/)
    expect(decisionRefusal(file, 'retrait', '2026-03-01', '2026-03-02')).toMatch(/accordé/)
    expect(
      decisionRefusal(
        { ...file, decision: 'agrement_tacite', decisionOn: '2026-05-16' },
        'retrait',
        '2026-06-01',
        '2026-06-02',
      ),
    ).toBeNull()
  })

  it('lists the required documents still missing', () => {
    expect(missingDocuments({})).toEqual(['cerfa_13395', 'piece_identite', 'certificat_medical'])
    expect(
      missingDocuments({
        cerfa_13395: '2026-01-01',
        piece_identite: '2026-01-01',
        certificat_medical: '2026-01-02',
        titre_sejour: null,
      }),
    ).toEqual([])
  })
})

describe('the training after the agrément', () => {
  it('counts the 60 preparatory hours before the first child and the 240 within 3 years', () => {
    const sessions = [
      { phase: 'preparatoire' as const, hours: 30, doneOn: '2026-01-10' },
      { phase: 'preparatoire' as const, hours: 30, doneOn: '2026-03-10' },
      { phase: 'deaf' as const, hours: 35, doneOn: '2026-04-10' },
    ]
    const early = trainingProgress(sessions, '2026-02-01')
    expect(early).toMatchObject({
      preparatoryDone: 60,
      deafDone: 35,
      deafDueOn: '2029-02-01',
      placedTooEarly: true,
    })
    expect(trainingProgress(sessions, '2026-03-10').placedTooEarly).toBe(false)
    expect(trainingProgress([], null)).toMatchObject({
      preparatoryRequired: 60,
      deafRequired: 240,
      deafDueOn: null,
      placedTooEarly: false,
    })
  })
})
