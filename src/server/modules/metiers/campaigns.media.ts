/** The public address of a portrait's photo, served by the fiches' media route (`/api/metiers/medias/:id`). */
export const portraitPhotoUrl = (portrait: { id: string; photoKey: string | null }): string | null =>
  portrait.photoKey ? `/api/metiers/medias/${portrait.id}?fichier=photo` : null
