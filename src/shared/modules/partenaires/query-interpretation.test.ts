import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, weekday } from '../../dates'
import { weekDays } from './directory.constants'
import { editDistance, interpretQuery, normaliseWord, wordMatches } from './query-interpretation'

// Monday 23 November 2026.
const today = '2026-11-23'
const labels = (text: string) => interpretQuery(text, today).chips.map((c) => c.label)

describe('query interpretation', () => {
  it('reads the issue’s example as a theme, a day and a place', () => {
    const r = interpretQuery('aide alimentaire ouvert samedi près de la gare', today)
    expect(r.themes).toEqual(['aide_alimentaire'])
    expect(r.openOn).toBe('2026-11-28')
    expect(r.near).toBe('la gare')
    expect(r.remaining).toBe('')
    expect(r.chips.map((c) => c.label)).toEqual(['Aide alimentaire', 'ouvert samedi', 'près de la gare'])
    expect(r.chips.map((c) => c.source)).toEqual(['aide alimentaire', 'ouvert samedi', 'près de la gare'])
  })

  it('forgives accents, case and a typo', () => {
    const r = interpretQuery('ALIMENTAIR samdi', today)
    expect(r.themes).toEqual(['aide_alimentaire'])
    expect(r.openOn).toBe('2026-11-28')
    expect(interpretQuery('Épicerie', today).subThemes).toEqual(['epicerie_sociale'])
    expect(interpretQuery('epicerie', today).subThemes).toEqual(['epicerie_sociale'])
  })

  it('places days: today, tomorrow, tonight, the coming weekday, today when it is that day', () => {
    expect(interpretQuery('aujourd’hui', today).openOn).toBe(today)
    expect(interpretQuery("aujourd'hui", today).openOn).toBe(today)
    expect(interpretQuery('demain', today).openOn).toBe('2026-11-24')
    expect(interpretQuery('ce soir', today)).toMatchObject({ openOn: today, openAfter: '18:00' })
    expect(interpretQuery('lundi', today).openOn).toBe(today)
    expect(interpretQuery('dimanche', today).openOn).toBe('2026-11-29')
    expect(interpretQuery('ouvert maintenant', today)).toMatchObject({ openNow: true, openOn: null })
  })

  it('keeps the last of two opening questions', () => {
    const r = interpretQuery('ouvert maintenant ou samedi', today)
    expect(r).toMatchObject({ openNow: false, openOn: '2026-11-28' })
    expect(r.chips.map((c) => c.label)).toEqual(['ouvert samedi'])
  })

  it('understands languages, accessibility, referral modes and publics', () => {
    expect(interpretQuery('en anglais', today).language).toBe('en')
    expect(interpretQuery('parle arabe', today).language).toBe('ar')
    expect(interpretQuery('quelqu’un qui parle français', today).language).toBe('fr')
    expect(interpretQuery('cours de français', today)).toMatchObject({
      language: null,
      subThemes: ['cours_francais'],
    })
    expect(interpretQuery('accessible en fauteuil', today).wheelchair).toBe(true)
    expect(interpretQuery('fauteuil roulant', today).wheelchair).toBe(true)
    expect(interpretQuery('boucle magnétique', today).hearingLoop).toBe(true)
    expect(interpretQuery('sans rendez-vous', today).referralModes).toEqual(['sans_rdv'])
    expect(interpretQuery('pour les familles', today).publics).toEqual(['familles'])
    expect(labels('parle arabe sans rdv')).toEqual(['parle arabe', 'sans rendez-vous'])
  })

  it('leaves what it does not understand to the text search, without filler words', () => {
    const r = interpretQuery('Restos du Cœur près du centre-ville demain', today)
    expect(r.remaining).toBe('Restos Cœur')
    expect(r.near).toBe('centre-ville')
    expect(r.chips.find((c) => c.field === 'near')?.label).toBe('près du centre-ville')
    expect(interpretQuery('Secours populaire', today).remaining).toBe('Secours populaire')
  })

  it('does not read short words loosely', () => {
    expect(interpretQuery('gare', today).themes).toEqual([]) // not "gaz"
    expect(interpretQuery('rsa', today).themes).toEqual(['droits_rsa'])
    expect(interpretQuery('rsx', today).themes).toEqual([])
  })
})

describe('query interpretation, properties', () => {
  const filler = fc.constantFrom(
    'Secours',
    'populaire',
    'Viotte',
    'association',
    'Saint-Jean',
    'quartier',
    'Planoise',
  )
  const anyDay = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2026-01-01', n))

  /** One typo a person makes: a letter dropped, doubled, or two swapped, never the first. */
  const typo = (word: string, kind: number, at: number) => {
    const i = 1 + (at % (word.length - 2))
    if (kind === 0) return word.slice(0, i) + word.slice(i + 1)
    if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i)
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
  }

  it('finds a weekday with one typo anywhere among other words, within the coming week', () => {
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 3 }),
        fc.array(filler, { maxLength: 3 }),
        fc.constantFrom(...weekDays.filter((d) => d.length >= 5)),
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        anyDay,
        (before, after, day, kind, at, from) => {
          const r = interpretQuery([...before, typo(day, kind, at), ...after].join(' '), from)
          expect(r.openOn).not.toBeNull()
          expect(r.openOn! >= from && r.openOn! <= addDays(from, 6)).toBe(true)
          expect(weekDays[(weekday(r.openOn!) + 6) % 7]).toBe(day)
          const words = (t: string) => t.split(/[\s-]+/).filter(Boolean)
          expect(words(r.remaining)).toEqual(words([...before, ...after].join(' ')))
        },
      ),
    )
  })

  it('reads the same filters whatever the case and the accents', () => {
    const words = fc.constantFrom(
      'aide alimentaire',
      'épicerie',
      'samedi',
      'parle arabe',
      'accessible',
      'pour les familles',
      'sans rendez-vous',
      'Viotte',
      'près de la gare',
    )
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join(' ')
        const plain = interpretQuery(normaliseWord(text), today)
        const shouted = interpretQuery(text.toUpperCase(), today)
        const strip = ({
          chips: _c,
          remaining: _r,
          near: _n,
          ...filters
        }: ReturnType<typeof interpretQuery>) => filters
        expect(strip(shouted)).toEqual(strip(plain))
        expect(shouted.chips.map((c) => c.field)).toEqual(plain.chips.map((c) => c.field))
      }),
    )
  })

  it('never fails, and every chip comes from words of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), anyDay, (text, from) => {
        const r = interpretQuery(text, from)
        for (const c of r.chips) expect(text).toContain(c.source)
        for (const word of r.remaining.split(' ').filter(Boolean)) expect(text).toContain(word)
      }),
    )
  })

  it('measures edit distance as a metric with transpositions', () => {
    const word = fc.stringMatching(/^[a-z]{0,10}$/)
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b, 20)
        expect(d).toBe(editDistance(b, a, 20))
        expect(d === 0).toBe(a === b)
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length))
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
        if (a.length >= 2)
          expect(editDistance(a, a.charAt(1) + a.charAt(0) + a.slice(2), 20)).toBeLessThanOrEqual(1)
      }),
    )
    expect(wordMatches('samdi', 'samedi')).toBe(true)
    expect(wordMatches('alimentair', 'alimentaire')).toBe(true)
    expect(wordMatches('familles', 'familles')).toBe(true)
    expect(wordMatches('gare', 'gaz')).toBe(false)
  })
})
