import { rgb, type PDFDocument, type PDFImage, type RGB } from 'pdf-lib'
import type { CivilDate } from '../../../../shared/dates'
import type { ReferralMode } from '../../../../shared/modules/partenaires/directory.constants'
import type { SheetLanguage } from '../../../../shared/modules/partenaires/sheet.contract'
import { hasArabic, type Span } from '../../../platform/pdf-arabic'
import { drawMap } from './map-drawing'
import { compassOf, distanceAndBearing, type MapTileSource, type Position } from './map-tiles'
import { markup, sheetStyles, SheetWriter, type Paragraph } from './sheet-layout'
import { languageList, sheetTexts } from './sheet-texts'
import type { SheetDay } from './week-hours'

/** Everything the sheet prints: no more. */
export interface SheetModel {
  language: SheetLanguage
  printedOn: CivilDate
  keeper: { name: string; logoDataUrl: string | null; primaryColor: string | null }
  structure: { name: string; phone: string | null; email: string | null; confirmedOn: CivilDate }
  service: {
    name: string
    description: string
    accessConditions: string
    referralMode: ReferralMode
    whatToBring: string
    languages: string[]
    phone: string | null
    email: string | null
  }
  place: {
    name: string
    address: string
    access: string
    wheelchairAccessible: boolean
    hearingLoop: boolean
    position: Position | null
  } | null
  /** The coming seven days; null when the directory gives no hours at all. */
  week: SheetDay[] | null
  /** The keeping organisation's own place, for the distance and the plan. */
  home: { label: string; position: Position } | null
  /** The service's page in the public directory (the QR code). */
  publicUrl: string
  /** For an orientation: the first name the person agreed to share, and who sent them. */
  referral: { firstName: string | null; sender: string } | null
}

const fallbackAccent = rgb(0.1, 0.3, 0.47)

/** The organisation's colour for pictograms when white on it stays readable (contrast 4.5:1), else a dark blue. */
export function accentColour(hex: string | null): RGB {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null
  if (!m) return fallbackAccent
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255) as [number, number, number]
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  return 1.05 / (luminance + 0.05) >= 4.5 ? rgb(r, g, b) : fallbackAccent
}

/** The logo if it is a PNG or a JPEG (WebP and SVG cannot be embedded): the name alone otherwise. */
async function embedLogo(doc: PDFDocument, dataUrl: string | null): Promise<PDFImage | null> {
  const m = dataUrl ? /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl) : null
  if (!m) return null
  try {
    const bytes = Buffer.from(m[2]!, 'base64')
    return m[1] === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes)
  } catch {
    return null
  }
}

const asWritten = (text: string): Paragraph => ({ spans: [{ text }], direction: 'auto' })
const nonEmpty = (s: string | null | undefined): s is string => !!s && s.trim() !== ''

/** Builds the orientation sheet's PDF. The same model (and tiles) gives the same bytes. */
export async function orientationSheetPdf(model: SheetModel, tiles?: MapTileSource): Promise<Uint8Array> {
  const t = sheetTexts[model.language]
  const rtl = t.direction === 'rtl'
  const accent = accentColour(model.keeper.primaryColor)
  const everyText = JSON.stringify(model)
  const writer = await SheetWriter.create({
    title: `${t.title} — ${model.service.name}`,
    lang: t.lang,
    datedAt: new Date(`${model.printedOn}T00:00:00Z`),
    rtl,
    arabic: rtl || hasArabic(everyText),
    style: sheetStyles[model.language === 'falc' ? 'falc' : 'plain'],
    accent,
  })
  const label = (text: string): Paragraph => ({ spans: markup(text) })
  const lines = (text: string) => text.split('\n').map(label)

  writer.header(
    model.keeper.name,
    t.title,
    t.printedOn(model.printedOn),
    await embedLogo(writer.doc, model.keeper.logoDataUrl),
  )
  writer.title(model.structure.name, model.service.name)

  if (model.referral) {
    const paragraphs: Paragraph[] = []
    const firstName = model.referral.firstName
    if (firstName)
      paragraphs.push({
        spans: [{ text: `${t.forPerson} ` }, { text: firstName, bold: true, ltr: !hasArabic(firstName) }],
      })
    paragraphs.push(...lines(t.showThisSheet))
    writer.block('person', t.referredBy(model.referral.sender), paragraphs)
  }
  if (t.entriesInFrench) {
    writer.paragraph({ spans: [{ text: t.entriesInFrench }], color: 'muted' }, writer.style.small + 1)
    writer.space(6)
  }

  const reception: Paragraph[] = t.referralMode[model.service.referralMode].map(label)
  if (nonEmpty(model.service.accessConditions)) reception.push(asWritten(model.service.accessConditions))
  writer.block('calendar', t.reception, reception)

  const place = model.place
  if (place) {
    const address = [place.name, place.address]
      .filter(nonEmpty)
      .map((line) => ({ spans: [{ text: line, ltr: true }], direction: 'auto' as const }))
    writer.block('pin', t.address, address.length ? address : [label('—')])
    if (nonEmpty(place.access)) writer.block('bus', t.access, [asWritten(place.access)])
  }

  const mapCaption: Paragraph[] = []
  if (place?.position && model.home) {
    const { metres, bearing } = distanceAndBearing(model.home.position, place.position)
    if (metres >= 50) mapCaption.push(...lines(t.distanceFrom(metres, compassOf(bearing), model.home.label)))
  }
  await writer.mapRow(
    !place
      ? null
      : (box) =>
          drawMap(
            writer.page,
            writer.text,
            box,
            {
              position: place?.position ?? null,
              label: place?.name || model.structure.name,
              home: model.home,
            },
            accent,
            tiles,
            t.positionUnknown,
          ),
    model.publicUrl,
    t.qrCaption,
    mapCaption,
  )

  const days = model.week
  writer.block(
    'clock',
    t.hours,
    days
      ? days.flatMap((day, i) => {
          const spans = markup(t.day(day.date, day.spans, i === 0))
          // The directory's reason for a closure, as written ("Inventaire").
          if (day.message) spans.push({ text: ` — ${day.message}` })
          return [{ spans }]
        })
      : lines(t.hoursUnknown),
  )

  if (nonEmpty(model.service.whatToBring))
    writer.block('document', t.bring, [asWritten(model.service.whatToBring)])

  const phone = model.service.phone ?? model.structure.phone
  const email = model.service.email ?? model.structure.email
  if (nonEmpty(phone) || nonEmpty(email)) {
    const contact: Paragraph[] = []
    const colon = model.language === 'fr' || model.language === 'falc' ? ' : ' : ': '
    const line = (name: string, value: string): Paragraph => ({
      spans: [{ text: `${name}${colon}` }, { text: value, bold: true, ltr: true }] as Span[],
    })
    if (nonEmpty(phone)) contact.push(line(t.phone, phone))
    if (nonEmpty(email)) contact.push(line(t.email, email))
    writer.block('phone', t.contact, contact)
  }

  if (model.service.languages.length)
    writer.block('language', t.languages, [label(languageList(t, model.service.languages, model.language))])

  if (place) {
    const access: Paragraph[] = lines(place.wheelchairAccessible ? t.wheelchair : t.wheelchairUnknown)
    if (place.hearingLoop) access.push(...lines(t.hearingLoop))
    writer.block('wheelchair', t.accessibility, access)
  }

  if (nonEmpty(model.service.description))
    writer.block('info', t.about, [asWritten(model.service.description)])

  writer.footer(t.confirmedOn(model.keeper.name, model.structure.confirmedOn).replace('\n', ' '))
  return writer.save()
}
