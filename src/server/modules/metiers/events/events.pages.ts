/**
 * The events' portal pages as the server writes them: the list and each event with its content
 * readable before any JavaScript, and schema.org `Event` data for search engines. The personal
 * registration page has no content of its own and is never indexed.
 */
import { formatParis } from '../../../../shared/dates'
import {
  eventKindLabels,
  eventPages,
  type EventSearchView,
  type PublicEventView,
} from '../../../../shared/modules/metiers/events.contract'
import type { PortalDocument } from '../page-document'
import { escapeHtml, link, plainSummary } from '../page-html'
import { sanitizeRichText } from '../rich-text'

const placeText = (event: PublicEventView) =>
  event.online
    ? 'En ligne'
    : [event.address, `${event.postcode} ${event.commune}`.trim()].filter(Boolean).join(', ')

/** schema.org Event: dates with their offset, the place or the online location, the organiser, seats. */
export function eventJsonLd(event: PublicEventView, url: string): object {
  const place = event.online
    ? { '@type': 'VirtualLocation', url }
    : {
        '@type': 'Place',
        name: event.address || event.commune,
        address: {
          '@type': 'PostalAddress',
          streetAddress: event.address,
          postalCode: event.postcode,
          addressLocality: event.commune,
          addressCountry: 'FR',
        },
        ...(event.latitude !== null && event.longitude !== null
          ? { geo: { '@type': 'GeoCoordinates', latitude: event.latitude, longitude: event.longitude } }
          : {}),
      }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: plainSummary(event.descriptionHtml, 500),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: place,
    organizer: { '@type': 'Organization', name: event.organiserName },
    isAccessibleForFree: true,
    url,
    ...(event.capacity !== null ? { maximumAttendeeCapacity: event.capacity } : {}),
    ...(event.seatsLeft !== null ? { remainingAttendeeCapacity: event.seatsLeft } : {}),
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url,
      availability: event.seatsLeft === 0 ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
      ...(event.registrationDeadline ? { validThrough: event.registrationDeadline } : {}),
    },
  }
}

export function eventDocument(event: PublicEventView, url: string, publicUrl: string): PortalDocument {
  const path = eventPages.event(event.slug)
  const when = `${formatParis(new Date(event.startsAt))}`
  return {
    head: {
      title: `${event.title} – ${when}`,
      description: plainSummary(
        `${eventKindLabels[event.kind]}, ${placeText(event)}, ${when}. ${event.descriptionHtml}`,
      ),
      canonicalPath: path,
      jsonLd: event.past ? null : eventJsonLd(event, `${publicUrl.replace(/\/$/, '')}${path}`),
    },
    mainHtml: [
      `<p>${link(eventPages.list(), 'Tous les événements')}</p>`,
      `<h1>${escapeHtml(event.title)}</h1>`,
      `<p>${escapeHtml(eventKindLabels[event.kind])} – ${escapeHtml(event.organiserName)}</p>`,
      `<dl class="portail-faits"><dt>Quand</dt><dd>${escapeHtml(when)}</dd><dt>Où</dt><dd>${escapeHtml(placeText(event))}</dd></dl>`,
      sanitizeRichText(event.descriptionHtml),
    ].join(''),
    initial: { page: 'accueil', status: 200, url, data: event },
  }
}

export function eventListDocument(found: EventSearchView, url: string): PortalDocument {
  return {
    head: {
      title: 'Forums, job datings, webinaires : les événements des métiers du lien',
      description:
        'Rencontrer des employeurs, découvrir les métiers du social et du médico-social, se former : les prochains événements près de chez vous et en ligne, inscription gratuite.',
      canonicalPath: eventPages.list(),
    },
    mainHtml: [
      '<h1>Les événements des métiers du lien</h1>',
      '<ul>',
      ...found.events.map(
        (e) =>
          `<li>${link(eventPages.event(e.slug), e.title)} – ${escapeHtml(formatParis(new Date(e.startsAt)))}, ${escapeHtml(e.online ? 'en ligne' : e.commune)}</li>`,
      ),
      '</ul>',
    ].join(''),
    initial: { page: 'accueil', status: 200, url, data: null },
  }
}

export function registrationDocument(url: string): PortalDocument {
  return {
    head: {
      title: 'Mon inscription',
      description: 'Votre inscription à un événement des métiers du lien.',
      canonicalPath: eventPages.list(),
      noindex: true,
    },
    mainHtml: '<h1>Mon inscription</h1><noscript><p>Cette page a besoin de JavaScript.</p></noscript>',
    initial: { page: 'compte', status: 200, url, data: null },
  }
}

export function eventNotFoundDocument(url: string): PortalDocument {
  return {
    head: {
      title: 'Événement introuvable',
      description: 'Cet événement n’existe pas ou n’est plus publié.',
      canonicalPath: eventPages.list(),
      noindex: true,
    },
    mainHtml: `<h1>Événement introuvable</h1><p>Cet événement n’existe pas ou n’est plus publié.</p><p>${link(eventPages.list(), 'Voir les prochains événements')}</p>`,
    initial: { page: 'introuvable', status: 404, url, data: null },
  }
}
