/**
 * The letter notifying a decision on an agrément (granted with its number of children and ages,
 * refused with its motive, withdrawn, or acquired by the silence of the administration). Rebuilt
 * from the file: the same bytes at each print (the PDF's dates are the decision's).
 */
import { PDFDocument, rgb } from 'pdf-lib'
import { embedPlatformFonts, type FontFamily } from '../../../platform/pdf-fonts'
import type { AgrementApplicationRow } from './agrement.repository'
import { frenchDay } from './agrement.mails'

const PAGE = { width: 595.28, height: 841.89, margin: 56 }
const ink = rgb(0.08, 0.08, 0.1)

class Letter {
  private y = PAGE.height - PAGE.margin
  constructor(
    private readonly doc: PDFDocument,
    private page: ReturnType<PDFDocument['addPage']>,
    private readonly regular: FontFamily,
    private readonly bold: FontFamily,
  ) {}

  private draw(text: string, x: number, family: FontFamily, size: number) {
    let at = x
    for (const run of family.runs(text)) {
      this.page.drawText(run.text, { x: at, y: this.y, size, font: run.font, color: ink })
      at += run.font.widthOfTextAtSize(run.text, size)
    }
  }

  paragraph(text: string, options: { bold?: boolean; indent?: number; size?: number } = {}) {
    const family = options.bold ? this.bold : this.regular
    const size = options.size ?? 10.5
    const x = PAGE.margin + (options.indent ?? 0)
    const width = PAGE.width - PAGE.margin - x
    for (const source of text.split('\n')) {
      let line = ''
      const flush = () => {
        if (this.y < PAGE.margin + 20) {
          this.page = this.doc.addPage([PAGE.width, PAGE.height])
          this.y = PAGE.height - PAGE.margin
        }
        this.y -= size * 1.35
        this.draw(line, x, family, size)
      }
      for (const word of source.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word
        if (line && family.width(next, size) > width) {
          flush()
          line = word
        } else line = next
      }
      flush()
    }
  }

  space(points: number) {
    this.y -= points
  }
}

const subjects: Record<string, string> = {
  agrement: 'agrément d’assistant familial',
  agrement_tacite: 'agrément d’assistant familial acquis tacitement',
  refus: 'refus d’agrément d’assistant familial',
  refus_tacite: 'refus implicite de votre demande de dérogation',
  retrait: 'retrait d’agrément d’assistant familial',
}

function ages(row: AgrementApplicationRow): string {
  if (row.approvedAgeMin === null && row.approvedAgeMax === null) return ''
  return `, âgés de ${row.approvedAgeMin ?? 0} à ${row.approvedAgeMax ?? 21} ans`
}

function body(row: AgrementApplicationRow, departement: string): string {
  const complete = row.completeOn ? frenchDay(row.completeOn) : '—'
  switch (row.decision) {
    case 'agrement':
    case 'agrement_tacite': {
      const how =
        row.decision === 'agrement'
          ? `Après l’instruction de votre demande, dont le dossier complet a été reçu le ${complete}, le président du conseil départemental vous accorde l’agrément d’assistant familial (article L421-3 du code de l’action sociale et des familles).`
          : `Votre dossier complet a été reçu le ${complete}. Aucune décision ne vous ayant été notifiée dans le délai légal, l’agrément d’assistant familial vous est acquis tacitement depuis le ${frenchDay(row.decisionOn!)}.`
      return (
        `${how}\n\nCet agrément vous permet d’accueillir simultanément ${row.approvedChildren ?? row.childrenWished ?? 1} enfant(s) ou jeune(s) majeur(s) de moins de 21 ans${ages(row)}. ` +
        `Il est valable jusqu’au ${row.validUntil ? frenchDay(row.validUntil) : '—'} ; son renouvellement se demande avant cette date.\n\n` +
        `Avant le premier accueil, vous suivrez un stage préparatoire de 60 heures organisé par votre employeur, puis, dans les trois ans qui suivent le premier contrat, la formation de 240 heures préparant au diplôme d’État d’assistant familial.`
      )
    }
    case 'refus':
      return `Après l’instruction de votre demande, dont le dossier complet a été reçu le ${complete}, le président du conseil départemental ne peut vous accorder l’agrément d’assistant familial, pour le motif suivant :\n\n${row.decisionMotive ?? '—'}`
    case 'refus_tacite':
      return `Votre demande, qui portait sur plus de trois enfants, relevait d’une dérogation. Aucune décision ne vous ayant été notifiée dans le délai légal, elle est réputée refusée depuis le ${frenchDay(row.decisionOn!)}. Vous pouvez demander à ${departement} la communication des motifs de ce refus dans les deux mois.`
    case 'retrait':
      return `Le président du conseil départemental retire l’agrément d’assistant familial qui vous avait été accordé, à compter du ${row.validUntil ? frenchDay(row.validUntil) : '—'}, pour le motif suivant :\n\n${row.decisionMotive ?? '—'}`
    case null:
    default:
      return ''
  }
}

export async function decisionLetterPdf(
  row: AgrementApplicationRow,
  departement: string,
): Promise<Uint8Array> {
  const datedOn = row.decision === 'retrait' ? row.validUntil! : row.decisionOn!
  const doc = await PDFDocument.create({ updateMetadata: false })
  const dated = new Date(`${datedOn}T12:00:00Z`)
  doc.setTitle(`Décision : ${subjects[row.decision ?? ''] ?? 'agrément'}`)
  doc.setProducer('Lien')
  doc.setCreator('Lien')
  doc.setCreationDate(dated)
  doc.setModificationDate(dated)
  const fonts = await embedPlatformFonts(doc)
  const w = new Letter(doc, doc.addPage([PAGE.width, PAGE.height]), fonts.regular, fonts.bold)
  w.paragraph(departement, { bold: true })
  w.paragraph('Protection maternelle et infantile — agrément des assistants familiaux', { size: 9.5 })
  w.space(24)
  for (const line of [
    `${row.firstName} ${row.lastName}`,
    row.address,
    `${row.postcode} ${row.commune}`.trim(),
  ].filter(Boolean))
    w.paragraph(line, { indent: 260 })
  w.space(18)
  w.paragraph(`Le ${frenchDay(datedOn)}`, { indent: 260 })
  w.space(14)
  w.paragraph(`Objet : ${subjects[row.decision ?? ''] ?? 'décision'}`, { bold: true })
  w.space(8)
  w.paragraph(`Madame, Monsieur,\n\n${body(row, departement)}`)
  if (row.decision !== 'agrement' && row.decision !== 'agrement_tacite') {
    w.space(10)
    w.paragraph('Voies de recours', { bold: true })
    w.paragraph(
      `Vous pouvez contester cette décision dans un délai de deux mois à compter de sa notification : par un recours gracieux adressé au président du conseil départemental, ou par un recours contentieux devant le tribunal administratif compétent (www.telerecours.fr).`,
    )
  }
  w.space(10)
  w.paragraph('Nous vous prions d’agréer l’expression de nos salutations distinguées.')
  w.space(18)
  w.paragraph('Pour le président du conseil départemental et par délégation,', { indent: 260 })
  return doc.save()
}
