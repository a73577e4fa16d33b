import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../shared/errors'
import {
  computePayScale,
  gridOn,
  monthlyFromIndex,
  parseEuros,
  readPayGridFile,
  type StoredGrid,
} from './pay-grids'

const csv = (text: string) => Buffer.from(text, 'utf8')
const fptFile = `grade;echelon;indice_brut;indice_majore;duree_mois
Assistant socio-éducatif;1;444;390;12
Assistant socio-éducatif;2;461;405;24
Assistant socio-éducatif;3;;421;24
`

describe('reading a pay grid file', () => {
  it('reads an FPT grid and computes the traitement brut indiciaire from the point value', () => {
    const plan = readPayGridFile(csv(fptFile.replace('3;;421', '3;481;421')), 'fpt', 59.0734)
    expect(plan.badLines).toEqual([])
    expect(plan.steps).toHaveLength(3)
    // 390 × 59,0734 € / 12 = 1 919,89 €
    expect(plan.steps[0]).toMatchObject({
      grade: 'Assistant socio-éducatif',
      step: 1,
      indiceMajore: 390,
      monthlyGrossCents: 191989,
    })
    expect(plan.steps[2]!.durationMonths).toBe(24)
  })

  it('names every bad line with its reasons, in French', () => {
    const plan = readPayGridFile(
      csv(fptFile + 'Assistant socio-éducatif;2;470;410;24\n;x;1;2;ans\n'),
      'fpt',
      59.0734,
    )
    expect(plan.badLines.map((b) => b.line)).toEqual([4, 5, 6])
    expect(plan.badLines[0]!.reasons.join(' ')).toContain('indice_brut')
    expect(plan.badLines[1]!.reasons.join(' ')).toContain('en double')
    const last = plan.badLines[2]!.reasons.join(' ')
    expect(last).toContain('grade : manquant')
    expect(last).toContain('echelon « x »')
    expect(last).toContain('duree_mois « ans »')
  })

  it('reads an agreement grid in euros written the French way', () => {
    const plan = readPayGridFile(
      csv(
        '# source : valeurs de démonstration\ngrade;echelon;salaire_brut_mensuel\n"Catégorie C — auxiliaire de vie";1;1 905,00\n',
      ),
      'convention',
      null,
    )
    expect(plan.badLines).toEqual([])
    expect(plan.source).toBe('valeurs de démonstration')
    expect(plan.steps[0]).toMatchObject({
      grade: 'Catégorie C — auxiliaire de vie',
      monthlyGrossCents: 190500,
      indiceMajore: null,
    })
  })

  it('refuses a wrong header, naming the missing columns and the right type', () => {
    const read = () => readPayGridFile(csv('grade;echelon;salaire_brut_mensuel\nA;1;1800\n'), 'fpt', 59)
    expect(read).toThrow(DomainError)
    expect(read).toThrow(/colonnes manquantes indice_brut, indice_majore.*convention collective/)
  })

  it('refuses a file that is not UTF-8', () => {
    const latin1 = Buffer.from('grade;echelon;salaire_brut_mensuel\nCatégorie A;1;1800\n', 'latin1')
    expect(() => readPayGridFile(latin1, 'convention', null)).toThrow(/pas en UTF-8/)
  })

  it('never throws anything but a domain error, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('fpt' as const, 'convention' as const),
        (bytes, kind) => {
          try {
            readPayGridFile(Buffer.from(bytes), kind, 59)
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError)
          }
        },
      ),
    )
  })
})

describe('pay computed from an imported grid', () => {
  const grid = (validFrom: string, shift = 0): StoredGrid => ({
    name: 'Assistants territoriaux socio-éducatifs',
    kind: 'fpt',
    category: 'A',
    pointValueCents: 5907,
    validFrom,
    source: 'démonstration',
    steps: [
      {
        grade: 'Assistant socio-éducatif',
        step: 1,
        indiceBrut: 444,
        indiceMajore: 390 + shift,
        monthlyGrossCents: monthlyFromIndex(390 + shift, 59.0734),
        durationMonths: 12,
      },
      {
        grade: 'Assistant socio-éducatif',
        step: 13,
        indiceBrut: 821,
        indiceMajore: 673 + shift,
        monthlyGrossCents: monthlyFromIndex(673 + shift, 59.0734),
        durationMonths: null,
      },
      {
        grade: 'Assistant socio-éducatif de classe exceptionnelle',
        step: 9,
        indiceBrut: 900,
        indiceMajore: 707 + shift,
        monthlyGrossCents: monthlyFromIndex(707 + shift, 59.0734),
        durationMonths: null,
      },
    ],
  })

  it('gives the min–max monthly gross of the grades named', () => {
    const pay = computePayScale(
      {
        employerLabel: 'Département',
        sector: 'public',
        gridName: 'assistants territoriaux SOCIO-EDUCATIFS',
        grades: ['assistant socio-educatif'],
        note: 'RIFSEEP en plus',
      },
      grid('2024-01-01'),
    )
    expect(pay).toMatchObject({
      gridFound: true,
      grades: ['Assistant socio-éducatif'],
      minIndiceMajore: 390,
      maxIndiceMajore: 673,
      minMonthlyGrossCents: 191989,
      maxMonthlyGrossCents: 331303,
      note: 'RIFSEEP en plus',
    })
  })

  it('takes every grade when none is named, and says when the grid is missing', () => {
    const scale = {
      employerLabel: 'x',
      sector: 'public' as const,
      gridName: 'Assistants territoriaux socio-éducatifs',
      grades: [],
      note: '',
    }
    expect(computePayScale(scale, grid('2024-01-01')).maxIndiceMajore).toBe(707)
    expect(computePayScale(scale, undefined)).toMatchObject({ gridFound: false, minMonthlyGrossCents: null })
  })

  it('uses the version of the grid in force on the day', () => {
    const grids = [grid('2023-01-01', -10), grid('2024-01-01'), grid('2030-01-01', 50)]
    expect(gridOn(grids, 'Assistants territoriaux socio-éducatifs', '2025-06-01')!.validFrom).toBe(
      '2024-01-01',
    )
    expect(gridOn(grids, 'Assistants territoriaux socio-éducatifs', '2020-06-01')!.validFrom).toBe(
      '2023-01-01',
    )
    expect(gridOn(grids, 'Autre grille', '2025-06-01')).toBeUndefined()
  })

  it('reads euros as typed', () => {
    expect(parseEuros('1 823,45 €')).toBe(182345)
    expect(parseEuros('1823.5')).toBe(182350)
    expect(parseEuros('dix')).toBeUndefined()
  })
})
