/** Portal texts (fr). Placeholder from the portal entry (part 6); the portal pages (part 7) own and replace it. */
export const fr = {
  'portail.titre': 'Métiers du lien',
} as const
