import { campaignsLocales } from './campaigns/campaigns.locales'
import { fichesLocales } from './fiches/fiches.locales'
import { offersLocales } from './offers/offers.locales'
import { recruitmentLocales } from './recruitment/recruitment.locales'
import { apprenticeshipsLocales } from './apprenticeships/apprenticeships.locales'
import { trainingsLocales } from './trainings/trainings.locales'
import { immersionsLocales } from './immersions/immersions.locales'
import { eventsLocales } from './events/events.locales'
import { ambassadorsLocales } from './ambassadors/ambassadors.locales'
import { retentionLocales } from './retention/retention.locales'
import { agrementLocales } from './agrement/agrement.locales'
import { observatoryLocales } from './observatory/observatory.locales'

const parts = [
  offersLocales,
  recruitmentLocales,
  fichesLocales,
  campaignsLocales,
  apprenticeshipsLocales,
  trainingsLocales,
  immersionsLocales,
  eventsLocales,
  ambassadorsLocales,
  retentionLocales,
  agrementLocales,
  observatoryLocales,
]

/** Texts of the métiers module's back-office pages. */
export const metiersLocales = {
  fr: Object.assign({}, ...parts.map((p) => p.fr)) as Record<string, unknown>,
  en: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, unknown>,
  ar: Object.assign({}, ...parts.map((p) => p.ar)) as Record<string, unknown>,
}
