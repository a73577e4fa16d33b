/** Portal texts (en). Placeholder from the portal entry (part 6); the portal pages (part 7) own and replace it. */
export const en = {
  'portail.titre': 'Care and social work jobs',
} as const
