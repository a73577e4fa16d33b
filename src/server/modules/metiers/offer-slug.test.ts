import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { offerSearchText } from './offer-search-text'
import { newOfferSlug, slugWords, unaccentLower } from './offer-slug'

describe('offer addresses', () => {
  it('spells the title without accents, hyphenated, cut between words', () => {
    expect(slugWords('Éducateur·rice spécialisé(e) — MECS « Les Œillets »')).toBe(
      'educateur-rice-specialise-e-mecs-les-oeillets',
    )
    expect(
      slugWords(
        'Accompagnant éducatif et social (AES) de nuit en foyer d’accueil médicalisé à Bourg-en-Bresse',
      ),
    ).toBe('accompagnant-educatif-et-social-aes-de-nuit-en-foyer-d')
    expect(slugWords('!!!')).toBe('offre')
    expect(newOfferSlug('Aide à domicile')).toMatch(/^aide-a-domicile-[0-9a-z]{6}$/)
  })

  it('is always a clean address part of at most 60 characters, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (title) => {
        const words = slugWords(title)
        expect(words).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(words.length).toBeLessThanOrEqual(60)
        expect(newOfferSlug(title)).toMatch(/^[a-z0-9-]+-[0-9a-z]{6}$/)
      }),
    )
  })

  it('gives two offers with the same title two addresses', () => {
    const slugs = new Set(Array.from({ length: 2_000 }, () => newOfferSlug('Aide-soignant')))
    expect(slugs.size).toBe(2_000)
  })
})

describe('offer search text', () => {
  it('holds the title, the description without tags, the commune, the employer and the fiche’s keywords', () => {
    expect(
      offerSearchText({
        title: 'Éducateur de jeunes enfants',
        descriptionHtml: '<h2>Missions</h2><p>Éveil des <strong>tout-petits</strong></p><script>x()</script>',
        commune: 'Bourg-en-Bresse',
        employerName: 'Crèche Les Écureuils',
        jobKeywords: ['EJE', 'petite enfance'],
      }),
    ).toBe(
      'educateur de jeunes enfants missions eveil des tout-petits bourg-en-bresse creche les ecureuils eje petite enfance',
    )
  })

  it('never keeps capitals, accents or tags', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (title, html, commune) => {
        const text = offerSearchText({
          title,
          descriptionHtml: html,
          commune,
          employerName: 'É',
          jobKeywords: [],
        })
        expect(text).toBe(unaccentLower(text))
        expect(text).not.toMatch(/[\u0300-\u036f]/)
        expect(text).not.toMatch(/<\/?(script|p|h2|strong)\b/)
      }),
    )
  })
})
