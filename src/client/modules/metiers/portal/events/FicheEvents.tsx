import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'

/** The fiche page's section of the events part for this job (nothing when there is nothing to show). */
export function FicheEvents(_props: { fiche: PublicFicheView }) {
  return null
}
