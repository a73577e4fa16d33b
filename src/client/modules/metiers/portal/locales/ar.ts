/** Portal texts (ar). Placeholder from the portal entry (part 6); the portal pages (part 7) own and replace it. */
export const ar = {
  'portail.titre': 'مهن الرعاية والعمل الاجتماعي',
} as const
