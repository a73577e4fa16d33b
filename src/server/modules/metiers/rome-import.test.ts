import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../shared/errors'
import { compareRome, readRomeFile, versionFromFileName } from './rome-import'

const bytes = (text: string) => Buffer.from(text, 'utf8')
const appellations = `code_ogr,libelle_appellation_long,libelle_appellation_court,code_rome
38166,Accompagnant éducatif et social / Accompagnante éducative et sociale (AES),AES,K1306
11111,Aide-soignant / Aide-soignante,Aide-soignant,J1501
`

describe('reading the ROME files', () => {
  it('recognises the appellations file by its header, whatever the column order, and takes the version from the name', () => {
    const plan = readRomeFile(bytes(appellations), { fileName: 'unix_referentiel_appellation_v460_utf8.csv' })
    expect(plan.kind).toBe('appellations')
    expect(plan.version).toBe('4.60')
    expect(plan.appellations).toEqual([
      {
        codeOgr: '38166',
        codeRome: 'K1306',
        longLabel: 'Accompagnant éducatif et social / Accompagnante éducative et sociale (AES)',
        shortLabel: 'AES',
        romeLabel: null,
      },
      {
        codeOgr: '11111',
        codeRome: 'J1501',
        longLabel: 'Aide-soignant / Aide-soignante',
        shortLabel: 'Aide-soignant',
        romeLabel: null,
      },
    ])
  })

  it('recognises the codes file', () => {
    const plan = readRomeFile(bytes('code_rome;libelle_rome\nK1306;Accompagnant éducatif et social\n'), {
      fileName: 'unix_referentiel_code_rome_v461_utf8.csv',
    })
    expect(plan.kind).toBe('codes')
    expect(plan.version).toBe('4.61')
    expect(plan.codes.get('K1306')).toBe('Accompagnant éducatif et social')
  })

  it('asks for the version when the name does not give it', () => {
    expect(() => readRomeFile(bytes(appellations), { fileName: 'export.csv' })).toThrow(/Version du ROME/)
    expect(readRomeFile(bytes(appellations), { fileName: 'export.csv', version: '4.59' }).version).toBe(
      '4.59',
    )
    expect(versionFromFileName('unix_referentiel_appellation_v4100_utf8.csv')).toBe('4.100')
  })

  it('refuses an unknown header and a file that is not UTF-8', () => {
    expect(() => readRomeFile(bytes('nom;prenom\na;b\n'), { version: '4.60' })).toThrow(/En-tête non reconnu/)
    expect(() => readRomeFile(Buffer.from(appellations, 'latin1'), { version: '4.60' })).toThrow(
      /pas en UTF-8/,
    )
    expect(() => readRomeFile(Buffer.from(`\ufeff${appellations}`, 'utf16le'), { version: '4.60' })).toThrow(
      DomainError,
    )
  })

  it('lists every bad line with its reasons', () => {
    const plan = readRomeFile(bytes(`${appellations}38166,Doublon,D,K1306\nabc,,X,Z99\n`), {
      version: '4.60',
    })
    expect(plan.badLines).toEqual([
      { line: 4, reasons: ['code_ogr 38166 : en double dans le fichier.'] },
      {
        line: 5,
        reasons: [
          'code_rome « Z99 » : une lettre et quatre chiffres attendus (ex. K1306).',
          'code_ogr « abc » : des chiffres attendus.',
          'libelle_appellation_long : libellé manquant.',
        ],
      },
    ])
  })
})

describe('any file', () => {
  it('is read or refused with a French domain error, never a crash, and never yields a malformed code', () => {
    const header = fc.constantFrom(
      'code_rome;code_ogr;libelle_appellation_long;libelle_appellation_court\n',
      'code_rome,libelle_rome\n',
      '',
    )
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('K1306', '38166', '"a;b"', '""', 'é'))
    const line = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join(';'))
    fc.assert(
      fc.property(header, fc.array(line, { maxLength: 8 }), (head, lines) => {
        try {
          const plan = readRomeFile(bytes(head + lines.join('\n')), { version: '4.60' })
          for (const a of plan.appellations) {
            expect(a.codeRome).toMatch(/^[A-N]\d{4}$/)
            expect(a.codeOgr).toMatch(/^\d+$/)
          }
          for (const code of plan.codes.keys()) expect(code).toMatch(/^[A-N]\d{4}$/)
        } catch (err) {
          expect(err).toBeInstanceOf(DomainError)
        }
      }),
    )
  })
})

describe('what an import changes', () => {
  const current = {
    appellations: [
      { codeOgr: '38166', codeRome: 'K1306', longLabel: 'Accompagnant éducatif et social', romeLabel: 'AES' },
      {
        codeOgr: '22222',
        codeRome: 'K1309',
        longLabel: 'Accueillant familial',
        romeLabel: 'Accueil familial',
      },
    ],
    fiches: [
      { slug: 'accompagnant-educatif-et-social', title: 'AES', codeRome: 'K1306', codeOgr: '38166' },
      { slug: 'assistant-familial', title: 'Assistant familial', codeRome: 'K1309', codeOgr: '22222' },
    ],
  }

  it('reports the fiches whose appellation changed label or whose code disappeared', () => {
    const view = compareRome(readRomeFile(bytes(appellations), { version: '4.60' }), current)
    expect(view).toMatchObject({ added: 1, renamed: 1, removed: 1, codes: 2, appellations: 2 })
    expect(view.fiches).toEqual([
      {
        slug: 'accompagnant-educatif-et-social',
        title: 'AES',
        codeRome: 'K1306',
        codeOgr: '38166',
        change: 'libelle_modifie',
        before: 'Accompagnant éducatif et social',
        after: 'Accompagnant éducatif et social / Accompagnante éducative et sociale (AES)',
      },
      {
        slug: 'assistant-familial',
        title: 'Assistant familial',
        codeRome: 'K1309',
        codeOgr: '22222',
        change: 'code_disparu',
        before: 'K1309',
        after: null,
      },
    ])
  })

  it('reports renamed and missing codes from the codes file', () => {
    const plan = readRomeFile(
      bytes('code_rome;libelle_rome\nK1306;Accompagnant éducatif et social (AES)\n'),
      { version: '4.61' },
    )
    const view = compareRome(plan, current)
    expect(view.fiches.map((f) => [f.slug, f.change])).toEqual([
      ['accompagnant-educatif-et-social', 'libelle_modifie'],
      ['assistant-familial', 'code_disparu'],
    ])
  })
})
