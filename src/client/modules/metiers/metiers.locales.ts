import { campaignsLocales } from './campaigns/campaigns.locales'
import { fichesLocales } from './fiches/fiches.locales'
import { offersLocales } from './offers/offers.locales'
import { recruitmentLocales } from './recruitment/recruitment.locales'

const parts = [offersLocales, recruitmentLocales, fichesLocales, campaignsLocales]

/** Texts of the métiers module's back-office pages. */
export const metiersLocales = {
  fr: Object.assign({}, ...parts.map((p) => p.fr)) as Record<string, unknown>,
  en: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, unknown>,
  ar: Object.assign({}, ...parts.map((p) => p.ar)) as Record<string, unknown>,
}
