import { mediaUrl } from '../../../shared/modules/metiers/fiches.contract'
import { mediaIdOf } from './portraits.media'

/** The public address of a portrait's photo, served by the fiches' media route, as on the fiche itself. */
export const portraitPhotoUrl = (portrait: { photoKey: string | null }): string | null => {
  const id = mediaIdOf(portrait.photoKey)
  return id ? mediaUrl(id) : null
}
