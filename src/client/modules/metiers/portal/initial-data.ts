import type { PortalInitialData, PortalPage } from '../../../../shared/modules/metiers/pages.contract'

/** The element where the server puts the page's data (the same as `portalInitialDataId`, checked by a test). */
export const initialDataElementId = 'donnees-initiales'

let initial: PortalInitialData | null | undefined

/** One spelling of an address (accents encoded or not), to compare the server's with the browser's. */
function sameAddress(url: string): string {
  try {
    const parsed = new URL(url, 'http://portail.invalid')
    return decodeURIComponent(parsed.pathname) + decodeURIComponent(parsed.search.replace(/\+/g, ' '))
  } catch {
    return url
  }
}

function read(): PortalInitialData | null {
  if (initial !== undefined) return initial
  initial = null
  if (typeof document === 'undefined') return null
  const element = document.getElementById(initialDataElementId)
  if (!element?.textContent) return null
  try {
    initial = JSON.parse(element.textContent) as PortalInitialData
  } catch {
    initial = null
  }
  return initial
}

/**
 * The data the server rendered this page with, when the visitor is still on the address it
 * rendered: the first render needs no fetch. Once the visitor moves on (`releaseInitialData`),
 * coming back fetches fresh data.
 */
export function takeInitialData<D>(
  page: PortalPage,
  url: string,
): { status: 200 | 404; data: D | null } | null {
  const found = read()
  if (!found || found.page !== page || sameAddress(found.url) !== sameAddress(url)) return null
  return { status: found.status, data: found.data as D | null }
}

/** The entry hands over what it read; the portal then never reads the page again. */
export function provideInitialData(data: PortalInitialData | null): void {
  if (initial === undefined) initial = data
}

/** Called on the first navigation: the server's data described the page the visitor left. */
export function releaseInitialData(): void {
  initial = null
}

/** The page the server said it answered (even when there is no data), without taking it. */
export const initialPage = (): PortalPage | null => read()?.page ?? null
