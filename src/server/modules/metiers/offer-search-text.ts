import { richTextToPlain } from './rich-text'
import { unaccentLower } from './offer-slug'

export interface OfferSearchSource {
  title: string
  descriptionHtml: string
  commune: string
  employerName: string
  /** Keywords of the offer's fiche métier, if it has one. */
  jobKeywords: readonly string[]
}

/**
 * The words the search finds an offer by: its title, its description as plain text, its commune, its
 * employer's name and its fiche's keywords, without accents nor capitals (the search treats what is
 * typed the same way). Rewritten on every write of the offer.
 */
export function offerSearchText(source: OfferSearchSource): string {
  return unaccentLower(
    [
      source.title,
      richTextToPlain(source.descriptionHtml),
      source.commune,
      source.employerName,
      ...source.jobKeywords,
    ]
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' '),
  )
}
