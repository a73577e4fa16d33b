import { PDFDocument, rgb, type PDFPage } from 'pdf-lib'
import { formatParis } from '../../../shared/dates'
import type { NoteView, UsagerView } from '../../../shared/modules/usagers/usagers.contract'
import {
  documentKindLabels,
  genderLabels,
  housingLabels,
  incomeSourceLabels,
  relationLabels,
} from '../../../shared/modules/usagers/usagers.labels'
import { embedPlatformFonts, type FontFamily } from '../../platform/pdf-fonts'

export interface PersonExport {
  exportedAt: string
  organisation: string
  usager: UsagerView
  notes: NoteView[]
  merges: { absorbedId: string; at: string }[]
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 }
const ink = rgb(0.1, 0.1, 0.12)
const muted = rgb(0.35, 0.35, 0.4)

/** Lays text out top to bottom, wrapping lines and adding pages. */
class Writer {
  private page!: PDFPage
  private y = 0
  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: FontFamily,
    private readonly bold: FontFamily,
  ) {
    this.newPage()
  }

  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.y = PAGE.height - PAGE.margin
  }

  private line(text: string, family: FontFamily, size: number, color = ink, indent = 0) {
    if (this.y - size < PAGE.margin) this.newPage()
    this.y -= size * 1.35
    let x = PAGE.margin + indent
    for (const run of family.runs(text)) {
      this.page.drawText(run.text, { x, y: this.y, size, font: run.font, color })
      x += run.font.widthOfTextAtSize(run.text, size)
    }
  }

  /** A paragraph wrapped to the page width; line breaks of the text are kept. */
  paragraph(text: string, { size = 10.5, bold = false, color = ink, indent = 0 } = {}) {
    const family = bold ? this.bold : this.regular
    const width = PAGE.width - 2 * PAGE.margin - indent
    for (const source of text.split(/\r?\n/)) {
      let current = ''
      for (const word of source.split(/\s+/)) {
        const candidate = current ? `${current} ${word}` : word
        if (current && family.width(candidate, size) > width) {
          this.line(current, family, size, color, indent)
          current = word
        } else current = candidate
      }
      this.line(current, family, size, color, indent)
    }
  }

  heading(text: string) {
    this.y -= 10
    this.paragraph(text, { size: 13, bold: true })
    this.y -= 2
  }

  field(label: string, value: string | null | undefined) {
    this.paragraph(`${label} : ${value && value.trim() ? value : '—'}`)
  }
}

const yesNo = (v: boolean) => (v ? 'oui' : 'non')
const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : null)
const when = (iso: string) => formatParis(new Date(iso))

/** A readable PDF of everything the file holds, for a person's access request (RGPD art. 15). */
export async function personExportPdf(data: PersonExport): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const fonts = await embedPlatformFonts(doc)
  const w = new Writer(doc, fonts.regular, fonts.bold)
  const u = data.usager
  doc.setTitle('Données personnelles — demande d’accès')
  doc.setProducer('Lien')
  doc.setCreationDate(new Date(data.exportedAt))

  w.paragraph('Données personnelles — demande d’accès', { size: 17, bold: true })
  w.paragraph(`${data.organisation} · export du ${when(data.exportedAt)}`, { color: muted })
  w.paragraph(`Dossier n° ${u.id}`, { color: muted, size: 9 })
  if (u.anonymisedAt) w.paragraph(`Dossier anonymisé le ${when(u.anonymisedAt)}.`, { bold: true })

  w.heading('Identité')
  w.field('Prénom', u.firstName)
  w.field('Nom', u.lastName)
  w.field('Nom de naissance', u.birthName)
  w.field('Pseudonyme', u.pseudonym)
  w.field('Date de naissance', day(u.birthDate))
  w.field('Genre', u.gender ? genderLabels[u.gender] : null)
  w.field('Langues parlées', u.languages.join(', '))
  w.field('Interprète nécessaire', yesNo(u.interpreterNeeded))

  w.heading('Contacts et adresse')
  w.field('Téléphone', u.phone)
  w.field('E-mail', u.email)
  w.field('Sans domicile stable', yesNo(u.noStableAddress))
  w.field(
    'Adresse',
    [u.addressLine, [u.postalCode, u.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  )

  w.heading('Situation')
  w.field('Ressources', u.incomeSources.map((s) => incomeSourceLabels[s]).join(', '))
  w.field('Logement', u.housing ? housingLabels[u.housing] : null)
  w.field('Référent RSA', u.rsaReferent)
  w.field('Accepte les SMS', yesNo(u.consentSms))
  w.field('Accepte les e-mails', yesNo(u.consentEmail))
  w.field('Dossier créé le', when(u.createdAt))
  w.field('Dernier contact le', when(u.lastContactAt))

  w.heading(`Foyer (${u.household.length})`)
  for (const m of u.household) {
    w.paragraph(
      `${relationLabels[m.relation]} : ${[m.firstName, m.lastName].filter(Boolean).join(' ') || 'sans nom'}${m.birthDate ? `, né(e) le ${day(m.birthDate)}` : ''}`,
    )
  }

  w.heading(`Documents (${u.documents.length})`)
  for (const d of u.documents) {
    w.paragraph(
      `${documentKindLabels[d.kind]} : ${d.fileName} (${Math.ceil(d.sizeBytes / 1024)} Ko, déposé le ${when(d.createdAt)})`,
    )
  }

  w.heading(`Notes (${data.notes.length})`)
  for (const n of data.notes) {
    w.paragraph(`${when(n.createdAt)} · ${n.authorName}${n.privateToAuthor ? ' · note privée' : ''}`, {
      color: muted,
      size: 9,
    })
    w.paragraph(n.text, { indent: 8 })
  }

  if (data.merges.length > 0) {
    w.heading('Dossiers fusionnés dans celui-ci')
    for (const m of data.merges) w.paragraph(`Dossier n° ${m.absorbedId}, fusionné le ${when(m.at)}`)
  }
  return doc.save()
}
