import { fr } from './fr'

export type PortalTranslation = typeof fr | Record<string, unknown>

/**
 * The texts of one language. French is in the page from the start (it is also the fallback);
 * English and Arabic are fetched only by the visitors who read them.
 */
export async function portalTexts(language: string): Promise<PortalTranslation> {
  if (language === 'en') return (await import('./en')).en
  if (language === 'ar') return (await import('./ar')).ar
  return fr
}
