import type { PublicFicheView } from '../../../../../shared/modules/metiers/fiches.contract'

/** The fiche page's section of the ambassadors part for this job (nothing when there is nothing to show). */
export function FicheAmbassadors(_props: { fiche: PublicFicheView }) {
  return null
}
